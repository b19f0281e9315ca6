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

// 802.1Q, 802.1ad (S-tag) and the pre-standard QinQ value.
constexpr bool isVlanTag(uint16_t etherType) {
    return etherType == 0x8100 || etherType == 0x88a8 || etherType == 0x9100;
}

}  // namespace

DecodeStatus decodeEthernet(ByteReader r, DecodedPacket& out) {
    if (!r.has(kEthernetHeader)) {
        return cutBeforeAddresses(out);
    }
    const uint16_t typeOrLength = r.be16(12);
    r.skip(kEthernetHeader);
    if (typeOrLength < kMinEtherType) {
        return DecodeStatus::NonIp;  // 802.3 frame: LLC (STP, CDP, NetBIOS, ...) follows
    }
    return decodeEtherType(typeOrLength, r, out);
}

DecodeStatus decodeEtherType(uint16_t etherType, ByteReader r, DecodedPacket& out) {
    while (isVlanTag(etherType)) {  // each tag consumes 4 bytes, so this ends
        if (!r.has(kVlanTag)) {
            return cutBeforeAddresses(out);
        }
        if (out.vlanTags < UINT8_MAX) {
            ++out.vlanTags;
        }
        etherType = r.be16(2);
        r.skip(kVlanTag);
    }
    switch (etherType) {
        case kEtherIpv4:
            return decodeIpv4(r, out);
        case kEtherIpv6:
            return decodeIpv6(r, out);
        case kEtherArp:
        case kEtherRarp:
            return decodeArp(r, out);
        default:
            return DecodeStatus::NonIp;
    }
}

}  // namespace flowscope::packet_internal
