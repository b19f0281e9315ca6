// The capture-trouble rule on synthetic snapshots: the snapshot's time is the clock and the
// capture counters are set by hand.
#include <gtest/gtest.h>

#include "core/alerts/rules.h"
#include "tests/alerts/rules_test_util.h"

using namespace flowscope;
using namespace flowscope::test;

namespace {

RulesConfig troubleOnly() {
    RulesConfig c;
    c.newPrograms = false;
    return c;  // capture trouble is on by default: 1% over 10 s, at least 100 frames
}

// A snapshot at `seconds` whose capture so far received `received` frames and lost
// `kernel` in the kernel and `queue` in the engine's queue (the queue's are among received).
EngineSnapshot countersAt(int64_t seconds, uint64_t received, uint64_t kernel, uint64_t queue = 0) {
    EngineSnapshot s = snapshotAt(seconds);
    s.capture.received = received;
    s.capture.droppedByKernel = kernel;
    s.droppedByQueue = queue;
    return s;
}

std::vector<Alert> tick(Rules& rules, const EngineSnapshot& s) {
    return rules.evaluate(s, EngineDiff{});
}

}  // namespace

TEST(CaptureTroubleRule, RuleNameIsStable) {
    EXPECT_STREQ(alertRuleName(AlertRule::CaptureTrouble), "capture-trouble");
}

TEST(CaptureTroubleRule, AdapterWentAwayFiresOnceFromTheFinalSnapshot) {
    Rules rules(troubleOnly());
    EXPECT_TRUE(tick(rules, countersAt(1, 50, 0)).empty());
    EngineSnapshot last = countersAt(2, 60, 0);
    last.state = EngineState::Failed;
    last.error = makeError(ErrorCode::DeviceGone,
                           "The network adapter eth9 went down or disappeared while capturing.");
    const auto a = tick(rules, last);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].rule, AlertRule::CaptureTrouble);
    EXPECT_EQ(a[0].subject, "capture");
    EXPECT_EQ(a[0].title, "The adapter went away");
    EXPECT_EQ(a[0].body, "The network adapter eth9 went down or disappeared while capturing.");
    EXPECT_EQ(a[0].timeNs, 2 * kSecond);
    // The same failed snapshot again (a sink that is handed it twice) says nothing new.
    last.timeNs = 200 * kSecond;
    EXPECT_TRUE(tick(rules, last).empty());
}

TEST(CaptureTroubleRule, OtherCaptureErrorsAreReportedWithTheirSentence) {
    Rules rules(troubleOnly());
    EngineSnapshot last = countersAt(1, 0, 0);
    last.state = EngineState::Failed;
    last.error = makeError(ErrorCode::Io, "Capturing on eth0 failed (libpcap: boom).");
    const auto a = tick(rules, last);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].title, "The capture stopped with an error");
    EXPECT_EQ(a[0].body, "Capturing on eth0 failed (libpcap: boom).");
}

TEST(CaptureTroubleRule, FinishedAndStoppedCapturesAreNoTrouble) {
    Rules rules(troubleOnly());
    EngineSnapshot s = countersAt(1, 10, 0);
    s.state = EngineState::Finished;
    EXPECT_TRUE(tick(rules, s).empty());
    s.state = EngineState::Stopped;
    s.timeNs = 2 * kSecond;
    EXPECT_TRUE(tick(rules, s).empty());
}

TEST(CaptureTroubleRule, DropsJustAboveTheShareFireAndJustAtItDoNot) {
    // 1000 frames a second. 1% of the offered frames is the limit: exactly 1% stays quiet.
    Rules rules(troubleOnly());
    EXPECT_TRUE(tick(rules, countersAt(0, 0, 0)).empty());
    // 10 s: 9900 received + 100 lost = 10000 offered, 1.0%: not above.
    EXPECT_TRUE(tick(rules, countersAt(10, 9900, 100)).empty());
    // The same window with one more frame lost: 1.01%.
    Rules fresh(troubleOnly());
    EXPECT_TRUE(tick(fresh, countersAt(0, 0, 0)).empty());
    const auto a = tick(fresh, countersAt(10, 9899, 101));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "dropped frames");
    EXPECT_EQ(a[0].title, "Capture is dropping 1.0% of frames");
    EXPECT_EQ(a[0].body.substr(0, 48), "101 of 10000 frames were lost in the last 10 s; ");
    EXPECT_EQ(a[0].message, AlertMessage::Dropping);
    EXPECT_EQ(a[0].facts.dropped, 101u);
    EXPECT_EQ(a[0].facts.offered, 10000u);
    EXPECT_EQ(a[0].facts.seconds, 10);
    EXPECT_NEAR(a[0].facts.percent, 1.01, 1e-9);
}

