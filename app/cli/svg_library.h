// The librsvg and cairo functions svg_render.cpp calls. On Linux they are loaded on first use
// (dlopen), so that every other command starts without loading librsvg, cairo, pango and
// their ~38 libraries (a third of `processes`' start-up time); elsewhere they are linked.
#pragma once

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "core/base/result.h"

namespace flowscope::cli {

// Each function once: X(library, C name, member). g_object_unref and g_clear_error are
// found through librsvg, which depends on libgobject and libglib.
#define FLOWSCOPE_SVG_FUNCTIONS(X)                                  \
    X(Rsvg, rsvg_handle_new_from_file, handleNewFromFile)           \
    X(Rsvg, rsvg_handle_new_from_data, handleNewFromData)           \
    X(Rsvg, rsvg_handle_render_document, handleRenderDocument)      \
    X(Rsvg, g_object_unref, objectUnref)                            \
    X(Rsvg, g_clear_error, clearError)                              \
    X(Cairo, cairo_image_surface_create, imageSurfaceCreate)        \
    X(Cairo, cairo_image_surface_get_data, imageSurfaceGetData)     \
    X(Cairo, cairo_image_surface_get_stride, imageSurfaceGetStride) \
    X(Cairo, cairo_surface_status, surfaceStatus)                   \
    X(Cairo, cairo_surface_flush, surfaceFlush)                     \
    X(Cairo, cairo_surface_destroy, surfaceDestroy)                 \
    X(Cairo, cairo_create, create)                                  \
    X(Cairo, cairo_destroy, destroy)

struct SvgLibrary {
#define FLOWSCOPE_SVG_MEMBER(library, name, member) decltype(&name) member = nullptr;
    FLOWSCOPE_SVG_FUNCTIONS(FLOWSCOPE_SVG_MEMBER)
#undef FLOWSCOPE_SVG_MEMBER
};

// Loaded once; the error says which library or function is missing and what to install.
Result<const SvgLibrary*> svgLibrary();

}  // namespace flowscope::cli
