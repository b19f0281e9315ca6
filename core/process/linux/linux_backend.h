// The Linux process backend: socket table from netlink sock_diag (or /proc/net), owners from
// the incremental /proc/<pid>/fd scan, facts from /proc/<pid>.
#pragma once

#include <memory>

#include "core/process/process_backend.h"

namespace flowscope::linuxproc {

enum class SocketTableSource {
    Netlink,  // sock_diag, falling back to /proc/net per table where it fails
    Procfs,   // /proc/net/{tcp,tcp6,udp,udp6} only
};

std::unique_ptr<ProcessBackend> createLinuxBackend(SocketTableSource source);

}  // namespace flowscope::linuxproc
