#include "core/enrich/address_kind.h"

#include <array>

namespace flowscope {

namespace {

struct Prefix {
    std::array<uint8_t, 16> bytes;
    int length;
};

bool inPrefix(const std::array<uint8_t, 16>& a, const Prefix& p) {
    int bits = p.length;
    for (size_t i = 0; bits > 0; ++i, bits -= 8) {
        const uint8_t mask = bits >= 8 ? 0xff : uint8_t(0xff << (8 - bits));
        if ((a[i] & mask) != (p.bytes[i] & mask)) {
            return false;
        }
    }
    return true;
}

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates) entries that are not
// globally reachable and not covered by another kind, plus 240.0.0.0/4 (reserved); the same
// set as Team Cymru's IPv4 bogon list less the ranges with their own kind.
const Prefix kV4Bogons[] = {
    {{0, 0, 0, 0}, 8},        // "this network" (includes 0.0.0.0)
    {{192, 0, 0, 0}, 24},     // IETF protocol assignments
    {{192, 0, 2, 0}, 24},     // TEST-NET-1 (documentation)
    {{198, 18, 0, 0}, 15},    // benchmarking
    {{198, 51, 100, 0}, 24},  // TEST-NET-2
    {{203, 0, 113, 0}, 24},   // TEST-NET-3
    {{240, 0, 0, 0}, 4},      // reserved (255.255.255.255 is matched as broadcast first)
};

// IANA IPv6 Special-Purpose Address Registry entries that are not globally reachable, the
// deprecated site-local range, and the documentation prefix of RFC 9637. Everything outside
// 2000::/3 that has no other kind is unallocated and a bogon too (checked separately).
const Prefix kV6Bogons[] = {
    {{0x01, 0x00}, 64},              // discard-only 100::/64
    {{0x20, 0x01, 0x0d, 0xb8}, 32},  // documentation 2001:db8::/32
    {{0x20, 0x01, 0x00, 0x02}, 48},  // benchmarking 2001:2::/48
    {{0x20, 0x01, 0x00, 0x10}, 28},  // ORCHID (deprecated) 2001:10::/28
    {{0x3f, 0xff}, 20},              // documentation 3fff::/20
};

const Prefix kV4Mapped = {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96};
const Prefix kNat64 = {{0x00, 0x64, 0xff, 0x9b}, 96};
const Prefix kGlobalUnicast = {{0x20}, 3};
const Prefix kSiteLocal = {{0xfe, 0xc0}, 10};

AddressKind classifyV4(const IpAddress& a, const OwnAddresses& own) {
    if (a.isLoopback()) {
        return AddressKind::Loopback;
    }
    if (own.contains(a)) {
        return AddressKind::Own;
    }
    if (a.isMulticast()) {
        return AddressKind::Multicast;
    }
    if (a.isBroadcast() || own.isSubnetBroadcast(a)) {
        return AddressKind::Broadcast;
    }
    if (a.isLinkLocal()) {
        return AddressKind::LinkLocal;
    }
    if (a.isPrivate()) {
        return AddressKind::Private;
    }
    for (const Prefix& p : kV4Bogons) {
        if (inPrefix(a.bytes(), p)) {
            return AddressKind::Bogon;
        }
    }
    return AddressKind::Public;
}

}  // namespace

std::string_view addressKindName(AddressKind kind) {
    switch (kind) {
        case AddressKind::Public:
            return "public";
        case AddressKind::Own:
            return "own";
        case AddressKind::Loopback:
            return "loopback";
        case AddressKind::Private:
            return "private";
        case AddressKind::LinkLocal:
            return "link-local";
        case AddressKind::Multicast:
            return "multicast";
        case AddressKind::Broadcast:
            return "broadcast";
        case AddressKind::Bogon:
            return "bogon";
    }
    return "public";
}

OwnAddresses::OwnAddresses(const std::vector<IpAddress>& addresses) {
    for (const auto& a : addresses) {
        add(a);
    }
}

void OwnAddresses::add(const IpAddress& address, int prefixLength) {
    if (!address.isNone()) {
        m_entries.push_back({address, prefixLength});
    }
}

bool OwnAddresses::contains(const IpAddress& address) const {
    for (const auto& e : m_entries) {
        if (e.address == address) {
            return true;
        }
    }
    return false;
}

bool OwnAddresses::isSubnetBroadcast(const IpAddress& address) const {
    if (!address.isV4()) {
        return false;
    }
    for (const auto& e : m_entries) {
        if (!e.address.isV4() || e.prefixLength < 1 || e.prefixLength > 30 ||
            !address.inPrefix(e.address, e.prefixLength)) {
            continue;
        }
        const auto& b = address.bytes();
        const uint32_t v = uint32_t(b[0]) << 24 | uint32_t(b[1]) << 16 | uint32_t(b[2]) << 8 | b[3];
        const uint32_t host = 0xffffffffu >> e.prefixLength;
        if ((v & host) == host) {
            return true;
        }
    }
    return false;
}

AddressKind classifyAddress(const IpAddress& address, const OwnAddresses& own) {
    if (address.isV4()) {
        return classifyV4(address, own);
    }
    if (!address.isV6()) {
        return AddressKind::Bogon;
    }
    const auto& b = address.bytes();
    if (inPrefix(b, kV4Mapped) || inPrefix(b, kNat64)) {
        if (own.contains(address)) {
            return AddressKind::Own;
        }
        return classifyV4(IpAddress::fromV4(b.data() + 12), own);
    }
    if (address.isLoopback()) {
        return AddressKind::Loopback;
    }
    if (own.contains(address)) {
        return AddressKind::Own;
    }
    if (address.isMulticast()) {
        return AddressKind::Multicast;
    }
    if (address.isLinkLocal()) {
        return AddressKind::LinkLocal;
    }
    if (address.isPrivate()) {
        return AddressKind::Private;
    }
    if (inPrefix(b, kSiteLocal) || !inPrefix(b, kGlobalUnicast)) {
        return AddressKind::Bogon;  // includes :: and the deprecated IPv4-compatible ::/96
    }
    for (const Prefix& p : kV6Bogons) {
        if (inPrefix(b, p)) {
            return AddressKind::Bogon;
        }
    }
    return AddressKind::Public;
}

}  // namespace flowscope
