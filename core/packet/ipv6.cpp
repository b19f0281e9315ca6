// IPv6: fixed header and the extension-header chain.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

constexpr size_t kFixedHeader = 40;
constexpr size_t kFragmentHeader = 8;

enum : uint8_t {
    kHopByHop = 0,
    kRouting = 43,
    kFragment = 44,
    kEsp = 50,
    kAuthentication = 51,
    kNoNextHeader = 59,
    kDestinationOptions = 60,
    kMobility = 135,
    kHip = 139,
    kShim6 = 140,
};

// Walks extension headers from `next` (the fixed header's Next Header). On return
// out.ipProtocol is the transport protocol, or, if the chain was cut, the type of the header
// that could not be read.
DecodeStatus walkExtensionHeaders(uint8_t next, ByteReader r, DecodedPacket& out) {
    for (;;) {  // every header consumes at least 8 bytes, so this ends
        out.ipProtocol = next;
        size_t length = 0;
        switch (next) {
            case kHopByHop:
            case kRouting:
            case kDestinationOptions:
            case kMobility:
            case kHip:
            case kShim6:
                if (!r.has(2)) {
                    return headerDoesNotFit(r, out);
                }
                length = (size_t{r.u8(1)} + 1) * 8;  // in 8-byte units, not counting the first
                break;
            case kAuthentication:
                if (!r.has(2)) {
                    return headerDoesNotFit(r, out);
                }
                length = (size_t{r.u8(1)} + 2) * 4;  // in 4-byte units, minus 2
                break;
            case kFragment: {
                if (!r.has(kFragmentHeader)) {
                    return headerDoesNotFit(r, out);
                }
                const uint16_t offsetAndFlags = r.be16(2);
                out.fragmentId = r.be32(4);
                if ((offsetAndFlags >> 3) != 0) {
                    out.fragment = FragmentKind::NonFirst;
                    out.ipProtocol = r.u8(0);  // no further headers in this fragment
                    return DecodeStatus::Ip;
                }
                if ((offsetAndFlags & 1) != 0) {
                    out.fragment = FragmentKind::First;
                }  // else an atomic fragment (RFC 6946): a whole packet
                length = kFragmentHeader;
                break;
            }
            case kEsp:           // encrypted from here on
            case kNoNextHeader:  // nothing follows
                return DecodeStatus::Ip;
            default:
                return decodeTransport(r, out);
        }
        next = r.u8(0);
        if (!r.skip(length)) {
            return headerDoesNotFit(r, out);
        }
    }
}

}  // namespace

DecodeStatus decodeIpv6(ByteReader r, DecodedPacket& out) {
    if (!r.has(1)) {
        return cutBeforeAddresses(out);
    }
    if ((r.u8(0) >> 4) != 6) {
        return DecodeStatus::Malformed;
    }
    if (!r.has(kFixedHeader)) {
        return cutBeforeAddresses(out);
    }
    v6At(r, 8, out.src);
    v6At(r, 24, out.dst);
    const uint16_t payloadLength = r.be16(4);
    const uint8_t next = r.u8(6);
    r.skip(kFixedHeader);
    // 0 is a jumbogram (or a segmentation-offloaded send): use what was captured.
    if (payloadLength != 0) {
        r.limit(payloadLength);
    }
    return walkExtensionHeaders(next, r, out);
}

}  // namespace flowscope::packet_internal
