#include "core/engine/engine.h"

#include <atomic>
#include <mutex>
#include <thread>
#include <utility>

#include "core/engine/engine_loop.h"
#include "core/engine/pipeline.h"
#include "core/engine/process_enricher.h"

namespace flowscope {

struct Engine::Impl {
    EngineConfig config;
    TickCallback callback;
    bool callbackWantsDiffs = true;
    std::unique_ptr<Pipeline> pipeline;
    std::unique_ptr<EngineLoop> loop;
    std::thread engineThread;

    std::atomic<EngineState> state{EngineState::Idle};
    std::atomic<bool> stopRequested{false};
    std::mutex lifecycle;
    bool joined = false;
    StartStep failedStep = StartStep::None;
};

const char* engineStateName(EngineState state) {
    switch (state) {
        case EngineState::Idle:
            return "idle";
        case EngineState::Running:
            return "running";
        case EngineState::Paused:
            return "paused";
        case EngineState::Finished:
            return "finished";
        case EngineState::Failed:
            return "failed";
        case EngineState::Stopped:
            return "stopped";
    }
    return "unknown";
}

Engine::Engine(EngineConfig config) : m_impl(std::make_unique<Impl>()) {
    m_impl->config = std::move(config);
}

Engine::~Engine() {
    stop();
}

void Engine::setTickCallback(TickCallback callback, bool wantsDiffs) {
    m_impl->callback = std::move(callback);
    m_impl->callbackWantsDiffs = wantsDiffs;
}

void Engine::addSink(std::shared_ptr<SnapshotSink> sink, SinkOptions options) {
    m_impl->config.sinks.push_back({std::move(sink), options});
}

Status Engine::start() {
    Impl& d = *m_impl;
    if (d.state.load() != EngineState::Idle) {
        return makeError(ErrorCode::InvalidArgument, "The capture has already been started.");
    }
    auto built = buildPipeline(d.config, d.failedStep);
    if (!built) {
        return built.error();
    }
    d.pipeline = std::move(built.value());
    Pipeline& p = *d.pipeline;
    p.dispatch.setCallback(std::move(d.callback), d.callbackWantsDiffs);
    auto first = std::make_shared<EngineSnapshot>();
    first->state = EngineState::Running;
    first->tickNs = d.config.tickNs;
    p.dispatch.setLatest(std::move(first));
    d.state.store(EngineState::Running);

    d.loop = std::make_unique<EngineLoop>(p, d.state, d.stopRequested);
    for (auto& enricher : p.enrichers) {
        enricher->start();
    }
    p.dispatch.startSinks();
    p.capture->start();
    d.engineThread = std::thread([loop = d.loop.get()] { loop->run(); });
    return {};
}

void Engine::pause() {
    EngineState expected = EngineState::Running;
    if (m_impl->state.compare_exchange_strong(expected, EngineState::Paused)) {
        m_impl->pipeline->capture->setPaused(true);
    }
}

void Engine::resume() {
    EngineState expected = EngineState::Paused;
    if (m_impl->state.compare_exchange_strong(expected, EngineState::Running)) {
        m_impl->pipeline->capture->setPaused(false);
    }
}

void Engine::stop() {
    if (m_impl->pipeline) {
        m_impl->stopRequested.store(true);
        m_impl->pipeline->capture->setPaused(false);
        m_impl->pipeline->capture->requestStop();
    }
    wait();
}

void Engine::wait() {
    Impl& d = *m_impl;
    std::lock_guard lock(d.lifecycle);
    if (d.joined || !d.pipeline) {
        return;
    }
    Pipeline& p = *d.pipeline;
    p.capture->join();
    if (d.engineThread.joinable()) {
        d.engineThread.join();
    }
    p.queue->close();
    if (p.writer) {
        p.writer->close();
    }
    for (auto& enricher : p.enrichers) {
        enricher->stop();
    }
    p.dispatch.finishSinks();
    d.joined = true;
}

EngineState Engine::state() const {
    return m_impl->state.load();
}

SnapshotPtr Engine::latest() const {
    return m_impl->pipeline ? m_impl->pipeline->dispatch.latest() : nullptr;
}

const FlowTable& Engine::table() const {
    return *m_impl->pipeline->table;
}

uint32_t Engine::linkType() const {
    return m_impl->pipeline ? m_impl->pipeline->source->linkType() : 0;
}

StartStep Engine::failedStep() const {
    return m_impl->failedStep;
}

const PacketSource* Engine::source() const {
    return m_impl->pipeline ? m_impl->pipeline->source.get() : nullptr;
}

const std::vector<uint32_t>* Engine::flowPids(uint64_t flowId) const {
    const Pipeline* p = m_impl->pipeline.get();
    return p && p->processes ? p->processes->pidsOf(flowId) : nullptr;
}

const ProcessResolver* Engine::processResolver() const {
    const Pipeline* p = m_impl->pipeline.get();
    return p && p->processes ? &p->processes->resolver() : nullptr;
}

}  // namespace flowscope
