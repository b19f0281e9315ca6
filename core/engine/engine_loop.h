// The engine thread: takes batches from the queue, decodes them into the flow table, lets the
// enrichers see packets and new flows, and publishes a snapshot and diff per tick.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "core/engine/pipeline.h"

namespace flowscope {

struct PacketBatch;

class EngineLoop {
public:
    EngineLoop(Pipeline& pipeline, std::atomic<EngineState>& state,
               const std::atomic<bool>& stopRequested);
    // Runs until the end of the stream (file read, or stop requested), then publishes the
    // final snapshot.
    void run();

private:
    void processBatch(const PacketBatch& batch);
    void processInOrder(const PacketBatch& batch);
    void processPrefetching(const PacketBatch& batch);
    void countPacket(const PacketBatch& batch, size_t index);
    void announceNewFlows();
    void closeTick(int64_t startNs);
    void publish(bool final);
    EngineState publishedState(bool final, bool failed);
    std::vector<Phrase> warnings() const;

    Pipeline& m_p;
    std::atomic<EngineState>& m_state;
    const std::atomic<bool>& m_stopRequested;
    bool m_wantsPayloads = false;
    bool m_wantsNewFlows = false;
    bool m_wantsChangedFlows = false;
    bool m_prefetch = false;  // processBatch(): chosen from the batch before

    uint64_t m_sequence = 0;
    Totals m_totalsAtTick;              // at the start of the current tick
    Totals m_totalsAtPublish;           // at the previous snapshot
    std::vector<TickSample> m_samples;  // completed ticks not yet published
};

}  // namespace flowscope
