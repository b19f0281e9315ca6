// TCP: ports, flags, data offset.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {
constexpr size_t kMinHeader = 20;
}  // namespace

// Ports and flags are valid once the fixed 20-byte header is captured; options cut by the
// capture set `truncated` (the payload offset is then unknown) but keep the ports.
DecodeStatus decodeTcp(ByteReader r, DecodedPacket& out) {
    if (!r.has(kMinHeader)) {
        return headerDoesNotFit(r, out);
    }
    const size_t headerLength = static_cast<size_t>(r.u8(12) >> 4) * 4;
    if (headerLength < kMinHeader) {
        return DecodeStatus::Malformed;
    }
    out.srcPort = r.be16(0);
    out.dstPort = r.be16(2);
    out.tcpFlags = r.u8(13);
    out.hasPorts = true;
    if (!r.skip(headerLength)) {
        return headerDoesNotFit(r, out);
    }
    setPayload(r, out);
    return DecodeStatus::Ip;
}

}  // namespace flowscope::packet_internal
