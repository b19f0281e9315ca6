// `flowscope-cli report`: totals from the history database over a time range, by application,
// host, service, country, AS, day or hour.
#include <ctime>
#include <filesystem>
#include <iostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/report_output.h"
#include "app/cli/time_argument.h"
#include "core/store/history_location.h"
#include "core/store/history_reader.h"

namespace flowscope::cli {

namespace {

const char* kReportHelp =
    "Usage: flowscope-cli report [--database FILE] [--since TIME] [--until TIME]\n"
    "                            [--by application|host|service|country|as|day|hour]\n"
    "                            [--format table|csv|json] [--limit N]\n"
    "\n"
    "Prints what was recorded into the history database ('flowscope-cli record', or the\n"
    "desktop app's live captures) over a time range: traffic in and out, bytes and packets.\n"
    "\n"
    "  --database FILE  the history database (default: the desktop app's,\n"
    "                   $XDG_DATA_HOME/flowscope/history.sqlite)\n"
    "  --since TIME     start of the range (default 24h: the last 24 hours)\n"
    "  --until TIME     end of the range, not included (default now, this second\n"
    "                   included)\n"
    "  --by WHAT        application (default), host, service, country, as (autonomous\n"
    "                   system), day or hour (local days and hours)\n"
    "  --format FORMAT  table (default), csv or json\n"
    "  --limit N        at most N rows: the N largest groups, or the N latest days/hours\n"
    "\n"
    "TIME is an RFC 3339 time (2026-12-01T08:00:00Z, 2026-12-01T09:00:00+01:00), a local\n"
    "date (2026-12-01; as --until, the end of that day), a local time (2026-12-01T08:00),\n"
    "now, or a length before now: 30s, 90m, 24h, 7d, 2w.\n"
    "Exit codes: see 'flowscope-cli --help'.\n";

struct ReportOptions {
    std::filesystem::path database;
    history::TimeRange range;
    std::string by = "application";
    OutputFormat format = OutputFormat::Table;
    size_t limit = 0;
};

Status parseRange(const ParsedArgs& args, ReportOptions& options) {
    const int64_t now = int64_t(std::time(nullptr));
    const std::string sinceText = args.get("--since").value_or("24h");
    const std::string untilText = args.get("--until").value_or("now");
    auto since = parseTimeArgument(sinceText, now, TimeBound::Since, "--since");
    if (!since) {
        return since.error();
    }
    auto until = parseTimeArgument(untilText, now, TimeBound::Until, "--until");
    if (!until) {
        return until.error();
    }
    if (since.value() >= until.value()) {
        return makeError(ErrorCode::InvalidArgument,
                         "--since " + sinceText + " (" + formatUtcSeconds(since.value()) +
                             ") is not before --until " + untilText + " (" +
                             formatUtcSeconds(until.value()) + "); give an earlier --since.");
    }
    options.range = {since.value(), until.value()};
    return {};
}

Status parseReportOptions(const ParsedArgs& args, ReportOptions& options) {
    if (!args.positional.empty()) {
        return makeError(ErrorCode::InvalidArgument, "Unexpected argument '" +
                                                         args.positional.front() +
                                                         "'; run 'flowscope-cli report --help'.");
    }
    options.by = args.get("--by").value_or("application");
    history::Dimension dimension;
    if (options.by != "day" && options.by != "hour" &&
        !history::parseDimension(options.by, dimension)) {
        return makeError(ErrorCode::InvalidArgument,
                         "Unknown --by '" + options.by +
                             "'; use application, host, service, country, as, day or hour.");
    }
    if (auto f = args.get("--format")) {
        auto r = parseOutputFormat(*f);
        if (!r) {
            return r.error();
        }
        options.format = r.value();
    }
    if (auto l = args.get("--limit")) {
        auto r = parsePositive("--limit", *l);
        if (!r || r.value() != double(size_t(r.value()))) {
            return makeError(ErrorCode::InvalidArgument,
                             "--limit needs a whole number of rows, not '" + *l + "'.");
        }
        options.limit = size_t(r.value());
    }
    options.database = args.get("--database").value_or("");
    if (options.database.empty()) {
        options.database = history::defaultDatabasePath();
    }
    if (options.database.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "No home folder to find the history in; give --database FILE.");
    }
    return parseRange(args, options);
}

// The naming columns of a group dimension and its rows' cells.
std::vector<std::string> groupColumns(history::Dimension dimension) {
    switch (dimension) {
        case history::Dimension::Application:
            return {"application", "path", "user"};
        case history::Dimension::As:
            return {"as", "organization"};
        default:
            return {history::dimensionName(dimension)};
    }
}

std::vector<std::string> groupCells(history::Dimension dimension, const history::TotalRow& row) {
    switch (dimension) {
        case history::Dimension::Application:
            return {row.label, row.detail, row.user};
        case history::Dimension::As:
            return {row.label, row.detail};
        default:
            return {row.label};
    }
}

Status fillGroups(const history::HistoryReader& reader, const ReportOptions& options,
                  Report& report) {
    history::Dimension dimension = history::Dimension::Application;
    history::parseDimension(options.by, dimension);
    auto rows = reader.totals(options.range, dimension);
    if (!rows) {
        return rows.error();
    }
    report.columns = groupColumns(dimension);
    report.groups = rows->size();
    for (const history::TotalRow& row : rows.value()) {
        report.totals += row.usage;
        if (options.limit == 0 || report.rows.size() < options.limit) {
            report.rows.push_back({groupCells(dimension, row), row.usage});
        }
    }
    return {};
}

// "2026-12-01" or "2026-12-01 08:00", local time.
std::string localLabel(int64_t start, history::Granularity granularity) {
    const std::time_t t = std::time_t(start);
    std::tm tm{};
    localtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text,
                  granularity == history::Granularity::Day ? "%Y-%m-%d" : "%Y-%m-%d %H:%M", &tm);
    return text;
}

