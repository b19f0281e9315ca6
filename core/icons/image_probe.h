// The pixel size of an icon file from its header, without decoding it.
#pragma once

#include <string>

namespace flowscope {

struct ImageSize {
    int width = 0;
    int height = 0;
};

// PNG (IHDR) and XPM (values line); {0, 0} for SVG, unknown formats and unreadable files.
// `format` is the lower-case extension: "png", "xpm", "svg".
ImageSize probeImageFile(const std::string& path, const std::string& format);

// "png" for "/x/a.PNG", "" when there is no extension.
std::string imageFormatOf(const std::string& path);

}  // namespace flowscope
