#include "core/icons/windows/appx_logo.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <system_error>

#include "core/icons/windows/appx_manifest.h"
#include "core/icons/windows/utf8_path.h"

namespace flowscope::winicons {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
    }
    return out;
}

int parsePositive(std::string_view digits) {
    if (digits.empty() || digits.size() > 5) {
        return 0;
    }
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

// "targetsize-48_altform-unplated" -> fields of `variant`; false if this is not a qualifier
// list (every part must be name-value).
bool applyQualifiers(std::string_view qualifiers, LogoVariant& variant) {
    if (qualifiers.empty()) {
        return false;
    }
    size_t start = 0;
    while (start <= qualifiers.size()) {
        size_t end = qualifiers.find('_', start);
        if (end == std::string_view::npos) {
            end = qualifiers.size();
        }
        const std::string part = lower(qualifiers.substr(start, end - start));
        const size_t dash = part.find('-');
        if (dash == std::string::npos || dash == 0 || dash + 1 == part.size()) {
            return false;
        }
        const std::string name = part.substr(0, dash);
        const std::string value = part.substr(dash + 1);
        if (name == "scale") {
            variant.scale = parsePositive(value);
        } else if (name == "targetsize") {
            variant.targetSize = parsePositive(value);
        } else if (name == "altform") {
            variant.altform = value;
        } else if (name == "contrast") {
            variant.contrast = value != "standard";
        } else if (name == "theme") {
            variant.themed = true;
        }
        start = end + 1;
    }
    return true;
}

// Whether `fileName` (lower case) is `stem`.<qualifiers>`ext` or `stem``ext`; fills variant.
bool matchFileName(const std::string& fileName, const std::string& stem, const std::string& ext,
                   LogoVariant& variant) {
    if (fileName == stem + ext) {
        return true;
    }
    const size_t minimum = stem.size() + 1 + ext.size();
    if (fileName.size() <= minimum || fileName.compare(0, stem.size(), stem) != 0 ||
        fileName[stem.size()] != '.' ||
        fileName.compare(fileName.size() - ext.size(), ext.size(), ext) != 0) {
        return false;
    }
    const std::string_view middle =
        std::string_view(fileName).substr(stem.size() + 1, fileName.size() - minimum);
    return applyQualifiers(middle, variant);
}

void addFilesOf(const std::filesystem::path& dir, const LogoVariant& base, const std::string& stem,
                const std::string& ext, bool descend, std::vector<LogoVariant>& out) {
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) {
        return;
    }
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec) {
            return;
        }
        const std::filesystem::directory_entry& entry = *it;
        const std::string name = lower(pathToUtf8(entry.path().filename()));
        std::error_code typeError;
        if (entry.is_regular_file(typeError)) {
            LogoVariant variant = base;
            if (matchFileName(name, stem, ext, variant)) {
                variant.file = entry.path();
                out.push_back(std::move(variant));
            }
        } else if (descend && entry.is_directory(typeError)) {
            // Qualifiers as folders: "scale-200\\Logo.png", "contrast-black\\Logo.png".
            LogoVariant folder = base;
            if (applyQualifiers(name, folder)) {
                addFilesOf(entry.path(), folder, stem, ext, false, out);
            }
        }
    }
}

double familyPenalty(const std::string& logo) {
    if (logo == "Square44x44Logo") {
        return 0.0;  // the app-list / taskbar icon, made for small sizes
    }
    if (logo == "Square30x30Logo" || logo == "SmallLogo") {
        return 0.05;
    }
    if (logo == "Square71x71Logo") {
        return 0.15;
    }
    if (logo == "Square150x150Logo" || logo == "Logo") {
        return 0.25;  // tiles: the picture has a margin around it
    }
    if (logo == "Square310x310Logo") {
        return 0.3;
    }
    if (logo == "StoreLogo") {
        return 0.5;
    }
    return 0.4;
}

double score(const LogoVariant& v, int requested) {
    if (v.size <= 0) {
        return 1e9;
    }
    const double difference = double(v.size - requested) / double(requested);
    double s = difference >= 0 ? difference : -difference * 1.5;  // upscaling blurs
    s += familyPenalty(v.logo);
    if (v.contrast) {
        s += 100.0;
    }
    if (v.themed) {
        s += 0.05;
    }
    if (v.altform == "unplated") {
        // The taskbar's choice: the picture without a coloured plate.
    } else if (v.altform.empty()) {
        s += v.targetSize > 0 ? 0.02 : 0.0;
    } else {
        s += 0.04;  // lightunplated and others: made for a particular theme
    }
    return s;
}

}  // namespace

int nominalLogoSize(std::string_view logoName) {
    if (logoName == "SmallLogo") {
        return 30;
    }
    if (logoName == "Logo") {
        return 150;
    }
    if (logoName == "StoreLogo") {
        return 50;
    }
    constexpr std::string_view prefix = "Square";
    constexpr std::string_view suffix = "Logo";
    if (logoName.size() <= prefix.size() + suffix.size() ||
        logoName.substr(0, prefix.size()) != prefix ||
        logoName.substr(logoName.size() - suffix.size()) != suffix) {
        return 0;
    }
    const std::string_view dims =
        logoName.substr(prefix.size(), logoName.size() - prefix.size() - suffix.size());
    const size_t x = dims.find('x');
    if (x == std::string_view::npos) {
        return 0;
    }
    const int w = parsePositive(dims.substr(0, x));
    const int h = parsePositive(dims.substr(x + 1));
    return w == h ? w : 0;
}

