// Roll-ups are exact (sums of minutes = hours = days, per group), the reader's totals, series
// and per-bucket sums match what was written, and a database of the first schema is migrated.
#include <gtest/gtest.h>

#include <map>
#include <thread>

#include "core/store/history_reader.h"
#include "core/store/history_schema.h"
#include "core/store/history_time.h"
#include "tests/store/store_test_util.h"

namespace flowscope::history {
namespace {

using test::rec;
using test::utc;

// Writes three local days (Berlin, across the end of DST) of two applications and two hosts,
// one tick per minute, and keeps its own sums as the oracle.
struct Fixture {
    test::TempDir dir;
    test::ZoneGuard zone{"Europe/Berlin"};
    std::vector<MinuteRecord> written;
    int64_t start = utc(2026, 10, 24, 5, 7);
    int64_t end = utc(2026, 10, 27, 2, 0);

    void fill(HistoryWriter& writer) {
        uint64_t n = 0;
        for (int64_t m = start; m < end; m += 60, ++n) {
            TickBatch batch;
            batch.now = m + 30;
            batch.traffic.push_back(rec(m, "firefox", "example.com", "https", 1000 + n % 7, 100));
            if (n % 3 == 0) {
                batch.traffic.push_back(rec(m, "curl", "example.de", "http", 50 * (n % 11), 5));
            }
            written.insert(written.end(), batch.traffic.begin(), batch.traffic.end());
            ASSERT_TRUE(writer.write(batch)) << m;
        }
        ASSERT_TRUE(writer.flush());
    }

