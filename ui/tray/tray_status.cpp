#include "ui/tray/tray_status.h"

#include <QCoreApplication>
#include <QStringList>

#include "ui/format.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

// The tooltip's texts, in the translation context "TrayStatus".
struct TrayStatus {
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)
};

}  // namespace

TrayRates trayRates(const EngineSnapshot& snapshot) {
    TrayRates rates;
    if (snapshot.intervalNs <= 0) {
        return rates;
    }
    const double seconds = double(snapshot.intervalNs) / 1e9;
    rates.inPerSecond = double(snapshot.intervalTraffic.bytesIn) / seconds;
    rates.outPerSecond = double(snapshot.intervalTraffic.bytesOut) / seconds;
    // topApplications is ordered by all-time bytes; the tooltip wants the last tick's.
    const ApplicationStat* top = nullptr;
    for (const ApplicationStat& stat : snapshot.topApplications) {
        if (stat.interval.bytes() > 0 && (!top || stat.interval.bytes() > top->interval.bytes())) {
            top = &stat;
        }
    }
    const auto& apps = snapshot.applications;
    if (top && apps && top->appId >= 1 && top->appId <= apps->size()) {
        rates.topApplication = ConnectionModel::applicationText(&(*apps)[top->appId - 1]);
        rates.topPerSecond = double(top->interval.bytes()) / seconds;
    }
    return rates;
}

QString trayToolTip(EngineState state, const QString& source, const EngineSnapshot* snapshot,
                    int unreadAlerts) {
    QStringList lines;
    const bool capturing = state == EngineState::Running || state == EngineState::Paused;
    lines << (capturing && !source.isEmpty() ? TrayStatus::tr("Flowscope — %1").arg(source)
                                             : TrayStatus::tr("Flowscope"));
    if (state == EngineState::Paused) {
        lines << TrayStatus::tr("Paused");
    } else if (state != EngineState::Running) {
        lines << TrayStatus::tr("Stopped");
    } else if (snapshot) {
        const TrayRates rates = trayRates(*snapshot);
        lines << TrayStatus::tr("In %1 · Out %2")
                     .arg(formatRate(rates.inPerSecond, RateUnit::Bytes),
                          formatRate(rates.outPerSecond, RateUnit::Bytes));
        if (!rates.topApplication.isEmpty()) {
            lines << TrayStatus::tr("Top: %1 (%2)")
                         .arg(rates.topApplication,
                              formatRate(rates.topPerSecond, RateUnit::Bytes));
        }
    } else {
        lines << TrayStatus::tr("Capturing");
    }
    if (unreadAlerts > 0) {
        lines << TrayStatus::tr("%1 unread notification(s)", nullptr, pluralCount(unreadAlerts))
                     .arg(formatCount(unreadAlerts));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace flowscope::ui
