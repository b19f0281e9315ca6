// The recorder sink fed with snapshots and diffs as the engine makes them: what it writes per
// minute and per connection, across a dropped tick, while paused, and at the end.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <optional>

#include "core/enrich/service_table.h"
#include "core/store/history_reader.h"
#include "core/store/recorder_sink.h"
#include "tests/store/store_test_util.h"

namespace flowscope::history {
namespace {

using test::utc;

constexpr int64_t kSecond = 1'000'000'000;

Flow flow(uint64_t id, uint32_t appId, uint16_t remotePort, uint64_t in, uint64_t out) {
    Flow f;
    f.id = id;
    f.key.a = {*IpAddress::parse("10.0.0.2"), static_cast<uint16_t>(40000 + id)};
    f.key.b = {*IpAddress::parse("192.0.2.80"), remotePort};
    f.key.protocol = 6;
    f.key.hasPorts = true;
    f.localIsA = true;
    f.appId = appId;
    f.counters = {out / 100, in / 100, out, in};
    f.firstSeenNs = utc(2026, 12, 1, 9) * kSecond;
    f.lastSeenNs = f.firstSeenNs + 5 * kSecond;
    return f;
}

class Feeder {
public:
    // `identifying`: the engine names programs (a live capture), so snapshots carry them.
    explicit Feeder(RecorderSink& sink, bool identifying = true)
        : m_sink(sink), m_identifying(identifying) {
        auto apps = std::make_shared<std::vector<Application>>();
        apps->push_back({1, "/usr/bin/curl", "curl", "alice", 1000, {42}, "curl", false});
        apps->push_back({2, "/usr/bin/ssh", "ssh", "alice", 1000, {43}, "ssh", false});
        m_apps = apps;
    }
    void tick(int64_t second, EngineDiff diff, EngineState state = EngineState::Running) {
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->sequence = ++m_sequence;
        snapshot->timeNs = (utc(2026, 12, 1, 9) + second) * kSecond;
        snapshot->state = state;
        if (m_identifying) {
            snapshot->applications = m_apps;
        }
        ASSERT_TRUE(m_sink.consume(snapshot, diff));
    }

private:
    RecorderSink& m_sink;
    bool m_identifying;
    std::shared_ptr<const std::vector<Application>> m_apps;
    uint64_t m_sequence = 0;
};

// Totals per group over [since, until) (seconds after 09:00 of the test's day), or the day.
std::map<std::string, Usage> totals(const std::filesystem::path& path, Dimension by,
                                    std::optional<TimeRange> range = {}) {
    auto reader = HistoryReader::open(path);
    EXPECT_TRUE(reader) << reader.error().message;
    std::map<std::string, Usage> out;
    const int64_t nine = utc(2026, 12, 1, 9);
    auto rows = (*reader)->totals(range ? TimeRange{nine + range->since, nine + range->until}
                                        : TimeRange{utc(2026, 12, 1), utc(2026, 12, 2)},
                                  by);
    for (const TotalRow& row : *rows) {
        out[row.label] = row.usage;
    }
    return out;
}

// A recorder on a new database in a temporary folder, in UTC (null if it did not open).
struct Recording {
    test::TempDir dir;
    test::ZoneGuard zone{"UTC"};
    std::filesystem::path path = dir.file("history.sqlite");
    std::unique_ptr<RecorderSink> sink = open(path);

