// The XDG Base Directory variables and the folders Flowscope reads desktop entries and icons
// from. The environment is passed in so that tests can describe any system.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace flowscope::freedesktop {

// The value of an environment variable, nullopt when unset.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvLookup processEnvironment();

std::string homeDir(const EnvLookup& env);
// $XDG_DATA_HOME, default ~/.local/share; $XDG_CONFIG_HOME, default ~/.config; relative values
// are ignored as the spec requires.
std::string xdgDataHome(const EnvLookup& env);
std::string xdgConfigHome(const EnvLookup& env);
// $XDG_DATA_DIRS, default /usr/local/share:/usr/share.
std::vector<std::string> xdgDataDirs(const EnvLookup& env);

// <data home>/applications, then <each data dir>/applications (duplicates removed).
std::vector<std::string> applicationDirs(const EnvLookup& env);
// The icon base folders of the Icon Theme Specification: ~/.icons, <data home>/icons,
// <each data dir>/icons, /usr/share/pixmaps.
std::vector<std::string> iconBaseDirs(const EnvLookup& env);
// $PATH split, default /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin.
std::vector<std::string> searchPath(const EnvLookup& env);

}  // namespace flowscope::freedesktop
