// Timestamps: nanoseconds since the Unix epoch, formatted as RFC 3339 UTC.
#pragma once

#include <cstdint>
#include <string>

namespace flowscope {

// Now, in nanoseconds since the Unix epoch (the wall clock frames are stamped with).
int64_t wallClockNs();

// Whole seconds and microseconds (0..999999) of a timestamp, both floored toward negative
// infinity so that times before 1970 split correctly.
struct SecondsMicros {
    int64_t seconds;
    int64_t micros;
};
SecondsMicros splitMicros(int64_t nanosSinceEpoch);

// "2010-06-29T08:37:01.123456Z": RFC 3339, UTC, microsecond precision (truncated).
// Timestamps outside years 0000-9999 are clamped to that range's ends.
std::string formatRfc3339Micros(int64_t nanosSinceEpoch);

// Its "hh:mm:ss.ffffff" part (15 characters, not terminated) at `out`, for `secondOfDay`
// (0..86399) and `micros` (0..999999): for callers that keep the date of many timestamps.
void putTimeOfDayMicros(char* out, int64_t secondOfDay, int64_t micros);

}  // namespace flowscope
