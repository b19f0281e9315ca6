#include "core/packet/link_type.h"

#include <array>
#include <cstddef>

namespace flowscope {

namespace {

// Writes "linktype-N" and a NUL into s (big enough for any uint32_t N when it has 20 bytes).
template <size_t Size>
constexpr void formatGenericName(std::array<char, Size>& s, uint32_t n) {
    constexpr char kPrefix[] = "linktype-";
    size_t i = 0;
    for (; kPrefix[i] != '\0'; ++i) {
        s[i] = kPrefix[i];
    }
    char digits[10] = {};
    size_t count = 0;
    do {
        digits[count++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0 && count < sizeof digits);
    while (count > 0 && i + 1 < Size) {
        s[i++] = digits[--count];
    }
    s[i] = '\0';
}

// "linktype-N" for every N below kNamedLimit, built at compile time so linkTypeName() returns
// a pointer that stays valid forever. Every registered LINKTYPE_* value is below it.
constexpr uint32_t kNamedLimit = 1024;
using ShortName = std::array<char, 16>;  // "linktype-1023" + NUL

constexpr std::array<ShortName, kNamedLimit> makeGenericNames() {
    std::array<ShortName, kNamedLimit> names{};
    for (uint32_t n = 0; n < kNamedLimit; ++n) {
        formatGenericName(names[n], n);
    }
    return names;
}

constexpr auto kGenericNames = makeGenericNames();

}  // namespace

bool isSupportedLinkType(uint32_t linkType) {
    switch (linkType) {
        case kLinkNull:
        case kLinkEthernet:
        case kLinkRawAlt12:
        case kLinkRawAlt14:
        case kLinkRaw:
        case kLinkLoop:
        case kLinkLinuxSll:
        case kLinkIpv4:
        case kLinkIpv6:
        case kLinkLinuxSll2:
        case kLinkIeee80211:
        case kLinkIeee80211Radiotap:
            return true;
        default:
            return false;
    }
}

const char* linkTypeName(uint32_t linkType) {
    switch (linkType) {
        case kLinkNull:
            return "null";
        case kLinkEthernet:
            return "ethernet";
        case kLinkRawAlt12:
        case kLinkRawAlt14:
        case kLinkRaw:
            return "raw";
        case kLinkLoop:
            return "loop";
        case kLinkLinuxSll:
            return "linux-sll";
        case kLinkIpv4:
            return "ipv4";
        case kLinkIpv6:
            return "ipv6";
        case kLinkLinuxSll2:
            return "linux-sll2";
        case kLinkIeee80211:
            return "ieee802-11";
        case kLinkIeee80211Radiotap:
            return "ieee802-11-radiotap";
        default:
            break;
    }
    if (linkType < kNamedLimit) {
        return kGenericNames[linkType].data();
    }
    // Not a registered value (a damaged file): a per-thread ring keeps the last few names
    // valid at the same time without allocating.
    constexpr size_t kRing = 8;
    thread_local std::array<std::array<char, 20>, kRing> ring{};
    thread_local size_t next = 0;
    auto& s = ring[next];
    next = (next + 1) % kRing;
    formatGenericName(s, linkType);
    return s.data();
}

}  // namespace flowscope
