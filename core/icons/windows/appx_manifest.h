// Packaged Windows apps (UWP / MSIX): the parts of AppxManifest.xml that name logos, and
// where a program's package starts.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/result.h"

namespace flowscope::winicons {

struct AppxApplication {
    std::string id;
    std::string executable;  // relative to the package root, as written ("App\\app.exe")
    // The logo attributes of its VisualElements, in document order: (attribute local name,
    // relative path), e.g. ("Square44x44Logo", "Assets\\Square44x44Logo.png").
    std::vector<std::pair<std::string, std::string>> logos;
};

struct AppxManifest {
    std::string identityName;  // Package/Identity/@Name
    std::string storeLogo;     // Package/Properties/Logo (the 50x50 store logo)
    std::vector<AppxApplication> applications;
};

Result<AppxManifest> parseAppxManifest(std::string_view xml);
Result<AppxManifest> readAppxManifest(const std::filesystem::path& file);

// The package folder holding `program`: the folder right below "WindowsApps" when the path
// goes through one, else the nearest folder above the program that has an AppxManifest.xml
// (at most 8 levels up). nullopt for programs that are not packaged.
std::optional<std::filesystem::path> findAppxPackageRoot(const std::filesystem::path& program);

// The application whose Executable is `relativeProgram` (compared case-insensitively, '/'
// and '\\' alike); otherwise the first application that has logos; nullptr if none.
const AppxApplication* applicationFor(const AppxManifest& manifest,
                                      std::string_view relativeProgram);

// Lower case ASCII, '\\' -> '/': how Windows compares package-relative paths.
std::string normalizedRelativePath(std::string_view path);

}  // namespace flowscope::winicons
