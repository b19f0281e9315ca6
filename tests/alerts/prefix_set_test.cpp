#include "core/alerts/prefix_set.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/alerts/blocklist_parser.h"

using namespace flowscope;

namespace {

IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

// Entries from "prefix" strings, ids in order.
PrefixSet setOf(const std::vector<std::string>& prefixes) {
    std::vector<PrefixEntry> entries;
    for (const auto& p : prefixes) {
        auto e = parseBlocklistEntry(p, nullptr);
        EXPECT_TRUE(e) << p;
        entries.push_back({e->network, e->prefixLength, uint32_t(entries.size())});
    }
    return PrefixSet(std::move(entries));
}

std::optional<uint32_t> find(const PrefixSet& s, const char* address) {
    return s.find(ip(address));
}

}  // namespace

TEST(PrefixSet, Empty) {
    const PrefixSet s;
    EXPECT_FALSE(find(s, "1.2.3.4"));
    EXPECT_FALSE(find(s, "::"));
    EXPECT_FALSE(s.find(IpAddress{}));
    EXPECT_EQ(s.rangeCount(), 0u);
}

TEST(PrefixSet, V4EdgesOfAPrefix) {
    const auto s = setOf({"192.168.4.0/22"});
    EXPECT_FALSE(find(s, "192.168.3.255"));
    EXPECT_EQ(find(s, "192.168.4.0"), 0u);
    EXPECT_EQ(find(s, "192.168.6.17"), 0u);
    EXPECT_EQ(find(s, "192.168.7.255"), 0u);
    EXPECT_FALSE(find(s, "192.168.8.0"));
    // Other family, same bytes.
    EXPECT_FALSE(find(s, "c0a8:400::"));
}

TEST(PrefixSet, V6EdgesOfAPrefix) {
    const auto s = setOf({"2001:db8:0:8000::/49", "2001:db8::1:0:0:0/80"});
    EXPECT_FALSE(find(s, "2001:db8:0:7fff:ffff:ffff:ffff:ffff"));
    EXPECT_EQ(find(s, "2001:db8:0:8000::"), 0u);
    EXPECT_EQ(find(s, "2001:db8:0:ffff:ffff:ffff:ffff:ffff"), 0u);
    EXPECT_FALSE(find(s, "2001:db8:1::"));
    // A prefix boundary inside the low 64 bits.
    EXPECT_FALSE(find(s, "2001:db8::0:ffff:ffff:ffff"));
    EXPECT_EQ(find(s, "2001:db8::1:0:0:0"), 1u);
    EXPECT_EQ(find(s, "2001:db8::1:ffff:ffff:ffff"), 1u);
    EXPECT_FALSE(find(s, "2001:db8::2:0:0:0"));
}

