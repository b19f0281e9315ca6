// PNG files <-> RGBA pixels, with libpng's simplified API (flowscope-cli only).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/icons/rgba_image.h"

namespace flowscope::cli {

// Any PNG (palette, grey, 16-bit, interlaced) as 8-bit straight-alpha RGBA. Images larger than
// 4096 x 4096 are refused.
Result<RgbaImage> decodePngFile(const std::string& path);
Result<RgbaImage> decodePngBytes(const std::vector<uint8_t>& bytes);

Status writePngFile(const std::string& path, const RgbaImage& image);

}  // namespace flowscope::cli
