#include "core/icons/windows/appx_manifest.h"

#include <fstream>
#include <iterator>
#include <system_error>

#include "core/icons/windows/mini_xml.h"
#include "core/icons/windows/utf8_path.h"

namespace flowscope::winicons {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z') {
            x = char(x - 'A' + 'a');
        }
        if (y >= 'A' && y <= 'Z') {
            y = char(y - 'A' + 'a');
        }
        if (x != y) {
            return false;
        }
    }
    return true;
}

bool isFile(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

// Logo attributes of (uap:, m2:, ...) VisualElements: every attribute whose local name ends
// in "Logo" (Square44x44Logo, Square150x150Logo, Square30x30Logo, SmallLogo, Logo, ...).
void collectLogos(const XmlElement& visualElements, AppxApplication& app) {
    for (const auto& [key, value] : visualElements.attributes) {
        const std::string_view local = localNameOf(key);
        if (local.size() >= 4 && local.substr(local.size() - 4) == "Logo" && !value.empty()) {
            app.logos.emplace_back(std::string(local), value);
        }
    }
}

}  // namespace

std::string normalizedRelativePath(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    for (char c : path) {
        if (c == '\\') {
            c = '/';
        } else if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
        out += c;
    }
    while (out.size() > 1 && out[0] == '.' && out[1] == '/') {
        out.erase(0, 2);
    }
    return out;
}

Result<AppxManifest> parseAppxManifest(std::string_view xml) {
    Result<XmlElement> parsed = parseXml(xml);
    if (!parsed) {
        return parsed.error();
    }
    const XmlElement& root = parsed.value();
    if (root.localName() != "Package") {
        return makeError(ErrorCode::BadFormat,
                         "The file is not a package manifest (its root element is not "
                         "<Package>); reinstall the app if its icon is missing.");
    }
    AppxManifest manifest;
    if (const XmlElement* identity = root.child("Identity")) {
        if (const std::string* name = identity->attribute("Name")) {
            manifest.identityName = *name;
        }
    }
    if (const XmlElement* properties = root.child("Properties")) {
        if (const XmlElement* logo = properties->child("Logo")) {
            manifest.storeLogo = logo->text;
        }
    }
    if (const XmlElement* applications = root.child("Applications")) {
        for (const XmlElement& element : applications->children) {
            if (element.localName() != "Application") {
                continue;
            }
            AppxApplication app;
            if (const std::string* id = element.attribute("Id")) {
                app.id = *id;
            }
            if (const std::string* executable = element.attribute("Executable")) {
                app.executable = *executable;
            }
            if (const XmlElement* visual = element.child("VisualElements")) {
                collectLogos(*visual, app);
            }
            manifest.applications.push_back(std::move(app));
        }
    }
    return manifest;
}

Result<AppxManifest> readAppxManifest(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::NotFound, "Cannot open the package manifest " +
                                                  pathToUtf8(file) +
                                                  "; check that the app is still installed.");
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseAppxManifest(text);
}

std::optional<std::filesystem::path> findAppxPackageRoot(const std::filesystem::path& program) {
    // ...\WindowsApps\<PackageFullName>\...: the package folder is known from the path alone.
    const std::filesystem::path parent = program.parent_path();
    std::filesystem::path prefix;
    for (auto it = parent.begin(); it != parent.end(); ++it) {
        prefix /= *it;
        if (equalsIgnoreCase(pathToUtf8(*it), "WindowsApps")) {
            auto next = std::next(it);
            if (next != parent.end() && isFile(prefix / *next / "AppxManifest.xml")) {
                return prefix / *next;
            }
        }
    }
    // Otherwise (sideloaded or developer-registered packages): the nearest manifest above.
    std::filesystem::path dir = parent;
    for (int level = 0; level < 8 && !dir.empty(); ++level) {
        if (isFile(dir / "AppxManifest.xml")) {
            return dir;
        }
        std::filesystem::path up = dir.parent_path();
        if (up == dir) {
            break;
        }
        dir = up;
    }
    return std::nullopt;
}

const AppxApplication* applicationFor(const AppxManifest& manifest,
                                      std::string_view relativeProgram) {
    const std::string wanted = normalizedRelativePath(relativeProgram);
    for (const AppxApplication& app : manifest.applications) {
        if (!app.executable.empty() && normalizedRelativePath(app.executable) == wanted) {
            return &app;
        }
    }
    for (const AppxApplication& app : manifest.applications) {
        if (!app.logos.empty()) {
            return &app;
        }
    }
    return nullptr;
}

}  // namespace flowscope::winicons
