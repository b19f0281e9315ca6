// GeoCache: eviction of what was not used lately within its capacity, hit/miss counts,
// database generations.
#include "core/enrich/geo_cache.h"

#include <gtest/gtest.h>

namespace flowscope {
namespace {

GeoRecord as(uint32_t n) {
    GeoRecord r;
    r.asNumber = n;
    return r;
}

TEST(GeoCache, StaysWithinCapacityAndKeepsRecentlyUsed) {
    GeoCache cache(64);  // 16 shards, 2 generations of 2
    const uint64_t g = cache.generation();
    const IpAddress first = IpAddress::fromV4(0x01000000u);
    cache.put(first, as(1), g);
    for (uint32_t i = 1; i < 1000; ++i) {
        cache.put(IpAddress::fromV4(0x01000000u + i), as(i + 1), g);
        ASSERT_TRUE(cache.get(first).has_value()) << i;  // used all the time: never evicted
    }
    const GeoCache::Stats st = cache.stats();
    EXPECT_EQ(st.capacity, 64u);
    EXPECT_LE(st.size, 64u);
    EXPECT_GE(st.size, 32u);  // every shard holds at least one full generation
    // The oldest of the rest are gone, the newest is there.
    EXPECT_FALSE(cache.get(IpAddress::fromV4(0x01000001u)).has_value());
    ASSERT_TRUE(cache.get(IpAddress::fromV4(0x01000000u + 999)).has_value());
    EXPECT_EQ(cache.get(IpAddress::fromV4(0x01000000u + 999))->asNumber, 1000u);
    EXPECT_EQ(cache.stats().hits, 999u + 2u);
    EXPECT_EQ(cache.stats().misses, 1u);
    EXPECT_NEAR(cache.stats().hitRate(), 1001.0 / 1002.0, 1e-9);
}

TEST(GeoCache, PutFromAnOldGenerationIsDropped) {
    GeoCache cache(16);
    const IpAddress a = IpAddress::fromV4(0x08080808u);
    const uint64_t before = cache.generation();
    cache.clear();
    cache.put(a, as(15169), before);  // computed with the old database
    EXPECT_FALSE(cache.get(a).has_value());
    cache.put(a, as(15169), cache.generation());
    EXPECT_EQ(cache.get(a)->asNumber, 15169u);
    // IPv4 and IPv4-mapped IPv6 are different keys.
    EXPECT_FALSE(cache.get(IpAddress::parse("::ffff:8.8.8.8").value()).has_value());
}

}  // namespace
}  // namespace flowscope
