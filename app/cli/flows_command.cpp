#include <chrono>
#include <condition_variable>
#include <csignal>
#include <future>
#include <iostream>
#include <memory>
#include <mutex>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/enrich_output.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flow_output.h"
#include "app/cli/flows_jsonl.h"
#include "app/cli/stop_signals.h"
#include "app/cli/warning_notices.h"
#include "core/base/thread_name.h"
#include "core/capture/file_reader.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/packet/link_type.h"

namespace flowscope::cli {

namespace {

const char* kFlowsHelp =
    "Usage: flowscope-cli flows (--read FILE | --interface NAME [--duration SECONDS])\n"
    "                           [--filter BPF] [--format table|csv|json|jsonl] [--write "
    "FILE.pcap]\n"
    "\n"
    "Groups the packets of a capture file or a live adapter into connections and prints\n"
    "them.\n"
    "\n"
    "  --read FILE         read a pcap or pcapng file (format detected from its content)\n"
    "  --interface NAME    capture live on NAME (see 'flowscope-cli interfaces');\n"
    "                      runs until --duration elapses, Ctrl+C, SIGTERM or SIGHUP\n"
    "  --duration SECONDS  stop a live capture after SECONDS (decimals allowed)\n"
    "  --filter BPF        capture filter in libpcap syntax, e.g. \"tcp port 443\"\n"
    "  --format FORMAT     table (default), csv or json; or jsonl, streamed: a line per flow\n"
    "                      and direction when it ends and every --active-timeout S (60)\n"
    "                      while it lasts, idle after --idle-timeout S (15); see\n"
    "                      docs/export.md\n"
    "  --write FILE.pcap   also save every captured frame to a pcap file\n"
    "  --snaplen BYTES     live: bytes kept per frame (default 2048)\n"
    "  --promiscuous       live: put the adapter in promiscuous mode\n"
    "  --process-source S  live: where socket owners come from: auto (default: eBPF socket\n"
    "                      events where this process may load them, else snapshots), ebpf\n"
    "                      (required; exit 1 when unavailable) or snapshot\n"
    "  --event-buffer KIB  live: the socket events' ring buffer, 64 to 65536 (default 1024)\n"
    "  --max-flows N       keep at most N flows in memory (default 1000000)\n"
    "  --resolve           reverse DNS (PTR) for remote addresses the traffic did not name\n"
    "  --dns-server IP[:PORT], --dns-timeout MS   for --resolve (see 'lookup --help')\n"
    "  --country-db FILE, --asn-db FILE   your own .mmdb files (see 'lookup --help')\n"
    "\n"
    "Each flow also names its other end: service, hostname (the TLS SNI or HTTP Host of the\n"
    "connection, else the DNS answer seen for the address, else reverse DNS with --resolve;\n"
    "hostname_source says which), country, asn {number, organization} and address_kind.\n"
    "\n"
    "Live captures also name the process owning each TCP/UDP connection (JSON \"process\":\n"
    "pid, pids, name, path, user; null when unknown). See 'flowscope-cli processes'.\n"
    "\n"
    "Ctrl+C, SIGTERM and SIGHUP end a capture or the reading of a file promptly, and what was\n"
    "collected is printed (a file read only in part exits 6); a second one ends at once.\n"
    "Exit codes: see 'flowscope-cli --help'.\n";

// Everything `flows` was asked to do.
struct FlowsOptions {
    EngineConfig config;
    double durationSeconds = 0;  // live; 0 = until stopped
    OutputFormat format = OutputFormat::Table;
    bool jsonl = false;             // streamed while the capture runs (flows_jsonl.h)
    bool sayProcessSource = false;  // --process-source given: its note goes to stderr
    ReverseDnsOptions dns;
    GeoResolverOptions geo;
    bool live() const { return config.source == EngineConfig::Source::Live; }
};

Status parseSource(const ParsedArgs& args, FlowsOptions& options) {
    const auto read = args.get("--read");
    const auto interface = args.get("--interface");
    if (bool(read) == bool(interface)) {
        return makeError(ErrorCode::InvalidArgument,
                         "Give either --read FILE or --interface NAME; run 'flowscope-cli flows "
                         "--help'.");
    }
    EngineConfig& config = options.config;
    if (read) {
        if (args.get("--duration")) {
            return makeError(ErrorCode::InvalidArgument,
                             "--duration applies to live captures only.");
        }
        config.source = EngineConfig::Source::File;
        config.filePath = *read;
        return {};
    }
    config.source = EngineConfig::Source::Live;
    config.live.interface = *interface;
    config.live.promiscuous = args.has("--promiscuous");
    if (auto d = args.get("--duration")) {
        auto r = parsePositive("--duration", *d);
        if (!r) {
            return r.error();
        }
        options.durationSeconds = r.value();
    }
    if (auto snaplen = args.get("--snaplen")) {
        auto r = parsePositive("--snaplen", *snaplen);
        if (!r || r.value() < 64 || r.value() > 262144) {
            return makeError(ErrorCode::InvalidArgument,
                             "--snaplen needs a number of bytes from 64 to 262144.");
        }
        config.live.snaplen = uint32_t(r.value());
    }
    return {};
}

// Live: where socket owners come from, and the socket events' buffer.
Status parseProcessOptions(const ParsedArgs& args, FlowsOptions& options) {
    EngineConfig& config = options.config;
    if (!options.live() && (args.get("--process-source") || args.get("--event-buffer"))) {
        return makeError(ErrorCode::InvalidArgument,
                         "--process-source and --event-buffer apply to live captures only.");
    }
    if (auto source = args.get("--process-source")) {
        if (!parseProcessSource(*source, config.processSource)) {
            return makeError(ErrorCode::InvalidArgument, "Unknown process source '" + *source +
                                                             "'; use auto, ebpf or snapshot.");
        }
        options.sayProcessSource = true;
    }
    if (auto kib = args.get("--event-buffer")) {
        auto r = parsePositive("--event-buffer", *kib);
        if (!r || r.value() < 64 || r.value() > 65536) {
            return makeError(ErrorCode::InvalidArgument,
                             "--event-buffer needs a size in KiB from 64 to 65536.");
        }
        config.socketEventRingBytes = size_t(r.value()) * 1024;
    }
    return {};
}

Status parseOutput(const ParsedArgs& args, FlowsOptions& options) {
    auto dns = reverseDnsOptions(args, false);
    if (!dns) {
        return dns.error();
    }
    options.dns = dns.value();
    options.jsonl = args.get("--format") == std::optional<std::string>("jsonl");
    if (options.jsonl) {
        // Records follow a file's own time: every tick reaches the sink, so the timeouts
        // split its flows as they would have live.
        options.config.filePublishIntervalMs = 0;
    } else {
        // Only the result is printed: no snapshot while a file is read.
        options.config.filePublishIntervalMs = EngineConfig::kFinalSnapshotOnly;
    }
    if (!options.jsonl && (args.get("--active-timeout") || args.get("--idle-timeout"))) {
        return makeError(ErrorCode::InvalidArgument,
                         "--active-timeout and --idle-timeout apply to --format jsonl only.");
    }
    if (auto f = args.get("--format"); f && !options.jsonl) {
        auto r = parseOutputFormat(*f);
        if (!r) {
            return r.error();
        }
        options.format = r.value();
    }
    if (auto m = args.get("--max-flows")) {
        auto r = parsePositive("--max-flows", *m);
        if (!r) {
            return r.error();
        }
        options.config.flows.maxFlows = size_t(r.value());
    }
    // Only flows and totals are printed: no per-host or per-service counters.
    options.config.flows.countByHostAndService = false;
    options.config.filter = args.get("--filter").value_or("");
    options.config.writePath = args.get("--write").value_or("");
    options.geo = geoResolverOptions(args);
    return {};
}

// The exit code of an engine that did not start: a --write file that could not be created
// has its own code.
int startFailure(const Engine& engine, const FlowsOptions& options, const Error& error) {
    ErrorOrigin origin = options.live() ? ErrorOrigin::OpenAdapter : ErrorOrigin::OpenFile;
    if (engine.failedStep() == StartStep::DumpFile) {
        origin = ErrorOrigin::WriteFile;
    }
    return fail(exitCodeFor(error, origin), error.message);
}

// Set by the engine's final snapshot: wakes runCapture the moment a file has been read
// instead of at its next poll.
class EngineEnded {
public:
    void set() {
        {
            std::lock_guard lock(m_mutex);
            m_ended = true;
        }
        m_wake.notify_all();
    }
    // Waits at most `timeout` for set().
    void waitFor(std::chrono::milliseconds timeout) {
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, timeout, [this] { return m_ended; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_ended = false;
};

// Runs until the source ends or fails, --duration passes, or a stop signal arrives; then
// stops the engine (which processes what is queued and publishes the final snapshot).
void runCapture(Engine& engine, const FlowsOptions& options, WarningNotices& notices,
                EngineEnded& ended) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(options.durationSeconds);
    while (StopSignals::received() == 0) {
        const EngineState s = engine.state();
        if (s == EngineState::Failed || s == EngineState::Finished) {
            break;
        }
        if (options.durationSeconds > 0 && std::chrono::steady_clock::now() >= deadline) {
            break;
        }
        notices.update(engine.latest()->warning, false);
        ended.waitFor(std::chrono::milliseconds(20));
    }
    engine.stop();
}

// One sentence when frames were lost before they could be counted. The counters do not
// overlap: the kernel's are frames its capture buffer had no room for, the adapter's frames
// that never reached the kernel, the queue's frames read but not handed to the engine.
std::string dropSentence(const EngineSnapshot& snap) {
    if (snap.dropped() == 0) {
        return {};
    }
    std::string parts;
    auto add = [&parts](uint64_t n, const char* where) {
        if (n > 0) {
            parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + where;
        }
    };
    add(snap.capture.droppedByKernel, "by the kernel's capture buffer");
    add(snap.capture.droppedByInterface, "by the adapter");
    add(snap.droppedByQueue, "by Flowscope's queue");
    return plural(snap.dropped(), "packet") + " were lost before Flowscope could count them (" +
           parts + "), so the flows undercount the traffic; capture less with --filter or a " +
           "smaller --snaplen.";
}

SourceInfo describeSource(const Engine& engine, const EngineConfig& config,
                          const EngineSnapshot& snap) {
    SourceInfo info;
    info.live = config.source == EngineConfig::Source::Live;
    info.filter = config.filter;
    info.durationSeconds = double(snap.durationNs) / 1e9;
    info.warning = snap.warning;
    if (const std::string drops = dropSentence(snap); !drops.empty()) {
        info.warning += (info.warning.empty() ? "" : " ") + drops;
    }
    if (snap.error) {
        info.error = snap.error->message;
    }
    if (info.live) {
        info.interface = config.live.interface;
        return info;
    }
    info.path = config.filePath;
    if (const auto* reader = dynamic_cast<const FileReader*>(engine.source())) {
        info.format = reader->format() == FileFormat::Pcapng     ? "pcapng"
                      : reader->format() == FileFormat::PcapNano ? "pcap-ns"
                                                                 : "pcap";
        for (const auto& iface : reader->interfaces()) {
            info.linkTypes.push_back(linkTypeName(iface.linkType));
        }
    }
    return info;
}

// The service names, read on a thread of their own while the capture runs: parsing them took
// 1.6 ms between the end of the capture and the first printed flow.
using ServicesLoad = std::future<Result<ServiceTable>>;
ServicesLoad loadServicesMeanwhile() {
    return std::async(std::launch::async, [] {
        setCurrentThreadName("services");
        return ServiceTable::loadEmbedded();
    });
}

// The flows of the table, in output order, with what is known about their other ends.
void printResult(const Engine& engine, const FlowsOptions& options, const EngineSnapshot& snap,
                 const SourceInfo& source, ServicesLoad& servicesLoad) {
    FlowList flows;
    flows.reserve(engine.table().size());
    engine.table().forEach([&](const Flow& f) { flows.push_back(&f); });
    sortFlows(flows);
    // Live captures name each flow's process (the engine's resolver is stopped by now).
    FlowProcesses processes;
    const bool withProcesses = engine.processResolver() != nullptr;
    if (withProcesses) {
        processes.applications = snap.applications;
        processes.pidsOf = [&engine](uint64_t id) { return engine.flowPids(id); };
    }
    // The other end: names from the traffic, then (--resolve) reverse DNS for the rest.
    FlowAnnotations annotations;
    annotations.hostnames = snap.hostnames;
    std::vector<IpAddress> unnamed;
    if (options.dns.enabled) {
        for (const Flow* f : flows) {
            if (f->nameId == 0) {
                unnamed.push_back(f->remote().address);
            }
        }
    }
    annotations.reverseNames = reverseLookup(unnamed, options.dns);
    GeoResolver geo(options.geo);
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        if (const std::string error = english(geo.info(role).error); !error.empty()) {
            std::cerr << "flowscope-cli: warning: " << error << "\n";
        }
    }
    annotations.geo = &geo;
    auto services = servicesLoad.get();
    if (services) {
        annotations.services = &services.value();
    } else {
        std::cerr << "flowscope-cli: warning: " << services.error().message << "\n";
    }
    if (options.live()) {
        annotations.own = ownAddresses();
    }
    printFlows(std::cout, options.format, source, snap, flows, annotations,
               withProcesses ? &processes : nullptr);
    std::cout.flush();
}

// A file whose reading a signal ended before its end: the output covers only a part of it.
std::string interruptedRead(const FlowsOptions& options, const EngineSnapshot& snap) {
    const int signal = StopSignals::received();
    if (options.live() || signal == 0 || snap.state != EngineState::Stopped) {
        return {};
    }
    return "Reading " + options.config.filePath + " was stopped by " +
           StopSignals::describe(signal) + " after " + plural(snap.capture.received, "packet") +
           ", before the end of the file; the flows cover only that part of it.";
}

// Runs a started engine to its end and prints the flows, with `services` (null: nothing to
// print); returns the exit code.
int finishFlows(Engine& engine, const FlowsOptions& options, EngineEnded& ended,
                ServicesLoad* services) {
    WarningNotices notices;
    runCapture(engine, options, notices, ended);
    const SnapshotPtr snap = engine.latest();
    SourceInfo source = describeSource(engine, options.config, *snap);
    const std::string interrupted = interruptedRead(options, *snap);
    if (!snap->error && !interrupted.empty()) {
        source.error = interrupted;
    }
    if (services) {
        printResult(engine, options, *snap, source, *services);
    }
    notices.update(source.warning, true);
    if (snap->error) {
        return fail(exitCodeFor(*snap->error, ErrorOrigin::Reading), snap->error->message);
    }
    if (!interrupted.empty()) {
        return fail(kExitInterrupted, interrupted);
    }
    // The sentence saying why was printed as a warning the moment writing failed.
    return snap->capture.writeFailed ? int(kExitWrite) : int(kExitOk);
}

// --process-source: says on stderr where owners come from. ebpf: the socket events must be
// on (loaded here, or by the capture helper); else the capture ends at once with the reason
// (auto would use snapshots).
int requireSocketEvents(Engine& engine, const FlowsOptions& options) {
    const ProcessResolver* resolver = engine.processResolver();
    if (!options.live() || !options.sayProcessSource || !resolver) {
        return kExitOk;
    }
    const ProcessResolverStats stats = resolver->stats();
    if (options.config.processSource != ProcessSource::Ebpf || !stats.eventSource.empty()) {
        std::cerr << english(stats.eventNote) << "\n";
        return kExitOk;
    }
    engine.stop();
    return fail(kExitFailure, english(stats.eventNote));
}

}  // namespace

int runFlows(const std::vector<std::string>& argv) {
    auto parsed = parseArgs(
        argv,
        {"--read", "--interface", "--duration", "--filter", "--format", "--write", "--snaplen",
         "--max-flows", "--country-db", "--asn-db", "--dns-server", "--dns-timeout",
         "--active-timeout", "--idle-timeout", "--process-source", "--event-buffer"},
        {"--help", "--promiscuous", "--resolve"}, "flows");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    const ParsedArgs& args = parsed.value();
    if (args.has("--help")) {
        std::cout << kFlowsHelp;
        return kExitOk;
    }
    if (!args.positional.empty()) {
        return fail(kExitUsage, "Unexpected argument '" + args.positional.front() +
                                    "'; did you mean --read " + args.positional.front() + "?");
    }
    FlowsOptions options;
    for (auto parse : {parseSource, parseProcessOptions, parseOutput}) {
        if (Status parsedPart = parse(args, options); !parsedPart) {
            return fail(kExitUsage, parsedPart.error().message);
        }
    }
    // A file size limit (ulimit -f) makes the --write file fail with a sentence, not kill us.
#ifdef SIGXFSZ  // not on Windows
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const StopSignals signals;
    Engine engine(options.config);
    std::shared_ptr<JsonlSink> jsonl;
    if (options.jsonl) {
        auto attached = streamFlowsJsonl(engine, args, options.live());
        if (!attached) {
            return fail(kExitUsage, attached.error().message);
        }
        jsonl = attached.value();
    }
    auto ended = std::make_shared<EngineEnded>();
    // The printing reads the engine's table at the end: the diffs are not needed.
    engine.setTickCallback(
        [ended](const SnapshotPtr& snap, EngineDiff&&) {
            if (snap->state == EngineState::Finished || snap->state == EngineState::Failed) {
                ended->set();
            }
        },
        /*wantsDiffs=*/false);
    if (Status started = engine.start(); !started) {
        return startFailure(engine, options, started.error());
    }
    if (int refused = requireSocketEvents(engine, options); refused != kExitOk) {
        return refused;
    }
    if (jsonl) {
        flowsJsonlStarted(*jsonl, engine);
    }
    ServicesLoad services = jsonl ? ServicesLoad() : loadServicesMeanwhile();
    return finishFlows(engine, options, *ended, jsonl ? nullptr : &services);
}

namespace {
const CommandRegistration kRegistration{
    "flows", "group a capture file or live traffic into connections", 10, &runFlows};
}  // namespace

}  // namespace flowscope::cli
