#include "app/cli/png_codec.h"

#include <png.h>

#include <cstring>

namespace flowscope::cli {

namespace {

constexpr png_uint_32 kMaxSide = 4096;

Result<RgbaImage> finishRead(png_image& image, const std::string& what) {
    if (image.width == 0 || image.height == 0 || image.width > kMaxSide ||
        image.height > kMaxSide) {
        png_image_free(&image);
        return makeError(ErrorCode::BadFormat, "The PNG image " + what + " is " +
                                                   std::to_string(image.width) + "x" +
                                                   std::to_string(image.height) +
                                                   " pixels, outside 1..4096; it is not read.");
    }
    image.format = PNG_FORMAT_RGBA;
    RgbaImage out;
    out.width = int(image.width);
    out.height = int(image.height);
    out.rgba.resize(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, out.rgba.data(), 0, nullptr)) {
        const std::string message = image.message;
        png_image_free(&image);
        return makeError(ErrorCode::Corrupt,
                         "The PNG image " + what + " is damaged (" + message + ").");
    }
    return out;
}

}  // namespace

Result<RgbaImage> decodePngFile(const std::string& path) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.c_str())) {
        const std::string message = image.message;
        png_image_free(&image);
        return makeError(ErrorCode::BadFormat,
                         "Cannot read the PNG image " + path + " (" + message + ").");
    }
    return finishRead(image, path);
}

Result<RgbaImage> decodePngBytes(const std::vector<uint8_t>& bytes) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
        const std::string message = image.message;
        png_image_free(&image);
        return makeError(ErrorCode::BadFormat,
                         "Cannot read the PNG image in memory (" + message + ").");
    }
    return finishRead(image, "in memory");
}

Status writePngFile(const std::string& path, const RgbaImage& pixels) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = png_uint_32(pixels.width);
    image.height = png_uint_32(pixels.height);
    image.format = PNG_FORMAT_RGBA;
    if (!png_image_write_to_file(&image, path.c_str(), 0, pixels.rgba.data(), 0, nullptr)) {
        const std::string message = image.message;
        png_image_free(&image);
        return makeError(ErrorCode::Io, "Cannot write " + path + " (" + message +
                                            "); check that the folder exists and is writable.");
    }
    return {};
}

}  // namespace flowscope::cli
