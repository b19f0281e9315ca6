// TCP: ports, flags, data offset.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {
constexpr size_t kMinHeader = 20;
}  // namespace

// Ports and flags are valid once the fixed 20-byte header is captured; options cut by the
// capture set `truncated` (the payload offset is then unknown) but keep the ports.
DecodeStatus decodeTcp(ByteReader r, DecodedPacket& out) {
    if (!r.need(kMinHeader)) {
        return headerDoesNotFit(r, out);
    }
    const uint16_t srcPort = r.be16(0);
    const uint16_t dstPort = r.be16(2);
    const size_t headerLength = static_cast<size_t>(r.u8(12) >> 4) * 4;
    const uint8_t flags = r.u8(13);
    if (r.overran()) {
        return headerDoesNotFit(r, out);
    }
    if (headerLength < kMinHeader) {
        return DecodeStatus::Malformed;
    }
    out.srcPort = srcPort;
    out.dstPort = dstPort;
    out.tcpFlags = flags;
    out.hasPorts = true;
    if (!r.skip(headerLength)) {
        return headerDoesNotFit(r, out);
    }
    setPayload(r, out);
    return DecodeStatus::Ip;
}

}  // namespace flowscope::packet_internal
