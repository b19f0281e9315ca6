#if defined(_WIN32)

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// After windows.h:
#include <sddl.h>
#include <tlhelp32.h>

#include "core/process/windows/process_describer.h"

#include <algorithm>
#include <vector>

#include "core/process/windows/command_line.h"
#include "core/process/windows/wide_text.h"

namespace flowscope::winproc {

namespace {

class HandleGuard {
public:
    explicit HandleGuard(HANDLE handle) : m_handle(handle) {}
    ~HandleGuard() {
        if (m_handle && m_handle != INVALID_HANDLE_VALUE) {
            CloseHandle(m_handle);
        }
    }
    HandleGuard(const HandleGuard&) = delete;
    HandleGuard& operator=(const HandleGuard&) = delete;
    HANDLE get() const { return m_handle; }

private:
    HANDLE m_handle;
};

std::string imagePath(HANDLE process) {
    std::wstring buffer(MAX_PATH, L'\0');
    while (true) {
        DWORD size = DWORD(buffer.size());
        if (QueryFullProcessImageNameW(process, 0, buffer.data(), &size)) {
            buffer.resize(size);
            return toUtf8(buffer);
        }
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER || buffer.size() >= 32768) {
            return {};
        }
        buffer.resize(buffer.size() * 2);
    }
}

std::string sidString(PSID sid) {
    LPWSTR text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text)) {
        return {};
    }
    std::string out = toUtf8(text);
    LocalFree(text);
    return out;
}

// "DOMAIN\\name" for a SID; the SID as text when it has no account name.
std::string lookupAccount(PSID sid) {
    std::wstring name(64, L'\0');
    std::wstring domain(64, L'\0');
    for (int attempt = 0; attempt < 3; ++attempt) {
        DWORD nameSize = DWORD(name.size());
        DWORD domainSize = DWORD(domain.size());
        SID_NAME_USE use{};
        if (LookupAccountSidW(nullptr, sid, name.data(), &nameSize, domain.data(), &domainSize,
                              &use)) {
            name.resize(nameSize);
            domain.resize(domainSize);
            return domain.empty() ? toUtf8(name) : toUtf8(domain + L"\\" + name);
        }
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER) {
            break;
        }
        name.resize(std::max<size_t>(nameSize, name.size()) + 1);
        domain.resize(std::max<size_t>(domainSize, domain.size()) + 1);
    }
    return sidString(sid);
}

}  // namespace

std::string fileNameOf(const std::string& path) {
    const size_t slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::optional<std::string> processNameFromSnapshot(uint32_t pid) {
    HandleGuard snapshot(CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (snapshot.get() == INVALID_HANDLE_VALUE) {
        return std::nullopt;
    }
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Process32FirstW(snapshot.get(), &entry); more;
         more = Process32NextW(snapshot.get(), &entry)) {
        if (entry.th32ProcessID == pid) {
            return toUtf8(entry.szExeFile);
        }
    }
    return std::nullopt;
}

std::string ProcessDescriber::accountName(void* process) {
    HANDLE token = nullptr;
    if (!OpenProcessToken(static_cast<HANDLE>(process), TOKEN_QUERY, &token)) {
        return {};  // another user's process: its token is not ours to read
    }
    HandleGuard guard(token);
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    if (size == 0) {
        return {};
    }
    // TOKEN_USER holds a pointer into the same buffer: keep it pointer-aligned.
    std::vector<uint64_t> buffer((size + sizeof(uint64_t) - 1) / sizeof(uint64_t));
    if (!GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        return {};
    }
    const auto* user = reinterpret_cast<const TOKEN_USER*>(buffer.data());
    const std::string key = sidString(user->User.Sid);
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_accountBySid.find(key); it != m_accountBySid.end()) {
            return it->second;
        }
    }
    // LookupAccountSidW may ask a domain controller: do it once per SID.
    std::string name = lookupAccount(user->User.Sid);
    std::lock_guard lock(m_mutex);
    m_accountBySid.emplace(key, name);
    return name;
}

std::optional<ProcessInfo> ProcessDescriber::describe(uint32_t pid) {
    ProcessInfo info;
    info.pid = pid;
    info.uid = 0;  // Windows has no numeric uids (see windows_user.cpp)
    HandleGuard process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid)));
    if (!process.get()) {
        // Access denied (System, protected or elevated processes) or no such pid: the
        // snapshot tells the two apart and still knows the name.
        std::optional<std::string> name = processNameFromSnapshot(pid);
        if (!name) {
            return std::nullopt;
        }
        info.name = *name;
        return info;
    }
    DWORD exitCode = 0;
    if (GetExitCodeProcess(process.get(), &exitCode) && exitCode != STILL_ACTIVE) {
        return std::nullopt;  // exited; only open handles keep its pid alive
    }
    info.path = imagePath(process.get());
    if (!info.path.empty()) {
        info.name = fileNameOf(info.path);
    } else if (std::optional<std::string> name = processNameFromSnapshot(pid)) {
        info.name = *name;
    }
    info.user = accountName(process.get());
    info.commandLine = processCommandLine(pid, process.get());
    return info;
}

}  // namespace flowscope::winproc

#endif  // _WIN32
