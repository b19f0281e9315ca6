// Driving bench_process_load from the process-refresh benchmark (Linux): find the load's
// children, have some of them open new TCP connections (SIGUSR1), and learn each new
// connection's client-side tuple and owner. Untimed helpers.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <unordered_set>
#include <vector>

#include "core/process/linux/netlink_sockets.h"
#include "core/process/process_backend.h"

namespace flowscope::bench {

// The load's children: /proc/<load>/task/*/children where the kernel has it
// (CONFIG_PROC_CHILDREN), else every /proc/<pid>/stat whose parent is the load.
std::vector<pid_t> childrenOf(pid_t parent);

// The socket inodes a process holds (from its /proc/<pid>/fd links), and optionally how many
// descriptors it has.
std::unordered_set<uint64_t> socketInodes(pid_t pid, size_t* descriptors = nullptr);

struct NewConnection {
    ConnectionTuple tuple;  // client side: 127.0.0.1:ephemeral -> 127.0.0.1:listener
    uint32_t pid = 0;       // the child that opened it
};

// Has each of these children open one new TCP connection (SIGUSR1 to bench_process_load's
// children), waits until each holds two more descriptors, and returns the client side of each
// new connection with its owner.
std::vector<NewConnection> newConnections(const std::vector<pid_t>& children,
                                          linuxproc::NetlinkSocketReader& reader);

}  // namespace flowscope::bench
