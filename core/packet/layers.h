// Private to core/packet: one decode function per protocol layer, chained by decodePacket().
// Each takes a ByteReader positioned at the first byte of its header (by value: a layer
// narrows its own copy) and fills the fields of `out` it owns.
#pragma once

#include <cstdint>

#include "core/base/ip_address.h"
#include "core/packet/byte_reader.h"
#include "core/packet/decoded_packet.h"

namespace flowscope::packet_internal {

// Link layers (ethernet.cpp, linux_sll.cpp, null_loop.cpp, raw.cpp).
DecodeStatus decodeEthernet(ByteReader r, DecodedPacket& out);
DecodeStatus decodeLinuxSll(ByteReader r, DecodedPacket& out);
DecodeStatus decodeLinuxSll2(ByteReader r, DecodedPacket& out);
DecodeStatus decodeNull(ByteReader r, DecodedPacket& out);   // AF in either byte order
DecodeStatus decodeLoop(ByteReader r, DecodedPacket& out);   // AF in network byte order
DecodeStatus decodeRawIp(ByteReader r, DecodedPacket& out);  // IPv4/IPv6 from the version nibble

// What follows an EtherType field whose value is `etherType`: 802.1Q / 802.1ad tags, then
// IPv4, IPv6 or ARP (ethernet.cpp; Linux cooked captures use it too).
DecodeStatus decodeEtherType(uint16_t etherType, ByteReader r, DecodedPacket& out);

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

// Sets `address` from the bytes `at` past the cursor, or leaves it unset if they are not all
// there. Written in place: building a temporary and copying it costs a store-forwarding stall.
inline void v4At(const ByteReader& r, size_t at, IpAddress& address) {
    if (const uint8_t* p = r.ptr(at, 4)) {
        address.assignV4(p);
    }
}

inline void v6At(const ByteReader& r, size_t at, IpAddress& address) {
    if (const uint8_t* p = r.ptr(at, 16)) {
        address.assignV6(p);
    }
}

}  // namespace flowscope::packet_internal
