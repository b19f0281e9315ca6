// The notification rules on synthetic snapshots whose time is the clock: each rule fires
// exactly when it should, alerts are rate-limited per subject and storms are coalesced.
#include "core/alerts/rules.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/alerts/rules_test_util.h"

using namespace flowscope;
using namespace flowscope::test;
namespace fs = std::filesystem;

namespace {

RulesConfig noRules() {
    RulesConfig c;
    c.newPrograms = false;
    return c;
}

// The blocklists of real list files in a temporary folder.
class RulesFiles : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("flowscope_rules_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string write(const std::string& name, const std::string& bytes) {
        const auto path = (m_dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    std::shared_ptr<const Blocklists> lists(
        const std::vector<std::pair<std::string, std::string>>& named) {
        std::vector<NamedBlocklist> loaded;
        for (const auto& [name, text] : named) {
            auto parsed = loadBlocklistFile(write(name + ".netset", text));
            EXPECT_TRUE(parsed) << parsed.error().message;
            loaded.push_back({name, std::move(parsed->entries)});
        }
        return std::make_shared<const Blocklists>(std::move(loaded));
    }

    fs::path m_dir;
};

std::vector<Alert> tick(Rules& rules, const EngineSnapshot& s, const EngineDiff& d = {}) {
    return rules.evaluate(s, d);
}

}  // namespace

// --- a program uses the network for the first time ---

TEST(NewProgramRule, FiresOncePerProgram) {
    RulesConfig c;  // on by default, in memory
    Rules rules(c);
    auto a = tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].rule, AlertRule::NewProgram);
    EXPECT_EQ(a[0].subject, "/usr/bin/curl");
    EXPECT_EQ(a[0].appId, 1u);
    EXPECT_EQ(a[0].count, 1u);
    EXPECT_EQ(a[0].timeNs, 1 * kSecond);
    EXPECT_EQ(a[0].title, "curl used the network for the first time");
    EXPECT_EQ(a[0].body, "/usr/bin/curl made its first connection (user alice).");
    // The same as data, for the desktop app to word in its language.
    EXPECT_EQ(a[0].message, AlertMessage::FirstConnection);
    EXPECT_EQ(a[0].facts.program, "/usr/bin/curl");
    EXPECT_EQ(a[0].facts.user, "alice");
    // Still there a tick (and an hour) later: nothing new.
    EXPECT_TRUE(tick(rules, snapshotAt(2, {app(1, "/usr/bin/curl")})).empty());
    EXPECT_TRUE(tick(rules, snapshotAt(3600, {app(1, "/usr/bin/curl")})).empty());
    // A second program appears.
    a = tick(rules, snapshotAt(3601, {app(1, "/usr/bin/curl"), app(2, "/usr/bin/ssh")}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "/usr/bin/ssh");
    EXPECT_EQ(a[0].appId, 2u);
}

TEST(NewProgramRule, SamePathForAnotherUserIsNotNew) {
    Rules rules(RulesConfig{});
    EXPECT_EQ(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")})).size(), 1u);
    EXPECT_TRUE(
        tick(rules, snapshotAt(2, {app(1, "/usr/bin/curl"), app(2, "/usr/bin/curl", "bob")}))
            .empty());
}

TEST(NewProgramRule, NameWhenPathUnknownHiddenSkipped) {
    Rules rules(RulesConfig{});
    Application named = app(1, "");
    named.name = "kworker";
    Application hidden = app(2, "");
    hidden.ownerHidden = true;
    const auto a = tick(rules, snapshotAt(1, {named, hidden}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "kworker");
}

TEST(NewProgramRule, OffWhenDisabled) {
    Rules rules(noRules());
    EXPECT_TRUE(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")})).empty());
}

TEST_F(RulesFiles, KnownProgramsPersistAcrossRuns) {
    RulesConfig c;
    c.knownProgramsPath = (m_dir / "known-programs").string();
    {
        Rules first(c);
        EXPECT_TRUE(first.problem().empty());
        EXPECT_EQ(tick(first, snapshotAt(1, {app(1, "/usr/bin/curl"), app(2, "/bin/ssh")})).size(),
                  2u);
    }
    std::ifstream in(c.knownProgramsPath);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text, "/bin/ssh\n/usr/bin/curl\n");
    EXPECT_FALSE(fs::exists(c.knownProgramsPath + ".tmp"));

    Rules second(c);  // the next run
    EXPECT_EQ(second.knownPrograms().size(), 2u);
    const auto a =
        tick(second,
             snapshotAt(1, {app(1, "/bin/ssh"), app(2, "/usr/bin/curl"), app(3, "/usr/bin/wget")}));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "/usr/bin/wget");
    EXPECT_EQ(Rules(c).knownPrograms().size(), 3u);
}

TEST_F(RulesFiles, MissingFileIsEmptyCrlfAccepted) {
    RulesConfig c;
    c.knownProgramsPath = (m_dir / "absent").string();
    EXPECT_TRUE(Rules(c).problem().empty());
    EXPECT_EQ(Rules(c).knownPrograms().size(), 0u);
    c.knownProgramsPath = write("crlf", "/usr/bin/curl\r\n\r\n/bin/ssh\r\n");
    Rules rules(c);
    EXPECT_TRUE(rules.problem().empty());
    EXPECT_TRUE(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl"), app(2, "/bin/ssh")})).empty());
}

TEST_F(RulesFiles, CorruptFileWorksInMemoryAndIsKept) {
    const std::string bytes("/usr/bin/curl\n\0\x01garbage\n", 24);
    RulesConfig c;
    c.knownProgramsPath = write("known", bytes);
    Rules rules(c);
    EXPECT_EQ(english(rules.problem()),
              "The known-programs file " + c.knownProgramsPath +
                  " is damaged (it is not a list of programs); move it away to start a new "
                  "one. New programs are remembered only until Flowscope quits.");
    EXPECT_EQ(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")})).size(), 1u);
    EXPECT_TRUE(tick(rules, snapshotAt(2, {app(1, "/usr/bin/curl")})).empty());
    std::ifstream in(c.knownProgramsPath, std::ios::binary);
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), {}), bytes);  // untouched
}

