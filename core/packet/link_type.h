// Link-layer header types (LINKTYPE_* values as written in pcap and pcapng files).
#pragma once

#include <cstdint>

namespace flowscope {

enum LinkType : uint32_t {
    kLinkNull = 0,         // BSD loopback, 4-byte AF in the capturing host's byte order
    kLinkEthernet = 1,     // Ethernet II / 802.3, with 802.1Q / 802.1ad tags
    kLinkRawAlt12 = 12,    // DLT_RAW on some BSDs (raw IPv4/IPv6)
    kLinkRawAlt14 = 14,    // DLT_RAW on OpenBSD
    kLinkRaw = 101,        // raw IPv4/IPv6, version from the first nibble
    kLinkLoop = 108,       // OpenBSD loopback, 4-byte AF in network byte order
    kLinkLinuxSll = 113,   // Linux cooked capture v1
    kLinkIpv4 = 228,       // raw IPv4
    kLinkIpv6 = 229,       // raw IPv6
    kLinkLinuxSll2 = 276,  // Linux cooked capture v2
};

// True if decodePacket() understands this link type.
bool isSupportedLinkType(uint32_t linkType);
// Short name ("ethernet", "linux-sll", ...) or "linktype-N".
const char* linkTypeName(uint32_t linkType);

}  // namespace flowscope
