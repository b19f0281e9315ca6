#include "app/cli/icon_render.h"

#include <fstream>
#include <string_view>

#include "app/cli/image_scale.h"
#include "app/cli/png_codec.h"
#include "app/cli/svg_render.h"
#include "core/icons/xpm_image.h"
#include "generic_program_svg.h"  // generated from icons/generic-program.svg

namespace flowscope::cli {

namespace {

// The format from the first bytes, for files whose extension says nothing.
std::string sniffFormat(std::string_view head) {
    if (head.substr(0, 8) == "\x89PNG\r\n\x1a\n") {
        return "png";
    }
    if (head.find("XPM") != std::string_view::npos) {
        return "xpm";
    }
    if (head.find("<svg") != std::string_view::npos ||
        head.find("<?xml") != std::string_view::npos) {
        return "svg";
    }
    return {};
}

std::string fileHead(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(512, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(size_t(in.gcount()));
    return head;
}

Result<RgbaImage> fitted(Result<RgbaImage> decoded, int size) {
    if (!decoded) {
        return decoded;
    }
    return fitToSquare(decoded.value(), size);
}

Error unsupported(const std::string& what, const std::string& format) {
    return makeError(ErrorCode::BadFormat, "The icon " + what +
                                               " is in a format flowscope-cli cannot draw (" +
                                               (format.empty() ? std::string("unknown") : format) +
                                               "); PNG, SVG and XPM are supported.");
}

}  // namespace

Result<RgbaImage> renderIcon(const IconImage& image, int size) {
    switch (image.kind) {
        case IconImage::Kind::None:
            return renderGenericIcon(size);
        case IconImage::Kind::Pixels: {
            if (image.width <= 0 || image.height <= 0 ||
                image.rgba.size() != size_t(image.width) * size_t(image.height) * 4) {
                return makeError(ErrorCode::Corrupt,
                                 "The icon's pixels do not match its size; this is a bug in the "
                                 "icon backend, please report it.");
            }
            return fitToSquare(RgbaImage{image.width, image.height, image.rgba}, size);
        }
        case IconImage::Kind::File: {
            std::string format = image.format;
            if (format != "png" && format != "svg" && format != "xpm") {
                format = sniffFormat(fileHead(image.filePath));
            }
            if (format == "png") {
                return fitted(decodePngFile(image.filePath), size);
            }
            if (format == "svg") {
                return renderSvgFile(image.filePath, size);
            }
            if (format == "xpm") {
                return fitted(loadXpmFile(image.filePath), size);
            }
            return unsupported(image.filePath, image.format);
        }
        case IconImage::Kind::Encoded: {
            const std::string_view data(reinterpret_cast<const char*>(image.bytes.data()),
                                        image.bytes.size());
            std::string format = image.format;
            if (format != "png" && format != "svg" && format != "xpm") {
                format = sniffFormat(data.substr(0, 512));
            }
            if (format == "png") {
                return fitted(decodePngBytes(image.bytes), size);
            }
            if (format == "svg") {
                return renderSvgData(data, size);
            }
            if (format == "xpm") {
                return fitted(parseXpm(data), size);
            }
            return unsupported("in memory", image.format);
        }
    }
    return unsupported("", image.format);
}

Result<RgbaImage> renderGenericIcon(int size) {
    return renderSvgData(kGenericProgramSvg, size);
}

}  // namespace flowscope::cli
