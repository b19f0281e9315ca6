// An immutable set of IPv4 and IPv6 prefixes answering "which listed prefix holds this
// address" (longest match), built once per list load and then only read (per new flow, on the
// engine thread).
//
// Layout: per family, the address space covered by the prefixes is cut into disjoint,
// sorted ranges, each labelled with the id of the most specific prefix covering it. A lookup
// is one load from a 65,536-entry table indexed by the address's top 16 bits, a binary search
// over the range starts in that bucket (kept in their own array, so the search touches only 4
// or 16 bytes per step), then one compare against the range's end. Prefixes are either
// nested or disjoint, so a sorted sweep with a stack builds the ranges in O(n log n) and
// yields at most 2n - 1 ranges; adjacent ranges with the same id are merged. For 1,000,000
// prefixes this is about 12 bytes per IPv4 range and 36 per IPv6 range, plus the 256 KiB
// bucket table per family (only for families with 1,024 ranges or more), and a handful of
// search steps per lookup, against a binary trie's up to 32/128 dependent pointer loads and
// tens of bytes per node. Duplicates keep the smallest id; /0, /32 and /128 are ordinary
// ranges. The families are separate: an IPv4-mapped IPv6 entry (::ffff:1.2.3.4) matches the
// IPv6 address ::ffff:1.2.3.4, not the IPv4 address 1.2.3.4 (captured IPv4 packets carry
// IPv4 addresses).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/ip_address.h"

namespace flowscope {

struct PrefixEntry {
    IpAddress network;  // host bits beyond prefixLength must be clear
    uint8_t prefixLength = 0;
    uint32_t id = 0;  // returned by find(); the caller's index into its own entries
};

class PrefixSet {
public:
    PrefixSet() = default;
    // Entries of family None or with a prefix length longer than the family allows are ignored.
    explicit PrefixSet(std::vector<PrefixEntry> entries);

    // The id of the longest prefix holding the address (smallest id among equal prefixes).
    std::optional<uint32_t> find(const IpAddress& address) const;

    size_t rangeCount() const { return m_v4.starts.size() + m_v6.starts.size(); }
    size_t memoryBytes() const;

    // 128-bit address as two halves; compares as the big-endian number.
    struct U128 {
        uint64_t hi = 0;
        uint64_t lo = 0;
        friend auto operator<=>(const U128&, const U128&) = default;
    };

    template <class Key>
    struct Ranges {
        std::vector<Key> starts;
        std::vector<Key> ends;  // inclusive
        std::vector<uint32_t> ids;
        // bucket[b] = first range starting at or after the address whose top 16 bits are b
        // (65,537 entries): a lookup searches only the ranges starting in its own bucket.
        // Empty for families with fewer than 1,024 ranges (searched whole).
        std::vector<uint32_t> bucket;
    };

private:
    Ranges<uint32_t> m_v4;
    Ranges<U128> m_v6;
};

}  // namespace flowscope