    // The oracle: what was written in [since, until) (by minute start), per application.
    std::map<std::string, Usage> sums(int64_t since, int64_t until) const {
        std::map<std::string, Usage> out;
        for (const MinuteRecord& r : written) {
            if (r.minute >= since && r.minute < until) {
                out[r.app.name] += r.usage;
            }
        }
        return out;
    }
};

std::map<std::string, Usage> byLabel(const std::vector<TotalRow>& rows) {
    std::map<std::string, Usage> out;
    for (const TotalRow& row : rows) {
        out[row.label] = row.usage;
    }
    return out;
}

TEST(StoreRollup, MinutesHoursAndDaysAddUpPerGroup) {
    Fixture f;
    auto writer = HistoryWriter::open(f.dir.file("h.sqlite"), {});
    ASSERT_TRUE(writer) << writer.error().message;
    f.fill(*writer.value());
    auto db = Database::open(f.dir.file("h.sqlite"), Database::Mode::ReadOnly);
    ASSERT_TRUE(db);
    for (const char* column : {"bytes_in", "bytes_out", "packets_in", "packets_out"}) {
        const std::string per = std::string("SELECT app, remote, service, sum(") + column +
                                ") FROM %s GROUP BY 1, 2, 3";
        const std::string diff = "SELECT count(*) FROM (SELECT * FROM (" +
                                 std::string(per).replace(per.find("%s"), 2, "traffic_minute") +
                                 ") EXCEPT SELECT * FROM (" +
                                 std::string(per).replace(per.find("%s"), 2, "traffic_hour") +
                                 ") UNION ALL SELECT * FROM (" +
                                 std::string(per).replace(per.find("%s"), 2, "traffic_hour") +
                                 ") EXCEPT SELECT * FROM (" +
                                 std::string(per).replace(per.find("%s"), 2, "traffic_day") + "))";
        EXPECT_EQ(test::q(*db, diff), 0) << column;
    }
    // 24 Oct 05:07 UTC to 27 Oct 02:00 UTC in Berlin touches four local days, the 25th of
    // 25 hours.
    EXPECT_EQ(test::q(*db, "SELECT count(DISTINCT t) FROM traffic_day"), 4);
    EXPECT_EQ(test::q(*db, "SELECT count(*) FROM traffic_hour WHERE t >= " +
                               std::to_string(utc(2026, 10, 24, 22)) + " AND t < " +
                               std::to_string(utc(2026, 10, 25, 23)) + " AND app = 1"),
              25);
}

TEST(StoreRollup, TotalsOverAnyRangeEqualTheMinutesWritten) {
    Fixture f;
    auto writer = HistoryWriter::open(f.dir.file("h.sqlite"), {});
    ASSERT_TRUE(writer);
    f.fill(*writer.value());
    auto reader = HistoryReader::open(f.dir.file("h.sqlite"));
    ASSERT_TRUE(reader) << reader.error().message;
    const std::pair<int64_t, int64_t> ranges[] = {
        {f.start, f.end},                                          // everything
        {utc(2026, 10, 24, 22), utc(2026, 10, 25, 23)},            // the 25-hour day exactly
        {utc(2026, 10, 24, 9, 13, 20), utc(2026, 10, 26, 4, 59)},  // ragged edges
        {utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)},      // the repeated hour
        {utc(2026, 10, 26, 8), utc(2026, 10, 26, 8, 1)},           // one minute
    };
    for (const auto& [since, until] : ranges) {
        auto totals = (*reader)->totals({since, until}, Dimension::Application);
        ASSERT_TRUE(totals) << totals.error().message;
        EXPECT_EQ(byLabel(*totals), f.sums(since, until)) << since << " " << until;
    }
}

TEST(StoreRollup, SeriesAndBucketsMatchTheOracle) {
    Fixture f;
    auto writer = HistoryWriter::open(f.dir.file("h.sqlite"), {});
    ASSERT_TRUE(writer);
    f.fill(*writer.value());
    auto reader = HistoryReader::open(f.dir.file("h.sqlite"));
    ASSERT_TRUE(reader);
    const TimeRange range{utc(2026, 10, 25, 10), utc(2026, 10, 25, 16)};
    auto series = (*reader)->series(range, Dimension::Host, Granularity::Hour, 1);
    ASSERT_TRUE(series) << series.error().message;
    ASSERT_EQ(series->buckets.size(), 6u);
    ASSERT_EQ(series->keys.size(), 2u);  // the top host and "other"
    EXPECT_EQ(series->keys[0].label, "example.com");
    EXPECT_EQ(series->keys[1].key, "other");
    for (size_t b = 0; b < 6; ++b) {
        const int64_t h = range.since + static_cast<int64_t>(b) * 3600;
        EXPECT_EQ(series->buckets[b], h);
        const auto expected = f.sums(h, h + 3600);
        EXPECT_EQ(series->values[0][b], expected.at("firefox")) << b;
        EXPECT_EQ(series->values[1][b], expected.at("curl")) << b;
    }
    auto days = (*reader)->perBucket({f.start, f.end}, Granularity::Day,
                                     Filter{Dimension::Service, "http"});
    ASSERT_TRUE(days);
    ASSERT_EQ(days->size(), 4u);
    for (const auto& [day, usage] : *days) {
        EXPECT_EQ(usage, f.sums(day, nextBucket(day, Granularity::Day)).at("curl"));
    }
}

TEST(StoreRollup, ADatabaseOfTheFirstSchemaIsMigratedWithItsData) {
    test::TempDir dir;
    const auto path = dir.file("v1.sqlite");
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE(migrate(*db, 1));
        ASSERT_TRUE(
            db->exec("INSERT INTO app VALUES(1, 'ssh', '/usr/bin/ssh', 'bob');"
                     "INSERT INTO remote VALUES(1, 'git.example.org', 'NL', 1136, 'KPN');"
                     "INSERT INTO service VALUES(1, 'ssh');"
                     "INSERT INTO traffic_day VALUES(1764547200, 1, 1, 1, 700, 300, 7, 3);"));
        EXPECT_EQ(test::q(*db, "PRAGMA user_version"), 1);
    }
    auto writer = HistoryWriter::open(path, {});
    ASSERT_TRUE(writer) << writer.error().message;
    writer.value().reset();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_EQ(test::q(*db, "PRAGMA user_version"), kSchemaVersion);
    EXPECT_EQ(test::q(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'traffic_day_app'"), 1);
    EXPECT_EQ(test::q(*db, "SELECT bytes_in FROM traffic_day WHERE app = 1"), 700);
}

TEST(StoreRollup, AReaderQueriesWhileTheWriterWrites) {
    test::TempDir dir;
    test::ZoneGuard zone("UTC");
    const auto path = dir.file("h.sqlite");
    auto writer = HistoryWriter::open(path, {});
    ASSERT_TRUE(writer);
    const int64_t start = utc(2026, 12, 1);
    const int ticks = 600;
    std::thread writing([&] {
        for (int i = 0; i < ticks; ++i) {
            TickBatch batch;
            batch.now = start + i * 10;
            batch.traffic.push_back(
                rec(floorMinute(batch.now), "app", "example.com", "https", 10, 1));
            ASSERT_TRUE((*writer)->write(batch));
        }
    });
    auto reader = HistoryReader::open(path);
    ASSERT_TRUE(reader);
    uint64_t last = 0;
    int reads = 0;
    for (; reads < 10'000 && last < ticks * 10u; ++reads) {
        auto totals = (*reader)->totals({start, start + 86400}, Dimension::Application);
        ASSERT_TRUE(totals) << totals.error().message;  // never "locked" in WAL mode
        const uint64_t now = totals->empty() ? 0 : totals->front().usage.bytesIn;
        EXPECT_GE(now, last);  // a reader sees whole ticks, never fewer than before
        EXPECT_EQ(now % 10, 0u);
        last = now;
    }
    writing.join();
    EXPECT_GT(reads, 1);
}

}  // namespace
}  // namespace flowscope::history
