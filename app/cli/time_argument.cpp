#include "app/cli/time_argument.h"

#include <cctype>
#include <ctime>
#include <optional>

#include "core/store/history_time.h"

namespace flowscope::cli {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

bool leapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leapYear(y) ? 29 : kDays[m - 1];
}

// Reads exactly `digits` decimal digits at `pos`.
bool readNumber(const std::string& s, size_t& pos, size_t digits, int& out) {
    if (pos + digits > s.size()) {
        return false;
    }
    out = 0;
    for (size_t i = 0; i < digits; ++i) {
        const char c = s[pos + i];
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
        out = out * 10 + (c - '0');
    }
    pos += digits;
    return true;
}

bool expect(const std::string& s, size_t& pos, char c) {
    if (pos < s.size() && std::tolower(static_cast<unsigned char>(s[pos])) == c) {
        ++pos;
        return true;
    }
    return false;
}

struct Fields {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasTime = false;
    std::optional<int> offsetSeconds;  // unset: local time
};

// "Z", "+HH:MM" or "-HH:MM" at `pos`, to the end of the text.
bool readOffset(const std::string& s, size_t& pos, Fields& f) {
    if (expect(s, pos, 'z')) {
        f.offsetSeconds = 0;
        return pos == s.size();
    }
    if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-')) {
        return false;
    }
    const int sign = s[pos++] == '-' ? -1 : 1;
    int h = 0, m = 0;
    if (!readNumber(s, pos, 2, h) || !expect(s, pos, ':') || !readNumber(s, pos, 2, m) || h > 23 ||
        m > 59) {
        return false;
    }
    f.offsetSeconds = sign * (h * 3600 + m * 60);
    return pos == s.size();
}

// "HH:MM[:SS[.frac]]" then an optional offset.
bool readTime(const std::string& s, size_t& pos, Fields& f) {
    if (!readNumber(s, pos, 2, f.hour) || !expect(s, pos, ':') ||
        !readNumber(s, pos, 2, f.minute)) {
        return false;
    }
    if (expect(s, pos, ':')) {
        if (!readNumber(s, pos, 2, f.second)) {
            return false;
        }
        if (expect(s, pos, '.')) {  // fractions of a second are dropped
            const size_t start = pos;
            while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
                ++pos;
            }
            if (pos == start) {
                return false;
            }
        }
    }
    f.hasTime = true;
    if (f.hour > 23 || f.minute > 59 || f.second > 60) {
        return false;
    }
    f.second = f.second == 60 ? 59 : f.second;  // a leap second counts as the one before
    return pos == s.size() || readOffset(s, pos, f);
}

std::optional<Fields> readDateTime(const std::string& s) {
    Fields f;
    size_t pos = 0;
    if (!readNumber(s, pos, 4, f.year) || !expect(s, pos, '-') || !readNumber(s, pos, 2, f.month) ||
        !expect(s, pos, '-') || !readNumber(s, pos, 2, f.day)) {
        return std::nullopt;
    }
    if (f.year < 1970 || f.month < 1 || f.month > 12 || f.day < 1 ||
        f.day > daysInMonth(f.year, f.month)) {
        return std::nullopt;
    }
    if (pos == s.size()) {
        return f;
    }
    if (!expect(s, pos, 't') && !expect(s, pos, ' ')) {
        return std::nullopt;
    }
    return readTime(s, pos, f) ? std::optional<Fields>(f) : std::nullopt;
}

// Local wall-clock time to Unix seconds (TZ); a time skipped by a DST change moves forward.
int64_t localToUnix(const Fields& f, int addDays) {
    std::tm tm{};
    tm.tm_year = f.year - 1900;
    tm.tm_mon = f.month - 1;
    tm.tm_mday = f.day + addDays;
    tm.tm_hour = f.hour;
    tm.tm_min = f.minute;
    tm.tm_sec = f.second;
    tm.tm_isdst = -1;
    return int64_t(std::mktime(&tm));
}

// "90m", "24h", "7d", "2w", "30s": that long before now.
std::optional<int64_t> readRelative(const std::string& s) {
    if (s.size() < 2 || s.size() > 12) {
        return std::nullopt;
    }
    int64_t n = 0;
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            return std::nullopt;
        }
        n = n * 10 + (s[i] - '0');
    }
    switch (std::tolower(static_cast<unsigned char>(s.back()))) {
        case 's':
            return n;
        case 'm':
            return n * 60;
        case 'h':
            return n * 3600;
        case 'd':
            return n * 86400;
        case 'w':
            return n * 7 * 86400;
        default:
            return std::nullopt;
    }
}

}  // namespace

Result<int64_t> parseTimeArgument(const std::string& text, int64_t now, TimeBound bound,
                                  const std::string& option) {
    if (text == "now") {
        return bound == TimeBound::Until ? history::endOfSecond(now) : now;
    }
    if (auto ago = readRelative(text)) {
        return now - *ago;
    }
    if (auto f = readDateTime(text)) {
        if (f->offsetSeconds) {
            return daysFromCivil(f->year, unsigned(f->month), unsigned(f->day)) * 86400 +
                   f->hour * 3600 + f->minute * 60 + f->second - *f->offsetSeconds;
        }
        const bool wholeDayEnd = !f->hasTime && bound == TimeBound::Until;
        return localToUnix(*f, wholeDayEnd ? 1 : 0);
    }
    return makeError(ErrorCode::InvalidArgument,
                     option + " '" + text +
                         "' is not a time; give an RFC 3339 time (2026-12-01T08:00:00Z or "
                         "with an offset, +01:00), a local date (2026-12-01) or a length before "
                         "now (90m, 24h, 7d).");
}

std::string formatUtcSeconds(int64_t unixSeconds) {
    const std::time_t t = std::time_t(unixSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

}  // namespace flowscope::cli