Status fillBuckets(const history::HistoryReader& reader, const ReportOptions& options,
                   Report& report) {
    const auto granularity =
        options.by == "day" ? history::Granularity::Day : history::Granularity::Hour;
    auto buckets = reader.perBucket(options.range, granularity);
    if (!buckets) {
        return buckets.error();
    }
    report.columns = {options.by, "start"};
    report.groups = buckets->size();
    const size_t skip =
        options.limit && buckets->size() > options.limit ? buckets->size() - options.limit : 0;
    for (size_t i = 0; i < buckets->size(); ++i) {
        const auto& [start, usage] = (*buckets)[i];
        report.totals += usage;
        if (i >= skip) {
            report.rows.push_back(
                {{localLabel(start, granularity), formatUtcSeconds(start)}, usage});
        }
    }
    return {};
}

// One sentence where the database is missing: who makes it, and where it was looked for.
std::string missingDatabase(const std::filesystem::path& path) {
    if (path == history::defaultDatabasePath()) {
        return "No history database at " + path.string() +
               " yet; it is created there by 'flowscope-cli record --interface NAME' or by the "
               "desktop app while it records live captures (Settings → History).";
    }
    return "No history database at " + path.string() +
           "; 'flowscope-cli record --interface NAME --database " + path.string() +
           "' creates it (the desktop app records into " + history::defaultDatabasePath().string() +
           ").";
}

}  // namespace

int runReport(const std::vector<std::string>& argv) {
    auto parsed =
        parseArgs(argv, {"--database", "--since", "--until", "--by", "--format", "--limit"},
                  {"--help"}, "report");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kReportHelp
                  << "The default database here: " << history::defaultDatabasePath().string()
                  << "\n";
        return kExitOk;
    }
    ReportOptions options;
    if (Status ok = parseReportOptions(parsed.value(), options); !ok) {
        return fail(kExitUsage, ok.error().message);
    }
    std::error_code ec;
    if (!std::filesystem::exists(options.database, ec) && !ec) {
        return fail(kExitInput, missingDatabase(options.database));
    }
    auto reader = history::HistoryReader::open(options.database);
    if (!reader) {
        return fail(exitCodeFor(reader.error(), ErrorOrigin::OpenFile), reader.error().message);
    }
    Report report;
    report.database = options.database.string();
    report.since = options.range.since;
    report.until = options.range.until;
    report.by = options.by;
    report.limit = options.limit;
    const bool byTime = options.by == "day" || options.by == "hour";
    const Status filled = byTime ? fillBuckets(*reader.value(), options, report)
                                 : fillGroups(*reader.value(), options, report);
    if (!filled) {
        return fail(exitCodeFor(filled.error(), ErrorOrigin::OpenFile), filled.error().message);
    }
    printReport(std::cout, options.format, report);
    std::cout.flush();
    return kExitOk;
}

namespace {
const CommandRegistration kRegistration{
    "report", "traffic per application, host, day... from the history database", 16, &runReport};
}  // namespace

}  // namespace flowscope::cli
