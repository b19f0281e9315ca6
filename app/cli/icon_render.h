// flowscope-cli: an IconImage from a backend (file, encoded bytes or pixels; PNG, SVG or XPM)
// turned into size x size RGBA pixels, and the generic program icon.
#pragma once

#include "core/base/result.h"
#include "core/icons/icon_backend.h"
#include "core/icons/rgba_image.h"

namespace flowscope::cli {

// Errors (one sentence) for unreadable or damaged images and formats the CLI cannot draw.
Result<RgbaImage> renderIcon(const IconImage& image, int size);

// icons/generic-program.svg (compiled in) drawn at size x size.
Result<RgbaImage> renderGenericIcon(int size);

}  // namespace flowscope::cli
