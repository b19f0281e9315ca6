// Sockets and their owners as the kernel reports them when they are made, instead of as a
// snapshot finds them later: where the OS can tell (Linux: the eBPF socket tracker), a
// connection that lives 1 ms is known before its first packet reaches the engine. The
// events feed the same socket index as the snapshots; snapshots stay the fallback and still
// decide when a socket has closed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/process/process_backend.h"

namespace flowscope {

// One batch of events, in the order they happened.
struct SocketEvents {
    // Processes met for the first time (or after an exec): what describe() would say, for
    // when the process has exited before anyone could read /proc. Before the sockets.
    std::vector<ProcessInfo> processes;
    // Sockets with their owner (pids = {the process}).
    std::vector<SocketRecord> sockets;
};

struct SocketEventStats {
    uint64_t events = 0;  // delivered by the kernel
    uint64_t lost = 0;    // dropped by the kernel: the ring buffer was full
    size_t mapBytes = 0;  // memory of the kernel-side maps and ring
};

class SocketEventSource {
public:
    virtual ~SocketEventSource() = default;
    virtual const char* name() const = 0;  // "ebpf"
    // Delivers events to `sink` from a thread of its own until stop() (idempotent).
    using Sink = std::function<void(SocketEvents&&)>;
    virtual void start(Sink sink) = 0;
    virtual void stop() = 0;
    virtual SocketEventStats stats() const = 0;
};

// Where socket owners come from.
enum class ProcessSource : uint8_t {
    Auto,      // socket events where this process may load them, else snapshots
    Ebpf,      // socket events (plus snapshots); unavailable is an error the caller reports
    Snapshot,  // snapshots only (the socket table and /proc), as before
};
const char* processSourceName(ProcessSource source);                   // "auto", ...
bool parseProcessSource(const std::string& text, ProcessSource& out);  // false: unknown

// Which source is in use, or why socket events are not (for a translated sentence; `note`
// says the same in English, with the details). The values travel in the capture helper's
// stream: append only.
enum class SocketEventsStatus : uint8_t {
    SnapshotChosen = 0,  // snapshots only, as asked
    On = 1,              // socket events on
    NotBuilt = 2,        // this build has no eBPF support
    NotLinux = 3,        // eBPF socket events exist on Linux only
    NoBtf = 4,           // the kernel has no BTF (/sys/kernel/btf/vmlinux)
    NoPrivileges = 5,    // needs root or CAP_BPF + CAP_PERFMON (or the kernel is locked down)
    KernelRefused = 6,   // the verifier or the kernel said no (note has its words)
    NoTracepoint = 7,    // a tracepoint is missing (Linux before 6.3)
    NotOpened = 8,       // the embedded object could not be opened
    Last = NotOpened,
};

// The note when snapshots were asked for (every platform says it the same way): a template.
extern const char* const kSnapshotChosenNote;

struct SocketEventChoice {
    std::unique_ptr<SocketEventSource> source;  // null: snapshots only
    // One sentence for the user: which source is in use and, when events are off, why.
    Phrase note;
    SocketEventsStatus status = SocketEventsStatus::SnapshotChosen;
};

// Loads the OS's socket event source unless `wanted` is Snapshot; never throws or aborts:
// a kernel, a build or privileges that do not allow it give a null source and the reason.
// ringBytes: the kernel's ring buffer (rounded up to a power of two of pages).
SocketEventChoice chooseSocketEventSource(ProcessSource wanted, size_t ringBytes = 1 << 20);

}  // namespace flowscope
