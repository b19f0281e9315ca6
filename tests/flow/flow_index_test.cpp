// The private open-addressing indexes, against std::unordered_map as a reference.
#include "core/flow/flow_index.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <unordered_map>
#include <vector>

namespace flowscope {
namespace {

TEST(KeyIndex, RandomInsertEraseMatchesReference) {
    // Keys are slot numbers; hashes are deliberately poor (16 distinct values) to exercise
    // long probe runs, wrap-around and backward shifts.
    std::vector<uint32_t> hashOf(5000);
    std::mt19937 rng(7);
    for (auto& h : hashOf) {
        h = uint32_t(rng() % 16) * 0x10001u + (rng() % 2 ? 0xffff0000u : 0u);
    }
    KeyIndex index;
    std::unordered_map<uint32_t, bool> present;
    for (int step = 0; step < 60000; ++step) {
        const uint32_t slot = rng() % hashOf.size();
        const auto match = [slot](uint32_t s) { return s == slot; };
        if (present[slot]) {
            ASSERT_EQ(index.find(hashOf[slot], match), slot);
            index.erase(hashOf[slot], slot);
            present[slot] = false;
            ASSERT_EQ(index.find(hashOf[slot], match), kNoSlot);
        } else {
            ASSERT_EQ(index.find(hashOf[slot], match), kNoSlot);
            index.insert(hashOf[slot], slot);
            present[slot] = true;
        }
    }
    size_t count = 0;
    for (const auto& [slot, in] : present) {
        const auto match = [s = slot](uint32_t x) { return x == s; };
        EXPECT_EQ(index.find(hashOf[slot], match), in ? slot : kNoSlot);
        count += in;
    }
    EXPECT_EQ(index.size(), count);
}

TEST(IdIndex, RandomInsertEraseMatchesReference) {
    // Slot s holds id ids[s]; ids collide modulo every power of two up to 2^12.
    std::vector<uint64_t> ids(3000);
    for (size_t s = 0; s < ids.size(); ++s) {
        ids[s] = 1 + (s % 7) * 4096 + s / 7;
    }
    const auto idOf = [&ids](uint32_t s) { return ids[s]; };
    IdIndex index;
    std::vector<bool> present(ids.size());
    std::mt19937 rng(11);
    for (int step = 0; step < 40000; ++step) {
        const uint32_t slot = rng() % ids.size();
        if (present[slot]) {
            ASSERT_EQ(index.find(ids[slot], idOf), slot);
            index.erase(ids[slot], idOf);
            present[slot] = false;
        } else {
            ASSERT_EQ(index.find(ids[slot], idOf), kNoSlot);
            index.insert(ids[slot], slot);
            present[slot] = true;
        }
    }
    for (uint32_t s = 0; s < ids.size(); ++s) {
        EXPECT_EQ(index.find(ids[s], idOf), present[s] ? s : kNoSlot);
    }
}

// The flow table's pattern at its cap: ids are sequential, the live ones a sliding window, and
// every new id evicts the oldest. Erasing must cost a few bucket visits, not a walk over every
// live id (homing ids by their low bits made the window one contiguous run of buckets).
double erasePerEvictionSteps(size_t live, size_t evictions) {
    std::vector<uint64_t> idOfSlot(live);
    const auto idOf = [&idOfSlot](uint32_t s) { return idOfSlot[s]; };
    IdIndex index;
    uint64_t next = 1;
    for (uint32_t s = 0; s < live; ++s) {
        idOfSlot[s] = next++;
        index.insert(idOfSlot[s], s);
    }
    const IndexProbes before = index.probes();
    for (size_t e = 0; e < evictions; ++e) {
        const uint32_t slot = uint32_t(e % live);  // the slot of the oldest id
        index.erase(idOfSlot[slot], idOf);
        idOfSlot[slot] = next++;
        index.insert(idOfSlot[slot], slot);
    }
    EXPECT_EQ(index.probes().erases - before.erases, evictions);
    for (uint32_t s = 0; s < live; s += 97) {
        EXPECT_EQ(index.find(idOfSlot[s], idOf), s);
    }
    EXPECT_EQ(index.find(1, idOf), kNoSlot);
    return double(index.probes().eraseSteps - before.eraseSteps) / double(evictions);
}

TEST(IdIndex, EvictingTheOldestIdVisitsFewBuckets) {
    // Sizes just under a growth (load ~0.69) and just over one (~0.35), small and large: the
    // cost per eviction must not grow with the number of live ids.
    for (size_t live : {1400, 2900, 44000, 90000}) {
        const double steps = erasePerEvictionSteps(live, 20'000);
        EXPECT_LT(steps, 8.0) << live << " live ids";
        std::printf("%7zu live ids: %.2f buckets visited per eviction\n", live, steps);
    }
}

TEST(KeyIndex, CountsEraseSteps) {
    KeyIndex index;
    const auto match = [](uint32_t) { return true; };
    index.insert(5, 0);
    index.insert(5, 1);  // same home: placed in the next bucket
    index.insert(6, 2);  // home taken: one further
    EXPECT_EQ(index.find(6, match), 2u);
    index.erase(5, 0);  // visits 5, 6 (shifts 1 back), 7 (shifts 2 back), 8 (empty)
    EXPECT_EQ(index.probes().erases, 1u);
    EXPECT_EQ(index.probes().eraseSteps, 4u);
    EXPECT_FALSE(index.eraseIfPresent(5, 0));
    EXPECT_EQ(index.probes().erases, 1u);
    EXPECT_TRUE(index.eraseIfPresent(5, 1));
    EXPECT_EQ(index.size(), 1u);
}

}  // namespace
}  // namespace flowscope
