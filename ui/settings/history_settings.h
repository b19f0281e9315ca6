// The settings of the history (core/store): recording, retention, size limit and the database
// file, declared with the same typed Setting<T> as ui/settings/settings.h. Defaults are the
// store's (core/store/history_options.h).
#pragma once

#include <QString>

#include "core/store/history_options.h"
#include "ui/settings/settings.h"

namespace flowscope::ui::settings {

// Live captures are recorded unless the user turned it off; files opened for viewing never.
inline const Setting<bool> historyRecord{"history/record", true};
// Empty: the default place (core/store/history_location.h), shared with flowscope-cli.
inline const Setting<QString> historyDatabase{"history/database", QString()};
inline const Setting<int> historyMinuteDays{"history/minuteDays", 7};
inline const Setting<int> historyHourDays{"history/hourDays", 90};
inline const Setting<int> historyDayDays{"history/dayDays", 0};  // 0 = for ever
inline const Setting<int> historyMaxConnections{"history/maxConnections", 1'000'000};
inline const Setting<int> historyMaxMegabytes{"history/maxMegabytes", 1024};  // 0 = no limit

// The retention of the settings, as the store takes it (out-of-range values clamped: minutes
// and hours at least a day, days 0 or more, no negative caps).
history::RetentionOptions historyRetention();
// The database the desktop app records into and reads from: the setting, else the default
// place; empty only when neither exists (no home folder).
QString historyDatabasePath();
// The default place, as text ("" when there is none).
QString defaultHistoryDatabasePath();

}  // namespace flowscope::ui::settings
