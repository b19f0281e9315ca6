#include "core/store/history_time.h"

#include <ctime>

namespace flowscope::history {

namespace {

std::tm localTime(int64_t t) {
    const time_t value = static_cast<time_t>(t);
    std::tm parts{};
    localtime_r(&value, &parts);
    return parts;
}

// mktime with the DST flag left to the library: the local wall time `parts` as Unix seconds.
int64_t fromLocal(std::tm parts) {
    parts.tm_isdst = -1;
    return static_cast<int64_t>(std::mktime(&parts));
}

int64_t floorDiv(int64_t a, int64_t b) {
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

}  // namespace

int64_t floorMinute(int64_t t) {
    return floorDiv(t, 60) * 60;
}

int64_t floorHour(int64_t t) {
    // The local hour starts where the local minutes and seconds are zero; subtracting them is
    // exact even across a DST change (which moves whole hours in every zone that has DST).
    const std::tm parts = localTime(t);
    return t - parts.tm_min * 60 - parts.tm_sec;
}

int64_t floorDay(int64_t t) {
    std::tm parts = localTime(t);
    parts.tm_hour = 0;
    parts.tm_min = 0;
    parts.tm_sec = 0;
    return fromLocal(parts);
}

int64_t floorBucket(int64_t t, Granularity granularity) {
    switch (granularity) {
        case Granularity::Minute:
            return floorMinute(t);
        case Granularity::Hour:
            return floorHour(t);
        case Granularity::Day:
            return floorDay(t);
    }
    return t;
}

int64_t nextBucket(int64_t t, Granularity granularity) {
    switch (granularity) {
        case Granularity::Minute:
            return floorMinute(t) + 60;
        case Granularity::Hour:
            return floorHour(t) + 3600;  // local hours are 3600 s apart (DST moves whole hours)
        case Granularity::Day:
            return addDays(t, 1);
    }
    return t;
}

int64_t addDays(int64_t t, int days) {
    std::tm parts = localTime(t);
    parts.tm_mday += days;
    parts.tm_hour = 0;
    parts.tm_min = 0;
    parts.tm_sec = 0;
    return fromLocal(parts);
}

}  // namespace flowscope::history
