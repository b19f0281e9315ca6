// Local-time buckets and how a range is cut into exact pieces, as data: one line per case.
#include <gtest/gtest.h>

#include "core/store/history_pieces.h"
#include "core/store/history_time.h"
#include "tests/store/store_test_util.h"

namespace flowscope::history {
namespace {

using test::utc;
using test::ZoneGuard;

struct BucketCase {
    const char* zone;
    int64_t t;
    int64_t hour;  // expected local hour start
    int64_t day;   // expected local midnight
    int64_t nextDay;
};

TEST(StoreTime, LocalHoursAndDaysFollowTheZoneAndDst) {
    const BucketCase cases[] = {
        // UTC: plain.
        {"UTC", utc(2026, 12, 3, 10, 17, 5), utc(2026, 12, 3, 10), utc(2026, 12, 3),
         utc(2026, 12, 4)},
        // Berlin in winter (UTC+1): local midnight is 23:00 UTC the day before.
        {"Europe/Berlin", utc(2026, 12, 3, 0, 30), utc(2026, 12, 3, 0), utc(2026, 12, 2, 23),
         utc(2026, 12, 3, 23)},
        // Berlin, 29 March 2026: clocks go forward, the day has 23 hours.
        {"Europe/Berlin", utc(2026, 3, 29, 12), utc(2026, 3, 29, 12), utc(2026, 3, 28, 23),
         utc(2026, 3, 29, 22)},
        // Berlin, 25 October 2026: clocks go back, the day has 25 hours.
        {"Europe/Berlin", utc(2026, 10, 25, 12), utc(2026, 10, 25, 12), utc(2026, 10, 24, 22),
         utc(2026, 10, 25, 23)},
        // Kolkata (UTC+5:30): local hours start at half past UTC hours.
        {"Asia/Kolkata", utc(2026, 12, 3, 10, 10), utc(2026, 12, 3, 9, 30),
         utc(2026, 12, 2, 18, 30), utc(2026, 12, 3, 18, 30)},
    };
    for (const BucketCase& c : cases) {
        ZoneGuard zone(c.zone);
        SCOPED_TRACE(c.zone);
        EXPECT_EQ(floorMinute(c.t), c.t - c.t % 60);
        EXPECT_EQ(floorHour(c.t), c.hour);
        EXPECT_EQ(floorDay(c.t), c.day);
        EXPECT_EQ(nextBucket(c.t, Granularity::Day), c.nextDay);
        EXPECT_EQ(nextBucket(c.t, Granularity::Hour), c.hour + 3600);
        EXPECT_EQ(addDays(c.t, -1), addDays(c.day, -1));
    }
}

struct PieceCase {
    int64_t since, until;
    Horizons horizons;
    std::vector<Piece> expected;
};

TEST(StoreTime, RangesAreCutIntoWholeDaysHoursAndMinutes) {
    ZoneGuard zone("UTC");
    using G = Granularity;
    const int64_t d = utc(2026, 12, 1);
    const PieceCase cases[] = {
        // Within one hour: minutes only.
        {d + 600, d + 1200, {}, {{G::Minute, d + 600, d + 1200}}},
        // 09:30 → 12:15: minutes, two whole hours, minutes.
        {d + 9 * 3600 + 1800,
         d + 12 * 3600 + 900,
         {},
         {{G::Minute, d + 9 * 3600 + 1800, d + 10 * 3600},
          {G::Hour, d + 10 * 3600, d + 12 * 3600},
          {G::Minute, d + 12 * 3600, d + 12 * 3600 + 900}}},
        // 30 Nov 22:00 → 3 Dec 01:30: hours, two whole days, an hour, minutes.
        {d - 7200,
         d + 2 * 86400 + 5400,
         {},
         {{G::Hour, d - 7200, d},
          {G::Day, d, d + 2 * 86400},
          {G::Hour, d + 2 * 86400, d + 2 * 86400 + 3600},
          {G::Minute, d + 2 * 86400 + 3600, d + 2 * 86400 + 5400}}},
        // Minutes pruned before 1 Dec 12:00: the 10:30 edge is read from hours.
        {d + 10 * 3600 + 1800,
         d + 13 * 3600 + 60,
         {d + 12 * 3600, 0},
         {{G::Hour, d + 10 * 3600 + 1800, d + 11 * 3600},
          {G::Hour, d + 11 * 3600, d + 13 * 3600},
          {G::Minute, d + 13 * 3600, d + 13 * 3600 + 60}}},
        // Hours pruned too: whole hours before the hour horizon come from days.
        {d + 3600, d + 7200, {d + 86400, d + 86400}, {{G::Day, d + 3600, d + 7200}}},
        // Empty and reversed ranges.
        {d, d, {}, {}},
        {d + 10, d, {}, {}},
    };
    for (const PieceCase& c : cases) {
        const auto got = piecesFor({c.since, c.until}, c.horizons);
        ASSERT_EQ(got.size(), c.expected.size()) << c.since - d << " .. " << c.until - d;
        for (size_t i = 0; i < got.size(); ++i) {
            EXPECT_EQ(got[i].table, c.expected[i].table) << i;
            EXPECT_EQ(got[i].from, c.expected[i].from) << i;
            EXPECT_EQ(got[i].to, c.expected[i].to) << i;
        }
    }
}

}  // namespace
}  // namespace flowscope::history
