// The socket tracker's ring-buffer records: written by our BPF program, but decoded as
// untrusted bytes all the same (a mismatched build, a kernel bug): any bytes give records
// that hold together, or none.
#include <cstddef>
#include <cstdint>

#include "core/process/linux/socket_event_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    flowscope::SocketEvents out;
    if (!flowscope::linuxproc::decodeSocketEvent(data, size, out)) {
        if (!out.sockets.empty() || !out.processes.empty()) {
            __builtin_trap();  // refused, yet something was added
        }
        return 0;
    }
    for (const flowscope::SocketRecord& s : out.sockets) {
        if (s.pids.size() != 1 || s.pids[0] == 0 || (s.protocol != 6 && s.protocol != 17) ||
            s.local.address.family() != s.remote.address.family()) {
            __builtin_trap();
        }
    }
    for (const flowscope::ProcessInfo& p : out.processes) {
        if (p.pid == 0 || (!p.path.empty() && p.path.front() != '/')) {
            __builtin_trap();
        }
    }
    return 0;
}
