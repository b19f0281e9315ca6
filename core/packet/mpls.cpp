// MPLS (RFC 3032, EtherTypes 0x8847 and 0x8848): the label stack, then IPv4 or IPv6.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// label(20) traffic class(3) bottom of stack(1) TTL(8).
constexpr size_t kLabelEntry = 4;
constexpr uint32_t kBottomOfStack = 0x100;
constexpr uint32_t kIpv4ExplicitNull = 0;
constexpr uint32_t kIpv6ExplicitNull = 2;
// The ACH's GAL: an associated channel (OAM, BFD), not user traffic.
constexpr uint32_t kGenericAssociatedChannel = 13;

// The stack does not say what it carries: like Wireshark, the explicit-null labels name it,
// else the first nibble does (RFC 4928). An IPv4 guess must also have a total length that
// matches the bytes left (up to 4 more for a trailer), or it is more likely an Ethernet
// pseudowire whose MAC address starts with 4. Wireshark compares with the frame's wire
// length; only the captured bytes are known here, so a total length beyond them is accepted
// while they are the capture's end (a snaplen, or the engine's header copy, cut the packet).
// Anything else (pseudowires with or without a control word, ACH) is left undecoded.
DecodeStatus decodeMplsPayload(uint32_t label, ByteReader r, DecodedPacket& out) {
    if (label == kIpv4ExplicitNull) {
        return decodeIpv4(r, out);
    }
    if (label == kIpv6ExplicitNull) {
        return decodeIpv6(r, out);
    }
    const uint8_t nibble = r.u8(0) >> 4;
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if (nibble == 6) {
        return decodeIpv6(r, out);
    }
    if (nibble != 4) {
        return DecodeStatus::NonIp;
    }
    const size_t totalLength = r.be16(2);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    const size_t left = r.remaining();
    const bool cut = totalLength > left && r.endIsCapture();
    if (cut || (totalLength <= left && totalLength + 4 >= left)) {
        return decodeIpv4(r, out);
    }
    return DecodeStatus::NonIp;
}

}  // namespace

DecodeStatus decodeMpls(ByteReader r, DecodedPacket& out) {
    for (;;) {  // every entry consumes 4 bytes, so this ends
        const uint32_t entry = r.be32(0);
        if (r.overran()) {
            return cutBeforeAddresses(out);
        }
        (void)r.skip(kLabelEntry);
        const uint32_t label = entry >> 12;
        if ((entry & kBottomOfStack) != 0) {
            if (label == kGenericAssociatedChannel) {
                return DecodeStatus::NonIp;
            }
            return decodeMplsPayload(label, r, out);
        }
    }
}

}  // namespace flowscope::packet_internal
