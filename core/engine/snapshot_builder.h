// Builds a tick's snapshot from values: a pure function, testable without threads or a
// capture. Enrichers add their parts afterwards (names, applications, places).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/engine/tick_clock.h"

namespace flowscope {

struct SnapshotInputs {
    uint64_t sequence = 0;
    int64_t tickNs = 0;
    TickTimes times;
    EngineState state = EngineState::Running;
    const Totals* totals = nullptr;           // now
    const Totals* totalsAtPublish = nullptr;  // at the previous snapshot
    const Aggregates* aggregates = nullptr;
    std::vector<TickSample> samples;
    CaptureCounters capture;
    uint64_t droppedByQueue = 0;
    uint64_t skippedWhilePaused = 0;
    size_t flowCount = 0;
    // Sentences of the parts (capture, dump writer, enrichers), in order; empty ones skipped.
    std::vector<Phrase> warnings;
    std::vector<SinkCounters> sinks;  // detached ones add their sentence to the warning
    std::optional<Error> error;
};

EngineSnapshot buildSnapshot(SnapshotInputs inputs);

// The traffic of the tick that started at `startNs`: what the totals grew by since `atTick`.
TickSample makeTickSample(int64_t startNs, const Totals& now, const Totals& atTick);

// The state a capture ends in: Failed with an error, Stopped when asked to, else Finished.
EngineState finalState(bool failed, bool stopRequested);

// The final snapshot once the sinks have consumed it: their last counters, and a sentence in
// the warning for each sink that failed after the snapshot was built.
EngineSnapshot withFinalSinkCounters(const EngineSnapshot& final, std::vector<SinkCounters> sinks);

}  // namespace flowscope
