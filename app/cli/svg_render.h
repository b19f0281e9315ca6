// SVG -> RGBA pixels with librsvg and cairo (flowscope-cli only; the GUI uses Qt's renderer).
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/icons/rgba_image.h"

namespace flowscope::cli {

// The whole document fitted into size x size (aspect ratio kept, centred), straight alpha.
Result<RgbaImage> renderSvgFile(const std::string& path, int size);
Result<RgbaImage> renderSvgData(std::string_view data, int size);

}  // namespace flowscope::cli
