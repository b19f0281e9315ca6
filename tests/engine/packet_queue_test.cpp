#include "core/engine/packet_queue.h"

#include <gtest/gtest.h>

#include <thread>

using namespace flowscope;

namespace {
std::unique_ptr<PacketBatch> batchOf(PacketQueue& q, size_t n) {
    auto b = q.acquire();
    for (size_t i = 0; i < n; ++i) {
        b->packets.push_back(QueuedPacket{int64_t(i), 60, 0, 1, 0});
    }
    return b;
}
}  // namespace

TEST(PacketQueue, TryPushRefusesWhenFullAndBlockingPushWaits) {
    PacketQueue q(8, 4, 64);
    auto a = batchOf(q, 4);
    auto b = batchOf(q, 4);
    auto c = batchOf(q, 4);
    EXPECT_TRUE(q.tryPush(a));
    EXPECT_TRUE(q.tryPush(b));
    EXPECT_FALSE(q.tryPush(c));  // full: live capture would count 4 drops
    EXPECT_TRUE(c);              // the caller keeps its batch

    std::thread consumer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        auto got = q.pop(1'000'000'000);
        ASSERT_TRUE(got);
        q.recycle(std::move(got));
    });
    EXPECT_TRUE(q.push(c));  // files wait for room instead of dropping
    consumer.join();
}

TEST(PacketQueue, CloseWakesWaitersAndDrains) {
    PacketQueue q(4, 4, 64);
    auto a = batchOf(q, 4);
    ASSERT_TRUE(q.push(a));
    auto b = batchOf(q, 4);
    std::thread closer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        q.close();
    });
    EXPECT_FALSE(q.push(b));  // woken by close, not pushed
    closer.join();
    EXPECT_TRUE(q.pop(0));   // what was queued is still delivered
    EXPECT_FALSE(q.pop(0));  // then nothing
}
