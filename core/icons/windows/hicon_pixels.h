// A Windows icon handle as straight-alpha RGBA pixels (GetIconInfo + GetDIBits).
#pragma once

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace flowscope::winicons {

struct RgbaPixels {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;  // rows top down, straight alpha
};

// Icons with an alpha channel keep it; icons without one (all alpha bytes zero) take their
// transparency from the AND mask; monochrome icons (no colour bitmap) become black and
// white. nullopt if the handle is not an icon. The caller still owns (and destroys) `icon`.
std::optional<RgbaPixels> pixelsFromIcon(HICON icon);

}  // namespace flowscope::winicons
