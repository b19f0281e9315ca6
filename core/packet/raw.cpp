// Raw IP link types: the frame starts with the IP header.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

DecodeStatus decodeRawIp(ByteReader r, DecodedPacket& out) {
    const uint8_t version = r.u8(0) >> 4;
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    switch (version) {
        case 4:
            return decodeIpv4(r, out);
        case 6:
            return decodeIpv6(r, out);
        default:
            return DecodeStatus::Malformed;  // a raw-IP link carries nothing else
    }
}

}  // namespace flowscope::packet_internal
