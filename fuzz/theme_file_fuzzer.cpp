// Theme files come from the user's config folder: any bytes must give a theme or an error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/base/theme_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto theme =
        flowscope::parseThemeFile(std::string_view(reinterpret_cast<const char*>(data), size));
    if (theme && theme->name.empty()) {
        __builtin_trap();  // a theme always has a name
    }
    return 0;
}