TEST_F(RulesFiles, UnreadableFileWorksInMemory) {
    RulesConfig c;
    c.knownProgramsPath = m_dir.string();  // a folder
    Rules rules(c);
    EXPECT_EQ(english(rules.problem()),
              "The known-programs file " + c.knownProgramsPath +
                  " is not a regular file. New programs are remembered only "
                  "until Flowscope quits.");
    EXPECT_EQ(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")})).size(), 1u);
    EXPECT_TRUE(tick(rules, snapshotAt(2, {app(1, "/usr/bin/curl")})).empty());
    EXPECT_TRUE(fs::is_directory(c.knownProgramsPath));
}

TEST_F(RulesFiles, CreatesTheFolderOnFirstSave) {
    RulesConfig c;
    c.knownProgramsPath = (m_dir / "data" / "flowscope" / "known").string();
    Rules rules(c);
    EXPECT_EQ(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")})).size(), 1u);
    EXPECT_TRUE(rules.problem().empty()) << english(rules.problem());
    EXPECT_EQ(Rules(c).knownPrograms().size(), 1u);
}

TEST_F(RulesFiles, UnwritableFolderSaysSoOnce) {
    RulesConfig c;
    // Its folder would have to be inside a regular file.
    c.knownProgramsPath = (fs::path(write("plain", "x")) / "known").string();
    Rules rules(c);
    EXPECT_TRUE(rules.problem().empty());
    EXPECT_EQ(tick(rules, snapshotAt(1, {app(1, "/usr/bin/curl")})).size(), 1u);
    EXPECT_NE(english(rules.problem()).find("cannot be written"), std::string::npos)
        << english(rules.problem());
    EXPECT_TRUE(tick(rules, snapshotAt(2, {app(1, "/usr/bin/curl")})).empty());
}

// --- an address on a blocklist is contacted ---

TEST_F(RulesFiles, BlocklistV4AndV6Edges) {
    RulesConfig c = noRules();
    c.blocklists = lists({{"firehol_level1", "# FireHOL\n198.51.100.0/24\n203.0.113.7\n"},
                          {"v6list", "2001:db8:1::/48\n2001:db8:2::1/128\n"}});
    Rules rules(c);
    EngineDiff d;
    d.added = {flowTo("198.51.100.0"),  flowTo("198.51.100.255", 1), flowTo("198.51.101.0"),
               flowTo("203.0.113.7"),   flowTo("203.0.113.8"),       flowTo("2001:db8:1:ffff::9"),
               flowTo("2001:db8:2::1"), flowTo("2001:db8:2::2")};
    const auto a = tick(rules, snapshotAt(5, {app(1, "/usr/bin/curl")}), d);
    std::vector<std::string> subjects;
    for (const auto& alert : a) {
        subjects.push_back(alert.subject);
        EXPECT_EQ(alert.rule, AlertRule::Blocklist);
        EXPECT_EQ(alert.address.toString(), alert.subject);
    }
    // coalesceAbove is 3: raise it to see each one.
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].count, 5u);
    EXPECT_EQ(a[0].title, "5 blocklisted addresses were contacted");
    EXPECT_EQ(a[0].body,
              "Connections were made to 198.51.100.0, 198.51.100.255, 203.0.113.7 and 2 more, "
              "which are on blocklists.");

    c.coalesceAbove = 100;
    Rules each(c);
    const auto b = tick(each, snapshotAt(5, {app(1, "/usr/bin/curl")}), d);
    ASSERT_EQ(b.size(), 5u);
    EXPECT_EQ(b[0].subject, "198.51.100.0");
    EXPECT_EQ(b[0].appId, 0u);
    EXPECT_EQ(b[0].body,
              "A connection was made to 198.51.100.0, listed in firehol_level1 as "
              "198.51.100.0/24 (line 2).");
    EXPECT_EQ(b[1].subject, "198.51.100.255");
    EXPECT_EQ(b[1].appId, 1u);
    EXPECT_EQ(b[1].title, "198.51.100.255 is on the blocklist firehol_level1");
    EXPECT_EQ(b[1].body,
              "/usr/bin/curl connected to 198.51.100.255, listed in firehol_level1 as "
              "198.51.100.0/24 (line 2).");
    EXPECT_EQ(b[1].message, AlertMessage::Blocklisted);
    EXPECT_EQ(b[1].facts.address, "198.51.100.255");
    EXPECT_EQ(b[1].facts.program, "/usr/bin/curl");
    EXPECT_EQ(b[1].facts.list, "firehol_level1");
    EXPECT_EQ(b[1].facts.prefix, "198.51.100.0/24");
    EXPECT_EQ(b[1].facts.line, 2u);
    EXPECT_EQ(b[2].subject, "203.0.113.7");
    EXPECT_NE(b[2].body.find("203.0.113.7/32 (line 3)"), std::string::npos);
    EXPECT_EQ(b[3].subject, "2001:db8:1:ffff::9");
    EXPECT_NE(b[3].body.find("v6list as 2001:db8:1::/48 (line 1)"), std::string::npos);
    EXPECT_EQ(b[4].subject, "2001:db8:2::1");
    EXPECT_NE(b[4].body.find("2001:db8:2::1/128"), std::string::npos);
}

