// XPM (X PixMap) images: the text format many Linux programs still ship in /usr/share/pixmaps.
// Portable (no X11): the CLI turns them into PNGs, the Windows build could reuse it.
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/icons/rgba_image.h"

namespace flowscope {

// Parses XPM3 (C source with string literals) and XPM2 ("! XPM2" header). Colours: "None",
// #RGB / #RRGGBB / #RRRRGGGGBBBB and the common X11 colour names (an unknown name becomes
// mid grey rather than failing the whole image). Visual keys: c, then g, g4, m. Images
// larger than 4096 x 4096 are refused.
Result<RgbaImage> parseXpm(std::string_view text);

// Reads and parses a file (refuses files over 16 MiB).
Result<RgbaImage> loadXpmFile(const std::string& path);

// Only the width and height from the values line, without decoding the pixels; {0, 0} when
// the text is not an XPM.
struct XpmSize {
    int width = 0;
    int height = 0;
};
XpmSize probeXpmSize(std::string_view text);

}  // namespace flowscope
