// Resuming the last live capture when the desktop app starts without a file or --interface
// (settings::resumeLastCapture): a live capture on settings::lastAdapter with
// settings::lastFilter, as the Start page last started it.
#pragma once

namespace flowscope::ui {

class MainWindow;

// Does nothing when the user did not choose it or no live capture ever started. Otherwise
// starts the capture; if that fails (the adapter is gone, no permission), the window's banner
// says so in one message and nothing else happens. Returns whether a capture started.
bool resumeLastCapture(MainWindow& window);

}  // namespace flowscope::ui
