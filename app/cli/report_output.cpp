#include "app/cli/report_output.h"

#include <algorithm>
#include <array>

#include "app/cli/json_writer.h"
#include "app/cli/time_argument.h"

namespace flowscope::cli {

namespace {

constexpr std::array<const char*, 6> kUsageColumns = {"bytes_in",   "bytes_out",   "bytes",
                                                      "packets_in", "packets_out", "packets"};

std::array<uint64_t, 6> usageValues(const history::Usage& u) {
    return {u.bytesIn, u.bytesOut, u.bytes(), u.packetsIn, u.packetsOut, u.packets()};
}

void writeUsage(JsonWriter& json, const history::Usage& usage) {
    const auto values = usageValues(usage);
    for (size_t i = 0; i < values.size(); ++i) {
        json.key(kUsageColumns[i]).value(values[i]);
    }
}

void printJson(std::ostream& out, const Report& report) {
    JsonWriter json(out);
    json.beginObject();
    json.key("database").value(report.database);
    json.key("since").value(formatUtcSeconds(report.since));
    json.key("until").value(formatUtcSeconds(report.until));
    json.key("by").value(report.by);
    json.key("limit");
    report.limit ? json.value(uint64_t(report.limit)) : json.null();
    json.key("groups").value(uint64_t(report.groups));
    json.key("totals").beginObject();
    writeUsage(json, report.totals);
    json.endObject();
    json.key("rows").beginArray();
    for (const ReportRow& row : report.rows) {
        json.beginObject();
        for (size_t c = 0; c < report.columns.size(); ++c) {
            json.key(report.columns[c]);
            row.cells[c].empty() ? json.null() : json.value(row.cells[c]);
        }
        writeUsage(json, row.usage);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void printCsv(std::ostream& out, const Report& report) {
    std::string header;
    for (const std::string& column : report.columns) {
        header += column + ",";
    }
    for (const char* column : kUsageColumns) {
        header += std::string(column) + ",";
    }
    header.pop_back();
    out << header << "\n";
    for (const ReportRow& row : report.rows) {
        for (const std::string& cell : row.cells) {
            out << csvField(cell) << ',';
        }
        const auto values = usageValues(row.usage);
        for (size_t i = 0; i < values.size(); ++i) {
            out << values[i] << (i + 1 < values.size() ? "," : "\n");
        }
    }
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return text;
}

// "3 applications", "1 country": the table's summary names what its rows are.
std::string groupsText(const Report& report) {
    const bool one = report.groups == 1;
    std::string noun = report.by;
    if (report.by == "as") {
        noun = one ? "network (AS)" : "networks (AS)";
    } else if (report.by == "country") {
        noun = one ? "country" : "countries";
    } else if (!one) {
        noun += "s";
    }
    return std::to_string(report.groups) + " " + noun;
}

// Left-aligned naming columns, right-aligned numbers, two spaces between, like `flows`.
void printTable(std::ostream& out, const Report& report) {
    const size_t names = report.columns.size();
    std::vector<std::string> header;
    for (const std::string& column : report.columns) {
        header.push_back(upper(column));
    }
    for (const char* column : kUsageColumns) {
        header.push_back(upper(column));
    }
    std::vector<std::vector<std::string>> lines{header};
    for (const ReportRow& row : report.rows) {
        std::vector<std::string> line;
        for (const std::string& cell : row.cells) {
            line.push_back(cell.empty() ? "-" : cell);
        }
        for (uint64_t v : usageValues(row.usage)) {
            line.push_back(std::to_string(v));
        }
        lines.push_back(std::move(line));
    }
    std::vector<size_t> width(header.size(), 0);
    for (const auto& line : lines) {
        for (size_t c = 0; c < line.size(); ++c) {
            width[c] = std::max(width[c], line[c].size());
        }
    }
    for (const auto& line : lines) {
        std::string text;
        for (size_t c = 0; c < line.size(); ++c) {
            const std::string pad(width[c] - line[c].size(), ' ');
            text += (c ? "  " : "") + (c < names ? line[c] + pad : pad + line[c]);
        }
        text.erase(text.find_last_not_of(' ') + 1);
        out << text << "\n";
    }
    const history::Usage& t = report.totals;
    out << "\n"
        << groupsText(report) << ", " << t.bytes() << " bytes (" << t.bytesIn << " in, "
        << t.bytesOut << " out), " << t.packets() << " packets, from "
        << formatUtcSeconds(report.since) << " to " << formatUtcSeconds(report.until);
    if (report.rows.size() < report.groups) {
        out << "; " << report.rows.size() << " shown (--limit)";
    }
    out << "\n";
}

}  // namespace

void printReport(std::ostream& out, OutputFormat format, const Report& report) {
    switch (format) {
        case OutputFormat::Json:
            printJson(out, report);
            break;
        case OutputFormat::Csv:
            printCsv(out, report);
            break;
        case OutputFormat::Table:
            printTable(out, report);
            break;
    }
}

}  // namespace flowscope::cli
