#include "core/icons/freedesktop/theme_settings.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "core/icons/freedesktop/key_file.h"

namespace flowscope::freedesktop {

namespace {

std::optional<std::string> readSetting(const std::string& path, const char* group,
                                       const char* key) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const KeyFile file = KeyFile::parse(text.str());
    std::string value = file.string(group, key);
    // settings.ini values may be quoted.
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
    }
    if (value.empty()) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

ThemeChoice detectIconTheme(const EnvLookup& env) {
    if (auto v = env("FLOWSCOPE_ICON_THEME"); v && !v->empty()) {
        return {*v, "FLOWSCOPE_ICON_THEME"};
    }
    const std::string config = xdgConfigHome(env);
    auto gtk = [&]() -> std::optional<ThemeChoice> {
        for (const char* dir : {"/gtk-3.0/settings.ini", "/gtk-4.0/settings.ini"}) {
            const std::string path = config + dir;
            if (auto name = readSetting(path, "Settings", "gtk-icon-theme-name")) {
                return ThemeChoice{*name, path};
            }
        }
        return std::nullopt;
    };
    auto kde = [&]() -> std::optional<ThemeChoice> {
        const std::string path = config + "/kdeglobals";
        if (auto name = readSetting(path, "Icons", "Theme")) {
            return ThemeChoice{*name, path};
        }
        return std::nullopt;
    };
    const std::string desktop = env("XDG_CURRENT_DESKTOP").value_or("");
    const bool kdeFirst = desktop.find("KDE") != std::string::npos;
    auto first = kdeFirst ? kde() : gtk();
    if (first) {
        return *first;
    }
    auto second = kdeFirst ? gtk() : kde();
    if (second) {
        return *second;
    }
    return {"hicolor", "default"};
}

}  // namespace flowscope::freedesktop
