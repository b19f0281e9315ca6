// Where the history database lives when nobody says otherwise; the desktop app and
// flowscope-cli agree on it. Linux and other Unix: $XDG_DATA_HOME/flowscope/history.sqlite
// ($HOME/.local/share when XDG_DATA_HOME is unset or not absolute); Windows:
// %LOCALAPPDATA%\Flowscope\history.sqlite; macOS: ~/Library/Application Support/Flowscope/.
#pragma once

#include <filesystem>

namespace flowscope::history {

// Empty when no home folder can be found (then a path must be given).
std::filesystem::path defaultDatabasePath();

}  // namespace flowscope::history
