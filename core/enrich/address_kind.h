// What kind of address a connection's remote end is: public, or one of the special ranges.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/base/ip_address.h"

namespace flowscope {

enum class AddressKind : uint8_t {
    Public,     // globally routed unicast: the only kind looked up in the geo databases
    Own,        // one of this machine's addresses
    Loopback,   // 127.0.0.0/8, ::1
    Private,    // RFC 1918, RFC 6598 shared (CGNAT) 100.64.0.0/10, unique-local fc00::/7
    LinkLocal,  // 169.254.0.0/16, fe80::/10
    Multicast,  // 224.0.0.0/4, ff00::/8
    Broadcast,  // 255.255.255.255, and the broadcast address of an own IPv4 subnet
    Bogon,      // never routed on the Internet: reserved, documentation, benchmarking,
                // "this network", unspecified, deprecated site-local, unallocated IPv6
};

// "public", "own", "loopback", "private", "link-local", "multicast", "broadcast", "bogon".
std::string_view addressKindName(AddressKind kind);

// This machine's addresses, with their prefix lengths where known (for subnet broadcasts).
class OwnAddresses {
public:
    OwnAddresses() = default;
    explicit OwnAddresses(const std::vector<IpAddress>& addresses);

    void add(const IpAddress& address, int prefixLength = -1);
    bool contains(const IpAddress& address) const;
    // The all-ones host address of an own IPv4 subnet (prefix length 1 to 30).
    bool isSubnetBroadcast(const IpAddress& address) const;
    bool empty() const { return m_entries.empty(); }

private:
    struct Entry {
        IpAddress address;
        int prefixLength;
    };
    std::vector<Entry> m_entries;  // a machine has a handful: a linear scan is fastest
};

// Classifies `address`, first match wins: loopback, own, multicast, broadcast, link-local,
// private, bogon, public. IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::/96) IPv6
// addresses are classified by the IPv4 address they carry.
AddressKind classifyAddress(const IpAddress& address, const OwnAddresses& own = {});

}  // namespace flowscope
