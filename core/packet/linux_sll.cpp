// Linux cooked captures ("any" device): SLL v1 and SLL2.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// v1: packet type(2) ARPHRD type(2) address length(2) address(8) protocol(2).
constexpr size_t kSllHeader = 16;
constexpr size_t kSllHatype = 2;
constexpr size_t kSllProtocol = 14;
// v2: protocol(2) reserved(2) interface index(4) ARPHRD type(2) packet type(1)
// address length(1) address(8).
constexpr size_t kSll2Header = 20;
constexpr size_t kSll2Protocol = 0;
constexpr size_t kSll2Hatype = 8;

// On a netlink socket the protocol field is the netlink family, not an EtherType.
constexpr uint16_t kArphrdNetlink = 824;
// Linux's ETH_P_802_2: an 802.2 LLC header follows (for example LLC/SNAP from a Wi-Fi driver).
constexpr uint16_t kLinuxLlc = 0x0004;

DecodeStatus decodeCooked(ByteReader r, DecodedPacket& out, size_t headerSize, size_t protocolAt,
                          size_t hatypeAt) {
    if (!r.need(headerSize)) {
        return cutBeforeAddresses(out);
    }
    const uint16_t protocol = r.be16(protocolAt);
    const uint16_t hatype = r.be16(hatypeAt);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    (void)r.skip(headerSize);
    if (hatype == kArphrdNetlink) {
        return DecodeStatus::NonIp;
    }
    if (protocol == kLinuxLlc) {
        return decodeLlc(r, out);
    }
    // An EtherType (other values below 0x0600 are Linux pseudo-protocols and are not IP).
    // libpcap may re-insert 802.1Q tags, which decodeEtherType() walks.
    return decodeEtherType(protocol, r, out);
}

}  // namespace

DecodeStatus decodeLinuxSll(ByteReader r, DecodedPacket& out) {
    return decodeCooked(r, out, kSllHeader, kSllProtocol, kSllHatype);
}

DecodeStatus decodeLinuxSll2(ByteReader r, DecodedPacket& out) {
    return decodeCooked(r, out, kSll2Header, kSll2Protocol, kSll2Hatype);
}

}  // namespace flowscope::packet_internal
