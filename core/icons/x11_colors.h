// The X11 colour names XPM files use ("black", "gray50", "light slate grey", ...).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace flowscope {

struct Rgb {
    uint8_t r = 0;
    uint8_t g = 0;
    uint8_t b = 0;
};

// Case-insensitive, spaces ignored; "grayN" / "greyN" for N in 0..100. Covers the names of
// X11's rgb.txt that icons use in practice, not all ~750 of them.
std::optional<Rgb> x11Color(std::string_view name);

}  // namespace flowscope
