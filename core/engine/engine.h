// The engine: one capture from a file or an adapter, turned into flows and published as an
// immutable snapshot plus a diff every tick. It owns the threads (capture, engine, the
// enrichers' workers, one per snapshot sink); the parts and their wiring are in pipeline.h.
// Callbacks run on the engine thread; the UI forwards them to its own thread.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/base/result.h"
#include "core/engine/snapshot.h"
#include "core/engine/snapshot_sink.h"

namespace flowscope {

struct EngineConfig;  // engine_config.h: what to capture and how; only who builds one needs it
class FlowTable;
class PacketSource;
class ProcessResolver;

// The part of the pipeline a failed Engine::start() came from.
enum class StartStep { None, Source, DumpFile, Filter };

class Engine {
public:
    using TickCallback = std::function<void(const SnapshotPtr&, EngineDiff&&)>;

    explicit Engine(EngineConfig config);
    ~Engine();  // stops
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Set before start(). Called once per tick on the engine thread, and once more with the
    // final snapshot (state Finished, Failed or Stopped). It must not block (the GUI posts
    // to its own thread); consumers that take time are snapshot sinks. `wantsDiffs` false: the
    // callback ignores the diff's added and changed flows, so that, when no sink or enricher
    // wants them either, they are not copied (every flow at the end of a file).
    void setTickCallback(TickCallback callback, bool wantsDiffs = true);
    // Before start(): one more consumer of every tick, on its own thread (snapshot_sink.h).
    void addSink(std::shared_ptr<SnapshotSink> sink, SinkOptions options = {});

    // Opens the source (and the dump file) and starts the threads. Errors (no such file or
    // adapter, no permission, bad filter, not a capture file) are returned, nothing starts.
    Status start();
    // After a failed start(): which part failed (the source opens first, then the dump file,
    // then a file's filter is compiled); None after a successful one.
    StartStep failedStep() const;
    void pause();
    void resume();
    // Ends capturing, processes what is already queued, publishes the final snapshot, lets
    // the sinks consume it and joins the threads. Safe to call more than once and from any
    // thread but a callback.
    void stop();
    // Blocks until the source is exhausted (files) or stop() was called; then joins.
    void wait();

    EngineState state() const;
    // The newest published snapshot (never null after start()).
    SnapshotPtr latest() const;
    // The flow table; only valid to read once wait() or stop() has returned.
    const FlowTable& table() const;
    // The link type of the source (first interface for files); 0 before start().
    uint32_t linkType() const;
    // The source (a FileReader or a LiveCapture); valid after a successful start(). Only its
    // const, thread-safe queries may be used while running.
    const PacketSource* source() const;
    // Live captures identifying processes: every pid holding a flow's socket (null when its
    // owner is unknown). Only valid to read once wait() or stop() has returned.
    const std::vector<uint32_t>* flowPids(uint64_t flowId) const;
    // The process resolver (null for files or when identifyProcesses is off).
    const ProcessResolver* processResolver() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace flowscope
