// Snapshot sinks: how consumers receive every tick's snapshot and diff (the history recorder,
// the notifier, the flow exporter). Each sink runs on a thread of its own, named after it,
// behind a bounded hand-over: the engine never waits for a sink. When a sink's queue is full
// the tick is dropped for that sink and counted (EngineSnapshot::sinks); a sink that fails
// (returns an error or throws) is reported once, in the snapshot's warning and counters, and
// detached; the capture goes on.
//
// Order and completeness: a sink sees ticks in order; after a drop it sees a later one (its
// sequence number jumps), so a sink that needs every flow keeps its own state from the diffs
// it got and compares sequence numbers. The final snapshot (state Finished, Stopped or
// Failed) is always delivered, and Engine::stop() / wait() return once every sink has
// consumed its queue (or its finish timeout passed).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/engine/snapshot.h"

namespace flowscope {

class SnapshotSink {
public:
    virtual ~SnapshotSink() = default;
    // A short name: the thread is called "sink:<name>" (cut to 15 characters on Linux) and
    // messages say "The <name> sink stopped: …".
    virtual std::string name() const = 0;
    // One tick, on the sink's thread. An error (or an exception) detaches the sink.
    virtual Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) = 0;
    // After the final snapshot was consumed, on the sink's thread (flush, close files).
    virtual void finish() {}
};

struct SinkOptions {
    size_t capacity = 64;  // ticks waiting for the sink before new ones are dropped
    // How long stop()/wait() waits for the sink to drain its queue; a sink still busy then
    // is abandoned (its thread finishes on its own, its remaining ticks are counted as
    // dropped).
    std::chrono::milliseconds finishTimeout{10'000};
};

}  // namespace flowscope
