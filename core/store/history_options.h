// How much history is kept (Settings → History, `flowscope-cli record` options). Defaults as
// vnstat keeps its roll-ups: minutes 7 days, hours 90 days, days for ever.
#pragma once

#include <cstdint>

namespace flowscope::history {

struct RetentionOptions {
    int minuteDays = 7;
    int hourDays = 90;
    int dayDays = 0;                      // 0 = for ever
    uint64_t maxConnections = 1'000'000;  // connection rows kept (oldest go first)
    // The database (with its WAL) stays below this; the oldest rows go first: connections,
    // then minutes, then hours, then days. 0 = no limit.
    uint64_t maxBytes = 1024ull * 1024 * 1024;
};

}  // namespace flowscope::history
