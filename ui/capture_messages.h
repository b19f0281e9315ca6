// The sentence the desktop app shows for a capture's error. core/capture words its errors
// for both twins; a few name what only a command-line user can do (`flowscope-cli
// interfaces`) or bury the cause, so they are reworded here for someone at the desktop: an
// adapter that is gone or unknown points to the Start page, and a file Flowscope may not read
// says "Permission denied" first. Every other sentence is core's, in the window's language
// (ui/core_text.h).
#pragma once

#include <QString>

#include "core/base/result.h"

namespace flowscope::ui {

// `source` is the adapter name (live) or the file path.
QString desktopMessage(const Error& error, const QString& source, bool live);

}  // namespace flowscope::ui
