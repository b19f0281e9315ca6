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
#include "core/engine/host_name.h"
#include "core/enrich/geo_record.h"
#include "core/flow/aggregates.h"
#include "core/flow/flow.h"
#include "core/process/application.h"

namespace flowscope {

enum class EngineState { Idle, Running, Paused, Finished, Failed, Stopped };
const char* engineStateName(EngineState state);

struct HostStat {
    IpAddress address;
    FlowCounters counters;
    GeoRecord geo;  // country and AS, when the engine has a GeoEnricher (else empty)
};
struct ServiceStat {
    ServiceKey service;
    FlowCounters counters;
};
struct ProtocolStat {
    uint8_t protocol = 0;
    FlowCounters counters;
};

// One application's traffic (live captures that identify processes).
struct ApplicationStat {
    uint32_t appId = 0;  // index + 1 into EngineSnapshot::applications
    // All traffic of its flows: flows that closed, and traffic counted before the owner was
    // known (re-attributed once it was found).
    FlowCounters counters;
    FlowCounters interval;     // its traffic in this snapshot's interval, for live rates
    uint32_t connections = 0;  // its flows in the table now
};

// How one snapshot sink (see snapshot_sink.h) is keeping up.
struct SinkCounters {
    std::string name;
    uint64_t delivered = 0;  // ticks the sink consumed
    uint64_t dropped = 0;    // ticks it never got (its queue was full, or it was detached)
    bool detached = false;   // it failed and receives nothing more
    std::string error;       // why it was detached
    Phrase errorPhrase;      // the same, for the desktop app to word
};

// The traffic of one tick: the points of the traffic chart.
struct TickSample {
    int64_t startNs = 0;   // tick start in capture time (file time offline)
    FlowCounters traffic;  // IP traffic by direction
    uint64_t packets = 0;  // all frames
    uint64_t bytes = 0;    // all frames, wire bytes
};

// Live, one snapshot is published per tick. A file is read at full speed, so its ticks (of
// file time) come much faster than anyone can watch: they are recorded as samples, and a
// snapshot carrying all samples since the previous one is published at most every
// EngineConfig::filePublishIntervalMs of wall time, and at the end.
struct EngineSnapshot {
    uint64_t sequence = 0;   // 1, 2, 3, ... (0 = nothing published yet)
    int64_t timeNs = 0;      // capture time this snapshot covers up to (file time offline)
    int64_t intervalNs = 0;  // capture time covered since the previous snapshot
    int64_t durationNs = 0;  // capture time covered so far (first packet to timeNs)
    int64_t tickNs = 0;
    EngineState state = EngineState::Idle;

    Totals totals;
    // Ticks completed since the previous snapshot, oldest first (live: exactly one). Ticks
    // without traffic between two packets of a file are left out (a gap in time).
    std::vector<TickSample> samples;
    FlowCounters intervalTraffic;  // IP traffic since the previous snapshot, by direction
    uint64_t intervalPackets = 0;  // all frames since the previous snapshot
    CaptureCounters capture;
    uint64_t droppedByQueue = 0;  // frames the engine could not keep up with (live only)
    uint64_t skippedWhilePaused = 0;
    size_t flowCount = 0;  // flows in the table now

    // Aggregates, largest first (by bytes), at most kTopN each.
    static constexpr size_t kTopN = 100;
    std::vector<HostStat> topHosts;
    std::vector<ServiceStat> topServices;
    std::vector<ProtocolStat> protocols;
    // Live captures with EngineConfig::identifyProcesses: every application seen so far
    // (index = id - 1; null otherwise), and the largest by bytes, at most kTopN.
    std::shared_ptr<const std::vector<Application>> applications;
    std::vector<ApplicationStat> topApplications;
    // Host names of remote ends (index = Flow::nameId - 1); null when names are not learned.
    std::shared_ptr<const std::vector<HostName>> hostnames;

    std::vector<SinkCounters> sinks;  // one per snapshot sink, in the order they were added

    std::string warning;         // non-fatal (truncated file, dump writer lost frames, ...)
    Phrase warningPhrase;        // the same sentences, for the desktop app to word
    std::optional<Error> error;  // set when state == Failed

    // Frames lost before they were counted. The three parts do not overlap: the kernel's
    // (no room in the capture buffer; on loopback each frame is delivered once, see
    // live_capture.cpp), the adapter's (never reached the kernel; promiscuous captures only)
    // and the queue's (read from the buffer, but the engine had no room for them).
    uint64_t dropped() const {
        return capture.droppedByKernel + capture.droppedByInterface + droppedByQueue;
    }
};

// Flows by value, since the previous snapshot: new ones, ones that saw packets, and ones
// that left the table (expired or evicted, with their final counters). For added and changed
// flows, `counters.bytesIn - bytesInAtTick` (and out) is their traffic during the interval.
struct EngineDiff {
    std::vector<Flow> added;
    std::vector<Flow> changed;
    std::vector<Flow> removed;
};

using SnapshotPtr = std::shared_ptr<const EngineSnapshot>;

}  // namespace flowscope
