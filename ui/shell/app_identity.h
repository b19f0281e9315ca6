// Flowscope's identity on the desktop: the application icon (icons/app, compiled in as
// :/app/<size>.png) for every window, the About box and the task bar, and the desktop file
// name (the reverse-DNS application id, Autostart::kAppId) that Wayland compositors and
// docks use to find the installed desktop entry and its icon.
#pragma once

#include <QIcon>

namespace flowscope::ui {

// The application icon at every rendered size (16 to 256 px).
QIcon appIcon();

// Sets the icon and the desktop file name on the running QGuiApplication.
void applyAppIdentity();

}  // namespace flowscope::ui