TEST_F(RulesFiles, BlocklistOnlyNewFlowsAndRemoteSide) {
    RulesConfig c = noRules();
    c.blocklists = lists({{"l", "10.0.0.0/8\n"}});  // holds the local side of every flow
    Rules rules(c);
    EngineDiff d;
    d.added = {flowTo("192.0.2.1")};
    d.changed = {flowTo("10.9.9.9")};
    EXPECT_TRUE(tick(rules, snapshotAt(1), d).empty());
    EngineDiff remote;
    remote.added = {flowTo("10.9.9.9")};
    EXPECT_EQ(tick(rules, snapshotAt(2), remote).size(), 1u);
}

TEST_F(RulesFiles, BlocklistFlowsOfMissedTicks) {
    RulesConfig c = noRules();
    c.blocklists = lists({{"l", "192.0.2.0/24\n"}});
    Rules rules(c);
    const auto at = [](uint64_t sequence, int64_t seconds) {
        EngineSnapshot s = snapshotAt(seconds);
        s.sequence = sequence;
        return s;
    };
    const auto seenAt = [](const std::string& remote, int64_t seconds) {
        Flow f = flowTo(remote);
        f.firstSeenNs = seconds * kSecond;
        return f;
    };
    EXPECT_TRUE(tick(rules, at(1, 1)).empty());
    // In order: a changed flow is old news, even if listed.
    EngineDiff inOrder;
    inOrder.changed = {seenAt("192.0.2.1", 1)};
    EXPECT_TRUE(tick(rules, at(2, 2), inOrder).empty());
    // Ticks 3 and 4 were dropped: flows first seen since 2 s count, older ones do not.
    EngineDiff afterDrop;
    afterDrop.changed = {seenAt("192.0.2.2", 1), seenAt("192.0.2.3", 3)};
    afterDrop.removed = {seenAt("192.0.2.4", 2), seenAt("198.51.100.1", 4)};
    const auto a = tick(rules, at(5, 5), afterDrop);
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0].subject, "192.0.2.3");
    EXPECT_EQ(a[1].subject, "192.0.2.4");
}

// --- coalescing and the per-subject rate limit ---

