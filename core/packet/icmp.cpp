// ICMP and ICMPv6: type and code.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {
// type(1) code(1) checksum(2) and 4 type-specific bytes (echo id/sequence, unused, MTU...).
constexpr size_t kHeader = 8;
}  // namespace

// The packet is the outer ICMP message between the outer addresses. An error message quotes
// the offending packet's IP header after these 8 bytes; it is left alone (it is the payload,
// never the packet's own addresses or ports).
DecodeStatus decodeIcmp(ByteReader r, DecodedPacket& out) {
    const uint8_t type = r.u8(0);
    const uint8_t code = r.u8(1);
    if (r.overran()) {
        return headerDoesNotFit(r, out);
    }
    out.icmpType = type;
    out.icmpCode = code;
    out.hasIcmp = true;
    if (r.skip(kHeader)) {
        setPayload(r, out);
    }
    return DecodeStatus::Ip;
}

}  // namespace flowscope::packet_internal
