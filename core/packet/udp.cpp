// UDP: ports and length.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {
constexpr size_t kHeader = 8;
}  // namespace

DecodeStatus decodeUdp(ByteReader r, DecodedPacket& out) {
    if (!r.need(kHeader)) {
        return headerDoesNotFit(r, out);
    }
    const uint16_t srcPort = r.be16(0);
    const uint16_t dstPort = r.be16(2);
    const uint16_t udpLength = r.be16(4);
    if (r.overran()) {
        return headerDoesNotFit(r, out);
    }
    if (udpLength != 0 && udpLength < kHeader) {
        return DecodeStatus::Malformed;  // 0 is allowed: IPv6 jumbograms
    }
    out.srcPort = srcPort;
    out.dstPort = dstPort;
    out.hasPorts = true;
    (void)r.skip(kHeader);
    if (udpLength != 0) {
        r.limit(udpLength - kHeader);  // never beyond the IP payload or the capture
    }
    setPayload(r, out);
    return DecodeStatus::Ip;
}

}  // namespace flowscope::packet_internal
