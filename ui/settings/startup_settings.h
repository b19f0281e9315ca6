// The settings of starting up and of the compact window (see ui/settings/settings.h for the
// Setting<T> template and where settings are kept). Whether Flowscope starts on login is not
// a setting: the login entry itself is the state (ui/shell/autostart.h).
#pragma once

#include <QByteArray>
#include <QString>

#include "ui/settings/settings.h"

namespace flowscope::ui::settings {

// On start without a file or --interface: capture again on lastAdapter with lastFilter.
inline const Setting<bool> resumeLastCapture{"startup/resumeLastCapture", false};
// The capture filter of the last live capture that started (empty: none).
inline const Setting<QString> lastFilter{"capture/lastFilter", {}};
// The compact window's geometry (QWidget::saveGeometry), restored when it shows again.
inline const Setting<QByteArray> compactGeometry{"compact/geometry", {}};

}  // namespace flowscope::ui::settings
