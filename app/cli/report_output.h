// Prints the result of `flowscope-cli report` as a table, CSV or JSON (schema in
// docs/history-cli.md): one row per group or time bucket, naming columns first (the
// application, its path and user; the host; "day" and its start; ...), then the traffic.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "app/cli/flow_output.h"
#include "core/store/history_types.h"

namespace flowscope::cli {

struct ReportRow {
    std::vector<std::string> cells;  // one per Report::columns; "" unknown
    history::Usage usage;
};

struct Report {
    std::string database;
    int64_t since = 0;  // Unix seconds, [since, until)
    int64_t until = 0;
    std::string by;                    // "application", "host", ..., "day", "hour"
    std::vector<std::string> columns;  // "application", "path", "user" / "day", "start" / ...
    std::vector<ReportRow> rows;
    size_t groups = 0;      // rows before --limit
    history::Usage totals;  // of every group, also those beyond --limit
    size_t limit = 0;       // 0: none
};

void printReport(std::ostream& out, OutputFormat format, const Report& report);

}  // namespace flowscope::cli
