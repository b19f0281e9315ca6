#include "app/cli/svg_render.h"

#include <cstring>

#include "app/cli/svg_library.h"

namespace flowscope::cli {

namespace {

Result<RgbaImage> render(const SvgLibrary& lib, RsvgHandle* handle, int size,
                         const std::string& what) {
    cairo_surface_t* surface = lib.imageSurfaceCreate(CAIRO_FORMAT_ARGB32, size, size);
    if (lib.surfaceStatus(surface) != CAIRO_STATUS_SUCCESS) {
        lib.surfaceDestroy(surface);
        lib.objectUnref(handle);
        return makeError(ErrorCode::Internal,
                         "Cannot allocate a " + std::to_string(size) + " pixel image.");
    }
    cairo_t* cr = lib.create(surface);
    RsvgRectangle viewport{0, 0, double(size), double(size)};
    GError* error = nullptr;
    const gboolean ok = lib.handleRenderDocument(handle, cr, &viewport, &error);
    lib.destroy(cr);
    lib.objectUnref(handle);
    if (!ok) {
        const std::string message = error ? error->message : "unknown error";
        lib.clearError(&error);
        lib.surfaceDestroy(surface);
        return makeError(ErrorCode::Corrupt,
                         "Cannot draw the SVG image " + what + " (" + message + ").");
    }
    lib.surfaceFlush(surface);
    // Cairo's ARGB32: native-endian 32-bit words, premultiplied alpha.
    const unsigned char* data = lib.imageSurfaceGetData(surface);
    const int stride = lib.imageSurfaceGetStride(surface);
    RgbaImage out;
    out.width = size;
    out.height = size;
    out.rgba.resize(size_t(size) * size_t(size) * 4);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            uint32_t px;
            std::memcpy(&px, data + size_t(y) * size_t(stride) + size_t(x) * 4, 4);
            const uint32_t a = px >> 24;
            uint32_t r = (px >> 16) & 0xff;
            uint32_t g = (px >> 8) & 0xff;
            uint32_t b = px & 0xff;
            if (a != 0 && a != 255) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            uint8_t* o = out.rgba.data() + (size_t(y) * size_t(size) + size_t(x)) * 4;
            o[0] = uint8_t(r > 255 ? 255 : r);
            o[1] = uint8_t(g > 255 ? 255 : g);
            o[2] = uint8_t(b > 255 ? 255 : b);
            o[3] = uint8_t(a);
        }
    }
    lib.surfaceDestroy(surface);
    return out;
}

}  // namespace

Result<RgbaImage> renderSvgFile(const std::string& path, int size) {
    auto loaded = svgLibrary();
    if (!loaded.ok()) {
        return loaded.error();
    }
    const SvgLibrary& lib = **loaded;
    GError* error = nullptr;
    RsvgHandle* handle = lib.handleNewFromFile(path.c_str(), &error);
    if (!handle) {
        const std::string message = error ? error->message : "unknown error";
        lib.clearError(&error);
        return makeError(ErrorCode::BadFormat,
                         "Cannot read the SVG image " + path + " (" + message + ").");
    }
    return render(lib, handle, size, path);
}

Result<RgbaImage> renderSvgData(std::string_view data, int size) {
    auto loaded = svgLibrary();
    if (!loaded.ok()) {
        return loaded.error();
    }
    const SvgLibrary& lib = **loaded;
    GError* error = nullptr;
    RsvgHandle* handle = lib.handleNewFromData(reinterpret_cast<const guint8*>(data.data()),
                                               gsize(data.size()), &error);
    if (!handle) {
        const std::string message = error ? error->message : "unknown error";
        lib.clearError(&error);
        return makeError(ErrorCode::BadFormat,
                         "Cannot read the SVG image in memory (" + message + ").");
    }
    return render(lib, handle, size, "in memory");
}

}  // namespace flowscope::cli
