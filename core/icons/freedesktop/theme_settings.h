// Which icon theme the user's desktop uses, without asking the desktop (no GTK, no KDE libs).
#pragma once

#include <string>

#include "core/icons/freedesktop/xdg_dirs.h"

namespace flowscope::freedesktop {

struct ThemeChoice {
    std::string name;    // "Adwaita", "breeze", "hicolor"
    std::string source;  // where it came from, for --explain
};

// In order: $FLOWSCOPE_ICON_THEME; gtk-icon-theme-name in <config>/gtk-3.0/settings.ini (then
// gtk-4.0); Theme in the [Icons] group of <config>/kdeglobals — read first when
// $XDG_CURRENT_DESKTOP names KDE; otherwise "hicolor".
ThemeChoice detectIconTheme(const EnvLookup& env);

}  // namespace flowscope::freedesktop
