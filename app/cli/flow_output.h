// Prints the result of `flowscope-cli flows` as a table, CSV or JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/flow/flow.h"

namespace flowscope::cli {

enum class OutputFormat { Table, Csv, Json };

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

// Flows in a stable order: first seen, then id.
void sortFlows(std::vector<Flow>& flows);

void printFlows(std::ostream& out, OutputFormat format, const SourceInfo& source,
                const EngineSnapshot& snapshot, const std::vector<Flow>& flows);

}  // namespace flowscope::cli
