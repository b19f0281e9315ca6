// Finds an icon file by name in the icon themes, following the Icon Theme Specification's
// FindIcon / LookupIcon / LookupFallbackIcon: the current theme, its Inherits chain, hicolor,
// then the base folders themselves (/usr/share/pixmaps). Folder listings are cached per theme
// and checked again (modification times) at most once per `recheck` interval.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/icons/freedesktop/folder_watch.h"
#include "core/icons/freedesktop/icon_theme.h"

namespace flowscope::freedesktop {

struct FoundIcon {
    std::string path;
    std::string format;  // "png", "svg", "xpm"
    // Size * Scale of a Fixed or Threshold directory; for a bitmap in a Scalable directory or
    // a base folder, its real width; 0 for SVG in a Scalable directory.
    int nominalSize = 0;
    std::string theme;      // empty for the base-folder fallback
    std::string directory;  // "48x48/apps"
    std::string how;        // "hicolor 48x48/apps (Threshold, size 48)"
};

// Not thread-safe: the backend serialises access.
class IconFinder {
public:
    IconFinder(std::vector<std::string> baseDirs, std::string currentTheme,
               std::chrono::milliseconds recheck = std::chrono::seconds(5));

    // `name` is an icon name ("gvim", "org.wireshark.Wireshark"), not a path.
    std::optional<FoundIcon> find(const std::string& name, int size, int scale = 1);

    const std::string& currentTheme() const { return m_currentTheme; }
    bool isInstalled(const std::string& theme);
    // The themes searched, in order: the current one, its parents depth-first, hicolor (only
    // those installed).
    std::vector<std::string> themeChain();

    const std::vector<std::string>& baseDirs() const { return m_baseDirs; }
    int themeLoads() const { return m_themeLoads; }

private:
    struct Hit {
        uint32_t dir;   // index into the theme's directories
        uint16_t base;  // index into m_baseDirs
        uint8_t ext;    // 0 png, 1 svg, 2 xpm
    };
    struct Theme {
        bool installed = false;
        IconThemeIndex index;
        std::unordered_map<std::string, std::vector<Hit>> icons;  // name -> files
        std::vector<FolderWatch> watches;
    };
    struct FallbackDir {
        FolderWatch watch;
        std::unordered_map<std::string, uint8_t> icons;  // name -> extension bits
    };

    Theme& theme(const std::string& name);
    std::unique_ptr<Theme> loadTheme(const std::string& name);
    void loadFallback();
    void revalidate();
    std::optional<FoundIcon> lookupIcon(const std::string& themeName, const std::string& name,
                                        int size, int scale);
    std::optional<FoundIcon> findHelper(const std::string& themeName, const std::string& name,
                                        int size, int scale, std::vector<std::string>& visited);
    std::optional<FoundIcon> lookupFallback(const std::string& name);

    std::vector<std::string> m_baseDirs;
    std::string m_currentTheme;
    std::chrono::milliseconds m_recheck;
    std::chrono::steady_clock::time_point m_lastCheck;
    std::map<std::string, std::unique_ptr<Theme>> m_themes;
    std::vector<FallbackDir> m_fallback;
    bool m_fallbackLoaded = false;
    int m_themeLoads = 0;
};

}  // namespace flowscope::freedesktop
