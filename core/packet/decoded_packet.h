// What the decoder extracts from one packet: the few header fields flows need.
#pragma once

#include <cstdint>

#include "core/base/ip_address.h"

namespace flowscope {

enum class DecodeStatus : uint8_t {
    Ip,         // an IPv4 or IPv6 packet; src/dst/protocol are valid
    Arp,        // ARP / RARP (not IP)
    NonIp,      // another ethertype or link-layer protocol
    Malformed,  // a header that cannot be right (bad version, length field < header size, ...)
};

enum class FragmentKind : uint8_t {
    None,      // not fragmented
    First,     // offset 0 with more-fragments set: carries the transport header
    NonFirst,  // offset > 0: no transport header; belongs to the flow of its first fragment
};

// IP protocol numbers used across the code base.
enum IpProtocol : uint8_t {
    kProtoIcmp = 1,
    kProtoTcp = 6,
    kProtoUdp = 17,
    kProtoIcmpv6 = 58,
};

// TCP flag bits as in the header's flags byte.
enum TcpFlag : uint8_t {
    kTcpFin = 0x01,
    kTcpSyn = 0x02,
    kTcpRst = 0x04,
    kTcpPsh = 0x08,
    kTcpAck = 0x10,
    kTcpUrg = 0x20,
    kTcpEce = 0x40,
    kTcpCwr = 0x80,
};

struct DecodedPacket {
    IpAddress src;
    IpAddress dst;
    // Final transport protocol: for IPv6 after walking the extension-header chain.
    uint8_t ipProtocol = 0;
    // Ports are valid only if hasPorts (TCP/UDP with the header fully captured).
    bool hasPorts = false;
    uint16_t srcPort = 0;
    uint16_t dstPort = 0;
    uint8_t tcpFlags = 0;  // TcpFlag bits, TCP only
    // ICMP / ICMPv6 type and code (valid when ipProtocol is ICMP/ICMPv6 and captured).
    bool hasIcmp = false;
    uint8_t icmpType = 0;
    uint8_t icmpCode = 0;
    FragmentKind fragment = FragmentKind::None;
    uint32_t fragmentId = 0;  // IPv4 identification or IPv6 fragment-header identification
    // The captured bytes ended before the headers we wanted (short snaplen): normal, not an
    // error; fields not reached are left at their defaults.
    bool truncated = false;
    // Offset and length of the transport payload within the captured bytes (for DNS/TLS
    // parsing later); length is what was captured, bounded by the IP payload length.
    uint32_t payloadOffset = 0;
    uint32_t payloadLength = 0;
    // Number of 802.1Q / 802.1ad tags seen (0, 1, 2, ...).
    uint8_t vlanTags = 0;
};

}  // namespace flowscope
