// PPPoE session stage (RFC 2516, EtherType 0x8864) and the PPP protocol field inside it.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// version/type(1) code(1) session ID(2) length(2), then the PPP protocol field.
constexpr size_t kPppoeHeader = 6;
constexpr uint8_t kCodeSessionData = 0x00;
constexpr uint16_t kPppIpv4 = 0x0021;
constexpr uint16_t kPppIpv6 = 0x0057;

}  // namespace

DecodeStatus decodePppoeSession(ByteReader r, DecodedPacket& out) {
    r.need(kPppoeHeader + 1);
    const uint8_t code = r.u8(1);
    const uint8_t first = r.u8(kPppoeHeader);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if (code != kCodeSessionData) {
        return DecodeStatus::NonIp;
    }
    // PPP protocol numbers have an odd low byte and an even high byte, so an odd first byte
    // is a field shortened to 1 byte by protocol-field compression (RFC 1661, 6.5).
    size_t fieldSize = 1;
    uint16_t protocol = first;
    if ((first & 1) == 0) {
        fieldSize = 2;
        protocol = r.be16(kPppoeHeader);
        if (r.overran()) {
            return cutBeforeAddresses(out);
        }
    }
    (void)r.skip(kPppoeHeader + fieldSize);
    switch (protocol) {
        case kPppIpv4:
            return decodeIpv4(r, out);
        case kPppIpv6:
            return decodeIpv6(r, out);
        default:
            return DecodeStatus::NonIp;  // LCP, IPCP, CHAP, PAP, ...
    }
}

}  // namespace flowscope::packet_internal
