// Resizing icons for flowscope-cli: area averaging when shrinking, bilinear when enlarging,
// in premultiplied alpha so that transparent pixels do not bleed their colour.
#pragma once

#include "core/icons/rgba_image.h"

namespace flowscope::cli {

RgbaImage resizeImage(const RgbaImage& source, int width, int height);

// `source` scaled to fit size x size with its aspect ratio kept, centred on a transparent
// square. Returned unchanged when it already is size x size.
RgbaImage fitToSquare(const RgbaImage& source, int size);

}  // namespace flowscope::cli
