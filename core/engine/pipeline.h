// The parts of one capture and how they are wired (see buildPipeline in pipeline.cpp):
//
//   source ─► capture worker ─► queue ─► engine loop ─► flow table ─► snapshot ─► dispatch
//              └► dump writer              └► enrichers (names, processes, places)   └► sinks
#pragma once

#include <memory>
#include <vector>

#include "core/base/result.h"
#include "core/capture/dump_writer.h"
#include "core/capture/packet_source.h"
#include "core/engine/capture_worker.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/engine/enricher.h"
#include "core/engine/packet_queue.h"
#include "core/engine/snapshot_dispatch.h"
#include "core/engine/tick_clock.h"
#include "core/flow/flow_table.h"

namespace flowscope {

class ProcessEnricher;

struct Pipeline {
    std::unique_ptr<PacketSource> source;
    std::unique_ptr<DumpWriter> writer;  // null unless EngineConfig::writePath is set
    std::unique_ptr<PacketQueue> queue;
    std::unique_ptr<CaptureWorker> capture;
    std::unique_ptr<TickClock> clock;
    std::vector<std::unique_ptr<Enricher>> enrichers;
    ProcessEnricher* processes = nullptr;  // one of the enrichers, or null
    std::unique_ptr<FlowTable> table;
    SnapshotDispatch dispatch;
};

// Opens the source (and the dump file) and builds every part; nothing runs yet. Errors (no
// such file or adapter, no permission, bad filter, not a capture file) come back as one
// sentence, and `failedStep` says which part they came from.
Result<std::unique_ptr<Pipeline>> buildPipeline(const EngineConfig& config, StartStep& failedStep);

}  // namespace flowscope
