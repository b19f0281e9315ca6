// Choosing a packaged app's logo file: the manifest names a logical file
// ("Assets\\Square44x44Logo.png"); the package holds its resource variants
// ("Square44x44Logo.scale-200.png", "Square44x44Logo.targetsize-48_altform-unplated.png",
// "scale-200\\Square44x44Logo.png", ...). The variant closest to the requested size wins.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flowscope::winicons {

struct LogoVariant {
    std::filesystem::path file;
    std::string logo;     // which manifest logo it belongs to ("Square44x44Logo", "StoreLogo")
    int size = 0;         // pixels: the PNG's width, else nominal size x scale / 100 or targetsize
    int scale = 0;        // scale-N qualifier, 0 if none
    int targetSize = 0;   // targetsize-N qualifier, 0 if none
    std::string altform;  // "unplated", "lightunplated", "" ...
    bool contrast = false;  // a high-contrast variant (contrast-black / -white / -high)
    bool themed = false;    // theme-light / theme-dark
};

// The logical size (scale 100) of a manifest logo: "Square44x44Logo" -> 44, "SmallLogo" -> 30,
// "Logo" -> 150, "StoreLogo" -> 50; 0 for non-square ones ("Wide310x150Logo").
int nominalLogoSize(std::string_view logoName);

// Every variant of `relativeFile` inside `packageRoot`, unsorted.
std::vector<LogoVariant> findLogoVariants(const std::filesystem::path& packageRoot,
                                          std::string_view relativeFile,
                                          const std::string& logoName);

// The variant to show at `requestedSize` pixels: closest size (upscaling costs more than
// downscaling), small logos before tile logos, no high-contrast ones unless nothing else.
std::optional<LogoVariant> chooseLogoVariant(const std::vector<LogoVariant>& variants,
                                             int requestedSize);

// A PNG's width and height from its IHDR chunk; nullopt if the file is not a PNG.
std::optional<std::pair<int, int>> pngSize(const std::filesystem::path& file);

struct AppxLogo {
    std::filesystem::path file;
    std::string format;  // "png", "jpg", ...
    int width = 0;
    int height = 0;
};

// The whole lookup for a program path: package root, manifest, application, variants, choice.
// Appends one line per fact to `explanation`; nullopt when the program is not packaged or
// its package has no usable logo file.
std::optional<AppxLogo> findAppxLogo(const std::filesystem::path& program, int requestedSize,
                                     std::vector<std::string>& explanation);

}  // namespace flowscope::winicons
