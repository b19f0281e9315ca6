#include "core/engine/engine_loop.h"

#include <utility>

#include "core/base/thread_name.h"
#include "core/engine/snapshot_builder.h"

namespace flowscope {

namespace {
constexpr int64_t kMaxWaitNs = 50'000'000;  // files: how often a publish is considered
// Flows removed (evicted at the cap, or expired) wait in the table for the next snapshot. A
// file read with no snapshot before the end would gather them all: a snapshot is taken when
// this many are waiting, so --max-flows still bounds the memory (8 MiB of them).
constexpr size_t kMaxPendingRemovals = 65'536;
}  // namespace

EngineLoop::EngineLoop(Pipeline& pipeline, std::atomic<EngineState>& state,
                       const std::atomic<bool>& stopRequested)
    : m_p(pipeline), m_state(state), m_stopRequested(stopRequested) {
    for (const auto& e : m_p.enrichers) {
        m_wantsPayloads = m_wantsPayloads || e->wantsPayloads();
        m_wantsNewFlows = m_wantsNewFlows || e->wantsNewFlows();
        m_wantsChangedFlows = m_wantsChangedFlows || e->wantsChangedFlows();
    }
}

void EngineLoop::run() {
    setCurrentThreadName("engine");
    TickClock& clock = *m_p.clock;
    clock.begin();
    while (true) {
        auto batch = m_p.queue->pop(clock.waitNs(kMaxWaitNs));
        bool end = false;
        if (batch) {
            end = batch->endOfStream;
            processBatch(*batch);
            m_p.queue->recycle(std::move(batch));
            announceNewFlows();  // at once: short connections must be seen while they live
        }
        if (end) {
            break;
        }
        if (auto ended = clock.takeDueTick()) {
            closeTick(*ended);
            publish(false);
        } else if (clock.filePublishDue() || m_p.table->pendingRemovals() >= kMaxPendingRemovals) {
            publish(false);
        }
    }
    closeTick(clock.currentTickStart());
    publish(true);
}

// Prefetching pays when the flows do not fit in the caches and consecutive frames belong to
// different flows (many connections at once, interleaved); on traffic in trains of one flow,
// or on few flows, it would only add work (about 10 % of the engine's time on the trains file
// of bench/). So the choice is made per batch from the one before.
void EngineLoop::processBatch(const PacketBatch& batch) {
    constexpr size_t kManyFlows = 8192;  // 1.3 MiB of flow slots alone: beyond most L2 caches
    const FlowTable& table = *m_p.table;
    const uint64_t followersBefore = table.followers();
    if (m_prefetch) {
        processPrefetching(batch);
    } else {
        processInOrder(batch);
    }
    const uint64_t followers = table.followers() - followersBefore;
    m_prefetch = table.size() > kManyFlows && followers * 2 < batch.packets.size();
}

// Frames arrive decoded, with their keys (CaptureWorker).
void EngineLoop::processInOrder(const PacketBatch& batch) {
    for (size_t i = 0; i < batch.packets.size(); ++i) {
        countPacket(batch, i);
    }
}

// The flow table prefetches what counting a frame will touch in three stages, kStage frames
// apart (FlowTable::prefetchBucket): with 100,000 flows visited in no order, a frame's index
// bucket, flow and host counters were each a cache miss in turn; now the misses of several
// frames overlap (docs/benchmarks.md).
void EngineLoop::processPrefetching(const PacketBatch& batch) {
    constexpr size_t kStage = 4;
    const FlowTable& table = *m_p.table;
    const size_t n = batch.packets.size();
    for (size_t i = 0; i < n + 3 * kStage; ++i) {
        if (i < n) {
            table.prefetchBucket(batch.frames[i].hint);
        }
        // Most frames of real traffic follow one of their own flow (hint.repeat): no call.
        if (i >= kStage && i - kStage < n) {
            if (const auto& hint = batch.frames[i - kStage].hint; hint.valid && !hint.repeat) {
                table.prefetchFlow(hint);
            }
        }
        if (i >= 2 * kStage && i - 2 * kStage < n) {
            if (const auto& hint = batch.frames[i - 2 * kStage].hint; hint.valid && !hint.repeat) {
                table.prefetchNeighbours(hint);
            }
        }
        if (i >= 3 * kStage) {
            countPacket(batch, i - 3 * kStage);
        }
    }
}

void EngineLoop::countPacket(const PacketBatch& batch, size_t index) {
    const QueuedPacket& p = batch.packets[index];
    const DecodedFrame& frame = batch.frames[index];
    const DecodedPacket& decoded = frame.decoded;
    const DecodeStatus status = frame.status;
    if (auto ended = m_p.clock->onPacket(p.timestampNs)) {
        closeTick(*ended);
    }
    // Without a valid hint (not IP, or a later fragment) this counts as the plain addPacket().
    m_p.table->addPacket(status, decoded, p.timestampNs, p.wireLength, frame.hint);
    if (m_wantsPayloads && status == DecodeStatus::Ip && decoded.payloadLength > 0) {
        const uint8_t* bytes = batch.bytes.data() + p.offset;
        const PayloadPacket packet{
            decoded, {bytes, p.capturedLength}, p.wireLength, p.timestampNs, frame.mayName};
        for (const auto& e : m_p.enrichers) {
            if (e->wantsPayloads()) {
                e->onPacket(packet, *m_p.table);
            }
        }
    }
}

void EngineLoop::announceNewFlows() {
    if (!m_wantsNewFlows) {
        return;
    }
    for (uint64_t id : m_p.table->takeCreated()) {
        for (const auto& e : m_p.enrichers) {
            // Looked up again for each enricher: an earlier one may have updated the flow.
            if (const Flow* f = m_p.table->find(id)) {
                e->onNewFlow(*f, *m_p.table);
            }
        }
    }
}

void EngineLoop::closeTick(int64_t startNs) {
    const Totals& totals = m_p.table->totals();
    TickSample sample = makeTickSample(startNs, totals, m_totalsAtTick);
    m_totalsAtTick = totals;
    if (sample.packets > 0 || m_p.clock->keepsEmptyTicks()) {
        m_samples.push_back(sample);
    }
}

std::vector<Phrase> EngineLoop::warnings() const {
    std::vector<Phrase> out{m_p.capture->warning()};
    if (m_p.writer && m_p.writer->lost() > 0) {
        out.push_back(phrase(FS_PHRASE("Core",
                                       "%1 frames could not be written to %2 because the "
                                       "disk was too slow."),
                             {number(m_p.writer->lost()), verbatim(m_p.writer->path())}));
    }
    for (const auto& e : m_p.enrichers) {
        out.push_back(e->warningPhrase());
    }
    return out;
}

EngineState EngineLoop::publishedState(bool final, bool failed) {
    if (!final) {
        return m_state.load();
    }
    const EngineState state = finalState(failed, m_stopRequested.load());
    m_state.store(state);
    return state;
}

void EngineLoop::publish(bool final) {
    FlowTable& table = *m_p.table;
    const TickTimes times = m_p.clock->stamp();
    table.expireIdle(m_p.clock->expiryNowNs());  // does nothing without an idle timeout
    announceNewFlows();
    for (const auto& e : m_p.enrichers) {
        e->beforeChanges(table, final);
    }
    FlowChanges changes = table.takeChanges(m_wantsChangedFlows || m_p.dispatch.wantsDiffs());
    for (const auto& e : m_p.enrichers) {
        e->onChanges(changes);
    }

    SnapshotInputs in;
    in.sequence = ++m_sequence;
    in.tickNs = m_p.clock->tickNs();
    in.times = times;
    in.totals = &table.totals();
    in.totalsAtPublish = &m_totalsAtPublish;
    in.aggregates = &table.aggregates();
    in.samples = std::exchange(m_samples, {});
    in.capture = m_p.capture->counters();
    in.droppedByQueue = m_p.capture->droppedByQueue();
    in.skippedWhilePaused = m_p.capture->skippedWhilePaused();
    in.flowCount = table.size();
    in.warnings = warnings();
    in.sinks = m_p.dispatch.sinkCounters();
    if (final) {
        in.error = m_p.capture->error();
    }
    in.state = publishedState(final, in.error.has_value());
    EngineSnapshot snap = buildSnapshot(std::move(in));
    m_totalsAtPublish = table.totals();
    for (const auto& e : m_p.enrichers) {
        e->contribute(snap);
    }
    EngineDiff diff{std::move(changes.added), std::move(changes.changed),
                    std::move(changes.removed)};
    m_p.dispatch.deliver(std::make_shared<const EngineSnapshot>(std::move(snap)), std::move(diff),
                         final);
}

}  // namespace flowscope
