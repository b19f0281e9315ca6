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
                length = (size_t{r.u8(1)} + 1) * 8;  // in 8-byte units, not counting the first
                break;
            case kAuthentication:
                length = (size_t{r.u8(1)} + 2) * 4;  // in 4-byte units, minus 2
                break;
            case kFragment: {
                r.need(kFragmentHeader);
                const uint16_t offsetAndFlags = r.be16(2);
                const uint32_t identification = r.be32(4);
                if (r.overran()) {
                    return headerDoesNotFit(r, out);
                }
                out.fragmentId = identification;
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
        // Every header returned above once it overran, so this covers the one just read.
        if (r.overran() || !r.skip(length)) {
            return headerDoesNotFit(r, out);
        }
    }
}

}  // namespace

DecodeStatus decodeIpv6(ByteReader r, DecodedPacket& out) {
    const uint8_t version = r.u8(0) >> 4;
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if (version != 6) {
        return DecodeStatus::Malformed;
    }
    if (!r.need(kFixedHeader)) {
        return cutBeforeAddresses(out);
    }
    const uint16_t payloadLength = r.be16(4);
    const uint8_t next = r.u8(6);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    v6At(r, 8, out.src);
    v6At(r, 24, out.dst);
    (void)r.skip(kFixedHeader);
    // 0 is a jumbogram (or a segmentation-offloaded send): use what was captured.
    if (payloadLength != 0) {
        r.limit(payloadLength);
    }
    return walkExtensionHeaders(next, r, out);
}

}  // namespace flowscope::packet_internal
