#include "core/base/time_format.h"

#include <chrono>

namespace flowscope {

int64_t wallClockNs() {
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

SecondsMicros splitMicros(int64_t nanos) {
    int64_t micros = nanos / 1000;
    if (nanos % 1000 < 0) {
        --micros;
    }
    int64_t secs = micros / 1000000;
    int64_t frac = micros % 1000000;
    if (frac < 0) {
        frac += 1000000;
        --secs;
    }
    return {secs, frac};
}

namespace {

// `value` as `width` decimal digits, zero-padded, at `out` (value < 10^width).
void putDigits(char* out, int64_t value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

}  // namespace

void putTimeOfDayMicros(char* out, int64_t secondOfDay, int64_t micros) {
    putDigits(out, secondOfDay / 3600, 2);
    out[2] = ':';
    putDigits(out + 3, secondOfDay / 60 % 60, 2);
    out[5] = ':';
    putDigits(out + 6, secondOfDay % 60, 2);
    out[8] = '.';
    putDigits(out + 9, micros, 6);
}

std::string formatRfc3339Micros(int64_t nanos) {
    using namespace std::chrono;
    auto [secs, frac] = splitMicros(nanos);
    constexpr int64_t kMinSecs = -62167219200;  // 0000-01-01T00:00:00Z
    constexpr int64_t kMaxSecs = 253402300799;  // 9999-12-31T23:59:59Z
    if (secs < kMinSecs) {
        secs = kMinSecs;
        frac = 0;
    } else if (secs > kMaxSecs) {
        secs = kMaxSecs;
        frac = 999999;
    }
    const sys_days day = floor<days>(sys_seconds{seconds{secs}});
    const year_month_day ymd{day};
    const int64_t sod = secs - duration_cast<seconds>(day.time_since_epoch()).count();
    // Digits placed by hand: snprintf's format parsing was most of the cost of printing a
    // flow's two timestamps (flows --format json).
    char buf[] = "0000-00-00T00:00:00.000000Z";
    putDigits(buf, int(ymd.year()), 4);
    putDigits(buf + 5, unsigned(ymd.month()), 2);
    putDigits(buf + 8, unsigned(ymd.day()), 2);
    putTimeOfDayMicros(buf + 11, sod, frac);
    return std::string(buf, sizeof buf - 1);
}

}  // namespace flowscope
