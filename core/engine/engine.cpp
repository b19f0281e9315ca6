#include "core/engine/engine.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include "core/capture/adapters.h"
#include "core/capture/dump_writer.h"
#include "core/capture/file_reader.h"
#include "core/capture/live_capture.h"
#include "core/engine/capture_worker.h"
#include "core/engine/packet_queue.h"
#include "core/packet/decoder.h"

namespace flowscope {

namespace {

constexpr size_t kBatchPackets = 512;

int64_t wallNowNs() {
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

int64_t floorToTick(int64_t t, int64_t tick) {
    int64_t q = t / tick;
    if (t % tick < 0) {
        --q;
    }
    return q * tick;
}

template <class Map, class Stat, class Make>
std::vector<Stat> topByBytes(const Map& map, size_t n, Make make) {
    std::vector<Stat> out;
    out.reserve(map.size());
    for (const auto& [key, counters] : map) {
        out.push_back(make(key, counters));
    }
    auto byBytes = [](const Stat& x, const Stat& y) {
        return x.counters.bytes() > y.counters.bytes();
    };
    if (out.size() > n) {
        std::partial_sort(out.begin(), out.begin() + long(n), out.end(), byBytes);
        out.resize(n);
    } else {
        std::sort(out.begin(), out.end(), byBytes);
    }
    return out;
}

FlowCounters minus(const FlowCounters& a, const FlowCounters& b) {
    return {a.packetsOut - b.packetsOut, a.packetsIn - b.packetsIn, a.bytesOut - b.bytesOut,
            a.bytesIn - b.bytesIn};
}

}  // namespace

// The addresses of the adapter we capture on (all adapters for "any"): flows with one of
// these at one end have that end as their local side.
std::vector<IpAddress> Engine::ownAddresses(const std::string& interface) {
    std::vector<IpAddress> out;
    auto adapters = listAdapters();
    if (!adapters) {
        return out;
    }
    for (const auto& adapter : adapters.value()) {
        if (interface == "any" || adapter.name == interface) {
            for (const auto& a : adapter.addresses) {
                out.push_back(a.address);
            }
        }
    }
    return out;
}

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

Engine::Engine(EngineConfig config) : m_config(std::move(config)) {}

Engine::~Engine() {
    stop();
}

void Engine::setTickCallback(TickCallback callback) {
    m_callback = std::move(callback);
}

uint32_t Engine::linkType() const {
    return m_source ? m_source->linkType() : 0;
}

Status Engine::start() {
    if (m_state.load() != EngineState::Idle) {
        return makeError(ErrorCode::InvalidArgument, "The capture has already been started.");
    }
    LocalityPolicy locality;
    if (m_config.source == EngineConfig::Source::File) {
        auto reader = FileReader::open(m_config.filePath);
        if (!reader) {
            return reader.error();
        }
        m_source = std::move(reader.value());
    } else {
        LiveOptions options = m_config.live;
        if (!m_config.filter.empty()) {
            options.filter = m_config.filter;
        }
        auto live = LiveCapture::open(options);
        if (!live) {
            return live.error();
        }
        m_source = std::move(live.value());
        locality = LocalityPolicy(ownAddresses(options.interface));
        m_ownAddressesListed = std::chrono::steady_clock::now();
    }
    if (!m_config.writePath.empty()) {
        auto writer =
            DumpWriter::open(m_config.writePath, m_source->linkType(), m_source->snaplen());
        if (!writer) {
            return writer.error();
        }
        m_writer = std::move(writer.value());
    }
    const bool live = m_source->isLive();
    m_queue =
        std::make_unique<PacketQueue>(live ? m_config.queuePackets : m_config.fileQueuePackets,
                                      kBatchPackets, kBatchPackets * m_config.copyBytes);
    m_capture =
        std::make_unique<CaptureWorker>(*m_source, *m_queue, m_writer.get(), m_config.copyBytes,
                                        live ? std::string() : m_config.filter);
    if (Status prepared = m_capture->prepare(); !prepared) {
        return prepared;
    }
    FlowTableConfig flows = m_config.flows;
    if (live && m_config.identifyProcesses) {
        auto backend =
            m_config.processBackend ? m_config.processBackend() : createSystemProcessBackend();
        if (backend) {
            m_resolver =
                std::make_unique<ProcessResolver>(std::move(backend), m_config.processResolver);
            flows.recordCreated = true;
        }
    }
    if (m_config.learnNames) {
        FlowNamerConfig names;
        names.reverseDns = m_config.reverseDns;
        names.reverse = m_config.reverseDnsConfig;
        m_namer = std::make_unique<FlowNamer>(std::move(names));
        flows.recordCreated = true;
    }
    m_table = std::make_unique<FlowTable>(flows, std::move(locality));
    {
        auto first = std::make_shared<EngineSnapshot>();
        first->state = EngineState::Running;
        first->tickNs = m_config.tickNs;
        std::lock_guard lock(m_latestMutex);
        m_latest = std::move(first);
    }
    m_state.store(EngineState::Running);
    if (m_resolver) {
        m_resolver->start();
    }
    m_capture->start();
    m_engineThread = std::thread([this] { engineLoop(); });
    return {};
}

void Engine::pause() {
    EngineState expected = EngineState::Running;
    if (m_state.compare_exchange_strong(expected, EngineState::Paused)) {
        m_capture->setPaused(true);
    }
}

void Engine::resume() {
    EngineState expected = EngineState::Paused;
    if (m_state.compare_exchange_strong(expected, EngineState::Running)) {
        m_capture->setPaused(false);
    }
}

void Engine::stop() {
    if (m_capture) {
        m_stopRequested.store(true);
        m_capture->setPaused(false);
        m_capture->requestStop();
    }
    wait();
}

void Engine::wait() {
    std::lock_guard lock(m_lifecycle);
    if (m_joined || !m_capture) {
        return;
    }
    m_capture->join();
    if (m_engineThread.joinable()) {
        m_engineThread.join();
    }
    m_queue->close();
    if (m_writer) {
        m_writer->close();
    }
    if (m_resolver) {
        m_resolver->stop();
    }
    m_joined = true;
}

SnapshotPtr Engine::latest() const {
    std::lock_guard lock(m_latestMutex);
    return m_latest;
}

void Engine::processBatch(const PacketBatch& batch) {
    DecodedPacket decoded;
    const bool fileTime = !m_source->isLive();
    for (const QueuedPacket& p : batch.packets) {
        if (!m_sawPacket) {
            m_sawPacket = true;
            m_firstPacketNs = p.timestampNs;
            if (fileTime) {
                m_tickStartNs = floorToTick(p.timestampNs, m_config.tickNs);
                m_timeAtPublishNs = p.timestampNs;
            }
        }
        if (fileTime && p.timestampNs >= m_tickStartNs + m_config.tickNs) {
            // The file's own timeline: the tick that just ended becomes a sample; empty ticks
            // between two packets far apart are not recorded one by one.
            closeTick();
            m_tickStartNs = floorToTick(p.timestampNs, m_config.tickNs);
        }
        if (p.timestampNs > m_lastPacketNs) {
            m_lastPacketNs = p.timestampNs;
        }
        const DecodeStatus status =
            decodePacket(p.linkType, batch.bytes.data() + p.offset, p.capturedLength, decoded);
        m_table->addPacket(status, decoded, p.timestampNs, p.wireLength);
        if (m_namer && status == DecodeStatus::Ip && decoded.payloadLength > 0) {
            nameConnection(decoded, batch.bytes.data() + p.offset, p.capturedLength, p);
        }
    }
}

bool Engine::filePublishDue() const {
    return std::chrono::steady_clock::now() - m_lastPublishWall >=
           std::chrono::milliseconds(m_config.filePublishIntervalMs);
}

void Engine::engineLoop() {
    const bool live = m_source->isLive();
    int64_t nextWallTick = 0;
    m_lastPublishWall = std::chrono::steady_clock::now();
    if (live) {
        m_tickStartNs = wallNowNs();
        m_timeAtPublishNs = m_tickStartNs;
        nextWallTick = m_tickStartNs + m_config.tickNs;
    }
    while (true) {
        int64_t waitNs = 50'000'000;
        if (live) {
            waitNs = std::clamp<int64_t>(nextWallTick - wallNowNs(), 0, waitNs);
        }
        auto batch = m_queue->pop(waitNs);
        bool end = false;
        if (batch) {
            end = batch->endOfStream;
            processBatch(*batch);
            m_queue->recycle(std::move(batch));
            if (m_resolver || m_namer) {
                handleNewFlows();  // at once: short connections must be seen while they live
            }
        }
        if (end) {
            break;
        }
        if (live && wallNowNs() >= nextWallTick) {
            closeTick();
            publish(false);
            m_tickStartNs = nextWallTick;
            nextWallTick += m_config.tickNs;
            if (nextWallTick <= wallNowNs()) {  // we fell behind (suspend): do not catch up
                nextWallTick = wallNowNs() + m_config.tickNs;
            }
        } else if (!live && filePublishDue()) {
            publish(false);
        }
    }
    closeTick();
    publish(true);
}

void Engine::closeTick() {
    const Totals& totals = m_table->totals();
    TickSample sample;
    sample.startNs = m_tickStartNs;
    sample.traffic = minus(totals.direction, m_totalsAtTick.direction);
    sample.packets = totals.packets - m_totalsAtTick.packets;
    sample.bytes = totals.bytes - m_totalsAtTick.bytes;
    m_totalsAtTick = totals;
    if (sample.packets > 0 || m_source->isLive()) {
        m_samples.push_back(sample);
    }
}

void Engine::publish(bool final) {
    const bool live = m_source->isLive();
    m_lastPublishWall = std::chrono::steady_clock::now();
    if (m_config.flows.idleTimeoutNs > 0) {
        m_table->expireIdle(live ? wallNowNs() : m_lastPacketNs);
    }
    if (m_resolver || m_namer) {
        handleNewFlows();
    }
    if (m_namer) {
        for (const auto& [flowId, nameId] : m_namer->takeReverseNames()) {
            const Flow* f = m_table->find(flowId);
            if (f && f->nameId == 0) {
                m_table->setName(flowId, nameId);
            }
        }
    }
    if (m_resolver) {
        if (final && m_resolver->stats().pending > 0) {
            (void)m_resolver->refreshNow();  // a last look for connections still unknown
        }
        applyAttributions();
    }
    FlowChanges changes = m_table->takeChanges();
    if (m_resolver) {
        m_accounting.beginInterval();
        for (const Flow& f : changes.added) {
            m_accounting.account(f);
        }
        for (const Flow& f : changes.changed) {
            m_accounting.account(f);
        }
        for (const Flow& f : changes.removed) {
            m_resolver->untrack(f.id);
            m_accounting.remove(f);
        }
    }

    auto snap = std::make_shared<EngineSnapshot>();
    snap->sequence = ++m_sequence;
    snap->tickNs = m_config.tickNs;
    snap->timeNs = live ? wallNowNs() : m_lastPacketNs;
    snap->intervalNs = std::max<int64_t>(0, snap->timeNs - m_timeAtPublishNs);
    m_timeAtPublishNs = snap->timeNs;
    snap->durationNs = m_sawPacket ? std::max<int64_t>(0, snap->timeNs - m_firstPacketNs) : 0;
    const Totals& totals = m_table->totals();
    snap->totals = totals;
    snap->samples = std::exchange(m_samples, {});
    snap->intervalTraffic = minus(totals.direction, m_totalsAtPublish.direction);
    snap->intervalPackets = totals.packets - m_totalsAtPublish.packets;
    m_totalsAtPublish = totals;
    snap->capture = m_capture->counters();
    snap->droppedByQueue = m_capture->droppedByQueue();
    snap->skippedWhilePaused = m_capture->skippedWhilePaused();
    snap->flowCount = m_table->size();

    const Aggregates& agg = m_table->aggregates();
    const size_t n = EngineSnapshot::kTopN;
    snap->topHosts = topByBytes<decltype(agg.byRemoteHost()), HostStat>(
        agg.byRemoteHost(), n, [](const IpAddress& a, const FlowCounters& c) {
            return HostStat{a, c};
        });
    snap->topServices = topByBytes<decltype(agg.byService()), ServiceStat>(
        agg.byService(), n, [](const ServiceKey& k, const FlowCounters& c) {
            return ServiceStat{k, c};
        });
    for (size_t proto = 0; proto < agg.byProtocol().size(); ++proto) {
        if (agg.byProtocol()[proto].packets() > 0) {
            snap->protocols.push_back(ProtocolStat{uint8_t(proto), agg.byProtocol()[proto]});
        }
    }

    if (m_namer) {
        for (const Flow& f : changes.removed) {
            m_namer->forgetFlow(f.id);
        }
        snap->hostnames = m_namer->table();
    }
    if (m_resolver) {
        snap->applications = m_resolver->applications();
        snap->topApplications = m_accounting.top(n);
    }

    std::string warning = m_capture->warning();
    if (m_writer && m_writer->lost() > 0) {
        if (!warning.empty()) {
            warning += ' ';
        }
        warning += std::to_string(m_writer->lost());
        warning += " frames could not be written to ";
        warning += m_writer->path();
        warning += " because the disk was too slow.";
    }
    if (m_resolver) {
        const std::string processError = m_resolver->stats().lastError;
        if (!processError.empty()) {
            if (!warning.empty()) {
                warning += ' ';
            }
            warning += "Processes cannot be identified: " + processError;
        }
    }
    if (m_namer && !m_namer->reverseDnsProblem().empty()) {
        if (!warning.empty()) {
            warning += ' ';
        }
        warning += "Reverse DNS is off: " + m_namer->reverseDnsProblem();
    }
    snap->warning = warning;
    EngineState state = m_state.load();
    if (final) {
        snap->error = m_capture->error();
        if (snap->error) {
            state = EngineState::Failed;
        } else if (m_stopRequested.load()) {
            state = EngineState::Stopped;
        } else {
            state = EngineState::Finished;
        }
        m_state.store(state);
    }
    snap->state = state;

    EngineDiff diff{std::move(changes.added), std::move(changes.changed),
                    std::move(changes.removed)};
    SnapshotPtr published = std::move(snap);
    {
        std::lock_guard lock(m_latestMutex);
        m_latest = published;
    }
    if (m_callback) {
        m_callback(published, std::move(diff));
    }
}

}  // namespace flowscope
