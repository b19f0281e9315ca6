// What the engine should capture and how.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/capture/live_capture.h"
#include "core/engine/snapshot_sink.h"
#include "core/enrich/reverse_dns_resolver.h"
#include "core/flow/flow_table.h"
#include "core/process/process_resolver.h"

namespace flowscope {

class GeoResolver;

struct EngineConfig {
    enum class Source { File, Live };
    Source source = Source::File;
    std::string filePath;   // Source::File
    LiveOptions live;       // Source::Live (live.filter is compiled by libpcap in the kernel)
    std::string filter;     // BPF filter; for live captures it is copied into live.filter
    std::string writePath;  // non-empty: also write every captured frame to this pcap file

    int64_t tickNs = 1'000'000'000;  // tick length (wall clock live, file time offline)
    // Files: at most one snapshot per this much wall time; 0: one per tick of file time (for
    // sinks that follow a file's own time); kFinalSnapshotOnly: none until the end, for a
    // command that prints only the result (`flows --read`), where each snapshot before would
    // copy every flow touched since the last one to be thrown away.
    int filePublishIntervalMs = 100;
    static constexpr int kFinalSnapshotOnly = -1;
    size_t queuePackets = 65'536;     // capacity of the capture → engine queue (live)
    size_t fileQueuePackets = 8'192;  // files wait for room, so a short queue stays in cache
    uint32_t copyBytes = 256;         // bytes of each frame handed to the decoder
    FlowTableConfig flows;

    // Live captures: find the process and program owning each TCP/UDP flow (Flow::appId,
    // Flow::pid, EngineSnapshot::applications). Never for files.
    bool identifyProcesses = true;
    // The OS backend to use; empty = createSystemProcessBackend() (tests inject their own).
    std::function<std::unique_ptr<ProcessBackend>()> processBackend;
    ProcessResolverConfig processResolver;
    // Socket events (Linux: the eBPF socket tracker) on top of the snapshots: Auto uses them
    // where this process may load them; the kernel's ring buffer has this many bytes.
    ProcessSource processSource = ProcessSource::Auto;
    size_t socketEventRingBytes = size_t(1) << 20;

    // Names of remote ends (Flow::nameId, EngineSnapshot::hostnames): learned from DNS answers,
    // TLS SNI and HTTP Host in the traffic (files and live), and, when reverseDns is set, PTR
    // lookups of addresses nothing else named (sends DNS queries: off by default).
    bool learnNames = true;
    bool reverseDns = false;
    ReverseDnsConfig reverseDnsConfig;

    // Country and AS of the top hosts (HostStat::geo); null = not looked up.
    std::shared_ptr<GeoResolver> geo;

    // Consumers of every tick (history, notifications, export); see snapshot_sink.h.
    struct Sink {
        std::shared_ptr<SnapshotSink> sink;
        SinkOptions options;
    };
    std::vector<Sink> sinks;
};

}  // namespace flowscope