TEST(PrefixSet, HostPrefixes) {
    const auto s = setOf({"10.0.0.5/32", "2001:db8::5/128", "0.0.0.0/32", "255.255.255.255/32",
                          "::/128", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"});
    EXPECT_FALSE(find(s, "10.0.0.4"));
    EXPECT_EQ(find(s, "10.0.0.5"), 0u);
    EXPECT_FALSE(find(s, "10.0.0.6"));
    EXPECT_FALSE(find(s, "2001:db8::4"));
    EXPECT_EQ(find(s, "2001:db8::5"), 1u);
    EXPECT_FALSE(find(s, "2001:db8::6"));
    EXPECT_EQ(find(s, "0.0.0.0"), 2u);
    EXPECT_FALSE(find(s, "0.0.0.1"));
    EXPECT_EQ(find(s, "255.255.255.255"), 3u);
    EXPECT_FALSE(find(s, "255.255.255.254"));
    EXPECT_EQ(find(s, "::"), 4u);
    EXPECT_FALSE(find(s, "::1"));
    EXPECT_EQ(find(s, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 5u);
    EXPECT_FALSE(find(s, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"));
}

TEST(PrefixSet, DefaultRoutesCoverEverythingOfTheirFamily) {
    const auto v4 = setOf({"0.0.0.0/0"});
    EXPECT_EQ(find(v4, "0.0.0.0"), 0u);
    EXPECT_EQ(find(v4, "255.255.255.255"), 0u);
    EXPECT_FALSE(find(v4, "::"));
    const auto v6 = setOf({"::/0"});
    EXPECT_EQ(find(v6, "::"), 0u);
    EXPECT_EQ(find(v6, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 0u);
    EXPECT_FALSE(find(v6, "1.2.3.4"));
    // A /0 with more specific prefixes inside, touching both ends of the space.
    const auto both = setOf({"0.0.0.0/0", "0.0.0.0/8", "255.0.0.0/8", "255.255.255.255/32", "::/0",
                             "ffff::/16", "::/1"});
    EXPECT_EQ(find(both, "0.0.0.0"), 1u);
    EXPECT_EQ(find(both, "1.0.0.0"), 0u);
    EXPECT_EQ(find(both, "254.255.255.255"), 0u);
    EXPECT_EQ(find(both, "255.255.255.254"), 2u);
    EXPECT_EQ(find(both, "255.255.255.255"), 3u);
    EXPECT_EQ(find(both, "::"), 6u);
    EXPECT_EQ(find(both, "7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 6u);
    EXPECT_EQ(find(both, "8000::"), 4u);
    EXPECT_EQ(find(both, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), 5u);
}

TEST(PrefixSet, NestedPrefixesGiveTheMostSpecific) {
    const auto s = setOf({"10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3/32"});
    EXPECT_EQ(find(s, "10.0.0.0"), 0u);
    EXPECT_EQ(find(s, "10.0.255.255"), 0u);
    EXPECT_EQ(find(s, "10.1.0.0"), 1u);
    EXPECT_EQ(find(s, "10.1.1.255"), 1u);
    EXPECT_EQ(find(s, "10.1.2.0"), 2u);
    EXPECT_EQ(find(s, "10.1.2.2"), 2u);
    EXPECT_EQ(find(s, "10.1.2.3"), 3u);
    EXPECT_EQ(find(s, "10.1.2.4"), 2u);
    EXPECT_EQ(find(s, "10.1.3.0"), 1u);
    EXPECT_EQ(find(s, "10.2.0.0"), 0u);
    EXPECT_EQ(find(s, "10.255.255.255"), 0u);
    EXPECT_FALSE(find(s, "11.0.0.0"));
    EXPECT_FALSE(find(s, "9.255.255.255"));
}

TEST(PrefixSet, OrderOfEntriesDoesNotMatter) {
    const auto s = setOf({"10.1.2.0/24", "10.0.0.0/8", "10.1.2.128/25", "10.1.0.0/16"});
    EXPECT_EQ(find(s, "10.1.2.127"), 0u);
    EXPECT_EQ(find(s, "10.1.2.128"), 2u);
    EXPECT_EQ(find(s, "10.1.3.0"), 3u);
    EXPECT_EQ(find(s, "10.9.0.0"), 1u);
}

TEST(PrefixSet, DuplicatesKeepTheFirstId) {
    const auto s = setOf(
        {"5.5.5.0/24", "6.6.6.6", "5.5.5.0/24", "5.5.5.0/24", "2001:db8::/32", "2001:db8::/32"});
    EXPECT_EQ(find(s, "5.5.5.77"), 0u);
    EXPECT_EQ(find(s, "6.6.6.6"), 1u);
    EXPECT_EQ(find(s, "2001:db8::1"), 4u);
    EXPECT_EQ(s.rangeCount(), 3u);
}

TEST(PrefixSet, AdjacentPrefixes) {
    const auto s = setOf({"1.2.3.0/25", "1.2.3.128/25", "1.2.4.0/24"});
    EXPECT_EQ(find(s, "1.2.3.127"), 0u);
    EXPECT_EQ(find(s, "1.2.3.128"), 1u);
    EXPECT_EQ(find(s, "1.2.3.255"), 1u);
    EXPECT_EQ(find(s, "1.2.4.0"), 2u);
    EXPECT_FALSE(find(s, "1.2.5.0"));
    EXPECT_FALSE(find(s, "1.2.2.255"));
}

// Random prefixes (clustered so that many nest and overlap) against a linear scan.
TEST(PrefixSet, MatchesALinearScanOnRandomPrefixes) {
    std::mt19937_64 rng(20261203);
    // Rounds 0-2 cluster the leading bits so that prefixes collide and nest; round 3 spreads
    // addresses and lengths (/8 and longer) over the whole space (prefixes spanning many of the
    // set's 16-bit buckets); round 4 is clustered with a /0 of each family added.
    int round = 0;
    auto randomAddress = [&](bool v6) {
        uint8_t b[16];
        for (auto& x : b) {
            x = uint8_t(rng());
        }
        if (round == 3) {
            return v6 ? IpAddress::fromV6(b) : IpAddress::fromV4(b);
        }
        b[0] = uint8_t(rng() % 4);
        b[1] = uint8_t(rng() % 16);
        if (v6) {
            b[2] = uint8_t(rng() % 4);
            return IpAddress::fromV6(b);
        }
        return IpAddress::fromV4(b);
    };
    for (round = 0; round < 5; ++round) {
        std::vector<PrefixEntry> entries;
        for (uint32_t i = 0; i < 3000; ++i) {
            const bool v6 = rng() % 2;
            const int maxLength = v6 ? 128 : 32;
            // Mostly lengths around the clustered leading bits, some anywhere up to the
            // host length; the last round adds /0 of both families (everything is listed).
            const int length = round == 3 ? 8 + int(rng() % (maxLength - 7))
                               : int(rng() % 8) == 0
                                   ? 16 + int(rng() % (maxLength - 15))
                                   : (v6 ? 24 + int(rng() % 40) : 20 + int(rng() % 13));
            auto parsed = parseBlocklistEntry(
                randomAddress(v6).toString() + "/" + std::to_string(length), nullptr);
            ASSERT_TRUE(parsed);
            entries.push_back({parsed->network, parsed->prefixLength, i});
            if (rng() % 20 == 0) {  // duplicates
                entries.push_back({parsed->network, parsed->prefixLength, ++i});
            }
        }
        if (round == 4) {
            entries.push_back({*IpAddress::parse("0.0.0.0"), 0, 5000});
            entries.push_back({*IpAddress::parse("::"), 0, 5001});
        }
        const PrefixSet set(entries);
        // Enough ranges that both families use the 16-bit bucket table (1,024 or more each).
        EXPECT_GT(set.rangeCount(), 3000u);
        auto linear = [&](const IpAddress& a) -> std::optional<uint32_t> {
            std::optional<uint32_t> best;
            int bestLength = -1;
            for (const auto& e : entries) {
                if (a.inPrefix(e.network, e.prefixLength) && e.prefixLength > bestLength) {
                    best = e.id;
                    bestLength = e.prefixLength;
                }
            }
            return best;
        };
        int hits = 0;
        for (int i = 0; i < 4000; ++i) {
            IpAddress a = randomAddress(rng() % 2);
            // Half the probes at a prefix's first or last address, or just outside it.
            if (i % 2) {
                const auto& e = entries[rng() % entries.size()];
                auto bytes = e.network.bytes();
                const int offset = int(rng() % 3) - 1;  // -1, 0, +1 around first or last
                if (rng() % 2) {
                    for (size_t k = 0; k < e.network.size(); ++k) {
                        const int kept = std::max(0, std::min(8, e.prefixLength - int(k) * 8));
                        bytes[k] |= uint8_t(kept == 8 ? 0 : 0xff >> kept);
                    }
                }
                for (int k = int(e.network.size()) - 1; k >= 0 && offset != 0; --k) {
                    const uint8_t before = bytes[size_t(k)];
                    bytes[size_t(k)] = uint8_t(before + offset);
                    if ((offset > 0 && before != 0xff) || (offset < 0 && before != 0)) {
                        break;
                    }
                }
                a = e.network.isV4() ? IpAddress::fromV4(bytes.data())
                                     : IpAddress::fromV6(bytes.data());
            }
            const auto expected = linear(a);
            hits += expected.has_value();
            ASSERT_EQ(set.find(a), expected) << a.toString() << " round " << round;
        }
        std::printf("round %d: %d of 4000 probes listed\n", round, hits);
        if (round == 4) {
            EXPECT_EQ(hits, 4000);
        } else {
            EXPECT_GT(hits, 1000);
            EXPECT_LT(hits, 3500);
        }
    }
}
