// Where a published snapshot goes: the newest one is kept for Engine::latest(), the tick
// callback gets it at once on the engine thread (the GUI bridge, which must not block), and
// every snapshot sink gets it through its own SinkRunner.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/engine/sink_runner.h"
#include "core/engine/snapshot.h"

namespace flowscope {

class SnapshotDispatch {
public:
    using TickCallback = std::function<void(const SnapshotPtr&, EngineDiff&&)>;

    void setCallback(TickCallback callback, bool wantsDiffs = true) {
        m_callback = std::move(callback);
        m_callbackWantsDiffs = wantsDiffs;
    }
    // Whether anyone reads the added and changed flows of a diff: a sink, or the callback.
    bool wantsDiffs() const { return !m_sinks.empty() || (m_callback && m_callbackWantsDiffs); }
    void addSink(std::shared_ptr<SnapshotSink> sink, SinkOptions options);
    void startSinks();
    // Engine thread.
    void deliver(SnapshotPtr snapshot, EngineDiff diff, bool final);
    // Waits for every sink to consume its queue (bounded by each sink's finish timeout), then
    // gives the latest snapshot the sinks' final counters.
    void finishSinks();

    SnapshotPtr latest() const;
    void setLatest(SnapshotPtr snapshot);
    std::vector<SinkCounters> sinkCounters() const;

private:
    TickCallback m_callback;
    bool m_callbackWantsDiffs = true;
    std::vector<std::unique_ptr<SinkRunner>> m_sinks;
    mutable std::mutex m_latestMutex;
    SnapshotPtr m_latest;
};

}  // namespace flowscope
