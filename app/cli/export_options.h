// The flow-record outputs shared by `export` and `agent`: an IPFIX collector (--ipfix
// HOST[:PORT], --transport, the observation domain and the enterprise number) and JSON lines
// (--jsonl FILE|-), both with the same timeouts; each a snapshot sink on one engine.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "app/cli/args.h"
#include "app/cli/jsonl_sink.h"
#include "core/base/result.h"
#include "core/engine/engine.h"
#include "core/export/ipfix_exporter.h"

namespace flowscope::cli {

// What --ipfix and --jsonl asked for, then the sinks open() made of it.
struct ExportOutputs {
    bool ipfix = false;  // --ipfix given
    ipfix::ExporterOptions exporter;
    std::string jsonl;  // --jsonl FILE, "-" for standard output; empty when not asked
    std::shared_ptr<ipfix::IpfixExporter> exporterSink;
    std::shared_ptr<JsonlSink> jsonlSink;

    bool any() const { return ipfix || !jsonl.empty(); }
    // Resolves the collector and opens its socket, creates the JSON lines file. The error
    // comes with the exit code it deserves.
    Status open(int& exitCode);
    // Both sinks; the link type of the source is awaited by their first tick.
    void attach(Engine& engine, SinkOptions options);
    // Call after Engine::start(): the link-layer header to leave out of IP byte counts.
    void setLinkType(uint32_t linkType);
    // "127.0.0.1:4739 and out.jsonl" for the sentence saying where the flows go.
    std::string destination() const;
    // What each output sent, to stderr (printExporterSummary() and the lines written).
    void printSummary() const;
};

// --ipfix, --jsonl and the options of exporterOptionNames().
const std::set<std::string>& exportOutputOptionNames();

// Either output may be left out; callers say when none is given. Sets the records'
// interface index from `interface` when it is an adapter.
Status parseExportOutputs(const ParsedArgs& args, const std::string& interface, ExportOutputs& out);

// The option names parseExporterOptions() reads (all take a value).
const std::set<std::string>& exporterOptionNames();

// Fills `out` from the arguments; `--ipfix` itself must be present. Errors are one sentence.
Status parseExporterOptions(const ParsedArgs& args, ipfix::ExporterOptions& out);

// The timeouts alone (--active-timeout, --idle-timeout), for outputs without a collector.
Status parseRecordTimeouts(const ParsedArgs& args, ipfix::RecordOptions& out);

// "sent 12 flow records in 3 messages to HOST:PORT." and, when some were lost, a warning
// naming how many and why; both to stderr.
void printExporterSummary(const ipfix::IpfixExporter& exporter,
                          const ipfix::ExporterOptions& options);

}  // namespace flowscope::cli
