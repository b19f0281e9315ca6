#include "core/icons/freedesktop/freedesktop_backend.h"

#include <algorithm>
#include <filesystem>

#include "core/icons/freedesktop/theme_settings.h"
#include "core/icons/image_probe.h"

namespace flowscope {

std::unique_ptr<IconBackend> createSystemIconBackend() {
    return std::make_unique<freedesktop::FreedesktopIconBackend>(
        freedesktop::FreedesktopConfig::fromEnvironment());
}

namespace freedesktop {

namespace fs = std::filesystem;

namespace {

std::string baseName(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return s;
}

std::string stripDeleted(const std::string& path) {
    static const std::string kDeleted = " (deleted)";
    if (path.size() > kDeleted.size() &&
        path.compare(path.size() - kDeleted.size(), kDeleted.size(), kDeleted) == 0) {
        return path.substr(0, path.size() - kDeleted.size());
    }
    return path;
}

IconImage fileImage(const FoundIcon& f) {
    IconImage image;
    image.kind = IconImage::Kind::File;
    image.filePath = f.path;
    image.format = f.format;
    image.width = f.nominalSize;
    image.height = f.nominalSize;
    return image;
}

}  // namespace

FreedesktopConfig FreedesktopConfig::fromEnvironment(const EnvLookup& env) {
    FreedesktopConfig c;
    c.applicationDirs = freedesktop::applicationDirs(env);
    c.iconBaseDirs = freedesktop::iconBaseDirs(env);
    c.searchPath = freedesktop::searchPath(env);
    const ThemeChoice theme = detectIconTheme(env);
    c.theme = theme.name;
    c.themeSource = theme.source;
    return c;
}

FreedesktopIconBackend::FreedesktopIconBackend(FreedesktopConfig config)
    : m_config(std::move(config)),
      m_index(DesktopIndexOptions{m_config.applicationDirs, m_config.searchPath}),
      m_finder(m_config.iconBaseDirs, m_config.theme.empty() ? "hicolor" : m_config.theme,
               m_config.recheck) {}

void FreedesktopIconBackend::refresh() {
    const auto now = std::chrono::steady_clock::now();
    if (m_index.builds() == 0 || now - m_lastRefresh >= m_config.recheck) {
        m_index.refreshIfChanged();
        m_lastRefresh = now;
    }
}

std::optional<EntryMatch> FreedesktopIconBackend::findEntry(const std::string& executablePath) {
    const std::lock_guard lock(m_mutex);
    refresh();
    return m_index.match(executablePath);
}

std::vector<std::string> FreedesktopIconBackend::entryPrograms() {
    const std::lock_guard lock(m_mutex);
    refresh();
    return m_index.entryPrograms();
}

std::vector<std::string> FreedesktopIconBackend::problems() {
    const std::lock_guard lock(m_mutex);
    refresh();
    return m_index.problems();
}

std::optional<FoundIcon> FreedesktopIconBackend::findByName(const std::string& name, int size,
                                                            std::vector<std::string>& explanation) {
    auto found = m_finder.find(name, size);
    if (found) {
        explanation.push_back("file: " + found->path + " (" + found->how + ")");
    }
    return found;
}

std::optional<FoundIcon> FreedesktopIconBackend::resolveIcon(
    const std::string& icon, int size, std::vector<std::string>& explanation) {
    if (!icon.empty() && icon[0] == '/') {
        std::error_code ec;
        if (fs::is_regular_file(icon, ec)) {
            FoundIcon f;
            f.path = icon;
            f.format = imageFormatOf(icon);
            f.nominalSize = probeImageFile(icon, f.format).width;
            f.how = "absolute path in Icon=";
            explanation.push_back("file: " + f.path + " (" + f.how + ")");
            return f;
        }
        // A moved or removed file: its name may still be in a theme.
        const std::string stem = fs::path(icon).stem().string();
        explanation.push_back("the Icon= file does not exist; looking up the name '" + stem +
                              "' instead");
        return findByName(stem, size, explanation);
    }
    std::string name = icon;
    const std::string format = imageFormatOf(name);
    if (format == "png" || format == "svg" || format == "xpm") {
        // Not allowed by the spec, but common: "Icon=foo.png".
        name = fs::path(name).stem().string();
        explanation.push_back("the Icon= name carries an extension; looking up '" + name + "'");
    }
    return findByName(name, size, explanation);
}

IconLookup FreedesktopIconBackend::lookup(const std::string& executablePath, int size) {
    const std::lock_guard lock(m_mutex);
    refresh();
    IconLookup result;
    auto& why = result.explanation;
    const std::string exe = stripDeleted(executablePath);
    why.push_back("executable: " + exe);
    {
        std::string line = "icon theme: " + m_finder.currentTheme();
        if (!m_config.themeSource.empty()) {
            line += " (from " + m_config.themeSource + ")";
        }
        if (!m_finder.isInstalled(m_finder.currentTheme())) {
            line += ", not installed";
        }
        std::string chain;
        for (const std::string& t : m_finder.themeChain()) {
            chain += (chain.empty() ? "" : " -> ") + t;
        }
        line += "; searched: " + (chain.empty() ? std::string("no theme installed") : chain) +
                ", then the base folders";
        why.push_back(line);
    }
    std::optional<FoundIcon> found;
    if (auto match = m_index.match(exe)) {
        why.push_back("desktop entry: " + match->entry.path + " (" + match->reason + ")");
        if (match->entry.icon.empty()) {
            why.push_back("the desktop entry has no Icon= key");
        } else {
            why.push_back("icon: " + match->entry.icon);
            found = resolveIcon(match->entry.icon, size, why);
            if (!found) {
                why.push_back("no file found for the icon '" + match->entry.icon + "'");
            }
        }
    } else {
        why.push_back("desktop entry: none matches this program");
    }
    if (!found) {
        // An icon named like the executable (or the file it links to), as is, then lower case.
        std::vector<std::string> names;
        std::error_code ec;
        const fs::path canonical = fs::canonical(exe, ec);
        for (const std::string& n : {baseName(exe), ec ? std::string() : baseName(canonical)}) {
            for (const std::string& v : {n, lower(n)}) {
                if (!v.empty() && std::find(names.begin(), names.end(), v) == names.end()) {
                    names.push_back(v);
                }
            }
        }
        for (const std::string& n : names) {
            why.push_back("looking for an icon named '" + n + "'");
            found = findByName(n, size, why);
            if (found) {
                break;
            }
        }
    }
    if (!found) {
        why.push_back("no icon found: the generic program icon applies");
        return result;
    }
    result.image = fileImage(*found);
    return result;
}

}  // namespace freedesktop

}  // namespace flowscope
