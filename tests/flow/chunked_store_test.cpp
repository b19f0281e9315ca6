#include "core/flow/chunked_store.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

using flowscope::ChunkedStore;

namespace {

struct Counted {
    static inline int alive = 0;
    explicit Counted(uint64_t v = 0) : value(v) { ++alive; }
    ~Counted() { --alive; }
    Counted(const Counted&) = delete;
    Counted& operator=(const Counted&) = delete;
    uint64_t value;
    char padding[152] = {};  // 160 bytes, the flow table's slot size
};

}  // namespace

TEST(ChunkedStore, AddressesStayPutWhileItGrowsPastSeveralBlocks) {
    Counted::alive = 0;
    {
        ChunkedStore<Counted> store;
        EXPECT_TRUE(store.empty());
        std::vector<const Counted*> where;
        const size_t n = 60'000;  // 9.6 MB: the first 2 MiB one chunk at a time, then 4 blocks
        for (size_t i = 0; i < n; ++i) {
            where.push_back(&store.emplaceBack(i * 3));
        }
        ASSERT_EQ(store.size(), n);
        EXPECT_GE(store.capacity(), n);
        EXPECT_EQ(Counted::alive, int(n));
        for (size_t i = 0; i < n; ++i) {
            ASSERT_EQ(&store[i], where[i]) << i;
            ASSERT_EQ(store[i].value, i * 3) << i;
        }
        EXPECT_EQ(store.back().value, (n - 1) * 3);
        size_t visited = 0;
        for (const Counted& c : store) {
            ASSERT_EQ(c.value, visited * 3);
            ++visited;
        }
        EXPECT_EQ(visited, n);
        // No element overlaps another: each is written and read back on its own.
        for (size_t i = 0; i < n; ++i) {
            store[i].padding[151] = char(i);
        }
        for (size_t i = 0; i < n; ++i) {
            ASSERT_EQ(store[i].padding[151], char(i));
            ASSERT_EQ(store[i].value, i * 3);
        }
    }
    EXPECT_EQ(Counted::alive, 0) << "every element is destroyed with the store";
}

TEST(ChunkedStore, ElementsAreValueInitialised) {
    ChunkedStore<uint64_t> store;
    for (int i = 0; i < 100'000; ++i) {
        ASSERT_EQ(store.emplaceBack(), 0u);
    }
    EXPECT_EQ(store.size(), 100'000u);
}
