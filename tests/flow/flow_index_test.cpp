// The private open-addressing indexes, against std::unordered_map as a reference.
#include "core/flow/flow_index.h"

#include <gtest/gtest.h>

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
            index.insert(ids[slot], slot, idOf);
            present[slot] = true;
        }
    }
    for (uint32_t s = 0; s < ids.size(); ++s) {
        EXPECT_EQ(index.find(ids[s], idOf), present[s] ? s : kNoSlot);
    }
}

}  // namespace
}  // namespace flowscope
