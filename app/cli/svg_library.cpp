#include "app/cli/svg_library.h"

#ifdef FLOWSCOPE_SVG_RUNTIME_LOAD
#include <dlfcn.h>
#endif

#include <string>

namespace flowscope::cli {

namespace {

#ifdef FLOWSCOPE_SVG_RUNTIME_LOAD

// The libraries by their sonames (set by app/cli/icon_render.cmake). Loaded once and never
// unloaded: glib's type system does not survive being unloaded.
struct Loader {
    void* rsvg = nullptr;
    void* cairo = nullptr;
    std::string missing;  // the first library or function that could not be found

    static void* open(const char* soname, std::string& missing) {
        void* handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr && missing.empty()) {
            const char* why = ::dlerror();
            missing = std::string(soname) + (why ? std::string(": ") + why : std::string());
        }
        return handle;
    }
    // dlsym on a handle also searches that library's own dependencies: librsvg's handle finds
    // g_object_unref (libgobject) and g_clear_error (libglib).
    template <class F>
    void find(void* handle, const char* name, F& out) {
        if (handle == nullptr) {
            return;
        }
        out = reinterpret_cast<F>(::dlsym(handle, name));
        if (out == nullptr && missing.empty()) {
            missing = std::string(name) + " in " +
                      (handle == rsvg ? FLOWSCOPE_RSVG_SONAME : FLOWSCOPE_CAIRO_SONAME);
        }
    }
};

Result<SvgLibrary> load() {
    Loader l;
    l.rsvg = Loader::open(FLOWSCOPE_RSVG_SONAME, l.missing);
    l.cairo = Loader::open(FLOWSCOPE_CAIRO_SONAME, l.missing);
    SvgLibrary lib;
    l.find(l.rsvg, "rsvg_handle_new_from_file", lib.handleNewFromFile);
    l.find(l.rsvg, "rsvg_handle_new_from_data", lib.handleNewFromData);
    l.find(l.rsvg, "rsvg_handle_render_document", lib.handleRenderDocument);
    l.find(l.rsvg, "g_object_unref", lib.objectUnref);
    l.find(l.rsvg, "g_clear_error", lib.clearError);
    l.find(l.cairo, "cairo_image_surface_create", lib.imageSurfaceCreate);
    l.find(l.cairo, "cairo_image_surface_get_data", lib.imageSurfaceGetData);
    l.find(l.cairo, "cairo_image_surface_get_stride", lib.imageSurfaceGetStride);
    l.find(l.cairo, "cairo_surface_status", lib.surfaceStatus);
    l.find(l.cairo, "cairo_surface_flush", lib.surfaceFlush);
    l.find(l.cairo, "cairo_surface_destroy", lib.surfaceDestroy);
    l.find(l.cairo, "cairo_create", lib.create);
    l.find(l.cairo, "cairo_destroy", lib.destroy);
    if (!l.missing.empty()) {
        return makeError(ErrorCode::NotFound,
                         "Cannot draw SVG icons: " + l.missing +
                             ". Install librsvg and cairo (Debian: librsvg2-2 and libcairo2).");
    }
    return lib;
}

#else

Result<SvgLibrary> load() {
    SvgLibrary lib;
    lib.handleNewFromFile = &rsvg_handle_new_from_file;
    lib.handleNewFromData = &rsvg_handle_new_from_data;
    lib.handleRenderDocument = &rsvg_handle_render_document;
    lib.objectUnref = &g_object_unref;
    lib.clearError = &g_clear_error;
    lib.imageSurfaceCreate = &cairo_image_surface_create;
    lib.imageSurfaceGetData = &cairo_image_surface_get_data;
    lib.imageSurfaceGetStride = &cairo_image_surface_get_stride;
    lib.surfaceStatus = &cairo_surface_status;
    lib.surfaceFlush = &cairo_surface_flush;
    lib.surfaceDestroy = &cairo_surface_destroy;
    lib.create = &cairo_create;
    lib.destroy = &cairo_destroy;
    return lib;
}

#endif

}  // namespace

Result<const SvgLibrary*> svgLibrary() {
    static const Result<SvgLibrary> loaded = load();  // thread-safe, once
    if (!loaded.ok()) {
        return loaded.error();
    }
    return &loaded.value();
}

}  // namespace flowscope::cli
