// Linux: the eBPF socket tracker when it loads, else snapshots, with the reason in one
// sentence (privileges, kernel, build).
#include <sys/stat.h>

#include <cerrno>
#include <utility>

#include "core/base/system_reason.h"

#include "core/process/linux/ebpf/socket_tracker_load.h"
#include "core/process/socket_event_source.h"

namespace flowscope {

namespace {

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

// "eBPF socket events are off: <reason>; snapshots … instead." The reason is a clause.
Phrase eventsOff(Phrase reason) {
    //: %1 is why, a clause such as "the kernel has no BTF type information (…)".
    return phrase(FS_PHRASE("Core",
                            "eBPF socket events are off: %1; snapshots of the socket table find "
                            "the owners instead."),
                  {std::move(reason)});
}

Phrase whyNot(const linuxproc::LoadResult& r) {
    using linuxproc::LoadFailure;
    const bool denied = r.error == EPERM || r.error == EACCES;
    switch (r.failure) {
        case LoadFailure::NotBuilt:
            return eventsOff(phrase(FS_PHRASE("Core",
                                              "this build of Flowscope has no eBPF support "
                                              "(libbpf, clang or bpftool were missing when it "
                                              "was built)")));
        case LoadFailure::Load:
            if (denied) {
                return eventsOff(phrase(FS_PHRASE("Core",
                                                  "loading them needs root or the CAP_BPF and "
                                                  "CAP_PERFMON capabilities (and a kernel not "
                                                  "locked down)")));
            }
            //: %1 is the kernel's or libbpf's reason.
            return eventsOff(
                phrase(FS_PHRASE("Core", "the kernel refused the tracker (%1)"),
                       {r.message.empty() ? systemReason(r.error) : verbatim(r.message)}));
        case LoadFailure::Attach:
            if (denied) {
                return eventsOff(phrase(
                    FS_PHRASE("Core", "attaching to tracepoints needs root or CAP_PERFMON")));
            }
            return eventsOff(phrase(FS_PHRASE("Core",
                                              "the kernel lacks a tracepoint they need "
                                              "(sock_send_length and sock_recv_length came with "
                                              "Linux 6.3)")));
        case LoadFailure::Open:
        case LoadFailure::None:
            break;
    }
    //: %1 is the operating system's reason.
    return eventsOff(
        phrase(FS_PHRASE("Core", "the tracker could not be opened (%1)"), {systemReason(r.error)}));
}

}  // namespace

namespace linuxproc {

TrackerChoice chooseSocketTracker(ProcessSource wanted, size_t ringBytes) {
    if (wanted == ProcessSource::Snapshot) {
        return {nullptr, phrase(kSnapshotChosenNote), SocketEventsStatus::SnapshotChosen};
    }
    struct stat st {};
    if (stat("/sys/kernel/btf/vmlinux", &st) != 0) {
        return {nullptr,
                eventsOff(phrase(FS_PHRASE("Core",
                                           "the kernel has no BTF type information "
                                           "(/sys/kernel/btf/vmlinux)"))),
                SocketEventsStatus::NoBtf};
    }
    LoadResult r = loadSocketTracker(ringBytes);
    if (!r.tracker) {
        return {nullptr, whyNot(r), statusOf(r)};
    }
    return {std::move(r.tracker),
            phrase(FS_PHRASE("Core",
                             "Socket owners come from eBPF socket events (kernel tracepoints), "
                             "with snapshots of the socket table as the fallback.")),
            SocketEventsStatus::On};
}

}  // namespace linuxproc

SocketEventChoice chooseSocketEventSource(ProcessSource wanted, size_t ringBytes) {
    linuxproc::TrackerChoice c = linuxproc::chooseSocketTracker(wanted, ringBytes);
    return {std::move(c.tracker), std::move(c.note), c.status};
}

}  // namespace flowscope
