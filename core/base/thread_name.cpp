#include "core/base/thread_name.h"

#if defined(_WIN32)
#include <windows.h>

#include <cstring>
#else
#include <pthread.h>
#endif

namespace flowscope {

namespace {
constexpr size_t kLinuxNameMax = 15;  // TASK_COMM_LEN - 1
}

#if defined(_WIN32)

void setCurrentThreadName(std::string_view name) {
    // SetThreadDescription exists from Windows 10 1607 on: look it up rather than link it.
    using SetDescription = HRESULT(WINAPI*)(HANDLE, PCWSTR);
    HMODULE kernel = GetModuleHandleW(L"kernel32.dll");
    FARPROC found = kernel ? GetProcAddress(kernel, "SetThreadDescription") : nullptr;
    if (!found) {
        return;
    }
    // Function pointer types differ; copying the bits is the conversion the API documents.
    SetDescription set = nullptr;
    static_assert(sizeof set == sizeof found);
    std::memcpy(&set, &found, sizeof set);
    std::wstring wide(name.begin(), name.end());
    set(GetCurrentThread(), wide.c_str());
}

std::string currentThreadName() {
    return {};
}

#else

void setCurrentThreadName(std::string_view name) {
    std::string cut(name.substr(0, kLinuxNameMax));
#if defined(__APPLE__)
    pthread_setname_np(cut.c_str());
#else
    pthread_setname_np(pthread_self(), cut.c_str());
#endif
}

std::string currentThreadName() {
    char buffer[64] = {};
    if (pthread_getname_np(pthread_self(), buffer, sizeof buffer) != 0) {
        return {};
    }
    return buffer;
}

#endif

}  // namespace flowscope
