// `flowscope-cli export`: a capture file or a live adapter turned into flow records and sent
// to an existing IPFIX collector (nfcapd, nfacctd, GoFlow2, ...) over UDP, by the exporter
// sink of core/export. A file's flows keep their original timestamps.
#include <net/if.h>

#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/stop_signals.h"
#include "app/cli/warning_notices.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/export/ipfix_exporter.h"

namespace flowscope::cli {

namespace {

const char* kExportHelp =
    "Usage: flowscope-cli export (--read FILE | --interface NAME) --ipfix HOST[:PORT]\n"
    "                            [--transport udp|tcp] [--active-timeout S] [--idle-timeout S]\n"
    "                            [--duration S] [--filter BPF] [--observation-domain N]\n"
    "                            [--enterprise-number N]\n"
    "\n"
    "Sends every flow, with the program behind it where it is known, as IPFIX (RFC 7011)\n"
    "records to a collector: one record per direction, at the active timeout, at the idle\n"
    "timeout, when the flow ends and at the end of the capture. See docs/export.md.\n"
    "\n"
    "  --read FILE             export a capture file's flows (original timestamps)\n"
    "  --interface NAME        capture live on NAME (see 'flowscope-cli interfaces')\n"
    "  --ipfix HOST[:PORT]     the collector; port 4739 when left out; IPv6 as [ADDR]:PORT\n"
    "  --transport udp|tcp     UDP (default), or TCP with reconnects and a bounded backlog\n"
    "  --active-timeout S      report a flow that is still active every S seconds (60)\n"
    "  --idle-timeout S        report a flow idle for S seconds (15)\n"
    "  --duration S            live: stop after S seconds; else Ctrl+C or SIGTERM stops\n"
    "  --filter BPF            capture filter in libpcap syntax\n"
    "  --observation-domain N  the observation domain id of the messages (1)\n"
    "  --enterprise-number N   the Private Enterprise Number of Flowscope's own elements\n"
    "                          (default 32473, RFC 5612's documentation number)\n"
    "Exit codes: see 'flowscope-cli --help'.\n";

struct ExportOptions {
    EngineConfig config;
    ipfix::ExporterOptions exporter;
    double durationSeconds = 0;
};

// "host", "host:port", "[v6]:port" or a bare IPv6 address.
Status parseCollector(const std::string& text, ipfix::ExporterOptions& out) {
    std::string host = text;
    std::string port;
    if (!text.empty() && text.front() == '[') {
        const size_t close = text.find(']');
        if (close == std::string::npos) {
            return makeError(ErrorCode::InvalidArgument,
                             "--ipfix '" + text + "' lacks the closing ']'; write [ADDR]:PORT.");
        }
        host = text.substr(1, close - 1);
        if (close + 1 < text.size()) {
            if (text[close + 1] != ':') {
                return makeError(ErrorCode::InvalidArgument,
                                 "--ipfix '" + text + "' is not [ADDR]:PORT.");
            }
            port = text.substr(close + 2);
        }
    } else if (const size_t colon = text.find(':');
               colon != std::string::npos && text.find(':', colon + 1) == std::string::npos) {
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    if (host.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "--ipfix needs the collector's address, e.g. 127.0.0.1:4739.");
    }
    out.host = host;
    if (!port.empty()) {
        char* end = nullptr;
        const long value = std::strtol(port.c_str(), &end, 10);
        if (*end != '\0' || value < 1 || value > 65535) {
            return makeError(ErrorCode::InvalidArgument,
                             "--ipfix port '" + port + "' is not a port number (1-65535).");
        }
        out.port = static_cast<uint16_t>(value);
    }
    return {};
}

Status parseNumber(const ParsedArgs& args, const char* name, uint32_t& out) {
    if (auto text = args.get(name)) {
        char* end = nullptr;
        const unsigned long long value = std::strtoull(text->c_str(), &end, 10);
        if (text->empty() || *end != '\0' || value > 0xffffffffULL) {
            return makeError(ErrorCode::InvalidArgument, std::string(name) +
                                                             " needs a whole number below 2^32, "
                                                             "not '" +
                                                             *text + "'.");
        }
        out = static_cast<uint32_t>(value);
    }
    return {};
}

Status parseSeconds(const ParsedArgs& args, const char* name, int64_t& ns) {
    if (auto text = args.get(name)) {
        auto r = parsePositive(name, *text);
        if (!r) {
            return r.error();
        }
        ns = static_cast<int64_t>(r.value() * 1e9);
    }
    return {};
}

Status parseExportOptions(const ParsedArgs& args, ExportOptions& options) {
    const auto read = args.get("--read");
    const auto interface = args.get("--interface");
    if (read.has_value() == interface.has_value()) {
        return makeError(ErrorCode::InvalidArgument,
                         "Give either --read FILE or --interface NAME (not both).");
    }
    if (!args.positional.empty()) {
        return makeError(ErrorCode::InvalidArgument, "Unexpected argument '" +
                                                         args.positional.front() +
                                                         "'; run 'flowscope-cli export --help'.");
    }
    const auto collector = args.get("--ipfix");
    if (!collector) {
        return makeError(ErrorCode::InvalidArgument,
                         "Give the collector with --ipfix HOST[:PORT], e.g. 127.0.0.1:4739.");
    }
    if (Status s = parseCollector(*collector, options.exporter); !s) {
        return s;
    }
    if (auto transport = args.get("--transport")) {
        if (*transport == "tcp") {
            options.exporter.transport = ipfix::Transport::Tcp;
        } else if (*transport != "udp") {
            return makeError(ErrorCode::InvalidArgument,
                             "--transport '" + *transport + "' is not supported; use udp or tcp.");
        }
    }
    ipfix::RecordOptions& records = options.exporter.records;
    for (Status s : {parseSeconds(args, "--active-timeout", records.activeTimeoutNs),
                     parseSeconds(args, "--idle-timeout", records.idleTimeoutNs),
                     parseNumber(args, "--observation-domain", options.exporter.observationDomain),
                     parseNumber(args, "--enterprise-number", options.exporter.enterpriseNumber)}) {
        if (!s) {
            return s;
        }
    }
    if (auto d = args.get("--duration")) {
        auto r = parsePositive("--duration", *d);
        if (!r) {
            return r.error();
        }
        options.durationSeconds = r.value();
    }
    EngineConfig& config = options.config;
    config.filter = args.get("--filter").value_or("");
    if (read) {
        config.source = EngineConfig::Source::File;
        config.filePath = *read;
        // Every tick of capture time reaches the exporter (not one snapshot per 100 ms of
        // wall time), so that the timeouts split a file's flows as they would have live.
        config.filePublishIntervalMs = 0;
    } else {
        config.source = EngineConfig::Source::Live;
        config.live.interface = *interface;
        records.ingressInterface = if_nametoindex(interface->c_str());
    }
    return {};
}

int finishExport(const Engine& engine, const ExportOptions& options,
                 const ipfix::IpfixExporter& exporter, WarningNotices& notices) {
    const SnapshotPtr snap = engine.latest();
    notices.update(snap->warning, true);
    const ipfix::ExporterStats stats = exporter.stats();
    std::cerr << "flowscope-cli: sent " << plural(stats.recordsSent, "flow record") << " in "
              << plural(stats.messagesSent, "message") << " to " << options.exporter.host << ":"
              << options.exporter.port << ".\n";
    if (stats.messagesLost > 0) {
        std::cerr << "flowscope-cli: warning: " << plural(stats.messagesLost, "message") << " ("
                  << plural(stats.recordsLost, "record") << ") could not be sent. "
                  << stats.lastError << "\n";
    }
    if (snap->error) {
        return fail(exitCodeFor(*snap->error, ErrorOrigin::Reading), snap->error->message);
    }
    return kExitOk;
}

}  // namespace

int runExport(const std::vector<std::string>& argv) {
    auto parsed = parseArgs(
        argv,
        {"--read", "--interface", "--ipfix", "--transport", "--active-timeout", "--idle-timeout",
         "--duration", "--filter", "--observation-domain", "--enterprise-number"},
        {"--help"}, "export");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kExportHelp;
        return kExitOk;
    }
    ExportOptions options;
    if (Status ok = parseExportOptions(parsed.value(), options); !ok) {
        return fail(kExitUsage, ok.error().message);
    }
    options.exporter.waitForLinkType = true;
    auto opened = ipfix::IpfixExporter::open(options.exporter);
    if (!opened) {
        return fail(exitCodeFor(opened.error()), opened.error().message);
    }
    std::shared_ptr<ipfix::IpfixExporter> exporter = std::move(opened.value());
    const bool live = options.config.source == EngineConfig::Source::Live;
    const StopSignals signals;
    Engine engine(options.config);
    // A file is read at full speed: a long queue, so that no tick is dropped before the
    // exporter sends it (each dropped tick delays records; their sums stay right).
    engine.addSink(exporter, {live ? size_t{64} : size_t{100'000}, std::chrono::seconds(30)});
    if (Status started = engine.start(); !started) {
        return fail(
            exitCodeFor(started.error(), live ? ErrorOrigin::OpenAdapter : ErrorOrigin::OpenFile),
            started.error().message);
    }
    // The link-layer header to subtract is known once the source is open.
    exporter->setLinkType(engine.linkType());
    if (live) {
        std::cerr << "flowscope-cli: exporting " << options.config.live.interface << " to "
                  << options.exporter.host << ":" << options.exporter.port
                  << "; Ctrl+C or SIGTERM stops.\n";
    }
    WarningNotices notices;
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(options.durationSeconds);
    while (StopSignals::received() == 0) {
        const SnapshotPtr snap = engine.latest();
        if (snap->state == EngineState::Failed || snap->state == EngineState::Finished) {
            break;
        }
        if (options.durationSeconds > 0 && std::chrono::steady_clock::now() >= deadline) {
            break;
        }
        notices.update(snap->warning, false);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    engine.stop();
    return finishExport(engine, options, *exporter, notices);
}

namespace {
const CommandRegistration kRegistration{"export", "send flows to an IPFIX collector", 17,
                                        &runExport};
}  // namespace

}  // namespace flowscope::cli
