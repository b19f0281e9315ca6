#include "app/cli/record_options.h"

#include <iostream>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/enrich_output.h"
#include "core/enrich/service_table.h"
#include "core/store/history_location.h"

namespace flowscope::cli {

const std::set<std::string>& recorderOptionNames() {
    static const std::set<std::string> names{"--database", "--country-db", "--asn-db"};
    return names;
}

Status parseRecorderOptions(const ParsedArgs& args, EngineConfig& config,
                            history::RecorderOptions& recorder) {
    std::filesystem::path database = args.get("--database").value_or("");
    if (database.empty()) {
        database = history::defaultDatabasePath();
    }
    if (database.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "No home folder to keep the history in; give --database FILE.");
    }
    config.geo = std::make_shared<GeoResolver>(geoResolverOptions(args));
    recorder.database = database;
    recorder.geo = config.geo;
    recorder.own = ownAddresses();
    if (auto services = ServiceTable::loadEmbedded()) {
        recorder.services = std::make_shared<const ServiceTable>(std::move(services.value()));
    } else {
        std::cerr << "flowscope-cli: warning: " << services.error().message << "\n";
    }
    return {};
}

const SinkCounters* recorderCounters(const EngineSnapshot& snap) {
    for (const SinkCounters& sink : snap.sinks) {
        if (sink.name == "history") {
            return &sink;
        }
    }
    return nullptr;
}

std::string recorderFailure(const EngineSnapshot& snap, const history::RecorderOptions& options) {
    const SinkCounters* counters = recorderCounters(snap);
    if (!counters || !counters->detached) {
        return {};
    }
    return "Recording into " + options.database.string() + " stopped: " + counters->error;
}

void printRecorderSummary(const history::RecorderSink& recorder,
                          const history::RecorderOptions& options, const EngineConfig& config) {
    const history::RecorderStats stats = recorder.stats();
    std::ostringstream seconds;
    seconds << double(stats.ticksWritten) * double(config.tickNs) / 1e9;
    std::cerr << "flowscope-cli: recorded " << seconds.str() << " s ("
              << plural(stats.ticksWritten, "tick") << ") and "
              << plural(stats.connectionsWritten, "connection") << " into "
              << options.database.string() << ".\n";
}

}  // namespace flowscope::cli