TEST(Coalescing, MoreThanKBecomeOneSummary) {
    RulesConfig c;
    c.coalesceAbove = 3;
    Rules three(c);
    EXPECT_EQ(tick(three, snapshotAt(1, {app(1, "/a/x"), app(2, "/a/y"), app(3, "/a/z")})).size(),
              3u);  // exactly K: not coalesced

    Rules rules(c);
    std::vector<Application> apps;
    for (uint32_t i = 1; i <= 12; ++i) {
        apps.push_back(app(i, "/usr/bin/p" + std::to_string(i)));
    }
    const auto a = tick(rules, snapshotAt(1, apps));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].count, 12u);
    EXPECT_EQ(a[0].subject, "");
    EXPECT_EQ(a[0].appId, 0u);
    EXPECT_EQ(a[0].title, "12 programs used the network for the first time");
    EXPECT_EQ(a[0].body, "12 programs used the network for the first time: p1, p2, p3 and 9 more.");
    EXPECT_EQ(a[0].message, AlertMessage::Summary);
    EXPECT_EQ(a[0].facts.names, (std::vector<std::string>{"p1", "p2", "p3"}));
    EXPECT_EQ(a[0].facts.more, 9u);

    Rules four(c);  // K + 1 names all (no "and 1 more")
    const auto b =
        tick(four, snapshotAt(1, {app(1, "/a/w"), app(2, "/a/x"), app(3, "/a/y"), app(4, "/a/z")}));
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].body, "4 programs used the network for the first time: w, x, y and z.");
}

TEST_F(RulesFiles, RateLimitPerSubject) {
    RulesConfig c = noRules();
    c.blocklists = lists({{"l", "192.0.2.0/24\n"}});
    Rules rules(c);
    EngineDiff one;
    one.added = {flowTo("192.0.2.1")};
    EngineDiff both;
    both.added = {flowTo("192.0.2.1"), flowTo("192.0.2.2")};
    EXPECT_EQ(tick(rules, snapshotAt(100), one).size(), 1u);
    // 59.999999999 s later: the same subject is muted, another one is not.
    EngineSnapshot s = snapshotAt(160);
    s.timeNs -= 1;
    auto a = tick(rules, s, both);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "192.0.2.2");
    // Exactly a minute after it fired, it fires again.
    a = tick(rules, snapshotAt(160), one);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "192.0.2.1");

    c.rateLimitNs = 10 * kSecond;  // configurable
    Rules faster(c);
    EXPECT_EQ(tick(faster, snapshotAt(0), one).size(), 1u);
    EXPECT_TRUE(tick(faster, snapshotAt(9), one).empty());
    EXPECT_EQ(tick(faster, snapshotAt(10), one).size(), 1u);
}

TEST_F(RulesFiles, RateLimitMemoryStaysBounded) {
    RulesConfig c = noRules();
    c.blocklists = lists({{"l", "10.0.0.0/8\n"}});
    Rules rules(c);
    // The address first contacted as the i-th of second t.
    const auto address = [](int64_t t, int i) {
        const uint32_t n = uint32_t(t * 200 + i);
        return "10." + std::to_string(n >> 16) + "." + std::to_string((n >> 8) & 255) + "." +
               std::to_string(n & 255);
    };
    // 40 000 distinct listed addresses, 200 a second for 200 s; from 61 s on, each tick also
    // contacts one address of 30 s ago (still muted) and one of 61 s ago (fires again).
    for (int64_t t = 0; t < 200; ++t) {
        EngineDiff d;
        for (int i = 0; i < 200; ++i) {
            d.added.push_back(flowTo(address(t, i)));
        }
        if (t >= 61) {
            d.added.push_back(flowTo(address(t - 30, 7)));
            d.added.push_back(flowTo(address(t - 61, 9)));
        }
        const auto a = tick(rules, snapshotAt(t), d);
        ASSERT_EQ(a.size(), 1u);  // one summary per tick
        ASSERT_EQ(a[0].count, t >= 61 ? 201u : 200u) << t;
        ASSERT_LT(rules.rateLimitedSubjects(), 3 * 61 * 200u) << t;  // not all 40 000
    }
}

// --- traffic rate above a threshold for N seconds ---

namespace {

// One live tick ending at `seconds` with `bytes` of traffic overall and for app 1.
EngineSnapshot trafficTick(int64_t seconds, uint64_t bytes) {
    EngineSnapshot s = snapshotAt(seconds, {app(1, "/usr/bin/rsync")});
    TickSample sample;
    sample.startNs = (seconds - 1) * kSecond;
    sample.traffic.bytesIn = bytes / 2;
    sample.traffic.bytesOut = bytes - bytes / 2;
    s.samples.push_back(sample);
    ApplicationStat stat;
    stat.appId = 1;
    stat.interval = sample.traffic;
    s.topApplications.push_back(stat);
    return s;
}

RulesConfig rateConfig(std::string program) {
    RulesConfig c = noRules();
    c.rates.push_back({std::move(program), 1000, 3});
    return c;
}

}  // namespace

