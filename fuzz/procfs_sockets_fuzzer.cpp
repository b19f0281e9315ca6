// Fuzzes the /proc/net/{tcp,tcp6,udp,udp6} parser of the Linux process backend (the fallback
// where netlink sock_diag is unavailable): any text, both address widths.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/process/linux/procfs_sockets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) {
        return 0;
    }
    const bool v6 = data[0] & 1;
    const uint8_t protocol = (data[0] & 2) ? 17 : 6;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    std::vector<flowscope::SocketRecord> out;
    const size_t n = flowscope::linuxproc::parseProcNetTable(text, v6, protocol, out);
    if (n != out.size()) {
        __builtin_trap();
    }
    for (const auto& r : out) {
        if (r.protocol != protocol || r.local.address.isV6() != v6) {
            __builtin_trap();
        }
    }
    return 0;
}
