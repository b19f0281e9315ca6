#include "core/store/history_location.h"

#include <cstdlib>

namespace flowscope::history {

namespace {

std::filesystem::path fromEnv(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? std::filesystem::path(value) : std::filesystem::path();
}

}  // namespace

std::filesystem::path defaultDatabasePath() {
#if defined(_WIN32)
    const auto base = fromEnv("LOCALAPPDATA");
    return base.empty() ? base : base / "Flowscope" / "history.sqlite";
#elif defined(__APPLE__)
    const auto home = fromEnv("HOME");
    return home.empty() ? home
                        : home / "Library" / "Application Support" / "Flowscope" / "history.sqlite";
#else
    auto data = fromEnv("XDG_DATA_HOME");
    if (data.empty() || !data.is_absolute()) {  // the XDG spec: ignore a relative value
        const auto home = fromEnv("HOME");
        if (home.empty()) {
            return {};
        }
        data = home / ".local" / "share";
    }
    return data / "flowscope" / "history.sqlite";
#endif
}

}  // namespace flowscope::history
