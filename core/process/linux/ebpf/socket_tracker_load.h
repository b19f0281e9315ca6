// Loading the eBPF socket tracker, and how it failed: socket_tracker.cpp where the build has
// libbpf, socket_tracker_absent.cpp where it has not. socket_event_choice.cpp turns a failure
// into the sentence the user reads.
#pragma once

#include <cstddef>
#include <functional>
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

// The tracker as a source (start(): a thread decodes and delivers batches), or pulled from
// by the capture helper, which forwards the raw records to its parent with the frames.
class SocketTracker : public SocketEventSource {
public:
    // Hands every record waiting in the ring to fn, raw, without blocking or a thread;
    // returns how many. Not together with start().
    using RecordFn = std::function<void(const void* record, size_t bytes)>;
    virtual size_t drainRecords(const RecordFn& fn) = 0;
};

struct LoadResult {
    std::unique_ptr<SocketTracker> tracker;  // null on failure
    LoadFailure failure = LoadFailure::None;
    int error = 0;        // errno
    std::string message;  // libbpf's last warning, for the curious
};

LoadResult loadSocketTracker(size_t ringBytes);

// chooseSocketEventSource() for callers that want the tracker itself (the capture helper).
struct TrackerChoice {
    std::unique_ptr<SocketTracker> tracker;  // null: none, and `note` says why
    Phrase note;
    SocketEventsStatus status = SocketEventsStatus::SnapshotChosen;
};
TrackerChoice chooseSocketTracker(ProcessSource wanted, size_t ringBytes);

}  // namespace flowscope::linuxproc
