// The History page's choices as store values: the range presets (last hour, today, 7 days,
// 30 days, custom) as a TimeRange aligned to the granularity that follows from it, the
// dimensions a user can group by, and how bucket times and errors read.
#pragma once

#include <QDateTime>
#include <QString>
#include <cstdint>

#include "core/base/result.h"
#include "core/store/history_types.h"

namespace flowscope::ui {

enum class HistoryPreset { LastHour, Today, Week, Month, Custom };

struct HistoryRangeChoice {
    history::TimeRange range;
    history::Granularity granularity = history::Granularity::Hour;
};

// The range of a preset at `now` (Unix seconds), its ends on bucket boundaries of the
// granularity HistoryReader::granularityFor gives: last hour = the last 60 minutes up to the
// end of the current one; today = local midnight to the end of the current hour; 7 days =
// 168 hours up to the end of the current one; 30 days = 30 local days up to the end of today.
// Custom: [from, to) as given (to after from), aligned outwards.
HistoryRangeChoice historyRange(HistoryPreset preset, int64_t now, int64_t from = 0,
                                int64_t to = 0);
// Aligns [since, until) outwards to the buckets of the granularity that fits it.
HistoryRangeChoice alignedRange(history::TimeRange range);

// The user's words for a dimension ("Applications", ...) and a granularity's bucket:
// "14:05" (minute), "Tue 3 Dec, 14:00" (hour), "Tue 3 Dec 2026" (day), in the locale.
QString dimensionTitle(history::Dimension dimension);
QString bucketText(int64_t start, history::Granularity granularity);
// What a group's label reads when it is empty ("Unknown application", "Unknown country").
QString groupLabel(history::Dimension dimension, const QString& label);
// "Germany (DE)" for an ISO code the locale knows, else the code.
QString countryText(const QString& code);

// One sentence for a failed read of the database at `path`: none yet (live captures are
// recorded into it), damaged, or the store's own sentence.
QString historyErrorText(const Error& error, const QString& path);

}  // namespace flowscope::ui
