// flowscope-test-history-fill DATABASE: writes known traffic into a history database through
// core/store's HistoryWriter, for the report tests. One record per line on stdin, tab-separated:
//
//   MINUTE APP PATH USER HOST COUNTRY ASN AS_ORG SERVICE BYTES_IN BYTES_OUT PACKETS_IN PACKETS_OUT
//
// MINUTE is Unix seconds (a multiple of 60); "-" is an empty field. Each distinct minute is
// written as one tick, in input order, with the current time as the pruning clock. Exits 1 with
// the writer's sentence on stderr when the database cannot be written.
#include <cstdio>
#include <ctime>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/store/history_writer.h"

namespace {

using flowscope::history::MinuteRecord;

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::istringstream in(line);
    std::string field;
    while (std::getline(in, field, '\t')) {
        fields.push_back(field == "-" ? std::string() : field);
    }
    return fields;
}

bool parseRecord(const std::string& line, MinuteRecord& r) {
    const auto f = splitTabs(line);
    if (f.size() != 13) {
        return false;
    }
    try {
        r.minute = std::stoll(f[0]);
        r.app = {f[1], f[2], f[3]};
        r.remote.host = f[4];
        r.remote.country = f[5];
        r.remote.asNumber = f[6].empty() ? 0 : uint32_t(std::stoul(f[6]));
        r.remote.asOrganization = f[7];
        r.service = f[8];
        r.usage = {std::stoull(f[9]), std::stoull(f[10]), std::stoull(f[11]), std::stoull(f[12])};
    } catch (const std::exception&) {
        return false;
    }
    return r.minute % 60 == 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: flowscope-test-history-fill DATABASE < records.tsv\n";
        return 2;
    }
    std::vector<flowscope::history::TickBatch> ticks;
    std::map<int64_t, size_t> tickOfMinute;
    const int64_t now = int64_t(std::time(nullptr));
    std::string line;
    for (int number = 1; std::getline(std::cin, line); ++number) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        MinuteRecord r;
        if (!parseRecord(line, r)) {
            std::cerr << "flowscope-test-history-fill: line " << number << " is not a record\n";
            return 2;
        }
        auto [it, added] = tickOfMinute.emplace(r.minute, ticks.size());
        if (added) {
            ticks.push_back({now, {}, {}});
        }
        ticks[it->second].traffic.push_back(r);
    }
    auto writer = flowscope::history::HistoryWriter::open(argv[1], {});
    if (!writer) {
        std::cerr << "flowscope-test-history-fill: " << writer.error().message << "\n";
        return 1;
    }
    for (const auto& tick : ticks) {
        if (auto written = writer.value()->write(tick); !written) {
            std::cerr << "flowscope-test-history-fill: " << written.error().message << "\n";
            return 1;
        }
    }
    return 0;
}
