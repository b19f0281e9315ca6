// readAdapterCounters: the kernel's per-interface counters, read without capturing.
#include "core/capture/adapter_stats.h"

#ifdef __linux__
#include <ifaddrs.h>
#include <linux/if_link.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#endif

namespace flowscope {

#ifdef __linux__

Result<std::vector<AdapterCounters>> readAdapterCounters() {
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) {
        const int err = errno;
        return makeError(ErrorCode::Io, std::string("Flowscope could not read the adapters' "
                                                    "traffic counters (") +
                                            std::strerror(err) + ").");
    }
    std::vector<AdapterCounters> result;
    for (const ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_PACKET || !a->ifa_data || !a->ifa_name) {
            continue;
        }
        const auto* stats = static_cast<const rtnl_link_stats*>(a->ifa_data);
        AdapterCounters c;
        c.name = a->ifa_name;
        c.rxBytes = stats->rx_bytes;
        c.txBytes = stats->tx_bytes;
        c.rxPackets = stats->rx_packets;
        c.txPackets = stats->tx_packets;
        result.push_back(std::move(c));
    }
    freeifaddrs(list);
    return result;
}

#else

Result<std::vector<AdapterCounters>> readAdapterCounters() {
    return makeError(ErrorCode::NotFound,
                     "Adapter traffic counters are not available on this system.");
}

#endif

}  // namespace flowscope