TEST(CaptureTroubleRule, OnlyTheLastTenSecondsCount) {
    Rules rules(troubleOnly());
    // A burst at the start (2000 lost, 1000 received in the first second) fires...
    EXPECT_TRUE(tick(rules, countersAt(0, 0, 0)).empty());
    EXPECT_EQ(tick(rules, countersAt(1, 1000, 2000)).size(), 1u);
    // ... then clean traffic, 1000 frames a second. Over the whole capture the burst stays
    // above 1% (2000 of 64000 at 62 s), but once the rate limit has passed (61 s) it is far
    // outside the last ten seconds, and nothing fires.
    std::vector<Alert> all;
    for (int64_t t = 2; t <= 62; ++t) {
        for (auto& a : tick(rules, countersAt(t, uint64_t(t) * 1000, 2000))) {
            all.push_back(a);
        }
    }
    EXPECT_TRUE(all.empty());
}

TEST(CaptureTroubleRule, QueueDropsCountAndOnceAMinuteAtMost) {
    Rules rules(troubleOnly());
    // The engine cannot keep up: 10% of the frames it read are dropped from its queue, every
    // second, for two minutes. Alerts at 1 s, 61 s and 121 s only.
    std::vector<int64_t> fired;
    for (int64_t t = 0; t <= 121; ++t) {
        const uint64_t frames = uint64_t(t) * 1000;
        for (const auto& a : tick(rules, countersAt(t, frames, 0, frames / 10))) {
            EXPECT_EQ(a.title, "Capture is dropping 10% of frames");
            fired.push_back(a.timeNs / kSecond);
        }
    }
    EXPECT_EQ(fired, (std::vector<int64_t>{1, 61, 121}));
}

TEST(CaptureTroubleRule, AFewDropsOnAQuietAdapterAreNotTrouble) {
    Rules rules(troubleOnly());
    EXPECT_TRUE(tick(rules, countersAt(0, 0, 0)).empty());
    // 50 lost of 99 offered: half, but fewer than 100 frames in the window.
    EXPECT_TRUE(tick(rules, countersAt(5, 49, 50)).empty());
}

TEST(CaptureTroubleRule, CountersGoingBackStartAFreshWindow) {
    Rules rules(troubleOnly());
    // A capture of 20 s losing 0.5% (10000 frames a second, 50 lost): no alert.
    for (int64_t t = 0; t <= 20; ++t) {
        EXPECT_TRUE(tick(rules, countersAt(t, uint64_t(t) * 9950, uint64_t(t) * 50)).empty());
    }
    // A new capture: its counters start again from zero. Compared with the old capture's
    // counters the differences would wrap around and look like 100% lost.
    EXPECT_TRUE(tick(rules, countersAt(21, 1000, 0)).empty());
    EXPECT_TRUE(tick(rules, countersAt(22, 2000, 0)).empty());
    // Its own drops still count.
    EXPECT_EQ(tick(rules, countersAt(23, 2900, 100)).size(), 1u);
}

TEST(CaptureTroubleRule, OffWhenDisabled) {
    RulesConfig c = troubleOnly();
    c.captureTrouble.enabled = false;
    Rules rules(c);
    EXPECT_TRUE(tick(rules, countersAt(0, 0, 0)).empty());
    EXPECT_TRUE(tick(rules, countersAt(1, 500, 500)).empty());
    EngineSnapshot last = countersAt(2, 500, 500);
    last.state = EngineState::Failed;
    last.error = makeError(ErrorCode::DeviceGone, "gone");
    EXPECT_TRUE(tick(rules, last).empty());
}
