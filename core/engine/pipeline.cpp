#include "core/engine/pipeline.h"

#include <algorithm>

#include "core/capture/file_reader.h"
#include "core/capture/live_capture.h"
#ifndef _WIN32
#include "core/capture/capture_launcher.h"
#include "core/capture/helper_capture.h"
#endif
#ifdef __linux__
#include "core/engine/forwarded_socket_events.h"
#endif
#include "core/engine/geo_enricher.h"
#include "core/engine/name_enricher.h"
#include "core/engine/own_addresses.h"
#include "core/engine/process_enricher.h"

namespace flowscope {

namespace {

constexpr size_t kBatchPackets = 512;

// Where the capture goes through the helper, it loads the socket tracker too ("auto" or
// "ebpf"); a direct capture ignores this and the tracker is loaded in this process.
std::string helperSocketEvents(const EngineConfig& config) {
    if (!config.identifyProcesses || config.processSource == ProcessSource::Snapshot) {
        return "";
    }
    return processSourceName(config.processSource);
}

Result<std::unique_ptr<PacketSource>> openSource(const EngineConfig& config) {
    if (config.source == EngineConfig::Source::File) {
        auto reader = FileReader::open(config.filePath);
        if (!reader) {
            return reader.error();
        }
        return std::unique_ptr<PacketSource>(std::move(reader.value()));
    }
    LiveOptions options = config.live;
    if (!config.filter.empty()) {
        options.filter = config.filter;  // compiled by libpcap, in the kernel
    }
    options.socketEvents = helperSocketEvents(config);
    options.socketEventBytes = config.socketEventRingBytes;
#ifndef _WIN32
    // Directly when this process may capture, else through the flowscope-capture helper.
    return openLiveSource(options);
#else
    auto live = LiveCapture::open(options);
    if (!live) {
        return live.error();
    }
    return std::unique_ptr<PacketSource>(std::move(live.value()));
#endif
}

// The socket events for the process resolver: the helper's when the capture goes through
// it (it holds the privilege), else loaded here. `fromHelper` says which.
SocketEventChoice socketEventsFor(PacketSource& source, const EngineConfig& config,
                                  bool& fromHelper) {
    fromHelper = false;
#ifdef __linux__
    if (auto* helper = dynamic_cast<HelperCapture*>(&source);
        helper && !helper->eventsNote().empty()) {
        fromHelper = true;
        const auto status = static_cast<SocketEventsStatus>(
            std::min<uint8_t>(helper->eventsStatus(), uint8_t(SocketEventsStatus::Last)));
        if (!helper->eventsOn()) {
            return {nullptr, helper->eventsNote(), status};
        }
        return {std::make_unique<ForwardedSocketEvents>(*helper),
                joined({helper->eventsNote(),
                        phrase(FS_PHRASE("Core", "The capture helper loads them."))}),
                status};
    }
#else
    (void)source;
#endif
    return chooseSocketEventSource(config.processSource, config.socketEventRingBytes);
}

// Names for files and live captures; owning processes for live captures only; places when
// the caller gave a geo resolver.
void addEnrichers(Pipeline& p, const EngineConfig& config, bool live) {
    if (config.learnNames) {
        p.enrichers.push_back(std::make_unique<NameEnricher>(
            FlowNamerConfig{{}, config.reverseDns, config.reverseDnsConfig}));
    }
    if (live && config.identifyProcesses) {
        auto backend =
            config.processBackend ? config.processBackend() : createSystemProcessBackend();
        if (backend) {
            auto processes = std::make_unique<ProcessEnricher>(
                std::move(backend), config.processResolver, config.live.interface);
            bool fromHelper = false;
            SocketEventChoice events = socketEventsFor(*p.source, config, fromHelper);
            processes->useSocketEvents(std::move(events),
                                       config.processSource == ProcessSource::Ebpf, fromHelper);
            p.processes = processes.get();
            p.enrichers.push_back(std::move(processes));
        }
    }
    if (config.geo) {
        p.enrichers.push_back(std::make_unique<GeoEnricher>(config.geo));
    }
}

bool anyWantsNewFlows(const Pipeline& p) {
    for (const auto& e : p.enrichers) {
        if (e->wantsNewFlows()) {
            return true;
        }
    }
    return false;
}

}  // namespace

Result<std::unique_ptr<Pipeline>> buildPipeline(const EngineConfig& config, StartStep& failedStep) {
    auto p = std::make_unique<Pipeline>();
    failedStep = StartStep::Source;
    auto source = openSource(config);
    if (!source) {
        return source.error();
    }
    p->source = std::move(source.value());
    const bool live = p->source->isLive();
    failedStep = StartStep::DumpFile;
    if (!config.writePath.empty()) {
        auto writer =
            DumpWriter::open(config.writePath, p->source->linkType(), p->source->snaplen());
        if (!writer) {
            return writer.error();
        }
        p->writer = std::move(writer.value());
    }
    p->queue = std::make_unique<PacketQueue>(live ? config.queuePackets : config.fileQueuePackets,
                                             kBatchPackets, kBatchPackets * config.copyBytes);
    p->capture = std::make_unique<CaptureWorker>(*p->source, *p->queue, p->writer.get(),
                                                 config.copyBytes, live ? "" : config.filter);
    failedStep = StartStep::Filter;
    if (Status prepared = p->capture->prepare(); !prepared) {
        return prepared.error();
    }
    failedStep = StartStep::None;
    p->clock = std::make_unique<TickClock>(live ? TickClock::Mode::Live : TickClock::Mode::File,
                                           config.tickNs,
                                           int64_t(config.filePublishIntervalMs) * 1'000'000);
    addEnrichers(*p, config, live);
    FlowTableConfig flows = config.flows;
    flows.recordCreated = anyWantsNewFlows(*p);
    p->table = std::make_unique<FlowTable>(
        flows, live ? LocalityPolicy(adapterAddresses(config.live.interface)) : LocalityPolicy());
    for (const EngineConfig::Sink& s : config.sinks) {
        p->dispatch.addSink(s.sink, s.options);
    }
    return p;
}

}  // namespace flowscope
