#include "core/process/linux/linux_process_info.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace flowscope::linuxproc {

namespace {

constexpr size_t kCommLength = 15;  // TASK_COMM_LEN - 1

bool readSmallFile(const std::string& path, std::string& out, size_t limit = 64 * 1024,
                   bool procFile = true) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    out.clear();
    char buf[4096];
    while (out.size() < limit) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        out.append(buf, size_t(n));
        // /proc's files are generated whole: a read that did not fill the buffer got the
        // rest (status, comm, a short cmdline), so the call that would return 0 is skipped.
        if (size_t(n) < sizeof buf && procFile) {
            break;
        }
    }
    ::close(fd);
    return true;
}

std::string baseName(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The target of /proc/<pid>/exe; a program replaced on disk while running (e.g. upgraded) is
// still that program, without the kernel's " (deleted)". `gone` tells a process that has no
// executable any more (ENOENT: exiting, its memory released) from one we may not read.
std::string executablePath(const std::string& dir, bool* gone = nullptr) {
    char link[4096];
    const ssize_t n = ::readlink((dir + "/exe").c_str(), link, sizeof link - 1);
    if (n <= 0) {
        if (gone != nullptr) {
            *gone = n < 0 && errno == ENOENT;
        }
        return {};
    }
    std::string path(link, size_t(n));
    static constexpr char kDeleted[] = " (deleted)";
    constexpr size_t kDeletedLength = sizeof kDeleted - 1;
    if (path.size() > kDeletedLength &&
        path.compare(path.size() - kDeletedLength, kDeletedLength, kDeleted) == 0) {
        path.resize(path.size() - kDeletedLength);
    }
    return path;
}

}  // namespace

// "Uid:\t1000\t1000\t1000\t1000" -> the effective uid (second field).
bool effectiveUidOfStatus(const std::string& status, uint32_t& uid) {
    const size_t at = status.find("\nUid:");
    if (at == std::string::npos) {
        return false;
    }
    const char* p = status.c_str() + at + 5;
    char* end = nullptr;
    std::strtoul(p, &end, 10);  // real uid
    if (end == p) {
        return false;
    }
    const char* second = end;
    const unsigned long e = std::strtoul(second, &end, 10);
    if (end == second) {
        return false;
    }
    uid = uint32_t(e);
    return true;
}

std::optional<ProcessIdentity> identifyProcess(uint32_t pid, const std::string& procRoot) {
    const std::string dir = procRoot + "/" + std::to_string(pid);
    ProcessIdentity identity;
    std::string status;
    if (!readSmallFile(dir + "/status", status) || !effectiveUidOfStatus(status, identity.uid)) {
        return std::nullopt;
    }
    identity.path = executablePath(dir);
    return identity;
}

std::optional<ProcessIdentity> identifyProcessAs(uint32_t pid, uint32_t euid,
                                                 const std::string& procRoot) {
    bool gone = false;
    ProcessIdentity identity;
    identity.path = executablePath(procRoot + "/" + std::to_string(pid), &gone);
    if (gone) {
        return std::nullopt;  // exited: as a status that could not be read
    }
    identity.uid = euid;
    return identity;
}

std::string fullProcessName(const std::string& comm, const std::string& exePath,
                            const std::string& argv0) {
    if (comm.size() < kCommLength) {
        return comm;
    }
    for (const std::string& candidate : {baseName(exePath), baseName(argv0)}) {
        if (candidate.size() > comm.size() && candidate.compare(0, comm.size(), comm) == 0) {
            return candidate;
        }
    }
    return comm;
}

std::optional<ProcessInfo> describeProcess(uint32_t pid, const std::string& procRoot) {
    const std::string dir = procRoot + "/" + std::to_string(pid);
    ProcessInfo info;
    info.pid = pid;
    std::string status;
    if (!readSmallFile(dir + "/status", status) || !effectiveUidOfStatus(status, info.uid)) {
        return std::nullopt;
    }
    info.user = userNameForUid(info.uid);

    std::string comm;
    if (!readSmallFile(dir + "/comm", comm, 64)) {
        return std::nullopt;  // exited since /status was read: nothing more can be learnt
    }
    while (!comm.empty() && comm.back() == '\n') {
        comm.pop_back();
    }

    info.path = executablePath(dir, &info.exiting);

    std::string cmdline;
    readSmallFile(dir + "/cmdline", cmdline);
    while (!cmdline.empty() && cmdline.back() == '\0') {
        cmdline.pop_back();
    }
    const std::string argv0 = cmdline.substr(0, cmdline.find('\0'));
    for (char& c : cmdline) {
        if (c == '\0') {
            c = ' ';
        }
    }
    info.commandLine = std::move(cmdline);
    info.name = fullProcessName(comm, info.path, argv0);
    if (info.name.empty()) {
        info.name = baseName(info.path);
    }
    if (info.name.empty()) {
        return std::nullopt;  // gone half-way through: no name to show
    }
    return info;
}

}  // namespace flowscope::linuxproc
