// Runs one SnapshotSink on its own thread behind a bounded queue (see snapshot_sink.h).
// offer() is called on the engine thread and never blocks.
#pragma once

#include <memory>

#include "core/engine/snapshot_sink.h"

namespace flowscope {

class SinkRunner {
public:
    SinkRunner(std::shared_ptr<SnapshotSink> sink, SinkOptions options);
    ~SinkRunner();  // finishes
    SinkRunner(const SinkRunner&) = delete;
    SinkRunner& operator=(const SinkRunner&) = delete;

    void start();
    // Hands a tick over, or drops and counts it when the queue is full. The final tick is
    // always queued.
    void offer(const SnapshotPtr& snapshot, const std::shared_ptr<const EngineDiff>& diff,
               bool final);
    // Waits (up to the finish timeout) until the queue is consumed and finish() has run.
    void finish();
    SinkCounters counters() const;

private:
    struct State;
    std::shared_ptr<State> m_state;  // shared with the thread, which may outlive an abandon
};

}  // namespace flowscope
