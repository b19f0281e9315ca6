// The history options shared by `record` and `agent`: where the database is and what the
// recorder names places and services with, the recorder's counters in a snapshot, and the
// sentence that ends a recording.
#pragma once

#include <set>
#include <string>

#include "app/cli/args.h"
#include "app/cli/warning_notices.h"
#include "core/base/result.h"
#include "core/engine/engine_config.h"
#include "core/engine/snapshot.h"
#include "core/store/recorder_sink.h"

namespace flowscope::cli {

// The option names parseRecorderOptions() reads (all take a value).
const std::set<std::string>& recorderOptionNames();

// --database (default: the desktop app's), --country-db, --asn-db: fills `recorder` and the
// engine's geo resolver. A missing service table is a warning, not an error.
Status parseRecorderOptions(const ParsedArgs& args, EngineConfig& config,
                            history::RecorderOptions& recorder);

// The recorder's state in a snapshot; null before the first tick counted it.
const SinkCounters* recorderCounters(const EngineSnapshot& snap);

// The recorder detached (a full disk, a damaged database): the sentence saying so, else empty.
std::string recorderFailure(const EngineSnapshot& snap, const history::RecorderOptions& options);

// "recorded 12 s (12 ticks) and 3 connections into FILE." to stderr.
void printRecorderSummary(const history::RecorderSink& recorder,
                          const history::RecorderOptions& options, const EngineConfig& config);

}  // namespace flowscope::cli
