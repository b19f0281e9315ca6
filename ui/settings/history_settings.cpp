#include "ui/settings/history_settings.h"

#include <QDir>
#include <algorithm>

#include "core/store/history_location.h"

namespace flowscope::ui::settings {

history::RetentionOptions historyRetention() {
    history::RetentionOptions retention;
    retention.minuteDays = std::max(1, historyMinuteDays.value());
    retention.hourDays = std::max(1, historyHourDays.value());
    retention.dayDays = std::max(0, historyDayDays.value());
    retention.maxConnections = uint64_t(std::max(0, historyMaxConnections.value()));
    retention.maxBytes = uint64_t(std::max(0, historyMaxMegabytes.value())) * 1024 * 1024;
    return retention;
}

QString defaultHistoryDatabasePath() {
    const std::filesystem::path path = history::defaultDatabasePath();
    return path.empty() ? QString()
                        : QDir::toNativeSeparators(QString::fromStdString(path.string()));
}

QString historyDatabasePath() {
    const QString chosen = historyDatabase.value().trimmed();
    return chosen.isEmpty() ? defaultHistoryDatabasePath() : chosen;
}

}  // namespace flowscope::ui::settings
