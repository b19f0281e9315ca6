#include "core/engine/snapshot_dispatch.h"

#include <utility>

#include "core/engine/snapshot_builder.h"

namespace flowscope {

void SnapshotDispatch::addSink(std::shared_ptr<SnapshotSink> sink, SinkOptions options) {
    m_sinks.push_back(std::make_unique<SinkRunner>(std::move(sink), options));
}

void SnapshotDispatch::startSinks() {
    for (auto& sink : m_sinks) {
        sink->start();
    }
}

void SnapshotDispatch::deliver(SnapshotPtr snapshot, EngineDiff diff, bool final) {
    setLatest(snapshot);
    if (!m_sinks.empty()) {
        // The callback consumes its diff (the GUI moves the flows into its models); sinks
        // share one read-only copy.
        auto shared = std::make_shared<const EngineDiff>(diff);
        for (auto& sink : m_sinks) {
            sink->offer(snapshot, shared, final);
        }
    }
    if (m_callback) {
        m_callback(snapshot, std::move(diff));
    }
}

void SnapshotDispatch::finishSinks() {
    if (m_sinks.empty()) {
        return;
    }
    for (auto& sink : m_sinks) {
        sink->finish();
    }
    // A sink may fail on the final snapshot or on ticks it had still queued: latest() says so.
    std::lock_guard lock(m_latestMutex);
    if (m_latest) {
        m_latest = std::make_shared<const EngineSnapshot>(
            withFinalSinkCounters(*m_latest, sinkCounters()));
    }
}

SnapshotPtr SnapshotDispatch::latest() const {
    std::lock_guard lock(m_latestMutex);
    return m_latest;
}

void SnapshotDispatch::setLatest(SnapshotPtr snapshot) {
    std::lock_guard lock(m_latestMutex);
    m_latest = std::move(snapshot);
}

std::vector<SinkCounters> SnapshotDispatch::sinkCounters() const {
    std::vector<SinkCounters> out;
    out.reserve(m_sinks.size());
    for (const auto& sink : m_sinks) {
        out.push_back(sink->counters());
    }
    return out;
}

}  // namespace flowscope
