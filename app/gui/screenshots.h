// --screenshot-dir: once the capture file has been read, saves one PNG per page (for the
// docs and the tests) and quits.
#pragma once

#include <QString>

namespace flowscope::ui {
class MainWindow;
}

namespace flowscope::app {

// Opens `file` in `window` and arranges for start.png, overview.png and inspect.png (and, when
// the history database holds the last 7 days' traffic, history.png, history-application.png and
// history-connections.png)
// to be written to `directory` when it has been read; the application then exits with 0 (or with
// 3 and a message on stderr if the file cannot be read or the images cannot be saved).
// Returns false (message already on stderr) if the file cannot be opened at all.
bool scheduleScreenshots(ui::MainWindow& window, const QString& file, const QString& directory);

// Captures live on `interface` and, after FLOWSCOPE_SCREENSHOT_SECONDS (default 6) seconds,
// writes overview-applications.png, applications.png and inspect-applications.png (and
// compact-window.png when the window has a compact window) to `directory`, then exits as above.
// Returns false (message on stderr) if the capture cannot start.
bool scheduleLiveScreenshots(ui::MainWindow& window, const QString& interface,
                             const QString& directory);

}  // namespace flowscope::app
