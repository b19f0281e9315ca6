// Bucket boundaries in the local time zone (TZ), as the database keys them: minutes are Unix
// minutes; hours and days start at the local hour and the local midnight (a day of a DST change
// is 23 or 25 hours long; an hour in a half-hour zone starts at :30 UTC).
#pragma once

#include <cstdint>

#include "core/store/history_types.h"

namespace flowscope::history {

int64_t floorMinute(int64_t t);
int64_t floorHour(int64_t t);  // local
int64_t floorDay(int64_t t);   // local midnight
int64_t floorBucket(int64_t t, Granularity granularity);
// The start of the next bucket after the one holding t.
int64_t nextBucket(int64_t t, Granularity granularity);
// A range's end that includes the whole second `now` (whole seconds, as clocks give them):
// a range's end is not included, so `now` itself as the end would leave out what was recorded
// in this second, the minute that began in it.
constexpr int64_t endOfSecond(int64_t now) {
    return now + 1;
}
// Local midnight `days` calendar days after the day holding t (negative: before).
int64_t addDays(int64_t t, int days);

}  // namespace flowscope::history
