#include "core/icons/freedesktop/icon_finder.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <tuple>

#include "core/icons/image_probe.h"

namespace flowscope::freedesktop {

namespace fs = std::filesystem;

namespace {

constexpr const char* kExtensions[] = {"png", "svg", "xpm"};

// "gvim.png" -> ("gvim", 0); nullopt for other extensions.
std::optional<std::pair<std::string, uint8_t>> splitIconFile(const std::string& file) {
    const size_t dot = file.rfind('.');
    if (dot == std::string::npos || dot == 0) {
        return std::nullopt;
    }
    const std::string ext = file.substr(dot + 1);
    for (uint8_t i = 0; i < 3; ++i) {
        if (ext == kExtensions[i]) {
            return std::make_pair(file.substr(0, dot), i);
        }
    }
    return std::nullopt;
}

const char* typeName(ThemeDirectory::Type t) {
    switch (t) {
        case ThemeDirectory::Type::Fixed:
            return "Fixed";
        case ThemeDirectory::Type::Scalable:
            return "Scalable";
        case ThemeDirectory::Type::Threshold:
            return "Threshold";
    }
    return "";
}

}  // namespace

IconFinder::IconFinder(std::vector<std::string> baseDirs, std::string currentTheme,
                       std::chrono::milliseconds recheck)
    : m_baseDirs(std::move(baseDirs)),
      m_currentTheme(std::move(currentTheme)),
      m_recheck(recheck),
      m_lastCheck(std::chrono::steady_clock::now()) {
    if (m_baseDirs.size() > 0xffff) {
        m_baseDirs.resize(0xffff);
    }
}

std::unique_ptr<IconFinder::Theme> IconFinder::loadTheme(const std::string& name) {
    ++m_themeLoads;
    auto t = std::make_unique<Theme>();
    t->index.name = name;
    std::set<std::string> watched;
    auto watch = [&](const std::string& path) {
        if (watched.insert(path).second) {
            t->watches.push_back(FolderWatch::of(path));
        }
    };
    // The first index.theme found in the base folders describes the theme.
    for (const std::string& base : m_baseDirs) {
        const std::string root = base + "/" + name;
        watch(root);
        watch(root + "/index.theme");
        if (t->installed) {
            continue;
        }
        std::ifstream in(root + "/index.theme", std::ios::binary);
        if (in) {
            std::ostringstream text;
            text << in.rdbuf();
            t->index = parseIconThemeIndex(text.str(), name);
            t->installed = true;
        }
    }
    if (!t->installed) {
        return t;
    }
    for (size_t b = 0; b < m_baseDirs.size(); ++b) {
        const fs::path root = fs::path(m_baseDirs[b]) / name;
        // The first level ("48x48", "scalable") is listed once: index.theme files name many
        // folders that do not exist (hicolor: 649, of which a few dozen hold files), and
        // skipping those without a system call halves the cost of loading a theme.
        std::set<std::string> topLevel;
        std::error_code ec;
        for (fs::directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::directory_iterator(); it.increment(ec)) {
            topLevel.insert(it->path().filename().string());
        }
        if (ec || topLevel.empty()) {
            continue;  // not in this base folder (watched above)
        }
        for (size_t d = 0; d < t->index.directories.size(); ++d) {
            const std::string& relative = t->index.directories[d].path;
            const std::string first = relative.substr(0, relative.find('/'));
            if (!topLevel.count(first)) {
                continue;  // creating it changes the theme folder's time, which is watched
            }
            const fs::path dir = root / relative;
            fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
            if (ec) {
                // Missing: watch the deepest folder that exists, so that creating it is seen.
                fs::path up = dir.parent_path();
                while (up != root && !fs::is_directory(up, ec)) {
                    up = up.parent_path();
                }
                watch(up.string());
                continue;
            }
            watch(dir.string());
            for (; it != fs::directory_iterator(); it.increment(ec)) {
                if (ec) {
                    break;
                }
                if (auto parsed = splitIconFile(it->path().filename().string())) {
                    t->icons[parsed->first].push_back(
                        Hit{uint32_t(d), uint16_t(b), parsed->second});
                }
            }
        }
    }
    // The spec's loop order: directory, then base folder, then extension png, svg, xpm.
    for (auto& [icon, hits] : t->icons) {
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
            return std::tie(a.dir, a.base, a.ext) < std::tie(b.dir, b.base, b.ext);
        });
    }
    return t;
}

void IconFinder::loadFallback() {
    m_fallback.clear();
    for (const std::string& base : m_baseDirs) {
        FallbackDir f;
        f.watch = FolderWatch::of(base);
        std::error_code ec;
        fs::directory_iterator it(base, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
            if (auto parsed = splitIconFile(it->path().filename().string())) {
                f.icons[parsed->first] |= uint8_t(1u << parsed->second);
            }
        }
        m_fallback.push_back(std::move(f));
    }
    m_fallbackLoaded = true;
}

void IconFinder::revalidate() {
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastCheck < m_recheck) {
        return;
    }
    m_lastCheck = now;
    for (auto it = m_themes.begin(); it != m_themes.end();) {
        const auto& watches = it->second->watches;
        if (std::any_of(watches.begin(), watches.end(),
                        [](const FolderWatch& w) { return w.changed(); })) {
            it = m_themes.erase(it);  // loaded again on next use
        } else {
            ++it;
        }
    }
    if (m_fallbackLoaded && std::any_of(m_fallback.begin(), m_fallback.end(),
                                        [](const FallbackDir& f) { return f.watch.changed(); })) {
        m_fallbackLoaded = false;
    }
}

