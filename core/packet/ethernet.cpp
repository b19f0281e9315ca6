// Ethernet II and 802.3 framing, 802.1Q / 802.1ad (QinQ) tags, EtherType dispatch.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

constexpr size_t kEthernetHeader = 14;      // destination, source, EtherType / length
constexpr size_t kVlanTag = 4;              // TCI, then the next EtherType
constexpr uint16_t kMinEtherType = 0x0600;  // below: an 802.3 length field

constexpr uint16_t kEtherIpv4 = 0x0800;
constexpr uint16_t kEtherArp = 0x0806;
constexpr uint16_t kEtherRarp = 0x8035;
constexpr uint16_t kEtherIpv6 = 0x86dd;
constexpr uint16_t kEtherMplsUnicast = 0x8847;
constexpr uint16_t kEtherMplsMulticast = 0x8848;
constexpr uint16_t kEtherPppoeSession = 0x8864;  // 0x8863 (discovery) carries no IP

// 802.1Q, 802.1ad (S-tag) and the pre-standard QinQ value.
constexpr bool isVlanTag(uint16_t etherType) {
    return etherType == 0x8100 || etherType == 0x88a8 || etherType == 0x9100;
}

}  // namespace

DecodeStatus decodeEthernet(ByteReader r, DecodedPacket& out) {
    if (!r.need(kEthernetHeader)) {
        return cutBeforeAddresses(out);
    }
    const uint16_t typeOrLength = r.be16(12);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    (void)r.skip(kEthernetHeader);
    if (typeOrLength < kMinEtherType) {
        return decodeLlc(r, out);  // 802.3 frame: 802.2 LLC (STP, NetBIOS, SNAP, ...) follows
    }
    return decodeEtherType(typeOrLength, r, out);
}

DecodeStatus decodeEtherType(uint16_t etherType, ByteReader r, DecodedPacket& out) {
    while (isVlanTag(etherType)) {  // each tag consumes 4 bytes, so this ends
        if (!r.need(kVlanTag)) {
            return cutBeforeAddresses(out);
        }
        etherType = r.be16(2);
        if (r.overran()) {
            return cutBeforeAddresses(out);
        }
        if (out.vlanTags < UINT8_MAX) {
            ++out.vlanTags;
        }
        (void)r.skip(kVlanTag);
    }
    switch (etherType) {
        case kEtherIpv4:
            return decodeIpv4(r, out);
        case kEtherIpv6:
            return decodeIpv6(r, out);
        case kEtherArp:
        case kEtherRarp:
            return decodeArp(r, out);
        case kEtherPppoeSession:
            return decodePppoeSession(r, out);
        case kEtherMplsUnicast:
        case kEtherMplsMulticast:
            return decodeMpls(r, out);
        default:
            return DecodeStatus::NonIp;
    }
}

}  // namespace flowscope::packet_internal
