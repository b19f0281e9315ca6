#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/enrich_output.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flow_output.h"
#include "core/capture/file_reader.h"
#include "core/engine/engine.h"
#include "core/packet/link_type.h"

namespace flowscope::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onSignal(int) {
    g_interrupted.store(true);
}

const char* kFlowsHelp =
    "Usage: flowscope-cli flows (--read FILE | --interface NAME [--duration SECONDS])\n"
    "                           [--filter BPF] [--format table|csv|json] [--write FILE.pcap]\n"
    "\n"
    "Groups the packets of a capture file or a live adapter into connections and prints\n"
    "them.\n"
    "\n"
    "  --read FILE         read a pcap or pcapng file (format detected from its content)\n"
    "  --interface NAME    capture live on NAME (see 'flowscope-cli interfaces');\n"
    "                      runs until --duration elapses or Ctrl+C\n"
    "  --duration SECONDS  stop a live capture after SECONDS (decimals allowed)\n"
    "  --filter BPF        capture filter in libpcap syntax, e.g. \"tcp port 443\"\n"
    "  --format FORMAT     table (default), csv or json\n"
    "  --write FILE.pcap   also save every captured frame to a pcap file\n"
    "  --snaplen BYTES     live: bytes kept per frame (default 2048)\n"
    "  --promiscuous       live: put the adapter in promiscuous mode\n"
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
    "pid, pids, name, path, user; null when unknown). See 'flowscope-cli processes'.\n";

Result<OutputFormat> parseFormat(const std::string& text) {
    if (text == "table") {
        return OutputFormat::Table;
    }
    if (text == "csv") {
        return OutputFormat::Csv;
    }
    if (text == "json") {
        return OutputFormat::Json;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "Unknown format '" + text + "'; use table, csv or json.");
}

Result<double> parsePositive(const std::string& name, const std::string& text) {
    try {
        size_t used = 0;
        const double v = std::stod(text, &used);
        if (used == text.size() && v > 0 && v < 1e9) {
            return v;
        }
    } catch (...) {
    }
    return makeError(ErrorCode::InvalidArgument,
                     name + " needs a positive number, not '" + text + "'.");
}

SourceInfo describeSource(const Engine& engine, const EngineConfig& config,
                          const EngineSnapshot& snap) {
    SourceInfo info;
    info.live = config.source == EngineConfig::Source::Live;
    info.filter = config.filter;
    info.durationSeconds = double(snap.durationNs) / 1e9;
    info.warning = snap.warning;
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

}  // namespace

int runFlows(const std::vector<std::string>& argv) {
    auto parsed = parseArgs(
        argv,
        {"--read", "--interface", "--duration", "--filter", "--format", "--write", "--snaplen",
         "--max-flows", "--country-db", "--asn-db", "--dns-server", "--dns-timeout"},
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
    const auto read = args.get("--read");
    const auto interface = args.get("--interface");
    if (bool(read) == bool(interface)) {
        return fail(kExitUsage,
                    "Give either --read FILE or --interface NAME; run 'flowscope-cli flows "
                    "--help'.");
    }
    auto dns = reverseDnsOptions(args, false);
    if (!dns) {
        return fail(kExitUsage, dns.error().message);
    }
    OutputFormat format = OutputFormat::Table;
    if (auto f = args.get("--format")) {
        auto r = parseFormat(*f);
        if (!r) {
            return fail(kExitUsage, r.error().message);
        }
        format = r.value();
    }
    EngineConfig config;
    double durationSeconds = 0;
    if (read) {
        if (args.get("--duration")) {
            return fail(kExitUsage, "--duration applies to live captures only.");
        }
        config.source = EngineConfig::Source::File;
        config.filePath = *read;
    } else {
        config.source = EngineConfig::Source::Live;
        config.live.interface = *interface;
        config.live.promiscuous = args.has("--promiscuous");
        if (auto d = args.get("--duration")) {
            auto r = parsePositive("--duration", *d);
            if (!r) {
                return fail(kExitUsage, r.error().message);
            }
            durationSeconds = r.value();
        }
        if (auto s = args.get("--snaplen")) {
            auto r = parsePositive("--snaplen", *s);
            if (!r || r.value() < 64 || r.value() > 262144) {
                return fail(kExitUsage, "--snaplen needs a number of bytes from 64 to 262144.");
            }
            config.live.snaplen = uint32_t(r.value());
        }
    }
    if (auto m = args.get("--max-flows")) {
        auto r = parsePositive("--max-flows", *m);
        if (!r) {
            return fail(kExitUsage, r.error().message);
        }
        config.flows.maxFlows = size_t(r.value());
    }
    config.filter = args.get("--filter").value_or("");
    config.writePath = args.get("--write").value_or("");

    Engine engine(config);
    if (Status started = engine.start(); !started) {
        return fail(exitCodeFor(started.error()), started.error().message);
    }
    if (config.source == EngineConfig::Source::Live) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(durationSeconds);
        while (!g_interrupted.load()) {
            const EngineState s = engine.state();
            if (s == EngineState::Failed || s == EngineState::Finished) {
                break;
            }
            if (durationSeconds > 0 && std::chrono::steady_clock::now() >= deadline) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        engine.stop();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    } else {
        engine.wait();
    }

    const SnapshotPtr snap = engine.latest();
    std::vector<Flow> flows;
    flows.reserve(engine.table().size());
    engine.table().forEach([&](const Flow& f) { flows.push_back(f); });
    sortFlows(flows);
    // Live captures name each flow's process (the engine's resolver is stopped by now).
    FlowProcesses processes;
    const bool withProcesses = engine.processResolver() != nullptr;
    if (withProcesses) {
        processes.applications = snap->applications;
        processes.pidsOf = [&engine](uint64_t id) { return engine.flowPids(id); };
    }
    // The other end: names from the traffic, then (--resolve) reverse DNS for the rest.
    FlowAnnotations annotations;
    annotations.hostnames = snap->hostnames;
    std::vector<IpAddress> unnamed;
    for (const Flow& f : flows) {
        if (f.nameId == 0) {
            unnamed.push_back(f.remote().address);
        }
    }
    annotations.reverseNames = reverseLookup(unnamed, dns.value());
    GeoResolverOptions geoOptions;
    geoOptions.countryDb = args.get("--country-db").value_or("");
    geoOptions.asDb = args.get("--asn-db").value_or("");
    geoOptions.onFileChange = warnWhenUnusable;
    GeoResolver geo(geoOptions);
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        if (const std::string error = geo.info(role).error; !error.empty()) {
            std::cerr << "flowscope-cli: warning: " << error << "\n";
        }
    }
    annotations.geo = &geo;
    auto services = ServiceTable::loadEmbedded();
    if (services) {
        annotations.services = &services.value();
    } else {
        std::cerr << "flowscope-cli: warning: " << services.error().message << "\n";
    }
    if (config.source == EngineConfig::Source::Live) {
        annotations.own = ownAddresses();
    }
    printFlows(std::cout, format, describeSource(engine, config, *snap), *snap, flows, annotations,
               withProcesses ? &processes : nullptr);
    std::cout.flush();
    if (!snap->warning.empty()) {
        std::cerr << "flowscope-cli: warning: " << snap->warning << "\n";
    }
    if (snap->error) {
        return fail(exitCodeFor(*snap->error), snap->error->message);
    }
    return kExitOk;
}

namespace {
const CommandRegistration kRegistration{
    "flows", "group a capture file or live traffic into connections", 10, &runFlows};
}  // namespace

}  // namespace flowscope::cli
