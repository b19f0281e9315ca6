// Per-adapter traffic counters from the operating system (no capture privileges needed), for
// the start page's activity sparklines.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace flowscope {

struct AdapterCounters {
    std::string name;
    uint64_t rxBytes = 0;
    uint64_t txBytes = 0;
    uint64_t rxPackets = 0;
    uint64_t txPackets = 0;
};

// One entry per adapter. Linux: getifaddrs() AF_PACKET entries (struct rtnl_link_stats).
// Other systems: an error ("not available on this system").
Result<std::vector<AdapterCounters>> readAdapterCounters();

}  // namespace flowscope
