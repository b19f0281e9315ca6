// Icon themes as the freedesktop Icon Theme Specification 0.13 defines them: index.theme and
// the size rules of its directories.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace flowscope::freedesktop {

struct ThemeDirectory {
    enum class Type { Fixed, Scalable, Threshold };
    std::string path;  // relative to the theme folder: "48x48/apps", "scalable/apps"
    int size = 0;
    int scale = 1;
    Type type = Type::Threshold;  // the spec's default
    int minSize = 0;              // Scalable: defaults to size
    int maxSize = 0;              // Scalable: defaults to size
    int threshold = 2;            // Threshold: defaults to 2
};

struct IconThemeIndex {
    std::string name;  // the theme's folder name ("hicolor", "Adwaita")
    std::string displayName;
    std::vector<std::string> inherits;
    // Directories= then ScaledDirectories= (a KDE extension), in that order; directories
    // without a section or without Size= are left out, as the spec requires both.
    std::vector<ThemeDirectory> directories;
    bool hidden = false;
};

// Parses an index.theme. A file without an [Icon Theme] group yields a theme with no
// directories (looked up as empty, so the parents and hicolor are still tried).
IconThemeIndex parseIconThemeIndex(std::string_view text, const std::string& themeName);

// The spec's DirectoryMatchesSize and DirectorySizeDistance.
bool directoryMatchesSize(const ThemeDirectory& dir, int size, int scale);
int directorySizeDistance(const ThemeDirectory& dir, int size, int scale);

}  // namespace flowscope::freedesktop
