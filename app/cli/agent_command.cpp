// `flowscope-cli agent`: the long-running service of a monitored host. One live capture on
// one engine feeds two snapshot sinks: the history recorder (as `record`) and the flow
// exporter (as `export`: IPFIX to a collector and/or JSON lines). SIGTERM, SIGINT and SIGHUP
// end it cleanly: the exporter sends every flow still open (flowEndReason forcedEnd), the
// recorder writes the last tick, then it prints what it did and exits 0.
#include <csignal>
#include <iostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/export_options.h"
#include "app/cli/live_options.h"
#include "app/cli/record_options.h"
#include "app/cli/run_until_stopped.h"
#include "app/cli/service_notify.h"
#include "app/cli/stop_signals.h"
#include "app/cli/warning_notices.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/store/history_location.h"
#include "core/store/recorder_sink.h"

namespace flowscope::cli {

namespace {

const char* kAgentHelp =
    "Usage: flowscope-cli agent --interface NAME [--ipfix HOST[:PORT]] [--jsonl FILE|-]\n"
    "                           [--database FILE | --no-history] [--transport udp|tcp]\n"
    "                           [--active-timeout S] [--idle-timeout S] [--duration S]\n"
    "                           [--filter BPF] [--observation-domain N]\n"
    "                           [--enterprise-number N] [--country-db FILE] [--asn-db FILE]\n"
    "\n"
    "Captures live on NAME as one long-running service: records the history (as 'record')\n"
    "and sends every flow to an IPFIX collector (as 'export'), from one capture. Either may\n"
    "be left out, not both. SIGTERM, SIGINT or SIGHUP send the flows still open, write what\n"
    "was captured, print what was sent and recorded, and exit 0. The systemd units\n"
    "flowscope-agent.service (system) and flowscope-agent@.service (user, one per adapter)\n"
    "run it (see docs/export.md).\n"
    "\n"
    "  --interface NAME        capture live on NAME (see 'flowscope-cli interfaces')\n"
    "  --ipfix HOST[:PORT]     the collector; port 4739 when left out; IPv6 as [ADDR]:PORT\n"
    "  --jsonl FILE|-          also write the flow records as JSON lines (- for standard output)\n"
    "  --database FILE         the history database (default: the desktop app's)\n"
    "  --no-history            do not record the history (--database is then unused)\n"
    "  --transport udp|tcp     UDP (default), or TCP with reconnects and a bounded backlog\n"
    "  --active-timeout S      report a flow that is still active every S seconds (60)\n"
    "  --idle-timeout S        report a flow idle for S seconds (15)\n"
    "  --duration S            stop after S seconds; else run until a signal\n"
    "  --filter BPF            capture filter in libpcap syntax, e.g. \"not port 4739\"\n"
    "  --observation-domain N  the observation domain id of the IPFIX messages (1)\n"
    "  --enterprise-number N   the Private Enterprise Number of Flowscope's own elements\n"
    "                          (default 32473, RFC 5612's documentation number)\n"
    "  --country-db FILE, --asn-db FILE   your own .mmdb files (see 'lookup --help')\n"
    "Exit codes: see 'flowscope-cli --help'.\n";

struct AgentOptions {
    EngineConfig config;
    bool history = true;
    history::RecorderOptions recorder;
    ExportOutputs outputs;
    double durationSeconds = 0;  // 0 = until a signal
};

Status parseAgentOptions(const ParsedArgs& args, AgentOptions& options) {
    if (Status s =
            parseLiveCapture(args, "agent", "watch", options.config, options.durationSeconds);
        !s) {
        return s;
    }
    if (Status s = parseExportOutputs(args, options.config.live.interface, options.outputs); !s) {
        return s;
    }
    // --no-history wins over --database: the systemd unit always names its database.
    options.history = !args.has("--no-history");
    if (!options.history && !options.outputs.any()) {
        return makeError(ErrorCode::InvalidArgument,
                         "With --no-history there is nothing left to do; give a collector with "
                         "--ipfix HOST[:PORT] (or --jsonl FILE), or record the history.");
    }
    if (options.history) {
        return parseRecorderOptions(args, options.config, options.recorder);
    }
    return {};
}

// The exit code once the engine stopped: a recorder that failed (said once, as the error),
// then the capture's error; with the summary of what was sent and recorded.
int finishAgent(const Engine& engine, const AgentOptions& options,
                const history::RecorderSink* recorder, WarningNotices& notices) {
    const SnapshotPtr snap = engine.latest();
    options.outputs.printSummary();
    if (recorder) {
        if (const std::string failure = recorderFailure(*snap, options.recorder);
            !failure.empty()) {
            return fail(kExitWrite, failure);
        }
        printRecorderSummary(*recorder, options.recorder, options.config);
    }
    notices.update(snap->warning, true);
    if (snap->error) {
        return fail(exitCodeFor(*snap->error, ErrorOrigin::Reading), snap->error->message);
    }
    return kExitOk;
}

int runAgentWith(AgentOptions& options) {
    // A file size limit (ulimit -f) makes a write fail with a sentence, not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    std::shared_ptr<history::RecorderSink> recorder;
    if (options.history) {
        auto opened = history::RecorderSink::open(options.recorder);
        if (!opened) {
            return fail(exitCodeFor(opened.error(), ErrorOrigin::WriteFile),
                        opened.error().message);
        }
        recorder = std::move(opened.value());
    }
    int exitCode = kExitOk;
    if (Status opened = options.outputs.open(exitCode); !opened) {
        return fail(exitCode, opened.error().message);
    }
    const StopSignals signals;
    Engine engine(options.config);
    if (recorder) {
        engine.addSink(recorder);
    }
    options.outputs.attach(engine, {});
    if (Status started = engine.start(); !started) {
        return fail(exitCodeFor(started.error(), ErrorOrigin::OpenAdapter),
                    started.error().message);
    }
    options.outputs.setLinkType(engine.linkType());
    std::string running = "agent on " + options.config.live.interface;
    if (recorder) {
        running += ", recording into " + options.recorder.database.string();
    }
    if (options.outputs.any()) {
        running += ", exporting to " + options.outputs.destination();
    }
    announceRunning(running + "; SIGTERM or Ctrl+C stops.");
    WarningNotices notices;
    runUntilStopped(engine, options.durationSeconds, notices, [](const EngineSnapshot& snap) {
        const SinkCounters* counters = recorderCounters(snap);
        return counters && counters->detached;  // a full disk: stop, the service restarts us
    });
    return finishAgent(engine, options, recorder.get(), notices);
}

}  // namespace

int runAgent(const std::vector<std::string>& argv) {
    std::set<std::string> withValue{"--interface", "--duration", "--filter"};
    withValue.insert(recorderOptionNames().begin(), recorderOptionNames().end());
    withValue.insert(exportOutputOptionNames().begin(), exportOutputOptionNames().end());
    auto parsed = parseArgs(argv, withValue, {"--help", "--no-history"}, "agent");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kAgentHelp
                  << "The default database here: " << history::defaultDatabasePath().string()
                  << "\n";
        return kExitOk;
    }
    AgentOptions options;
    if (Status ok = parseAgentOptions(parsed.value(), options); !ok) {
        return fail(kExitUsage, ok.error().message);
    }
    return runAgentWith(options);
}

namespace {
const CommandRegistration kRegistration{
    "agent", "record history and export flows as one long-running service", 18, &runAgent};
}  // namespace

}  // namespace flowscope::cli
