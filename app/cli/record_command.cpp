// `flowscope-cli record`: a live capture written into the history database (core/store) until
// --duration, Ctrl+C or SIGTERM; what `report` and the desktop app's History page read.
#include <csignal>
#include <iostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
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

const char* kRecordHelp =
    "Usage: flowscope-cli record --interface NAME [--database FILE] [--duration SECONDS]\n"
    "                            [--filter BPF] [--country-db FILE] [--asn-db FILE]\n"
    "\n"
    "Captures live on NAME and records, once per tick, what each application sent and\n"
    "received, to which hosts, services, countries and networks, into the history database\n"
    "that 'flowscope-cli report' and the desktop app's History page read.\n"
    "\n"
    "  --interface NAME    capture live on NAME (see 'flowscope-cli interfaces')\n"
    "  --database FILE     the history database (default: the desktop app's,\n"
    "                      $XDG_DATA_HOME/flowscope/history.sqlite); created when missing\n"
    "  --duration SECONDS  stop after SECONDS (decimals allowed); else run until Ctrl+C,\n"
    "                      SIGTERM or SIGHUP, which write what was captured and close the\n"
    "                      database cleanly\n"
    "  --filter BPF        capture filter in libpcap syntax, e.g. \"not port 22\"\n"
    "  --country-db FILE, --asn-db FILE   your own .mmdb files (see 'lookup --help')\n"
    "\n"
    "Minutes are kept 7 days, hours 90 days, days for ever. Killed outright (kill -9, power\n"
    "loss), the database loses at most the last second. A database that cannot be written\n"
    "(damaged, read-only, locked, disk full) stops recording with one sentence and exit 7.\n"
    "Exit codes: see 'flowscope-cli --help'.\n";

struct RecordOptions {
    EngineConfig config;
    history::RecorderOptions recorder;
    double durationSeconds = 0;  // 0 = until stopped
};

Status parseRecordOptions(const ParsedArgs& args, RecordOptions& options) {
    if (Status s =
            parseLiveCapture(args, "record", "record", options.config, options.durationSeconds);
        !s) {
        return s;
    }
    return parseRecorderOptions(args, options.config, options.recorder);
}

// The exit code once the engine stopped: the recorder's failure (said once, as the error, not
// also as the engine's warning about a detached sink), then the capture's.
int finishRecording(const Engine& engine, const RecordOptions& options,
                    const history::RecorderSink& recorder, WarningNotices& notices) {
    const SnapshotPtr snap = engine.latest();
    if (const std::string failure = recorderFailure(*snap, options.recorder); !failure.empty()) {
        return fail(kExitWrite, failure);
    }
    notices.update(snap->warning, true);
    if (snap->error) {
        return fail(exitCodeFor(*snap->error, ErrorOrigin::Reading), snap->error->message);
    }
    printRecorderSummary(recorder, options.recorder, options.config);
    return kExitOk;
}

}  // namespace

int runRecord(const std::vector<std::string>& argv) {
    std::set<std::string> withValue{"--interface", "--duration", "--filter"};
    withValue.insert(recorderOptionNames().begin(), recorderOptionNames().end());
    auto parsed = parseArgs(argv, withValue, {"--help"}, "record");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kRecordHelp
                  << "The default database here: " << history::defaultDatabasePath().string()
                  << "\n";
        return kExitOk;
    }
    RecordOptions options;
    if (Status ok = parseRecordOptions(parsed.value(), options); !ok) {
        return fail(kExitUsage, ok.error().message);
    }
    // A file size limit (ulimit -f) makes a write fail with a sentence, not kill us.
#ifdef SIGXFSZ  // not on Windows
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    auto opened = history::RecorderSink::open(options.recorder);
    if (!opened) {
        return fail(exitCodeFor(opened.error(), ErrorOrigin::WriteFile), opened.error().message);
    }
    std::shared_ptr<history::RecorderSink> recorder = std::move(opened.value());
    const StopSignals signals;
    Engine engine(options.config);
    engine.addSink(recorder);
    if (Status started = engine.start(); !started) {
        return fail(exitCodeFor(started.error(), ErrorOrigin::OpenAdapter),
                    started.error().message);
    }
    announceRunning("recording " + options.config.live.interface + " into " +
                    options.recorder.database.string() + "; Ctrl+C or SIGTERM stops.");
    WarningNotices notices;
    runUntilStopped(engine, options.durationSeconds, notices, [](const EngineSnapshot& snap) {
        const SinkCounters* counters = recorderCounters(snap);
        return counters && counters->detached;  // a full disk: stop with the sentence
    });
    return finishRecording(engine, options, *recorder, notices);
}

namespace {
const CommandRegistration kRegistration{"record", "record live traffic into the history database",
                                        15, &runRecord};
}  // namespace

}  // namespace flowscope::cli
