#include "core/enrich/resources_path.h"

#include <cstdlib>
#include <system_error>

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

namespace flowscope {

namespace {

namespace fs = std::filesystem;

fs::path executablePath() {
#if defined(_WIN32)
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
        if (n == 0) {
            return {};
        }
        if (n < buffer.size()) {
            buffer.resize(n);
            return fs::path(buffer);
        }
        buffer.resize(buffer.size() * 2);
    }
#elif defined(__APPLE__)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string buffer(size, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0) {
        return {};
    }
    buffer.resize(std::char_traits<char>::length(buffer.c_str()));
    std::error_code ec;
    const fs::path p = fs::canonical(buffer, ec);
    return ec ? fs::path(buffer) : p;
#else
    std::error_code ec;
    for (const char* link : {"/proc/self/exe", "/proc/curproc/file"}) {
        const fs::path p = fs::read_symlink(link, ec);
        if (!ec) {
            return p;
        }
    }
    return {};
#endif
}

}  // namespace

std::vector<fs::path> resourceDirectories() {
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("FLOWSCOPE_RESOURCES"); env != nullptr && *env != '\0') {
        dirs.emplace_back(env);
    }
    if (const fs::path exe = executablePath(); !exe.empty()) {
        dirs.push_back((exe.parent_path() / ".." / "share" / "flowscope").lexically_normal());
    }
#ifdef FLOWSCOPE_SOURCE_RESOURCES
    dirs.emplace_back(FLOWSCOPE_SOURCE_RESOURCES);
#endif
    return dirs;
}

Result<fs::path> findResource(std::string_view name) {
    const auto dirs = resourceDirectories();
    std::string searched;
    for (const auto& dir : dirs) {
        std::error_code ec;
        const fs::path candidate = dir / fs::path(std::string(name));
        if (fs::is_regular_file(candidate, ec)) {
            return candidate;
        }
        searched += (searched.empty() ? "" : ", ") + dir.string();
    }
    return makeError(ErrorCode::NotFound,
                     "Flowscope's data file " + std::string(name) + " was not found in " +
                         (searched.empty() ? std::string("any resource folder") : searched) +
                         "; reinstall Flowscope or point FLOWSCOPE_RESOURCES at its resources "
                         "folder.");
}

}  // namespace flowscope
