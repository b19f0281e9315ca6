#include "core/base/time_format.h"

#include <chrono>
#include <cstdio>

namespace flowscope {

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
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%06dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(sod / 3600), int(sod / 60 % 60),
                  int(sod % 60), int(frac));
    return buf;
}

}  // namespace flowscope
