// Favorites and data caps on synthetic snapshots: the snapshot's time is the clock and local
// dates come from an injected calendar (days of 100 s, months of 10 days).
#include <gtest/gtest.h>

#include "core/alerts/rules.h"
#include "tests/alerts/rules_test_util.h"

using namespace flowscope;
using namespace flowscope::test;

namespace {

RulesConfig favoritesConfig() {
    RulesConfig c;
    c.newPrograms = false;
    c.favorites.hosts = {*IpAddress::parse("192.0.2.10"), *IpAddress::parse("2001:db8::10")};
    c.favorites.services = {{17, 53}};
    c.favorites.programs = {"/usr/bin/rsync"};
    c.favorites.idleNs = 60 * kSecond;
    c.rateLimitNs = 0;  // isolate the idle logic
    return c;
}

EngineDiff added(std::vector<Flow> flows) {
    EngineDiff d;
    d.added = std::move(flows);
    return d;
}
EngineDiff changed(std::vector<Flow> flows) {
    EngineDiff d;
    d.changed = std::move(flows);
    return d;
}

std::vector<Application> apps() {
    return {app(1, "/usr/bin/rsync"), app(2, "/usr/bin/curl")};
}

}  // namespace

TEST(FavoriteRule, HostServiceAndProgramBecomeActive) {
    Rules rules(favoritesConfig());
    // Nothing favorite.
    EXPECT_TRUE(rules.evaluate(snapshotAt(1, apps()), added({flowTo("192.0.2.11", 2)})).empty());

    auto a = rules.evaluate(snapshotAt(2, apps()), added({flowTo("192.0.2.10", 2)}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].rule, AlertRule::Favorite);
    EXPECT_EQ(a[0].subject, "192.0.2.10");
    EXPECT_EQ(a[0].address, *IpAddress::parse("192.0.2.10"));
    EXPECT_EQ(a[0].appId, 0u);
    EXPECT_EQ(a[0].title, "Favorite host 192.0.2.10 is active");
    EXPECT_EQ(a[0].body, "Traffic started: 192.0.2.10 over tcp/443 by /usr/bin/curl.");

    a = rules.evaluate(snapshotAt(3, apps()), added({flowTo("2001:db8::10", 0)}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "2001:db8::10");

    Flow dns = flowTo("198.51.100.1", 2, 53);
    dns.key.protocol = 17;
    a = rules.evaluate(snapshotAt(4, apps()), added({dns}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "udp/53");
    EXPECT_TRUE(a[0].address.isNone());
    EXPECT_EQ(a[0].title, "Favorite service udp/53 is active");

    Flow tcp53 = flowTo("198.51.100.1", 2, 53);  // tcp/53 is not the favorite udp/53
    EXPECT_TRUE(rules.evaluate(snapshotAt(5, apps()), added({tcp53})).empty());

    a = rules.evaluate(snapshotAt(6, apps()), changed({flowTo("198.51.100.7", 1)}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "/usr/bin/rsync");
    EXPECT_EQ(a[0].appId, 1u);
    EXPECT_EQ(a[0].title, "Favorite program rsync is active");
}

TEST(FavoriteRule, OnlyAfterIdleLongerThanIdleNs) {
    Rules rules(favoritesConfig());
    const auto host = [&](int64_t t) {
        return rules.evaluate(snapshotAt(t, apps()), changed({flowTo("192.0.2.10", 2)})).size();
    };
    EXPECT_EQ(host(100), 1u);
    EXPECT_EQ(host(101), 0u);  // still active
    EXPECT_EQ(host(161), 0u);  // idle exactly 60 s: not more than idleNs
    EXPECT_EQ(host(222), 1u);  // idle 61 s
    // Several flows of one favorite in a tick: one alert; two favorites in one flow: two.
    Flow both = flowTo("2001:db8::10", 1);
    const auto a = rules.evaluate(snapshotAt(400, apps()), added({both, both}));
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0].subject, "2001:db8::10");
    EXPECT_EQ(a[1].subject, "/usr/bin/rsync");
}

TEST(FavoriteRule, SummaryNamesEachKindReadably) {
    RulesConfig c = favoritesConfig();
    c.coalesceAbove = 2;
    Rules rules(c);
    Flow dns = flowTo("192.0.2.10", 1, 53);
    dns.key.protocol = 17;
    const auto a = rules.evaluate(snapshotAt(1, apps()), added({dns}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].count, 3u);
    EXPECT_EQ(a[0].title, "3 favorites became active");
    EXPECT_EQ(a[0].body, "Traffic started for 192.0.2.10, udp/53 and rsync.");
}

TEST(FavoriteRule, RateLimitAppliesToo) {
    RulesConfig c = favoritesConfig();
    c.favorites.idleNs = 0;
    c.rateLimitNs = 60 * kSecond;
    Rules rules(c);
    const auto host = [&](int64_t t) {
        return rules.evaluate(snapshotAt(t, apps()), changed({flowTo("192.0.2.10", 2)})).size();
    };
    EXPECT_EQ(host(10), 1u);
    EXPECT_EQ(host(12), 0u);
    EXPECT_EQ(host(70), 1u);
}

// --- data caps ---

namespace {

// Day n covers [100 n, 100 n + 100) s; month m covers days [10 m, 10 m + 10).
CalendarDate fakeDate(int64_t timeNs) {
    const int64_t day = timeNs / (100 * kSecond);
    return {2026, int(day / 10) + 1, int(day % 10) + 1};
}

RulesConfig capConfig(CapRule::Period period, std::string program) {
    RulesConfig c;
    c.newPrograms = false;
    c.localDate = fakeDate;
    c.caps.push_back({std::move(program), 10'000, period});
    return c;
}

// A one-second tick ending at `seconds` with `bytes` overall and for rsync (app 1).
EngineSnapshot volumeTick(int64_t seconds, uint64_t bytes) {
    EngineSnapshot s = snapshotAt(seconds, {app(1, "/usr/bin/rsync"), app(2, "/usr/bin/curl")});
    TickSample sample;
    sample.startNs = (seconds - 1) * kSecond;
    sample.traffic.bytesOut = bytes;
    s.samples.push_back(sample);
    ApplicationStat rsync;
    rsync.appId = 1;
    rsync.interval.bytesIn = bytes;
    ApplicationStat curl;
    curl.appId = 2;
    curl.interval.bytesIn = 1'000'000;  // never counted for rsync
    s.topApplications = {curl, rsync};
    return s;
}

}  // namespace

TEST(DataCapRule, DailyCapOncePerDay) {
    for (const std::string program : {"", "/usr/bin/rsync"}) {
        SCOPED_TRACE(program);
        Rules rules(capConfig(CapRule::Period::Day, program));
        EXPECT_TRUE(rules.evaluate(volumeTick(1, 6000), {}).empty());
        EXPECT_TRUE(rules.evaluate(volumeTick(2, 4000), {}).empty());  // exactly the cap
        auto a = rules.evaluate(volumeTick(3, 1), {});                 // over it
        ASSERT_EQ(a.size(), 1u);
        EXPECT_EQ(a[0].rule, AlertRule::DataCap);
        EXPECT_EQ(a[0].subject, program.empty() ? "all traffic" : program);
        EXPECT_EQ(a[0].appId, program.empty() ? 0u : 1u);
        EXPECT_EQ(a[0].title, (program.empty() ? "Traffic" : "rsync") +
                                  std::string(" over its daily cap of 10.0 kB"));
        EXPECT_EQ(a[0].body, "The traffic of " + (program.empty() ? "all traffic" : program) +
                                 " today reached 10.0 kB, over the cap of 10.0 kB.");
        EXPECT_TRUE(rules.evaluate(volumeTick(50, 50'000), {}).empty());  // same day
        // The next local day starts from zero.
        EXPECT_TRUE(rules.evaluate(volumeTick(101, 10'000), {}).empty());
        EXPECT_EQ(rules.evaluate(volumeTick(102, 1), {}).size(), 1u);
    }
}

TEST(DataCapRule, MonthlyCapSpansDays) {
    Rules rules(capConfig(CapRule::Period::Month, ""));
    for (int day = 0; day < 9; ++day) {
        ASSERT_TRUE(rules.evaluate(volumeTick(day * 100 + 1, 1100), {}).empty()) << day;
    }
    // 9 900 bytes over nine days of month 1; the tenth day goes over.
    EXPECT_EQ(rules.evaluate(volumeTick(901, 101), {}).size(), 1u);
    // Month 2 (from 1000 s) starts again.
    EXPECT_TRUE(rules.evaluate(volumeTick(1001, 10'000), {}).empty());
    EXPECT_EQ(rules.evaluate(volumeTick(1002, 1), {}).size(), 1u);
}

TEST(DataCapRule, DayAndMonthCrossTogether) {
    RulesConfig c = capConfig(CapRule::Period::Day, "");
    c.caps.push_back({"", 10'000, CapRule::Period::Month});
    Rules rules(c);
    const auto a = rules.evaluate(volumeTick(1, 20'000), {});
    ASSERT_EQ(a.size(), 2u);  // not swallowed by the per-subject rate limit
    EXPECT_NE(a[0].title.find("daily"), std::string::npos);
    EXPECT_NE(a[1].title.find("monthly"), std::string::npos);
}

TEST(DataCapRule, SamplesOfOneSnapshotAcrossMidnight) {
    Rules rules(capConfig(CapRule::Period::Day, ""));
    EngineSnapshot s = snapshotAt(102);
    for (int64_t start : {98, 99, 100, 101}) {  // two ticks on day 0, two on day 1
        TickSample sample;
        sample.startNs = start * kSecond;
        sample.traffic.bytesIn = 4000;
        s.samples.push_back(sample);
    }
    EXPECT_TRUE(rules.evaluate(s, {}).empty());  // 8 000 a day
}

TEST(DataCapRule, SystemLocalDateIsACalendarDate) {
    const CalendarDate d = systemLocalDate(1'780'000'000LL * kSecond);  // 2026-05-28 UTC
    EXPECT_EQ(d.year, 2026);
    EXPECT_EQ(d.month, 5);
    EXPECT_GE(d.day, 27);
    EXPECT_LE(d.day, 29);
}

TEST(AlertRuleName, StableNames) {
    EXPECT_STREQ(alertRuleName(AlertRule::NewProgram), "new-program");
    EXPECT_STREQ(alertRuleName(AlertRule::Blocklist), "blocklist");
    EXPECT_STREQ(alertRuleName(AlertRule::TrafficRate), "traffic-rate");
    EXPECT_STREQ(alertRuleName(AlertRule::Favorite), "favorite");
    EXPECT_STREQ(alertRuleName(AlertRule::DataCap), "data-cap");
}
