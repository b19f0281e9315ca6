// The Linux / BSD icon backend: desktop entries (Desktop Entry Specification) and icon themes
// (Icon Theme Specification), no toolkit needed.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/icons/freedesktop/desktop_index.h"
#include "core/icons/freedesktop/icon_finder.h"
#include "core/icons/freedesktop/xdg_dirs.h"
#include "core/icons/icon_backend.h"

namespace flowscope::freedesktop {

struct FreedesktopConfig {
    std::vector<std::string> applicationDirs;  // precedence order
    std::vector<std::string> iconBaseDirs;     // search order
    std::vector<std::string> searchPath;       // PATH for Exec names
    std::string theme;                         // the current icon theme
    std::string themeSource;                   // where the theme setting came from
    // How often the applications folders and the icon theme folders are checked for changes.
    std::chrono::milliseconds recheck = std::chrono::seconds(2);

    // Everything from the environment: XDG variables, PATH, detectIconTheme().
    static FreedesktopConfig fromEnvironment(const EnvLookup& env = processEnvironment());
};

class FreedesktopIconBackend : public IconBackend {
public:
    explicit FreedesktopIconBackend(FreedesktopConfig config);

    const char* name() const override { return "freedesktop"; }
    // Thread-safe (one lookup at a time). The desktop entry matching the program, its Icon=
    // resolved in the themes (an absolute path is used as it is); without an entry, an icon
    // named like the executable; otherwise Kind::None.
    IconLookup lookup(const std::string& executablePath, int size) override;

    // The desktop entry alone (tests, the bench).
    std::optional<EntryMatch> findEntry(const std::string& executablePath);
    // The program each desktop entry starts (see DesktopIndex::entryPrograms).
    std::vector<std::string> entryPrograms();
    std::vector<std::string> problems();
    const FreedesktopConfig& config() const { return m_config; }

private:
    void refresh();
    std::optional<FoundIcon> resolveIcon(const std::string& icon, int size,
                                         std::vector<std::string>& explanation);
    std::optional<FoundIcon> findByName(const std::string& name, int size,
                                        std::vector<std::string>& explanation);

    FreedesktopConfig m_config;
    std::mutex m_mutex;
    DesktopIndex m_index;
    IconFinder m_finder;
    std::chrono::steady_clock::time_point m_lastRefresh;
};

}  // namespace flowscope::freedesktop
