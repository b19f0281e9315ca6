// Linux: the eBPF socket tracker when it loads, else snapshots, with the reason in one
// sentence (privileges, kernel, build).
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "core/process/linux/ebpf/socket_tracker_load.h"
#include "core/process/socket_event_source.h"

namespace flowscope {

namespace {

constexpr const char* kFallback = "; snapshots of the socket table find the owners instead.";

SocketEventsStatus statusOf(const linuxproc::LoadResult& r) {
    using linuxproc::LoadFailure;
    const bool denied = r.error == EPERM || r.error == EACCES;
    switch (r.failure) {
        case LoadFailure::NotBuilt:
            return SocketEventsStatus::NotBuilt;
        case LoadFailure::Load:
            return denied ? SocketEventsStatus::NoPrivileges : SocketEventsStatus::KernelRefused;
        case LoadFailure::Attach:
            return denied ? SocketEventsStatus::NoPrivileges : SocketEventsStatus::NoTracepoint;
        case LoadFailure::Open:
        case LoadFailure::None:
            break;
    }
    return SocketEventsStatus::NotOpened;
}

std::string whyNot(const linuxproc::LoadResult& r) {
    using linuxproc::LoadFailure;
    const std::string off = "eBPF socket events are off: ";
    switch (r.failure) {
        case LoadFailure::NotBuilt:
            return off +
                   "this build of Flowscope has no eBPF support (libbpf, clang or bpftool "
                   "were missing when it was built)" +
                   kFallback;
        case LoadFailure::Load:
            if (r.error == EPERM || r.error == EACCES) {
                return off +
                       "loading them needs root or the CAP_BPF and CAP_PERFMON capabilities "
                       "(and a kernel not locked down)" +
                       kFallback;
            }
            return off + "the kernel refused the tracker (" +
                   (r.message.empty() ? std::strerror(r.error) : r.message) + ")" + kFallback;
        case LoadFailure::Attach:
            if (r.error == EPERM || r.error == EACCES) {
                return off + "attaching to tracepoints needs root or CAP_PERFMON" + kFallback;
            }
            return off +
                   "the kernel lacks a tracepoint they need (sock_send_length and "
                   "sock_recv_length came with Linux 6.3)" +
                   kFallback;
        case LoadFailure::Open:
        case LoadFailure::None:
            break;
    }
    return off + "the tracker could not be opened (" + std::strerror(r.error) + ")" + kFallback;
}

}  // namespace

namespace linuxproc {

TrackerChoice chooseSocketTracker(ProcessSource wanted, size_t ringBytes) {
    if (wanted == ProcessSource::Snapshot) {
        return {nullptr, kSnapshotChosenNote, SocketEventsStatus::SnapshotChosen};
    }
    struct stat st {};
    if (stat("/sys/kernel/btf/vmlinux", &st) != 0) {
        return {nullptr,
                std::string("eBPF socket events are off: the kernel has no BTF type information "
                            "(/sys/kernel/btf/vmlinux)") +
                    kFallback,
                SocketEventsStatus::NoBtf};
    }
    LoadResult r = loadSocketTracker(ringBytes);
    if (!r.tracker) {
        return {nullptr, whyNot(r), statusOf(r)};
    }
    return {std::move(r.tracker),
            "Socket owners come from eBPF socket events (kernel tracepoints), with snapshots of "
            "the socket table as the fallback.",
            SocketEventsStatus::On};
}

}  // namespace linuxproc

SocketEventChoice chooseSocketEventSource(ProcessSource wanted, size_t ringBytes) {
    linuxproc::TrackerChoice c = linuxproc::chooseSocketTracker(wanted, ringBytes);
    return {std::move(c.tracker), std::move(c.note), c.status};
}

}  // namespace flowscope
