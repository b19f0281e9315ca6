#if defined(_WIN32)

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// After windows.h:
#include <winternl.h>

#include "core/process/windows/command_line.h"

#include <cstddef>
#include <cstring>
#include <vector>

#include "core/process/windows/wide_text.h"

namespace flowscope::winproc {

namespace {

using NtQueryInformationProcessFn = LONG(WINAPI*)(HANDLE, ULONG, PVOID, ULONG, PULONG);
constexpr ULONG kProcessBasicInformation = 0;
constexpr ULONG kProcessCommandLineInformation = 60;
constexpr LONG kStatusInfoLengthMismatch = LONG(0xC0000004);
constexpr LONG kStatusAccessDenied = LONG(0xC0000022);

// Looked up at run time: ntdll's import library is not needed, and a missing export only
// costs the command line.
NtQueryInformationProcessFn ntQueryInformationProcess() {
    static const NtQueryInformationProcessFn fn = [] {
        HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
        FARPROC proc = ntdll ? GetProcAddress(ntdll, "NtQueryInformationProcess") : nullptr;
        // Through void(*)() so that GCC's -Wcast-function-type accepts the cast.
        return reinterpret_cast<NtQueryInformationProcessFn>(reinterpret_cast<void (*)()>(proc));
    }();
    return fn;
}

// Answer: a UNICODE_STRING whose Buffer points right behind it, into our buffer.
bool fromCommandLineClass(NtQueryInformationProcessFn query, HANDLE process, std::string& out,
                          LONG& status) {
    std::vector<uint8_t> buffer(4096);
    for (int attempt = 0; attempt < 4; ++attempt) {
        ULONG needed = 0;
        status = query(process, kProcessCommandLineInformation, buffer.data(), ULONG(buffer.size()),
                       &needed);
        if (status == kStatusInfoLengthMismatch && needed > buffer.size() && needed < (1u << 20)) {
            buffer.resize(needed);
            continue;
        }
        if (status < 0) {
            return false;
        }
        UNICODE_STRING text{};
        std::memcpy(&text, buffer.data(), sizeof text);
        const auto* begin = reinterpret_cast<const uint8_t*>(text.Buffer);
        if (text.Length == 0) {
            out.clear();
            return true;
        }
        if (!begin || begin < buffer.data() ||
            begin + text.Length > buffer.data() + buffer.size()) {
            return false;
        }
        out = toUtf8(std::wstring_view(text.Buffer, text.Length / sizeof(wchar_t)));
        return true;
    }
    return false;
}

bool readRemote(HANDLE process, const void* address, void* into, size_t size) {
    SIZE_T read = 0;
    return ReadProcessMemory(process, address, into, size, &read) && read == size;
}

// PEB -> ProcessParameters -> CommandLine (fields documented in winternl.h).
std::string fromPeb(NtQueryInformationProcessFn query, uint32_t pid) {
    HANDLE process = OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE, DWORD(pid));
    if (!process) {
        return {};
    }
    std::string out;
    PROCESS_BASIC_INFORMATION basic{};
    ULONG size = 0;
    if (query(process, kProcessBasicInformation, &basic, sizeof basic, &size) >= 0 &&
        basic.PebBaseAddress) {
        const auto* peb = reinterpret_cast<const uint8_t*>(basic.PebBaseAddress);
        PRTL_USER_PROCESS_PARAMETERS parameters = nullptr;
        UNICODE_STRING text{};
        if (readRemote(process, peb + offsetof(PEB, ProcessParameters), &parameters,
                       sizeof parameters) &&
            parameters &&
            readRemote(process,
                       reinterpret_cast<const uint8_t*>(parameters) +
                           offsetof(RTL_USER_PROCESS_PARAMETERS, CommandLine),
                       &text, sizeof text) &&
            text.Buffer && text.Length > 0 && text.Length % 2 == 0) {
            std::wstring chars(text.Length / sizeof(wchar_t), L'\0');
            if (readRemote(process, text.Buffer, chars.data(), text.Length)) {
                out = toUtf8(chars);
            }
        }
    }
    CloseHandle(process);
    return out;
}

}  // namespace

std::string processCommandLine(uint32_t pid, void* limitedHandle) {
    NtQueryInformationProcessFn query = ntQueryInformationProcess();
    if (!query) {
        return {};
    }
    std::string out;
    LONG status = 0;
    if (fromCommandLineClass(query, static_cast<HANDLE>(limitedHandle), out, status)) {
        return out;
    }
    if (status == kStatusAccessDenied) {
        return {};  // the PEB would be denied as well
    }
    return fromPeb(query, pid);
}

}  // namespace flowscope::winproc

#endif  // _WIN32
