// The tick clock on fake clocks: live ticks follow the wall clock, a file's ticks follow its
// timestamps, and snapshots are stamped with the right capture time.
#include "core/engine/tick_clock.h"

#include <gtest/gtest.h>

using namespace flowscope;

namespace {

constexpr int64_t kSecond = 1'000'000'000;

struct FakeClocks {
    int64_t wall = 1'000 * kSecond;
    int64_t steady = 5 * kSecond;
    ClockSources sources() {
        return {[this] { return wall; }, [this] { return steady; }};
    }
};

}  // namespace

TEST(TickClock, LiveTicksFollowTheWallClock) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::Live, kSecond, 100'000'000, t.sources());
    clock.begin();
    EXPECT_TRUE(clock.live());
    EXPECT_TRUE(clock.keepsEmptyTicks());
    EXPECT_EQ(clock.waitNs(50'000'000), 50'000'000);
    t.wall += kSecond - 10'000'000;
    EXPECT_EQ(clock.waitNs(50'000'000), 10'000'000);  // only until the tick is due
    EXPECT_FALSE(clock.takeDueTick());
    EXPECT_FALSE(clock.onPacket(t.wall));  // packets never end a live tick
    t.wall += 10'000'000;
    auto ended = clock.takeDueTick();
    ASSERT_TRUE(ended);
    EXPECT_EQ(*ended, 1'000 * kSecond);
    EXPECT_EQ(clock.currentTickStart(), 1'001 * kSecond);
    EXPECT_FALSE(clock.takeDueTick());
    EXPECT_FALSE(clock.filePublishDue());  // live publishes per tick, never by interval
}

TEST(TickClock, LiveDoesNotCatchUpAfterASuspend) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::Live, kSecond, 100'000'000, t.sources());
    clock.begin();
    t.wall += 30 * kSecond;  // the machine slept
    ASSERT_TRUE(clock.takeDueTick());
    EXPECT_FALSE(clock.takeDueTick());  // one tick, not thirty
    EXPECT_EQ(clock.waitNs(2 * kSecond), kSecond);
}

TEST(TickClock, LiveStampsUseTheWallClock) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::Live, kSecond, 100'000'000, t.sources());
    clock.begin();
    t.wall += 300'000'000;
    clock.onPacket(t.wall);
    t.wall += 700'000'000;
    const TickTimes first = clock.stamp();
    EXPECT_EQ(first.timeNs, 1'001 * kSecond);
    EXPECT_EQ(first.intervalNs, kSecond);
    EXPECT_EQ(first.durationNs, 700'000'000);  // from the first packet
    t.wall += kSecond;
    EXPECT_EQ(clock.stamp().intervalNs, kSecond);
    EXPECT_EQ(clock.expiryNowNs(), t.wall);
}

TEST(TickClock, FileTicksFollowTheFileAndSkipGaps) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::File, kSecond, 100'000'000, t.sources());
    clock.begin();
    EXPECT_FALSE(clock.live());
    EXPECT_FALSE(clock.keepsEmptyTicks());
    EXPECT_EQ(clock.waitNs(50'000'000), 50'000'000);
    const int64_t start = 1'600'000'000 * kSecond + 250'000'000;
    EXPECT_FALSE(clock.onPacket(start));
    EXPECT_EQ(clock.currentTickStart(), 1'600'000'000 * kSecond);
    EXPECT_FALSE(clock.onPacket(start + 500'000'000));    // same tick
    auto ended = clock.onPacket(start + 3600 * kSecond);  // an hour later
    ASSERT_TRUE(ended);
    EXPECT_EQ(*ended, 1'600'000'000 * kSecond);
    EXPECT_EQ(clock.currentTickStart(), (1'600'000'000 + 3600) * kSecond);
    EXPECT_FALSE(clock.takeDueTick());  // the wall clock plays no part in a file's ticks
    EXPECT_EQ(clock.expiryNowNs(), start + 3600 * kSecond);
}

TEST(TickClock, FileStampsUseFileTimeAndPublishByWallInterval) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::File, kSecond, 100'000'000, t.sources());
    clock.begin();
    EXPECT_EQ(clock.stamp().timeNs, 0);  // nothing read yet
    const int64_t start = 42 * kSecond;
    clock.onPacket(start);
    clock.onPacket(start + 5 * kSecond);
    EXPECT_FALSE(clock.filePublishDue());
    t.steady += 100'000'000;
    EXPECT_TRUE(clock.filePublishDue());
    const TickTimes times = clock.stamp();
    EXPECT_EQ(times.timeNs, start + 5 * kSecond);
    EXPECT_EQ(times.intervalNs, 5 * kSecond);
    EXPECT_EQ(times.durationNs, 5 * kSecond);
    EXPECT_FALSE(clock.filePublishDue());
}

TEST(TickClock, NegativeFileTimesFloorDown) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::File, kSecond, 100'000'000, t.sources());
    clock.begin();
    clock.onPacket(-1'500'000'000);  // a capture from before 1970
    EXPECT_EQ(clock.currentTickStart(), -2 * kSecond);
}

// A pcapng timestamp clamped to the largest time (2262-04-11), after one from before 1970: no
// overflow (the sanitizer build stops on one), the ticks still follow, the duration saturates.
TEST(TickClock, FileTimesAtTheEndsOfTheRange) {
    FakeClocks t;
    TickClock clock(TickClock::Mode::File, kSecond, 100'000'000, t.sources());
    clock.begin();
    EXPECT_FALSE(clock.onPacket(-INT64_MAX + 5));
    const auto ended = clock.onPacket(INT64_MAX);
    ASSERT_TRUE(ended);
    EXPECT_EQ(clock.currentTickStart(), INT64_MAX - INT64_MAX % kSecond);
    EXPECT_FALSE(clock.onPacket(INT64_MAX));  // the same tick
    const TickTimes times = clock.stamp();
    EXPECT_EQ(times.timeNs, INT64_MAX);
    EXPECT_EQ(times.durationNs, INT64_MAX);
    EXPECT_EQ(times.intervalNs, INT64_MAX);
}
