// `flowscope-cli export`: a capture file or a live adapter turned into flow records and sent
// to an existing IPFIX collector (nfcapd, nfacctd, GoFlow2, ...) over UDP or TCP by the
// exporter sink of core/export, and/or written as JSON lines (jsonl_sink.h). A file's flows
// keep their original timestamps.
#include <chrono>
#include <iostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/export_options.h"
#include "app/cli/live_options.h"
#include "app/cli/run_until_stopped.h"
#include "app/cli/service_notify.h"
#include "app/cli/stop_signals.h"
#include "app/cli/warning_notices.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"

namespace flowscope::cli {

namespace {

const char* kExportHelp =
    "Usage: flowscope-cli export (--read FILE | --interface NAME)\n"
    "                            (--ipfix HOST[:PORT] | --jsonl FILE|-) [--transport udp|tcp]\n"
    "                            [--active-timeout S] [--idle-timeout S] [--duration S]\n"
    "                            [--filter BPF] [--observation-domain N] [--enterprise-number N]\n"
    "\n"
    "Sends every flow, with the program behind it where it is known, as IPFIX (RFC 7011)\n"
    "records to a collector, or writes the same records as JSON lines, or both: one record\n"
    "per direction, at the active timeout, at the idle timeout, when the flow ends and at the\n"
    "end of the capture. See docs/export.md.\n"
    "\n"
    "  --read FILE             export a capture file's flows (original timestamps)\n"
    "  --interface NAME        capture live on NAME (see 'flowscope-cli interfaces')\n"
    "  --ipfix HOST[:PORT]     the collector; port 4739 when left out; IPv6 as [ADDR]:PORT\n"
    "  --jsonl FILE|-          one JSON object per record and line, flushed line by line\n"
    "                          (- for standard output)\n"
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
    ExportOutputs outputs;
    double durationSeconds = 0;
};

Status parseExportOptions(const ParsedArgs& args, ExportOptions& options) {
    const auto read = args.get("--read");
    const auto interface = args.get("--interface");
    if (read.has_value() == interface.has_value()) {
        return makeError(ErrorCode::InvalidArgument,
                         "Give either --read FILE or --interface NAME (not both).");
    }
    for (Status s : {noPositional(args, "export"),
                     parseExportOutputs(args, interface.value_or(""), options.outputs),
                     parseDuration(args, options.durationSeconds)}) {
        if (!s) {
            return s;
        }
    }
    if (!options.outputs.any()) {
        return makeError(ErrorCode::InvalidArgument,
                         "Give the collector with --ipfix HOST[:PORT], e.g. 127.0.0.1:4739, or "
                         "--jsonl FILE|- for JSON lines.");
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
    }
    return {};
}

int finishExport(const Engine& engine, const ExportOptions& options, WarningNotices& notices) {
    const SnapshotPtr snap = engine.latest();
    notices.update(snap->warning, true);
    options.outputs.printSummary();
    if (snap->error) {
        return fail(exitCodeFor(*snap->error, ErrorOrigin::Reading), snap->error->message);
    }
    return kExitOk;
}

}  // namespace

int runExport(const std::vector<std::string>& argv) {
    std::set<std::string> withValue{"--read", "--interface", "--duration", "--filter"};
    withValue.insert(exportOutputOptionNames().begin(), exportOutputOptionNames().end());
    auto parsed = parseArgs(argv, withValue, {"--help"}, "export");
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
    int exitCode = kExitOk;
    if (Status opened = options.outputs.open(exitCode); !opened) {
        return fail(exitCode, opened.error().message);
    }
    const bool live = options.config.source == EngineConfig::Source::Live;
    const StopSignals signals;
    Engine engine(options.config);
    // A file is read at full speed: a long queue, so that no tick is dropped before the
    // outputs take it (each dropped tick delays records; their sums stay right).
    options.outputs.attach(engine, {live ? size_t{64} : size_t{100'000}, std::chrono::seconds(30)});
    if (Status started = engine.start(); !started) {
        return fail(
            exitCodeFor(started.error(), live ? ErrorOrigin::OpenAdapter : ErrorOrigin::OpenFile),
            started.error().message);
    }
    // The link-layer header to subtract is known once the source is open.
    options.outputs.setLinkType(engine.linkType());
    if (live) {
        announceRunning("exporting " + options.config.live.interface + " to " +
                        options.outputs.destination() + "; Ctrl+C or SIGTERM stops.");
    }
    WarningNotices notices;
    runUntilStopped(engine, options.durationSeconds, notices);
    return finishExport(engine, options, notices);
}

namespace {
const CommandRegistration kRegistration{"export", "send flows to an IPFIX collector", 17,
                                        &runExport};
}  // namespace

}  // namespace flowscope::cli
