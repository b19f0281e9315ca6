// Loading the eBPF socket tracker, and how it failed: socket_tracker.cpp where the build has
// libbpf, socket_tracker_absent.cpp where it has not. socket_event_choice.cpp turns a failure
// into the sentence the user reads.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/process/socket_event_source.h"

namespace flowscope::linuxproc {

enum class LoadFailure {
    None,
    NotBuilt,  // this build has no libbpf
    Open,      // the embedded object could not be opened
    Load,      // the kernel refused a map or program (privileges, verifier, BTF)
    Attach,    // a tracepoint is missing
};

struct LoadResult {
    std::unique_ptr<SocketEventSource> tracker;  // null on failure
    LoadFailure failure = LoadFailure::None;
    int error = 0;        // errno
    std::string message;  // libbpf's last warning, for the curious
};

LoadResult loadSocketTracker(size_t ringBytes);

}  // namespace flowscope::linuxproc
