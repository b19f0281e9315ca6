// The librsvg and cairo functions svg_render.cpp calls. On Linux they are loaded on first use
// (dlopen), so that every other command starts without loading librsvg, cairo, pango and
// their ~38 libraries (a third of `processes`' start-up time); elsewhere they are linked.
#pragma once

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "core/base/result.h"

namespace flowscope::cli {

struct SvgLibrary {
    decltype(&rsvg_handle_new_from_file) handleNewFromFile = nullptr;
    decltype(&rsvg_handle_new_from_data) handleNewFromData = nullptr;
    decltype(&rsvg_handle_render_document) handleRenderDocument = nullptr;
    decltype(&g_object_unref) objectUnref = nullptr;
    decltype(&g_clear_error) clearError = nullptr;
    decltype(&cairo_image_surface_create) imageSurfaceCreate = nullptr;
    decltype(&cairo_image_surface_get_data) imageSurfaceGetData = nullptr;
    decltype(&cairo_image_surface_get_stride) imageSurfaceGetStride = nullptr;
    decltype(&cairo_surface_status) surfaceStatus = nullptr;
    decltype(&cairo_surface_flush) surfaceFlush = nullptr;
    decltype(&cairo_surface_destroy) surfaceDestroy = nullptr;
    decltype(&cairo_create) create = nullptr;
    decltype(&cairo_destroy) destroy = nullptr;
};

// Loaded once; the error says which library or function is missing and what to install.
Result<const SvgLibrary*> svgLibrary();

}  // namespace flowscope::cli
