// What the tray tells about the capture: the rates of the last tick and its top application,
// as the tooltip's text and as the icon's activity level.
#pragma once

#include <QString>

#include "core/engine/snapshot.h"

namespace flowscope::ui {

struct TrayRates {
    double inPerSecond = 0;  // bytes per second, IP traffic of the last interval
    double outPerSecond = 0;
    QString topApplication;  // the application with most traffic in the interval ("" if none)
    double topPerSecond = 0;
};

TrayRates trayRates(const EngineSnapshot& snapshot);

// The tooltip: "Flowscope — eth0", then the in/out rates and the top application while
// capturing, "Paused" or "Stopped" otherwise, and the unread notifications if any. `snapshot`
// may be null (nothing received yet).
QString trayToolTip(EngineState state, const QString& source, const EngineSnapshot* snapshot,
                    int unreadAlerts);

}  // namespace flowscope::ui
