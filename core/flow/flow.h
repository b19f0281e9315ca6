// One connection's accounting, as a plain value (safe to copy into snapshots).
#pragma once

#include <cstdint>

#include "core/flow/flow_key.h"

namespace flowscope {

struct FlowCounters {
    uint64_t packetsOut = 0;  // sent by the local side
    uint64_t packetsIn = 0;
    uint64_t bytesOut = 0;  // wire length (Wireshark's frame.len)
    uint64_t bytesIn = 0;

    uint64_t packets() const { return packetsOut + packetsIn; }
    uint64_t bytes() const { return bytesOut + bytesIn; }
    friend bool operator==(const FlowCounters&, const FlowCounters&) = default;
};

struct Flow {
    uint64_t id = 0;  // unique for the engine's lifetime, never reused
    FlowKey key;
    uint8_t tcpFlagsOut = 0;  // OR of the TCP flags bytes the local side sent
    uint8_t tcpFlagsIn = 0;   // and of those it received
    uint32_t appId = 0;       // the owning application (ProcessResolver id), 0 = unknown
    FlowCounters counters;
    int64_t firstSeenNs = 0;
    int64_t lastSeenNs = 0;
    uint32_t pid = 0;  // the owning process (lowest pid holding the socket), 0 = unknown
    // The remote end's host name (engine name table), 0 = none; 31 bits, so that which end
    // is local fits beside it (the two flags bytes took its byte).
    uint32_t nameId : 31 = 0;
    uint32_t localIsA : 1 = 1;  // which endpoint of the key is this machine's
    // Bytes and packets at the previous tick, for per-tick rates.
    uint64_t bytesInAtTick = 0;
    uint64_t bytesOutAtTick = 0;

    static constexpr uint32_t kMaxNameId = 0x7fffffff;

    uint8_t tcpFlagsSeen() const { return uint8_t(tcpFlagsOut | tcpFlagsIn); }
    const Endpoint& local() const { return localIsA ? key.a : key.b; }
    const Endpoint& remote() const { return localIsA ? key.b : key.a; }
    // The service side's port: the local port if only it is well known (< 1024) and the
    // remote one is not, otherwise the remote port. 0 for port-less protocols.
    uint16_t servicePort() const;
};
// appId, pid and nameId live in what was padding (keep the order), and localIsA in nameId's
// top bit: a flow stays two cache lines.
static_assert(sizeof(Flow) <= 128, "per-flow memory budget");

}  // namespace flowscope
