// Link-layer header types (LINKTYPE_* values as written in pcap and pcapng files).
#pragma once

#include "core/base/phrase.h"

#include <cstdint>
#include <string>

namespace flowscope {

enum LinkType : uint32_t {
    kLinkNull = 0,                 // BSD loopback, 4-byte AF in the capturing host's byte order
    kLinkEthernet = 1,             // Ethernet II / 802.3, with 802.1Q / 802.1ad tags
    kLinkRawAlt12 = 12,            // DLT_RAW on some BSDs (raw IPv4/IPv6)
    kLinkRawAlt14 = 14,            // DLT_RAW on OpenBSD
    kLinkRaw = 101,                // raw IPv4/IPv6, version from the first nibble
    kLinkIeee80211 = 105,          // IEEE 802.11 frames (data frames decoded, LLC/SNAP)
    kLinkLoop = 108,               // OpenBSD loopback, 4-byte AF in network byte order
    kLinkLinuxSll = 113,           // Linux cooked capture v1
    kLinkIeee80211Radiotap = 127,  // radiotap header, then an IEEE 802.11 frame
    kLinkIpv4 = 228,               // raw IPv4
    kLinkIpv6 = 229,               // raw IPv6
    kLinkLinuxSll2 = 276,          // Linux cooked capture v2
};

// LINKTYPE_USER0..15, private encapsulations.
inline constexpr uint32_t kLinkUserFirst = 147;
inline constexpr uint32_t kLinkUserLast = 162;

// True if decodePacket() understands this link type.
bool isSupportedLinkType(uint32_t linkType);
// Short name ("ethernet", "linux-sll", ...) or "linktype-N".
const char* linkTypeName(uint32_t linkType);
// The registered name from the tcpdump.org LINKTYPE_* list without its prefix ("PPP",
// "IEEE802_15_4_NOFCS", "DOCSIS", ...), or nullptr for a value missing from Flowscope's copy.
const char* registeredLinkTypeName(uint32_t linkType);
// One sentence saying that packets of `linkType` are not decoded and what that means, naming
// the type and its number: "Flowscope does not decode link type PPP (9): ...". Empty for a
// supported link type.
std::string unsupportedLinkTypeWarning(uint32_t linkType);
// The same sentence as a Phrase (for the desktop app to word); empty when supported.
Phrase unsupportedLinkType(uint32_t linkType);

}  // namespace flowscope