TEST(TrafficRateRule, FiresAfterExactlyNSecondsAbove) {
    for (const std::string program : {"", "/usr/bin/rsync"}) {
        SCOPED_TRACE(program);
        Rules rules(rateConfig(program));
        EXPECT_TRUE(tick(rules, trafficTick(1, 1001)).empty());
        EXPECT_TRUE(tick(rules, trafficTick(2, 5000)).empty());
        const auto a = tick(rules, trafficTick(3, 1001));  // 3 s above
        ASSERT_EQ(a.size(), 1u);
        EXPECT_EQ(a[0].rule, AlertRule::TrafficRate);
        EXPECT_EQ(a[0].subject, program.empty() ? "all traffic" : program);
        EXPECT_EQ(a[0].appId, program.empty() ? 0u : 1u);
        EXPECT_EQ(a[0].title,
                  (program.empty() ? "Traffic" : "rsync") + std::string(" above 1.0 kB/s for 3 s"));
        EXPECT_EQ(a[0].message, AlertMessage::RateAbove);
        EXPECT_EQ(a[0].facts.program, program);
        EXPECT_EQ(a[0].facts.limit, 1000u);
        EXPECT_EQ(a[0].facts.seconds, 3);
        // Once per stretch, however long it lasts (and past the rate limit).
        for (int64_t t = 4; t < 200; ++t) {
            ASSERT_TRUE(tick(rules, trafficTick(t, 2000)).empty()) << t;
        }
        // Back at the limit (not above) ends it; three more seconds above fire again.
        EXPECT_TRUE(tick(rules, trafficTick(200, 1000)).empty());
        EXPECT_TRUE(tick(rules, trafficTick(201, 1001)).empty());
        EXPECT_TRUE(tick(rules, trafficTick(202, 1001)).empty());
        EXPECT_EQ(tick(rules, trafficTick(203, 1001)).size(), 1u);
    }
}

TEST(TrafficRateRule, ExactlyAtTheThresholdNeverFires) {
    Rules rules(rateConfig(""));
    for (int64_t t = 1; t < 20; ++t) {
        ASSERT_TRUE(tick(rules, trafficTick(t, 1000)).empty()) << t;
    }
}

TEST(TrafficRateRule, AGapOrADipEndsTheStretch) {
    Rules rules(rateConfig(""));
    EXPECT_TRUE(tick(rules, trafficTick(1, 2000)).empty());
    EXPECT_TRUE(tick(rules, trafficTick(2, 2000)).empty());
    EXPECT_TRUE(tick(rules, trafficTick(4, 2000)).empty());  // the tick ending at 3 was idle
    EXPECT_TRUE(tick(rules, trafficTick(5, 2000)).empty());
    EXPECT_EQ(tick(rules, trafficTick(6, 2000)).size(), 1u);

    Rules dip(rateConfig("/usr/bin/rsync"));
    EXPECT_TRUE(tick(dip, trafficTick(1, 2000)).empty());
    EXPECT_TRUE(tick(dip, trafficTick(2, 2000)).empty());
    EXPECT_TRUE(tick(dip, trafficTick(3, 10)).empty());
    EXPECT_TRUE(tick(dip, trafficTick(4, 2000)).empty());
    EXPECT_TRUE(tick(dip, trafficTick(5, 2000)).empty());
    EXPECT_EQ(tick(dip, trafficTick(6, 2000)).size(), 1u);
}

TEST(TrafficRateRule, SeveralSamplesInOneSnapshot) {
    // A file's snapshot carries several ticks: they count one by one.
    Rules rules(rateConfig(""));
    EngineSnapshot s = snapshotAt(3);
    for (int64_t t = 0; t < 3; ++t) {
        TickSample sample;
        sample.startNs = t * kSecond;
        sample.traffic.bytesIn = 1500;
        s.samples.push_back(sample);
    }
    EXPECT_EQ(tick(rules, s).size(), 1u);
}

TEST(TrafficRateRule, OtherProgramsTrafficDoesNotCount) {
    Rules rules(rateConfig("/usr/bin/scp"));
    for (int64_t t = 1; t < 10; ++t) {
        ASSERT_TRUE(tick(rules, trafficTick(t, 100'000)).empty()) << t;
    }
}
