// Prints the result of `flowscope-cli flows` as a table, CSV or JSON.
#pragma once

#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/engine/snapshot.h"
#include "core/enrich/address_kind.h"
#include "core/enrich/geo_resolver.h"
#include "core/enrich/service_table.h"
#include "core/flow/flow.h"

namespace flowscope::cli {

enum class OutputFormat { Table, Csv, Json };
// "table", "csv" or "json"; else an InvalidArgument sentence.
Result<OutputFormat> parseOutputFormat(const std::string& text);

// A CSV field, quoted when it needs to be (RFC 4180).
std::string csvField(const std::string& text);

// What the "source" object of the JSON output says.
struct SourceInfo {
    bool live = false;
    std::string path;    // file
    std::string format;  // "pcap", "pcap-ns", "pcapng"
    std::vector<std::string> linkTypes;
    std::string interface;  // live
    std::string filter;
    double durationSeconds = 0;  // capture time covered
    std::string warning;
    std::string error;
};

// Live captures that identified processes: the applications (index = Flow::appId - 1) and
// every pid holding a flow's socket.
struct FlowProcesses {
    std::shared_ptr<const std::vector<Application>> applications;
    std::function<const std::vector<uint32_t>*(uint64_t flowId)> pidsOf;
};

// Who the other end is: host names (learned from the traffic by the engine, then reverse
// DNS with --resolve), service, country, AS and address kind.
struct FlowAnnotations {
    std::shared_ptr<const std::vector<HostName>> hostnames;  // index = Flow::nameId - 1
    std::map<IpAddress, std::string> reverseNames;           // remote address -> PTR name
    GeoResolver* geo = nullptr;
    const ServiceTable* services = nullptr;
    OwnAddresses own;  // live: this machine's addresses; files: none
};

// The flows to print, in print order: pointers into the engine's table, which outlives printing.
using FlowList = std::vector<const Flow*>;

// The application of a flow's process, or null (unknown, or no processes).
const Application* applicationOf(const Flow& f, const FlowProcesses* p);
// "name" for a program, "hidden (user alice)" for another user's, "" when unknown.
std::string programText(const Flow& f, const FlowProcesses* p);

// Flows in a stable order: first seen, then id.
void sortFlows(FlowList& flows);

// With `processes` (live captures), JSON flows get a "process" object (null when unknown), CSV
// rows and table lines the program. Flows evicted at the flow cap are counted in JSON
// ("evicted_flows") and the table's summary; CSV and table also write evictionNote() to
// `notes`.
void printFlows(std::ostream& out, OutputFormat format, const SourceInfo& source,
                const EngineSnapshot& snapshot, const FlowList& flows,
                const FlowAnnotations& annotations, const FlowProcesses* processes = nullptr,
                std::ostream& notes = std::cerr);

// One sentence saying how many flows were evicted at the cap and are not listed (`listed`
// are); empty when none were.
std::string evictionNote(const Totals& totals, size_t listed);

}  // namespace flowscope::cli
