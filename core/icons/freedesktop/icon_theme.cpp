#include "core/icons/freedesktop/icon_theme.h"

#include <algorithm>
#include <cstdlib>

#include "core/icons/freedesktop/key_file.h"

namespace flowscope::freedesktop {

IconThemeIndex parseIconThemeIndex(std::string_view text, const std::string& themeName) {
    const KeyFile file = KeyFile::parse(text);
    constexpr std::string_view kGroup = "Icon Theme";
    IconThemeIndex theme;
    theme.name = themeName;
    theme.displayName = file.string(kGroup, "Name", themeName);
    theme.inherits = file.list(kGroup, "Inherits", ',');
    theme.hidden = file.boolean(kGroup, "Hidden");
    std::vector<std::string> dirs = file.list(kGroup, "Directories", ',');
    for (std::string& d : file.list(kGroup, "ScaledDirectories", ',')) {
        dirs.push_back(std::move(d));
    }
    for (const std::string& d : dirs) {
        if (!file.hasGroup(d)) {
            continue;
        }
        ThemeDirectory dir;
        dir.path = d;
        dir.size = file.integer(d, "Size", 0);
        if (dir.size <= 0) {
            continue;
        }
        dir.scale = std::max(1, file.integer(d, "Scale", 1));
        const std::string type = file.string(d, "Type", "Threshold");
        if (type == "Fixed") {
            dir.type = ThemeDirectory::Type::Fixed;
        } else if (type == "Scalable") {
            dir.type = ThemeDirectory::Type::Scalable;
        } else {
            dir.type = ThemeDirectory::Type::Threshold;
        }
        dir.minSize = file.integer(d, "MinSize", dir.size);
        dir.maxSize = file.integer(d, "MaxSize", dir.size);
        dir.threshold = file.integer(d, "Threshold", 2);
        theme.directories.push_back(std::move(dir));
    }
    return theme;
}

bool directoryMatchesSize(const ThemeDirectory& dir, int size, int scale) {
    if (dir.scale != scale) {
        return false;
    }
    switch (dir.type) {
        case ThemeDirectory::Type::Fixed:
            return dir.size == size;
        case ThemeDirectory::Type::Scalable:
            return dir.minSize <= size && size <= dir.maxSize;
        case ThemeDirectory::Type::Threshold:
            return dir.size - dir.threshold <= size && size <= dir.size + dir.threshold;
    }
    return false;
}

int directorySizeDistance(const ThemeDirectory& dir, int size, int scale) {
    const int want = size * scale;
    switch (dir.type) {
        case ThemeDirectory::Type::Fixed:
            return std::abs(dir.size * dir.scale - want);
        case ThemeDirectory::Type::Scalable:
            if (want < dir.minSize * dir.scale) {
                return dir.minSize * dir.scale - want;
            }
            if (want > dir.maxSize * dir.scale) {
                return want - dir.maxSize * dir.scale;
            }
            return 0;
        case ThemeDirectory::Type::Threshold:
            // As the spec writes it: outside the threshold band, the distance to MinSize or
            // MaxSize (both default to Size).
            if (want < (dir.size - dir.threshold) * dir.scale) {
                return dir.minSize * dir.scale - want;
            }
            if (want > (dir.size + dir.threshold) * dir.scale) {
                return want - dir.maxSize * dir.scale;
            }
            return 0;
    }
    return 0;
}

}  // namespace flowscope::freedesktop