std::optional<std::pair<int, int>> pngSize(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    unsigned char header[24] = {};
    if (!in.read(reinterpret_cast<char*>(header), sizeof header)) {
        return std::nullopt;
    }
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    for (int i = 0; i < 8; ++i) {
        if (header[i] != signature[i]) {
            return std::nullopt;
        }
    }
    if (header[12] != 'I' || header[13] != 'H' || header[14] != 'D' || header[15] != 'R') {
        return std::nullopt;
    }
    auto be32 = [&](int at) {
        return (uint32_t(header[at]) << 24) | (uint32_t(header[at + 1]) << 16) |
               (uint32_t(header[at + 2]) << 8) | uint32_t(header[at + 3]);
    };
    const uint32_t width = be32(16);
    const uint32_t height = be32(20);
    if (width == 0 || height == 0 || width > 65535 || height > 65535) {
        return std::nullopt;
    }
    return std::make_pair(int(width), int(height));
}

std::vector<LogoVariant> findLogoVariants(const std::filesystem::path& packageRoot,
                                          std::string_view relativeFile,
                                          const std::string& logoName) {
    std::string relative(relativeFile);
    for (char& c : relative) {
        if (c == '\\') {
            c = '/';
        }
    }
    const std::filesystem::path logical = pathFromUtf8(relative);
    const std::string stem = lower(pathToUtf8(logical.stem()));
    const std::string ext = lower(pathToUtf8(logical.extension()));
    std::vector<LogoVariant> out;
    if (stem.empty()) {
        return out;
    }
    LogoVariant base;
    base.logo = logoName;
    addFilesOf(packageRoot / logical.parent_path(), base, stem, ext, true, out);
    const int nominal = nominalLogoSize(logoName);
    for (LogoVariant& v : out) {
        if (auto size = pngSize(v.file)) {
            v.size = std::max(size->first, size->second);
        } else if (v.targetSize > 0) {
            v.size = v.targetSize;
        } else {
            v.size = nominal * (v.scale > 0 ? v.scale : 100) / 100;
        }
    }
    return out;
}

std::optional<LogoVariant> chooseLogoVariant(const std::vector<LogoVariant>& variants,
                                             int requestedSize) {
    const int requested = requestedSize > 0 ? requestedSize : 32;
    const LogoVariant* best = nullptr;
    double bestScore = 0;
    for (const LogoVariant& v : variants) {
        const double s = score(v, requested);
        if (s >= 1e9) {
            continue;
        }
        const bool better =
            !best || s < bestScore - 1e-9 ||
            (s <= bestScore + 1e-9 &&
             (v.size > best->size || (v.size == best->size && v.file < best->file)));
        if (better) {
            best = &v;
            bestScore = s;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return *best;
}

std::optional<AppxLogo> findAppxLogo(const std::filesystem::path& program, int requestedSize,
                                     std::vector<std::string>& explanation) {
    const std::optional<std::filesystem::path> root = findAppxPackageRoot(program);
    if (!root) {
        return std::nullopt;
    }
    Result<AppxManifest> manifest = readAppxManifest(*root / "AppxManifest.xml");
    if (!manifest) {
        explanation.push_back("appx manifest unusable: " + manifest.error().message);
        return std::nullopt;
    }
    explanation.push_back(
        "appx package: " + pathToUtf8(*root) +
        (manifest->identityName.empty() ? "" : " (" + manifest->identityName + ")"));
    const std::string relative = pathToUtf8(program.lexically_relative(*root));
    std::vector<LogoVariant> variants;
    if (const AppxApplication* app = applicationFor(*manifest, relative)) {
        explanation.push_back("manifest application: " + app->id + " (Executable " +
                              app->executable + ")");
        for (const auto& [name, file] : app->logos) {
            if (nominalLogoSize(name) == 0) {
                continue;  // wide tiles and splash screens are not icons
            }
            std::vector<LogoVariant> found = findLogoVariants(*root, file, name);
            explanation.push_back("logo " + name + " = " + file + ": " +
                                  std::to_string(found.size()) + " file(s)");
            variants.insert(variants.end(), found.begin(), found.end());
        }
    }
    if (!manifest->storeLogo.empty()) {
        std::vector<LogoVariant> found = findLogoVariants(*root, manifest->storeLogo, "StoreLogo");
        explanation.push_back("logo StoreLogo = " + manifest->storeLogo + ": " +
                              std::to_string(found.size()) + " file(s)");
        variants.insert(variants.end(), found.begin(), found.end());
    }
    const std::optional<LogoVariant> chosen = chooseLogoVariant(variants, requestedSize);
    if (!chosen) {
        explanation.push_back("no logo file on disk (resources only in resources.pri?)");
        return std::nullopt;
    }
    AppxLogo logo;
    logo.file = chosen->file;
    logo.format = lower(pathToUtf8(chosen->file.extension()));
    if (!logo.format.empty() && logo.format[0] == '.') {
        logo.format.erase(0, 1);
    }
    if (auto size = pngSize(chosen->file)) {
        logo.width = size->first;
        logo.height = size->second;
    } else {
        logo.width = logo.height = chosen->size;
    }
    explanation.push_back("file: " + pathToUtf8(chosen->file) + " (" +
                          std::to_string(chosen->size) + " px, closest to " +
                          std::to_string(requestedSize) + " px)");
    return logo;
}

}  // namespace flowscope::winicons
