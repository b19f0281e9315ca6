// userNameForUid for every POSIX system (Linux, macOS, FreeBSD): getpwuid_r.
#if !defined(_WIN32)

#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "core/process/process_backend.h"

namespace flowscope {

std::string userNameForUid(uint32_t uid) {
    // Name lookups may go through NSS (files, LDAP, ...): cache them for the process lifetime.
    static std::mutex mutex;
    static std::unordered_map<uint32_t, std::string> cache;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(uid); it != cache.end()) {
            return it->second;
        }
    }
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(size > 0 ? size : 4096));
    passwd entry{};
    passwd* found = nullptr;
    std::string name;
    while (true) {
        const int rc = ::getpwuid_r(uid_t(uid), &entry, buffer.data(), buffer.size(), &found);
        if (rc == ERANGE && buffer.size() < (1u << 20)) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        break;
    }
    name = (found && found->pw_name && *found->pw_name) ? std::string(found->pw_name)
                                                        : std::to_string(uid);
    std::lock_guard lock(mutex);
    cache.emplace(uid, name);
    return name;
}

}  // namespace flowscope

#endif  // !_WIN32
