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
    void* handles[2] = {nullptr, nullptr};  // Rsvg, Cairo
    const char* sonames[2] = {FLOWSCOPE_RSVG_SONAME, FLOWSCOPE_CAIRO_SONAME};
    std::string missing;  // the first library or function that could not be found

    void open(int library) {
        handles[library] = ::dlopen(sonames[library], RTLD_NOW | RTLD_LOCAL);
        if (handles[library] == nullptr && missing.empty()) {
            const char* why = ::dlerror();
            missing = std::string(sonames[library]) + (why ? std::string(": ") + why : "");
        }
    }
    // dlsym on a handle also searches that library's own dependencies.
    template <class F>
    void find(int library, const char* name, F& out) {
        if (handles[library] == nullptr) {
            return;
        }
        out = reinterpret_cast<F>(::dlsym(handles[library], name));
        if (out == nullptr && missing.empty()) {
            missing = std::string(name) + " in " + sonames[library];
        }
    }
};

enum Library { Rsvg = 0, Cairo = 1 };

Result<SvgLibrary> load() {
    Loader l;
    l.open(Rsvg);
    l.open(Cairo);
    SvgLibrary lib;
#define FLOWSCOPE_SVG_FIND(library, name, member) l.find(library, #name, lib.member);
    FLOWSCOPE_SVG_FUNCTIONS(FLOWSCOPE_SVG_FIND)
#undef FLOWSCOPE_SVG_FIND
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
#define FLOWSCOPE_SVG_LINKED(library, name, member) lib.member = &name;
    FLOWSCOPE_SVG_FUNCTIONS(FLOWSCOPE_SVG_LINKED)
#undef FLOWSCOPE_SVG_LINKED
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