IconFinder::Theme& IconFinder::theme(const std::string& name) {
    auto it = m_themes.find(name);
    if (it == m_themes.end()) {
        it = m_themes.emplace(name, loadTheme(name)).first;
    }
    return *it->second;
}

bool IconFinder::isInstalled(const std::string& name) {
    revalidate();
    return theme(name).installed;
}

std::optional<FoundIcon> IconFinder::lookupIcon(const std::string& themeName,
                                                const std::string& name, int size, int scale) {
    Theme& t = theme(themeName);
    const auto it = t.icons.find(name);
    if (it == t.icons.end()) {
        return std::nullopt;
    }
    auto make = [&](const Hit& h) -> std::optional<FoundIcon> {
        const ThemeDirectory& dir = t.index.directories[h.dir];
        FoundIcon f;
        f.path = m_baseDirs[h.base] + "/" + themeName + "/" + dir.path + "/" + name + "." +
                 kExtensions[h.ext];
        std::error_code ec;
        if (!fs::exists(f.path, ec)) {
            return std::nullopt;  // a dangling symlink or a file removed since the listing
        }
        f.format = kExtensions[h.ext];
        if (dir.type != ThemeDirectory::Type::Scalable) {
            f.nominalSize = dir.size * dir.scale;
        } else if (h.ext != 1) {
            // A bitmap in a Scalable folder (hicolor's 256x256/apps is one): its real size.
            const int probed = probeImageFile(f.path, f.format).width;
            f.nominalSize = probed > 0 ? probed : dir.size * dir.scale;
        }
        f.theme = themeName;
        f.directory = dir.path;
        f.how = themeName + " " + dir.path + " (" + typeName(dir.type) + ", size " +
                std::to_string(dir.size) + (dir.scale != 1 ? "@" + std::to_string(dir.scale) : "") +
                ")";
        return f;
    };
    for (const Hit& h : it->second) {
        if (directoryMatchesSize(t.index.directories[h.dir], size, scale)) {
            if (auto f = make(h)) {
                return f;
            }
        }
    }
    std::optional<FoundIcon> closest;
    int best = 0;
    for (const Hit& h : it->second) {
        const int distance = directorySizeDistance(t.index.directories[h.dir], size, scale);
        if (!closest || distance < best) {
            if (auto f = make(h)) {
                closest = std::move(f);
                best = distance;
            }
        }
    }
    return closest;
}

std::optional<FoundIcon> IconFinder::findHelper(const std::string& themeName,
                                                const std::string& name, int size, int scale,
                                                std::vector<std::string>& visited) {
    if (std::find(visited.begin(), visited.end(), themeName) != visited.end()) {
        return std::nullopt;  // an Inherits cycle, or hicolor reached twice
    }
    visited.push_back(themeName);
    Theme& t = theme(themeName);
    if (!t.installed) {
        return std::nullopt;
    }
    if (auto f = lookupIcon(themeName, name, size, scale)) {
        return f;
    }
    const std::vector<std::string> parents = t.index.inherits;  // `t` may move on reloads
    for (const std::string& parent : parents) {
        if (auto f = findHelper(parent, name, size, scale, visited)) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<FoundIcon> IconFinder::lookupFallback(const std::string& name) {
    if (!m_fallbackLoaded) {
        loadFallback();
    }
    for (size_t b = 0; b < m_fallback.size(); ++b) {
        const auto it = m_fallback[b].icons.find(name);
        if (it == m_fallback[b].icons.end()) {
            continue;
        }
        for (uint8_t e = 0; e < 3; ++e) {
            if (!(it->second & (1u << e))) {
                continue;
            }
            FoundIcon f;
            f.path = m_baseDirs[b] + "/" + name + "." + kExtensions[e];
            std::error_code ec;
            if (!fs::exists(f.path, ec)) {
                continue;
            }
            f.format = kExtensions[e];
            f.nominalSize = probeImageFile(f.path, f.format).width;
            f.how = "fallback folder " + m_baseDirs[b];
            return f;
        }
    }
    return std::nullopt;
}

std::optional<FoundIcon> IconFinder::find(const std::string& name, int size, int scale) {
    if (name.empty() || name.find('/') != std::string::npos) {
        return std::nullopt;
    }
    revalidate();
    std::vector<std::string> visited;
    if (auto f = findHelper(m_currentTheme, name, size, scale, visited)) {
        return f;
    }
    if (auto f = findHelper("hicolor", name, size, scale, visited)) {
        return f;
    }
    return lookupFallback(name);
}

std::vector<std::string> IconFinder::themeChain() {
    revalidate();
    std::vector<std::string> chain;
    // Depth-first over Inherits, as findHelper walks it, then hicolor.
    std::vector<std::string> order;
    std::function<void(const std::string&)> walk = [&](const std::string& name) {
        if (std::find(order.begin(), order.end(), name) != order.end()) {
            return;
        }
        order.push_back(name);
        Theme& t = theme(name);
        if (!t.installed) {
            return;
        }
        chain.push_back(name);
        const std::vector<std::string> parents = t.index.inherits;
        for (const std::string& p : parents) {
            walk(p);
        }
    };
    walk(m_currentTheme);
    walk("hicolor");
    return chain;
}

}  // namespace flowscope::freedesktop
