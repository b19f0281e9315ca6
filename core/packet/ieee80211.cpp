// IEEE 802.11 (LINKTYPE_IEEE802_11, 105): the MAC header of data frames, then LLC/SNAP.
// Management, control and extension frames, null-data frames, protected (encrypted) frames
// and fragments after the first carry no readable IP and are NonIp.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// frame control(2) duration(2) address 1-3 (18) sequence control(2); then address 4 when the
// frame goes from one distribution system to another, QoS control(2) for QoS subtypes and
// HT control(4) when a QoS frame has the order bit set.
constexpr size_t kBaseHeader = 24;
constexpr size_t kAddress4 = 6;
constexpr size_t kQosControl = 2;
constexpr size_t kHtControl = 4;
// An A-MSDU subframe header: destination(6) source(6) length(2), then LLC.
constexpr size_t kAmsduSubframe = 14;

constexpr uint8_t kTypeData = 2;
constexpr uint8_t kSubtypeNoData = 0x4;  // null, CF-Ack, CF-Poll (QoS or not): no payload
constexpr uint8_t kSubtypeQos = 0x8;
constexpr uint8_t kToDs = 0x01;
constexpr uint8_t kFromDs = 0x02;
constexpr uint8_t kProtected = 0x40;
constexpr uint8_t kOrder = 0x80;
constexpr uint8_t kQosAmsduPresent = 0x80;

// Offset of the QoS control field (valid for QoS subtypes), which follows address 4.
size_t qosControlAt(uint8_t flags) {
    return (flags & kToDs) != 0 && (flags & kFromDs) != 0 ? kBaseHeader + kAddress4 : kBaseHeader;
}

size_t headerLength(uint8_t subtype, uint8_t flags) {
    if ((subtype & kSubtypeQos) == 0) {
        return qosControlAt(flags);
    }
    return qosControlAt(flags) + kQosControl + ((flags & kOrder) != 0 ? kHtControl : 0);
}

}  // namespace

// `dataPad`: radiotap's flag that the driver padded the MAC header to a multiple of 4 bytes.
DecodeStatus decodeIeee80211Frame(ByteReader r, DecodedPacket& out, bool dataPad) {
    const uint8_t frameControl = r.u8(0);
    const uint8_t flags = r.u8(1);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    const uint8_t version = frameControl & 0x3;
    const uint8_t type = (frameControl >> 2) & 0x3;
    const uint8_t subtype = frameControl >> 4;
    if (version != 0 || type != kTypeData || (subtype & kSubtypeNoData) != 0) {
        return DecodeStatus::NonIp;
    }
    size_t length = headerLength(subtype, flags);
    r.need(length);
    const uint16_t sequenceControl = r.le16(22);
    const uint8_t qos = (subtype & kSubtypeQos) != 0 ? r.u8(qosControlAt(flags)) : 0;
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    // Encrypted, or a fragment after the first (no LLC header). A first fragment starts with
    // LLC and the IP header, so it is decoded.
    if ((flags & kProtected) != 0 || (sequenceControl & 0x000f) != 0) {
        return DecodeStatus::NonIp;
    }
    if (dataPad) {
        length = (length + 3) & ~size_t{3};
    }
    if (!r.skip(length)) {
        return cutBeforeAddresses(out);
    }
    if ((qos & kQosAmsduPresent) != 0) {
        // An aggregate: decode the first subframe, as Wireshark shows it first.
        if (!r.skip(kAmsduSubframe)) {
            return cutBeforeAddresses(out);
        }
    }
    return decodeLlc(r, out);
}

DecodeStatus decodeIeee80211(ByteReader r, DecodedPacket& out) {
    return decodeIeee80211Frame(r, out, false);
}

}  // namespace flowscope::packet_internal
