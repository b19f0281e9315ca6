// Private to core/packet: one decode function per protocol layer, chained by decodePacket().
// Each takes a ByteReader positioned at the first byte of its header (by value: a layer
// narrows its own copy) and fills the fields of `out` it owns.
#pragma once

#include <cstdint>

#include "core/base/ip_address.h"
#include "core/packet/byte_reader.h"
#include "core/packet/decoded_packet.h"

namespace flowscope::packet_internal {

// Link layers (ethernet.cpp, linux_sll.cpp, null_loop.cpp, raw.cpp, ieee80211.cpp,
// radiotap.cpp).
DecodeStatus decodeEthernet(ByteReader r, DecodedPacket& out);
DecodeStatus decodeLinuxSll(ByteReader r, DecodedPacket& out);
DecodeStatus decodeLinuxSll2(ByteReader r, DecodedPacket& out);
DecodeStatus decodeNull(ByteReader r, DecodedPacket& out);   // AF in either byte order
DecodeStatus decodeLoop(ByteReader r, DecodedPacket& out);   // AF in network byte order
DecodeStatus decodeRawIp(ByteReader r, DecodedPacket& out);  // IPv4/IPv6 from the version nibble
DecodeStatus decodeIeee80211(ByteReader r, DecodedPacket& out);  // data frames, then LLC
DecodeStatus decodeRadiotap(ByteReader r, DecodedPacket& out);   // radiotap, then 802.11
// An 802.11 frame whose MAC header may be padded to a multiple of 4 bytes (radiotap's flag).
DecodeStatus decodeIeee80211Frame(ByteReader r, DecodedPacket& out, bool dataPad);

// What follows an EtherType field whose value is `etherType`: 802.1Q / 802.1ad tags, then
// IPv4, IPv6, ARP, PPPoE session or MPLS (ethernet.cpp; Linux cooked captures, LLC/SNAP and
// MPLS pseudowires use it too).
DecodeStatus decodeEtherType(uint16_t etherType, ByteReader r, DecodedPacket& out);

// Between the link layer and IP.
DecodeStatus decodeLlc(ByteReader r, DecodedPacket& out);           // 802.2 LLC, SNAP (llc.cpp)
DecodeStatus decodePppoeSession(ByteReader r, DecodedPacket& out);  // PPPoE + PPP (pppoe.cpp)
DecodeStatus decodeMpls(ByteReader r, DecodedPacket& out);          // label stack (mpls.cpp)

// Network layers.
DecodeStatus decodeArp(ByteReader r, DecodedPacket& out);
DecodeStatus decodeIpv4(ByteReader r, DecodedPacket& out);
DecodeStatus decodeIpv6(ByteReader r, DecodedPacket& out);

// Transport layers. `r` spans the IP payload (bounded by the IP length fields);
// out.ipProtocol and out.fragment are already set. decodeTransport() picks one by protocol.
DecodeStatus decodeTransport(ByteReader r, DecodedPacket& out);
DecodeStatus decodeTcp(ByteReader r, DecodedPacket& out);
DecodeStatus decodeUdp(ByteReader r, DecodedPacket& out);
DecodeStatus decodeIcmp(ByteReader r, DecodedPacket& out);  // ICMP and ICMPv6

// The capture ended before we knew the frame's addresses: not IP as far as we can tell.
inline DecodeStatus cutBeforeAddresses(DecodedPacket& out) {
    out.truncated = true;
    return DecodeStatus::NonIp;
}

// A header inside an IP packet (IPv6 extension or transport header) does not fit in `r`.
// If the capture ended, that is truncation. If the IP length fields ended it, the packet
// contradicts itself, unless it is a first fragment, whose data may legitimately stop inside
// the transport header (the rest is in later fragments).
inline DecodeStatus headerDoesNotFit(const ByteReader& r, DecodedPacket& out) {
    if (r.endIsCapture()) {
        out.truncated = true;
        return DecodeStatus::Ip;
    }
    return out.fragment == FragmentKind::First ? DecodeStatus::Ip : DecodeStatus::Malformed;
}

// The transport payload is everything from the cursor to the end of the readable range.
inline void setPayload(const ByteReader& r, DecodedPacket& out) {
    out.payloadOffset = static_cast<uint32_t>(r.pos);
    out.payloadLength = static_cast<uint32_t>(r.remaining());
}

// Sets `address` from the bytes `at` past the cursor, or leaves it unset (and `r` overran) if
// they are not all there. Written in place: building a temporary and copying it costs a
// store-forwarding stall.
inline void v4At(ByteReader& r, size_t at, IpAddress& address) {
    if (const uint8_t* p = r.ptr(at, 4)) {
        address.assignV4(p);
    }
}

inline void v6At(ByteReader& r, size_t at, IpAddress& address) {
    if (const uint8_t* p = r.ptr(at, 16)) {
        address.assignV6(p);
    }
}

}  // namespace flowscope::packet_internal