    static std::unique_ptr<RecorderSink> open(const std::filesystem::path& file) {
        auto opened = RecorderSink::open({file, {}, nullptr, nullptr, {}});
        EXPECT_TRUE(opened) << opened.error().message;
        return opened ? std::move(opened.value()) : nullptr;
    }
};

TEST(StoreRecorder, WritesTheTrafficOfEveryTickAndEachConnectionOnce) {
    test::TempDir dir;
    test::ZoneGuard zone("UTC");
    const auto path = dir.file("data/flowscope/history.sqlite");  // folders are created
    auto table = ServiceTable::loadEmbedded();
    ASSERT_TRUE(table);
    auto sink = RecorderSink::open(
        {path, {}, nullptr, std::make_shared<ServiceTable>(std::move(table.value())), {}});
    ASSERT_TRUE(sink) << sink.error().message;
    Feeder feed(**sink);
    feed.tick(1, {{flow(1, 1, 443, 1000, 100), flow(2, 2, 22, 500, 500)}, {}, {}});
    feed.tick(2, {{}, {flow(1, 1, 443, 3000, 200)}, {}});
    // Tick 3 was dropped by the hand-over: flow 2's traffic of it arrives with tick 4.
    feed.tick(70, {{}, {flow(2, 2, 22, 900, 700)}, {flow(1, 1, 443, 3500, 250)}});
    feed.tick(71, {{flow(3, 0, 47999, 40, 40)}, {}, {}}, EngineState::Stopped);
    (*sink)->finish();
    EXPECT_EQ((*sink)->stats().ticksWritten, 4u);
    EXPECT_EQ((*sink)->stats().connectionsWritten, 3u);

    const auto apps = totals(path, Dimension::Application);
    EXPECT_EQ(apps.at("curl"), (Usage{3500, 250, 35, 2}));
    EXPECT_EQ(apps.at("ssh"), (Usage{900, 700, 9, 7}));
    EXPECT_EQ(apps.at(""), (Usage{40, 40, 0, 0}));  // unknown program
    const auto services = totals(path, Dimension::Service);
    EXPECT_EQ(services.at("https").bytesIn, 3500u);
    EXPECT_EQ(services.at("ssh").bytesIn, 900u);
    EXPECT_EQ(services.at("tcp/47999").bytesIn, 40u);  // no registered name: the port
    EXPECT_EQ(totals(path, Dimension::Host).at("192.0.2.80").bytesIn, 4440u);

    auto reader = HistoryReader::open(path);
    auto rows = (*reader)->connections({utc(2026, 12, 1), utc(2026, 12, 2)}, 0);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 3u);
    std::map<uint16_t, ConnectionRow> byPort;
    for (const auto& row : *rows) {
        byPort[row.localPort] = row;
    }
    EXPECT_EQ(byPort.at(40001).application, "curl");
    EXPECT_EQ(byPort.at(40001).usage, (Usage{3500, 250, 35, 2}));
    EXPECT_EQ(byPort.at(40002).usage.bytesOut, 700u);  // still open at the end
    EXPECT_EQ(byPort.at(40003).remotePort, 47999);
}

TEST(StoreRecorder, NothingIsWrittenWhilePaused) {
    Recording r;
    ASSERT_TRUE(r.sink);
    Feeder feed(*r.sink);
    feed.tick(1, {{flow(1, 1, 443, 1000, 100)}, {}, {}});
    r.sink->setPaused(true);
    EXPECT_TRUE(r.sink->stats().paused);
    feed.tick(2, {{flow(2, 2, 22, 500, 500)}, {flow(1, 1, 443, 5000, 500)}, {}});
    feed.tick(3, {{}, {}, {flow(2, 2, 22, 600, 600)}});  // ends while paused: no row
    r.sink->setPaused(false);
    feed.tick(4, {{}, {flow(1, 1, 443, 5100, 510)}, {}}, EngineState::Stopped);
    r.sink->finish();
    const auto apps = totals(r.path, Dimension::Application);
    EXPECT_EQ(apps.at("curl").bytesIn, 1100u);  // 1000 before, 100 after the pause
    EXPECT_FALSE(apps.contains("ssh"));
    auto reader = HistoryReader::open(r.path);
    auto rows = (*reader)->connections({utc(2026, 12, 1), utc(2026, 12, 2)}, 0);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().application, "curl");
}

// The process resolver names a connection's program a tick or more after its first packets:
// until then (at most RecorderBatch::kHoldNs) its traffic is held back, then written under the
// program, in the minutes it happened in. A flow whose program is never found is written as an
// unknown program's after that time, or when it leaves the table.
TEST(StoreRecorder, TrafficBeforeTheProgramIsKnownIsCountedAsItsPrograms) {
    Recording r;
    ASSERT_TRUE(r.sink);
    Feeder feed(*r.sink);
    feed.tick(59, {{flow(1, 0, 443, 1000, 100)}, {}, {}});
    feed.tick(60, {{flow(2, 0, 8080, 40, 40)}, {}, {}});  // its program is never found
    feed.tick(61, {{}, {flow(1, 1, 443, 1500, 150)}, {}});
    auto apps = totals(r.path, Dimension::Application);
    EXPECT_EQ(apps.at("curl"), (Usage{1500, 150, 15, 1}));
    EXPECT_FALSE(apps.contains(""));  // flow 2 is held
    EXPECT_EQ(totals(r.path, Dimension::Application, TimeRange{0, 60}).at("curl").bytesIn, 1000u);
    EXPECT_EQ(totals(r.path, Dimension::Application, TimeRange{60, 120}).at("curl").bytesIn, 500u);
    feed.tick(67, {{}, {}, {}});
    EXPECT_FALSE(totals(r.path, Dimension::Application).contains(""));  // 7 s: still held
    feed.tick(68, {{}, {}, {}});
    EXPECT_EQ(totals(r.path, Dimension::Application).at(""), (Usage{40, 40, 0, 0}));
    feed.tick(70, {{flow(3, 0, 22, 1000, 1000)}, {}, {}});
    feed.tick(71, {{}, {}, {flow(3, 0, 22, 2000, 2000)}});  // leaves the table unknown
    apps = totals(r.path, Dimension::Application);
    EXPECT_EQ(apps.at(""), (Usage{2040, 2040, 20, 20}));
    EXPECT_EQ(apps.at("curl"), (Usage{1500, 150, 15, 1}));
}

// Without program identification (a capture file) nothing waits for a program.
TEST(StoreRecorder, NothingIsHeldWhenProgramsAreNotIdentified) {
    Recording r;
    ASSERT_TRUE(r.sink);
    Feeder feed(*r.sink, false);
    feed.tick(1, {{flow(1, 0, 443, 1000, 100)}, {}, {}});
    EXPECT_EQ(totals(r.path, Dimension::Application).at(""), (Usage{1000, 100, 10, 1}));
}

TEST(StoreRecorder, ADamagedFileIsReportedAtOpen) {
    test::TempDir dir;
    const auto path = dir.file("history.sqlite");
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(8192, 'x');
    }
    auto sink = RecorderSink::open({path, {}, nullptr, nullptr, {}});
    ASSERT_FALSE(sink);
    EXPECT_EQ(sink.error().code, ErrorCode::Corrupt);
}

}  // namespace
}  // namespace flowscope::history
