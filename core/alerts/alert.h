// One notification produced by the rules (rules.h): what the ui shows, delivers and opens.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/ip_address.h"

namespace flowscope {

enum class AlertRule { NewProgram, Blocklist, TrafficRate, Favorite, DataCap, CaptureTrouble };
// A stable, short name ("new-program", "blocklist", "traffic-rate", "favorite",
// "data-cap", "capture-trouble") for settings and webhooks.
const char* alertRuleName(AlertRule rule);

struct Alert {
    int64_t timeNs = 0;  // the snapshot's time (capture time) when the rule fired
    AlertRule rule = AlertRule::NewProgram;
    // What the alert is about: a program path or name, an address, a service ("tcp/443"), or
    // "all traffic". Empty for a summary of several subjects (count > 1).
    std::string subject;
    std::string title;   // one line
    std::string body;    // one sentence
    uint32_t count = 1;  // events this alert stands for (> 1: a coalesced summary)
    // What "Show" opens Inspect filtered to: the remote address and/or the application
    // (EngineSnapshot::applications id, 0 = none). Both empty for a summary.
    IpAddress address;
    uint32_t appId = 0;
};

}  // namespace flowscope
