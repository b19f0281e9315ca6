// The eBPF socket tracker in a build without libbpf, clang or bpftool (ebpf.cmake): never
// loads, and says why.
#include "core/process/linux/ebpf/socket_tracker_load.h"

namespace flowscope::linuxproc {

LoadResult loadSocketTracker(size_t ringBytes) {
    (void)ringBytes;
    return {nullptr, LoadFailure::NotBuilt, 0, {}};
}

}  // namespace flowscope::linuxproc
