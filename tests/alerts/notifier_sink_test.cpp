// The notifier sink: alerts reach the callback and the recent list, and on the real engine
// reading a real capture, a blocklisted address in it raises one alert naming list and address.
#include "core/alerts/notifier_sink.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "core/base/thread_name.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "tests/alerts/rules_test_util.h"

using namespace flowscope;
using namespace flowscope::test;
namespace fs = std::filesystem;

namespace {

struct Received {
    std::mutex mutex;
    std::vector<Alert> alerts;
    std::vector<std::string> threads;
};

NotifierSink::Callback recordInto(Received& received) {
    return [&received](const Alert& alert) {
        std::lock_guard lock(received.mutex);
        received.alerts.push_back(alert);
        received.threads.push_back(currentThreadName());
    };
}

}  // namespace

TEST(NotifierSink, HandsAlertsOverAndKeepsTheLastN) {
    Received received;
    RulesConfig c;
    c.coalesceAbove = 100;
    NotifierSink sink(c, recordInto(received), 3);
    EXPECT_EQ(sink.name(), "notifier");
    std::vector<Application> apps;
    for (uint32_t i = 1; i <= 5; ++i) {
        apps.push_back(app(i, "/bin/p" + std::to_string(i)));
        const auto s = std::make_shared<const EngineSnapshot>(snapshotAt(i, apps));
        ASSERT_TRUE(sink.consume(s, EngineDiff{}).ok());
    }
    ASSERT_EQ(received.alerts.size(), 5u);
    EXPECT_EQ(received.alerts[4].subject, "/bin/p5");
    const auto recent = sink.recent();
    ASSERT_EQ(recent.size(), 3u);
    EXPECT_EQ(recent[0].subject, "/bin/p3");
    EXPECT_EQ(recent[2].subject, "/bin/p5");
    EXPECT_TRUE(sink.problem().empty());
}

TEST(NotifierSink, NewRulesApplyFromTheNextTick) {
    Received received;
    NotifierSink sink(RulesConfig{}, recordInto(received));
    std::vector<Application> apps{app(1, "/bin/a")};
    ASSERT_TRUE(sink.consume(std::make_shared<const EngineSnapshot>(snapshotAt(1, apps)), {}).ok());
    ASSERT_EQ(received.alerts.size(), 1u);  // new program, on by default

    RulesConfig off;
    off.newPrograms = false;
    sink.reconfigure(off);
    apps.push_back(app(2, "/bin/b"));
    ASSERT_TRUE(sink.consume(std::make_shared<const EngineSnapshot>(snapshotAt(2, apps)), {}).ok());
    EXPECT_EQ(received.alerts.size(), 1u);  // the rule is off now

    sink.reconfigure(RulesConfig{});  // on again, known programs in memory start empty
    apps.push_back(app(3, "/bin/c"));
    ASSERT_TRUE(sink.consume(std::make_shared<const EngineSnapshot>(snapshotAt(3, apps)), {}).ok());
    // Fresh rules: all three programs are new to them (kept in memory only, no file).
    ASSERT_EQ(received.alerts.size(), 4u);
    EXPECT_EQ(received.alerts[3].subject, "/bin/c");
}

TEST(NotifierSink, ReportsTheKnownProgramsProblem) {
    RulesConfig c;
    c.knownProgramsPath = fs::temp_directory_path().string();  // a folder
    NotifierSink sink(c, nullptr);
    EXPECT_NE(english(sink.problem()).find("is not a regular file"), std::string::npos);
    const auto s = std::make_shared<const EngineSnapshot>(snapshotAt(1, {app(1, "/bin/a")}));
    ASSERT_TRUE(sink.consume(s, EngineDiff{}).ok());  // no callback: kept only
    EXPECT_EQ(sink.recent().size(), 1u);
}

// pcapplusplus-example.pcap: 10.0.0.6 talks to 146.185.23.162 (tshark -z conv,ip: 106
// frames from 10.8 s), among others; the list holds that one address's /24 and an unrelated
// IPv6 prefix.
TEST(NotifierSink, RealEngineRaisesTheBlocklistAlert) {
    const fs::path dir =
        fs::temp_directory_path() / ("flowscope_notifier_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string listPath = (dir / "level1.netset").string();
    std::ofstream(listPath) << "# test list\n2001:db8::/32\n146.185.23.0/24\n";
    auto parsed = loadBlocklistFile(listPath);
    ASSERT_TRUE(parsed) << parsed.error().message;

    RulesConfig rules;
    rules.newPrograms = false;  // a file names no programs
    rules.blocklists = std::make_shared<const Blocklists>(
        std::vector<NamedBlocklist>{{"firehol_level1", std::move(parsed->entries)}});
    Received received;
    auto sink = std::make_shared<NotifierSink>(rules, recordInto(received));

    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/pcapplusplus-example.pcap";
    Engine engine(config);
    engine.addSink(sink);
    ASSERT_TRUE(engine.start().ok());
    engine.wait();
    fs::remove_all(dir);

    std::lock_guard lock(received.mutex);
    ASSERT_EQ(received.alerts.size(), 1u);
    const Alert& alert = received.alerts[0];
    EXPECT_EQ(alert.rule, AlertRule::Blocklist);
    EXPECT_EQ(alert.subject, "146.185.23.162");
    EXPECT_EQ(alert.address, *IpAddress::parse("146.185.23.162"));
    EXPECT_EQ(alert.title, "146.185.23.162 is on the blocklist firehol_level1");
    EXPECT_EQ(alert.body,
              "A connection was made to 146.185.23.162, listed in firehol_level1 as "
              "146.185.23.0/24 (line 3).");
    EXPECT_EQ(received.threads[0].rfind("sink:notifier", 0), 0u) << received.threads[0];
    EXPECT_EQ(sink->recent().size(), 1u);
    const auto snapshot = engine.latest();
    ASSERT_EQ(snapshot->sinks.size(), 1u);
    EXPECT_EQ(snapshot->sinks[0].name, "notifier");
    EXPECT_FALSE(snapshot->sinks[0].detached);
}
