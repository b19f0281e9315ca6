// Pruning: minutes after their days, the connection cap, the size limit; and what a reader
// gives for a range whose minutes are gone.
#include <gtest/gtest.h>

#include "core/store/history_reader.h"
#include "core/store/history_time.h"
#include "tests/store/store_test_util.h"

namespace flowscope::history {
namespace {

using test::rec;
using test::utc;

ConnectionRecord connection(int64_t t, int serial) {
    ConnectionRecord c;
    c.app = {"curl", "/usr/bin/curl", "alice"};
    c.remote = {"example.com", "US", 15169, "Google LLC"};
    c.row.firstSeenNs = t * 1'000'000'000;
    c.row.lastSeenNs = c.row.firstSeenNs + 1'000'000'000;
    c.row.protocol = 6;
    c.row.localAddress = "10.0.0.2";
    c.row.localPort = static_cast<uint16_t>(40000 + serial);
    c.row.remoteAddress = "93.184.216.34";
    c.row.remotePort = 443;
    c.row.service = "https";
    c.row.usage = {1000, 100, 10, 5};
    return c;
}

void pruneAll(HistoryWriter& writer, int64_t now) {
    for (int i = 0; i < 1000; ++i) {
        auto more = writer.prune(now, 500);
        ASSERT_TRUE(more) << more.error().message;
        if (!*more) {
            return;
        }
    }
    FAIL() << "pruning never ended";
}

TEST(StorePrune, MinutesGoAfterTheirDaysAndHoursStillAnswer) {
    test::TempDir dir;
    test::ZoneGuard zone("UTC");
    RetentionOptions keep;
    keep.minuteDays = 1;
    auto writer = HistoryWriter::open(dir.file("h.sqlite"), keep);
    ASSERT_TRUE(writer);
    const int64_t start = utc(2026, 12, 1);
    for (int64_t m = start; m < start + 3 * 86400; m += 60) {
        TickBatch batch;
        batch.now = m;
        batch.traffic.push_back(rec(m, "app", "example.com", "https", 60, 6));
        ASSERT_TRUE((*writer)->write(batch));
    }
    ASSERT_TRUE((*writer)->flush());
    const int64_t now = start + 3 * 86400;
    pruneAll(**writer, now);
    auto reader = HistoryReader::open(dir.file("h.sqlite"));
    ASSERT_TRUE(reader);
    auto info = (*reader)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->firstMinute, now - 86400);  // one day of minutes left
    // 1 Dec 10:30 to 11:45: its minutes are gone; whole hours starting in it still count.
    auto old = (*reader)->totals({start + 10 * 3600 + 1800, start + 11 * 3600 + 2700},
                                 Dimension::Application);
    ASSERT_TRUE(old);
    ASSERT_EQ(old->size(), 1u);
    EXPECT_EQ(old->front().usage.bytesIn, 60u * 60);  // the hour of 11:00
    // Within the kept day: exact to the minute.
    auto recent = (*reader)->totals({now - 3600 + 120, now - 60}, Dimension::Application);
    ASSERT_TRUE(recent);
    EXPECT_EQ(recent->front().usage.bytesIn, 60u * 57);
    // Days: all three, complete.
    auto days = (*reader)->totals({start, now}, Dimension::Application);
    EXPECT_EQ(days->front().usage.bytesIn, 60u * 3 * 1440);
}

TEST(StorePrune, TheOldestConnectionsGoBeyondTheCap) {
    test::TempDir dir;
    RetentionOptions keep;
    keep.maxConnections = 100;
    auto writer = HistoryWriter::open(dir.file("h.sqlite"), keep);
    ASSERT_TRUE(writer);
    const int64_t t = utc(2026, 12, 1);
    TickBatch batch;
    batch.now = t;
    for (int i = 0; i < 250; ++i) {
        batch.connections.push_back(connection(t + i, i));
    }
    ASSERT_TRUE((*writer)->write(batch));
    pruneAll(**writer, t + 300);
    auto reader = HistoryReader::open(dir.file("h.sqlite"));
    auto rows = (*reader)->connections({t, t + 1000}, 0);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 100u);
    EXPECT_EQ(rows->back().localPort, 40150);  // the newest 100 of 250 stay
    EXPECT_EQ(rows->front().localPort, 40249);
}

TEST(StorePrune, TheDatabaseStaysWithinItsSizeLimit) {
    test::TempDir dir;
    test::ZoneGuard zone("UTC");
    RetentionOptions keep;
    keep.maxBytes = 512 * 1024;
    const auto path = dir.file("h.sqlite");
    auto writer = HistoryWriter::open(path, keep);
    ASSERT_TRUE(writer);
    const int64_t start = utc(2026, 12, 1);
    int serial = 0;
    for (int64_t m = start; m < start + 2 * 86400; m += 60) {
        TickBatch batch;
        batch.now = m + 60;
        for (int g = 0; g < 8; ++g) {
            batch.traffic.push_back(rec(m, "app" + std::to_string(g),
                                        "host" + std::to_string(m / 3600 % 40), "https", 10, 1));
        }
        batch.connections.push_back(connection(m, serial++));
        ASSERT_TRUE((*writer)->write(batch));
        ASSERT_TRUE((*writer)->prune(batch.now));
    }
    pruneAll(**writer, start + 2 * 86400);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    const int64_t used = test::q(*db, "PRAGMA page_count") * test::q(*db, "PRAGMA page_size");
    EXPECT_LE(used, 512 * 1024 + 64 * 1024);  // the limit, give or take the last slice
    // The newest data survives; the oldest went first.
    auto reader = HistoryReader::open(path);
    auto info = (*reader)->info();
    EXPECT_EQ(info->lastMinute, start + 2 * 86400 - 60);
    EXPECT_GT(info->firstMinute, start);
}

}  // namespace
}  // namespace flowscope::history
