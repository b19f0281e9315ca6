// What the engine publishes every tick: an immutable snapshot and the flows that changed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/result.h"
#include "core/capture/raw_packet.h"
#include "core/flow/aggregates.h"
#include "core/flow/flow.h"

namespace flowscope {

enum class EngineState { Idle, Running, Paused, Finished, Failed, Stopped };
const char* engineStateName(EngineState state);

struct HostStat {
    IpAddress address;
    FlowCounters counters;
};
struct ServiceStat {
    ServiceKey service;
    FlowCounters counters;
};
struct ProtocolStat {
    uint8_t protocol = 0;
    FlowCounters counters;
};

struct EngineSnapshot {
    uint64_t tick = 0;       // 1, 2, 3, ... (0 = nothing published yet)
    int64_t timeNs = 0;      // end of this tick in capture time (file time offline)
    int64_t durationNs = 0;  // capture time covered so far (first packet to timeNs)
    int64_t tickNs = 0;
    EngineState state = EngineState::Idle;

    Totals totals;
    FlowCounters tickTraffic;  // IP traffic during this tick, by direction: the rates
    uint64_t tickPackets = 0;  // all frames during this tick
    CaptureCounters capture;
    uint64_t droppedByQueue = 0;  // frames the engine could not keep up with (live only)
    uint64_t skippedWhilePaused = 0;
    size_t flowCount = 0;  // flows in the table now

    // Aggregates, largest first (by bytes), at most kTopN each.
    static constexpr size_t kTopN = 100;
    std::vector<HostStat> topHosts;
    std::vector<ServiceStat> topServices;
    std::vector<ProtocolStat> protocols;

    std::string warning;         // non-fatal (truncated file, dump writer lost frames, ...)
    std::optional<Error> error;  // set when state == Failed

    uint64_t dropped() const {
        return capture.droppedByKernel + capture.droppedByInterface + droppedByQueue;
    }
};

// Flows by value: new ones, ones that saw packets during the tick, and ones that left the
// table (expired or evicted, with their final counters). For added and changed flows,
// `counters.bytesIn - bytesInAtTick` (and out) is the traffic during this tick.
struct EngineDiff {
    std::vector<Flow> added;
    std::vector<Flow> changed;
    std::vector<Flow> removed;
};

using SnapshotPtr = std::shared_ptr<const EngineSnapshot>;

}  // namespace flowscope
