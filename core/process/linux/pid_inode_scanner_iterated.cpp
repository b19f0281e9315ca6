// PidInodeScanner's large scans from the BPF descriptor iterator (socket_fd_iterator.h):
// loading it once, and taking one process's descriptors from its read.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/process/linux/pid_inode_scanner.h"
#include "core/process/linux/socket_link.h"

namespace flowscope::linuxproc {

bool PidInodeScanner::iterateAll(std::vector<DescriptorRecord>& all) {
    if (!m_iteratorTried) {
        m_iteratorTried = true;
        const char* forced = std::getenv("FLOWSCOPE_PROCESS_FDS");
        if (m_procRoot != "/proc") {
            m_iteratorNote = "a /proc other than the system's is walked";
        } else if (forced != nullptr && std::strcmp(forced, "procfs") == 0) {
            m_iteratorNote = "FLOWSCOPE_PROCESS_FDS=procfs";
        } else {
            m_iterator = SocketFdIterator::open(m_iteratorNote);
        }
    }
    if (m_iterator && !m_iterator->read(all)) {
        m_iteratorNote = "the descriptor iterator's read failed";
        m_iterator.reset();
    }
    return m_iterator != nullptr;
}

bool PidInodeScanner::takeIterated(int procFd, const std::vector<DescriptorRecord>& all,
                                   bool euidIsUid, ScanResult& r) {
    auto [from, to] = std::equal_range(
        all.begin(), all.end(), DescriptorRecord{0, r.pid, 0},
        [](const DescriptorRecord& a, const DescriptorRecord& b) { return a.pid < b.pid; });
    if (from == to) {
        return false;  // no descriptors, or started after the read: walk it
    }
    char path[48];
    if (r.wantUid) {
        std::snprintf(path, sizeof path, "%u", r.pid);
        struct stat st {};
        if (::fstatat(procFd, path, &st, 0) != 0) {
            return false;
        }
        r.uid = uint32_t(st.st_uid);
    }
    std::vector<uint64_t> inodes;
    const DescriptorRecord* firstSocket = nullptr;
    for (auto it = from; it != to; ++it) {
        if (it->inode != 0) {
            inodes.push_back(it->inode);
            firstSocket = firstSocket ? firstSocket : &*it;
        }
    }
    if (firstSocket != nullptr) {
        // One link read as the walk would read it: the same permission check (another
        // user's process, ptrace rules) and the same socket still there; else the walk.
        std::snprintf(path, sizeof path, "%u/fd/%u", r.pid, firstSocket->fd);
        char link[64];
        const ssize_t n = ::readlinkat(procFd, path, link, sizeof link);
        uint64_t inode = 0;
        if (n <= 0 || !socketInodeOfLink(link, size_t(n), inode) || inode != firstSocket->inode) {
            return false;
        }
    }
    std::sort(inodes.begin(), inodes.end());
    inodes.erase(std::unique(inodes.begin(), inodes.end()), inodes.end());
    r.fdCount = to - from;
    r.inodes = std::move(inodes);
    r.euid = euidIsUid ? int64_t(from->euid) : -1;
    return true;
}

}  // namespace flowscope::linuxproc
