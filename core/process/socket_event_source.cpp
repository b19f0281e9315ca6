#include "core/process/socket_event_source.h"

namespace flowscope {

const char* const kSnapshotChosenNote =
    FS_PHRASE("Core", "Socket owners come from snapshots of the socket table, as chosen.");

const char* processSourceName(ProcessSource source) {
    switch (source) {
        case ProcessSource::Ebpf:
            return "ebpf";
        case ProcessSource::Snapshot:
            return "snapshot";
        case ProcessSource::Auto:
            break;
    }
    return "auto";
}

bool parseProcessSource(const std::string& text, ProcessSource& out) {
    for (ProcessSource s : {ProcessSource::Auto, ProcessSource::Ebpf, ProcessSource::Snapshot}) {
        if (text == processSourceName(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

#ifndef __linux__
SocketEventChoice chooseSocketEventSource(ProcessSource wanted, size_t ringBytes) {
    (void)ringBytes;
    if (wanted == ProcessSource::Snapshot) {
        return {nullptr, phrase(kSnapshotChosenNote), SocketEventsStatus::SnapshotChosen};
    }
    return {nullptr,
            phrase(FS_PHRASE("Core",
                             "Socket owners come from snapshots of the socket table: eBPF socket "
                             "events exist on Linux only.")),
            SocketEventsStatus::NotLinux};
}
#endif

}  // namespace flowscope
