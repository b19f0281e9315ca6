#include "ui/models/history_range.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

#include "core/store/history_reader.h"
#include "core/store/history_time.h"
#include "ui/core_text.h"
#include "ui/country_names.h"

namespace flowscope::ui {

namespace {

constexpr int64_t kHour = 3600;

// The context these strings are translated in.
class HistoryText {
    Q_DECLARE_TR_FUNCTIONS(HistoryPage)
};

}  // namespace

HistoryRangeChoice alignedRange(history::TimeRange range) {
    using namespace history;
    const Granularity granularity = HistoryReader::granularityFor(range);
    HistoryRangeChoice choice;
    choice.granularity = granularity;
    choice.range.since = floorBucket(range.since, granularity);
    choice.range.until = nextBucket(std::max(range.until, range.since + 1) - 1, granularity);
    return choice;
}

HistoryRangeChoice historyRange(HistoryPreset preset, int64_t now, int64_t from, int64_t to) {
    using namespace history;
    switch (preset) {
        case HistoryPreset::LastHour: {
            const int64_t end = nextBucket(now, Granularity::Minute);
            return {{end - kHour, end}, Granularity::Minute};
        }
        case HistoryPreset::Today:
            return alignedRange({floorDay(now), nextBucket(now, Granularity::Hour)});
        case HistoryPreset::Week: {
            const int64_t end = nextBucket(now, Granularity::Hour);
            return alignedRange({end - 7 * 24 * kHour, end});
        }
        case HistoryPreset::Month: {
            const int64_t end = nextBucket(now, Granularity::Day);
            return alignedRange({addDays(end, -30), end});
        }
        case HistoryPreset::Custom:
            return alignedRange({from, std::max(to, from + 60)});
    }
    return {};
}

QString dimensionTitle(history::Dimension dimension) {
    switch (dimension) {
        case history::Dimension::Application:
            return HistoryText::tr("Applications");
        case history::Dimension::Host:
            return HistoryText::tr("Hosts");
        case history::Dimension::Service:
            return HistoryText::tr("Services");
        case history::Dimension::Country:
            return HistoryText::tr("Countries");
        case history::Dimension::As:
            return HistoryText::tr("Networks (AS)");
    }
    return {};
}

QString bucketText(int64_t start, history::Granularity granularity) {
    const QDateTime time = QDateTime::fromSecsSinceEpoch(start);
    const QLocale locale;
    switch (granularity) {
        case history::Granularity::Minute:
            return locale.toString(time, QStringLiteral("ddd d MMM, HH:mm"));
        case history::Granularity::Hour:
            return locale.toString(time, QStringLiteral("ddd d MMM, HH:00"));
        case history::Granularity::Day:
            return locale.toString(time.date(), QStringLiteral("ddd d MMM yyyy"));
    }
    return {};
}

QString groupLabel(history::Dimension dimension, const QString& label) {
    if (!label.isEmpty()) {
        return label;
    }
    switch (dimension) {
        case history::Dimension::Application:
            return HistoryText::tr("Unknown application");
        case history::Dimension::Host:
            return HistoryText::tr("Unknown host");
        case history::Dimension::Service:
            return HistoryText::tr("Unknown service");
        case history::Dimension::Country:
            return HistoryText::tr("Unknown country");
        case history::Dimension::As:
            return HistoryText::tr("Unknown network");
    }
    return {};
}

QString countryText(const QString& code) {
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory) {
        return code;
    }
    return QStringLiteral("%1 (%2)").arg(
        countryDisplayName(code, QLocale::territoryToString(territory)), code);
}

QString historyErrorText(const Error& error, const QString& path) {
    switch (error.code) {
        case ErrorCode::NotFound:
            return HistoryText::tr(
                       "No history yet: live captures are recorded into %1 (Settings → History), "
                       "and their traffic shows here.")
                .arg(path);
        case ErrorCode::Corrupt:
        case ErrorCode::BadFormat:
            return HistoryText::tr(
                       "The history database %1 is damaged or not a history database: move it "
                       "aside or delete it, and the next live capture starts a new one.")
                .arg(path);
        default:
            return localized(error);
    }
}

}  // namespace flowscope::ui
