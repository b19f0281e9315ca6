// UTF-8 text <-> std::filesystem::path, the same on every OS. (On Windows a path built from
// a plain std::string is read in the ANSI code page, not UTF-8.)
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace flowscope::winicons {

inline std::filesystem::path pathFromUtf8(std::string_view text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

inline std::string pathToUtf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

}  // namespace flowscope::winicons
