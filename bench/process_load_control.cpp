#include "bench/process_load_control.h"

#include <dirent.h>
#include <netinet/in.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>

namespace flowscope::bench {

namespace {

size_t descriptorCount(pid_t pid) {
    size_t n = 0;
    (void)socketInodes(pid, &n);
    return n;
}

}  // namespace

// The load's children: /proc/<load>/task/*/children where the kernel has it
// (CONFIG_PROC_CHILDREN), else every /proc/<pid>/stat whose parent is the load.
std::vector<pid_t> childrenOf(pid_t parent) {
    std::vector<pid_t> out;
    const std::string task = "/proc/" + std::to_string(parent) + "/task";
    bool listed = false;
    if (DIR* d = ::opendir(task.c_str())) {
        while (dirent* e = ::readdir(d)) {
            if (e->d_name[0] == '.') {
                continue;
            }
            std::ifstream in(task + "/" + e->d_name + "/children");
            if (!in) {
                continue;
            }
            listed = true;
            for (long pid; in >> pid;) {
                out.push_back(pid_t(pid));
            }
        }
        ::closedir(d);
    }
    if (listed) {
        return out;
    }
    DIR* d = ::opendir("/proc");
    if (!d) {
        return out;
    }
    while (dirent* e = ::readdir(d)) {
        const long pid = std::strtol(e->d_name, nullptr, 10);
        if (pid <= 0) {
            continue;
        }
        std::ifstream in(std::string("/proc/") + e->d_name + "/stat");
        std::string stat;
        std::getline(in, stat);
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so parse from
        // the last ')'.
        const size_t close = stat.rfind(')');
        if (close == std::string::npos) {
            continue;
        }
        char state;
        long ppid;
        if (std::sscanf(stat.c_str() + close + 1, " %c %ld", &state, &ppid) == 2 &&
            ppid == parent) {
            out.push_back(pid_t(pid));
        }
    }
    ::closedir(d);
    return out;
}

// The socket inodes a process holds (from its /proc/<pid>/fd links).
std::unordered_set<uint64_t> socketInodes(pid_t pid, size_t* descriptors) {
    std::unordered_set<uint64_t> out;
    const std::string dir = "/proc/" + std::to_string(pid) + "/fd";
    size_t n = 0;
    if (DIR* d = ::opendir(dir.c_str())) {
        while (dirent* e = ::readdir(d)) {
            if (e->d_name[0] == '.') {
                continue;
            }
            ++n;
            char link[64];
            const ssize_t len = ::readlinkat(::dirfd(d), e->d_name, link, sizeof link - 1);
            unsigned long long inode;
            if (len > 0) {
                link[len] = 0;
                if (std::sscanf(link, "socket:[%llu]", &inode) == 1) {
                    out.insert(uint64_t(inode));
                }
            }
        }
        ::closedir(d);
    }
    if (descriptors) {
        *descriptors = n;
    }
    return out;
}

// Untimed: has each of these children open one new TCP connection (SIGUSR1 to
// bench_process_load's children), waits until each holds two more descriptors, and returns the
// client side of each new connection with its owner.
std::vector<NewConnection> newConnections(const std::vector<pid_t>& children,
                                          linuxproc::NetlinkSocketReader& reader) {
    std::vector<std::unordered_set<uint64_t>> before;
    std::vector<size_t> counts;
    for (pid_t pid : children) {
        size_t n = 0;
        before.push_back(socketInodes(pid, &n));
        counts.push_back(n);
    }
    for (pid_t pid : children) {
        ::kill(pid, SIGUSR1);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (size_t i = 0; i < children.size(); ++i) {
        while (descriptorCount(children[i]) < counts[i] + 2) {
            if (std::chrono::steady_clock::now() > deadline) {
                std::fprintf(stderr, "pid %d: no new connection within 5 s\n", children[i]);
                break;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }
    std::unordered_map<uint64_t, uint32_t> owner;  // new inode -> pid
    for (size_t i = 0; i < children.size(); ++i) {
        for (uint64_t inode : socketInodes(children[i])) {
            if (!before[i].count(inode)) {
                owner[inode] = uint32_t(children[i]);
            }
        }
    }
    std::vector<SocketRecord> table;
    if (!reader.read(AF_INET, 6, table)) {
        std::fprintf(stderr, "TCP/IPv4 dump failed\n");
        return {};
    }
    std::set<uint16_t> listenerPorts;
    for (const SocketRecord& r : table) {
        if (r.state == SocketState::Listen) {
            listenerPorts.insert(r.local.port);
        }
    }
    std::vector<NewConnection> out;
    for (const SocketRecord& r : table) {
        auto it = owner.find(r.inode);
        if (it != owner.end() && r.state != SocketState::Listen &&
            listenerPorts.count(r.remote.port)) {
            out.push_back({ConnectionTuple{r.protocol, r.local, r.remote}, it->second});
        }
    }
    if (out.size() != children.size()) {
        std::fprintf(stderr, "%zu new connections found for %zu signalled children\n", out.size(),
                     children.size());
    }
    return out;
}

}  // namespace flowscope::bench
