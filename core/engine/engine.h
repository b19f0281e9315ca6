// The engine owns the threads: a capture thread reading frames into a bounded queue, and an
// engine thread decoding them into the flow table and publishing a snapshot plus a diff every
// tick. Callbacks run on the engine thread; the UI forwards them to its own thread.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "core/base/result.h"
#include "core/engine/application_accounting.h"
#include "core/engine/engine_config.h"
#include "core/engine/flow_namer.h"
#include "core/engine/snapshot.h"
#include "core/flow/flow_table.h"

namespace flowscope {

class PacketSource;
class PacketQueue;
class DumpWriter;
class CaptureWorker;

class Engine {
public:
    using TickCallback = std::function<void(const SnapshotPtr&, EngineDiff&&)>;

    explicit Engine(EngineConfig config);
    ~Engine();  // stops
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Set before start(). Called once per tick on the engine thread, and once more with the
    // final snapshot (state Finished, Failed or Stopped).
    void setTickCallback(TickCallback callback);

    // Opens the source (and the dump file) and starts the threads. Errors (no such file or
    // adapter, no permission, bad filter, not a capture file) are returned, nothing starts.
    Status start();
    void pause();
    void resume();
    // Ends capturing, processes what is already queued, publishes the final snapshot and
    // joins the threads. Safe to call more than once and from any thread but a callback.
    void stop();
    // Blocks until the source is exhausted (files) or stop() was called; then joins.
    void wait();

    EngineState state() const { return m_state.load(); }
    // The newest published snapshot (never null after start()).
    SnapshotPtr latest() const;
    // The flow table; only valid to read once wait() or stop() has returned.
    const FlowTable& table() const { return *m_table; }
    // The link type of the source (first interface for files).
    uint32_t linkType() const;
    // The source (a FileReader or a LiveCapture); valid after a successful start(). Only its
    // const, thread-safe queries may be used while running.
    const PacketSource* source() const { return m_source.get(); }
    // Live captures identifying processes: every pid holding a flow's socket (null when its
    // owner is unknown). Only valid to read once wait() or stop() has returned.
    const std::vector<uint32_t>* flowPids(uint64_t flowId) const {
        return m_accounting.pidsOf(flowId);
    }
    // The process resolver (null for files or when identifyProcesses is off).
    const ProcessResolver* processResolver() const { return m_resolver.get(); }

private:
    void engineLoop();
    void processBatch(const struct PacketBatch& batch);
    void closeTick();
    void publish(bool final);
    void handleNewFlows();
    void nameConnection(const DecodedPacket& decoded, const uint8_t* bytes, uint32_t capturedLength,
                        const struct QueuedPacket& p);
    void applyAttributions();
    bool belongsHere(const IpAddress& local, const IpAddress& remote);
    bool filePublishDue() const;
    // The addresses of the adapter captured on (all adapters for "any").
    static std::vector<IpAddress> ownAddresses(const std::string& interface);

    EngineConfig m_config;
    TickCallback m_callback;
    std::unique_ptr<PacketSource> m_source;
    std::unique_ptr<DumpWriter> m_writer;
    std::unique_ptr<PacketQueue> m_queue;
    std::unique_ptr<CaptureWorker> m_capture;
    std::unique_ptr<FlowTable> m_table;
    std::unique_ptr<ProcessResolver> m_resolver;
    std::unique_ptr<FlowNamer> m_namer;  // names of remote ends (EngineConfig::learnNames)
    ApplicationAccounting m_accounting;  // engine thread
    std::thread m_engineThread;

    std::atomic<EngineState> m_state{EngineState::Idle};
    std::atomic<bool> m_stopRequested{false};
    std::mutex m_lifecycle;
    bool m_joined = false;

    mutable std::mutex m_latestMutex;
    SnapshotPtr m_latest;

    // Engine-thread state.
    uint64_t m_sequence = 0;
    int64_t m_firstPacketNs = 0;
    int64_t m_tickStartNs = 0;  // capture-time start of the current tick
    int64_t m_lastPacketNs = 0;
    int64_t m_timeAtPublishNs = 0;
    bool m_sawPacket = false;
    Totals m_totalsAtTick;              // at the start of the current tick
    Totals m_totalsAtPublish;           // at the previous snapshot
    std::vector<TickSample> m_samples;  // completed ticks not yet published
    std::chrono::steady_clock::time_point m_lastPublishWall;
    std::chrono::steady_clock::time_point m_ownAddressesListed;
};

}  // namespace flowscope
