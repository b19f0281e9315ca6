#include "core/store/history_reader.h"

#include <sqlite3.h>

#include <system_error>
#include <unordered_map>

#include "core/store/history_pieces.h"
#include "core/store/history_schema.h"
#include "core/store/history_time.h"
#include "core/store/sqlite_db.h"

namespace flowscope::history {

struct HistoryReader::Impl {
    Database db;
    Horizons horizons() {
        auto minute = db.scalar("SELECT value FROM meta WHERE key = 'traffic_minute_from'");
        auto hour = db.scalar("SELECT value FROM meta WHERE key = 'traffic_hour_from'");
        auto rolled = db.scalar("SELECT value FROM meta WHERE key = 'rolled_through'");
        return {minute ? *minute : 0, hour ? *hour : 0, rolled ? *rolled + 60 : 60};
    }
};

namespace {

// The SQL of one dimension over rows joined as x (traffic or connection), a (app), r (remote),
// s (service).
struct DimensionSql {
    const char* key;
    const char* label;
    const char* detail;
    const char* user;
};

DimensionSql sqlOf(Dimension by) {
    switch (by) {
        case Dimension::Application:
            return {"CAST(a.id AS TEXT)", "max(a.name)", "max(a.path)", "max(a.user)"};
        case Dimension::Host:
            return {"r.host", "r.host", "''", "''"};
        case Dimension::Service:
            return {"s.name", "s.name", "''", "''"};
        case Dimension::Country:
            return {"r.country", "r.country", "''", "''"};
        case Dimension::As:
            return {"CAST(r.asn AS TEXT)", "CASE WHEN r.asn = 0 THEN '' ELSE 'AS' || r.asn END",
                    "max(r.as_org)", "''"};
    }
    return sqlOf(Dimension::Application);
}

const char* kJoins =
    " JOIN app a ON a.id = x.app JOIN remote r ON r.id = x.remote JOIN service s ON s.id = "
    "x.service";
const char* kSums = "sum(x.bytes_in), sum(x.bytes_out), sum(x.packets_in), sum(x.packets_out)";

std::string whereFilter(const std::optional<Filter>& filter) {
    return filter ? std::string(" AND ") + sqlOf(filter->dimension).key + " = :filter" : "";
}

Usage usageAt(const Statement& stmt, int first) {
    return {static_cast<uint64_t>(stmt.integer(first)),
            static_cast<uint64_t>(stmt.integer(first + 1)),
            static_cast<uint64_t>(stmt.integer(first + 2)),
            static_cast<uint64_t>(stmt.integer(first + 3))};
}

std::string piecesSql(const std::vector<Piece>& pieces) {
    std::string sql;
    for (size_t i = 0; i < pieces.size(); ++i) {
        sql += (i ? " UNION ALL " : "") + std::string("SELECT * FROM ") +
               tableFor(pieces[i].table) + " WHERE t >= " + std::to_string(pieces[i].from) +
               " AND t < " + std::to_string(pieces[i].to);
    }
    return sql.empty() ? "SELECT * FROM traffic_day WHERE 0" : sql;
}

Result<Statement> prepared(Database& db, const std::string& sql,
                           const std::optional<Filter>& filter) {
    auto stmt = db.prepare(sql);
    if (stmt && filter) {
        stmt->bind(":filter", filter->key);
    }
    return stmt;
}

// One read transaction (WAL: a consistent view of the file while the recorder writes).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db) : m_db(db), m_open(db.exec("BEGIN").ok()) {}
    ~ReadSnapshot() {
        if (m_open) {
            m_db.exec("COMMIT");
        }
    }

private:
    Database& m_db;
    bool m_open;
};

TotalRow totalAt(const Statement& stmt) {
    return {stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), usageAt(stmt, 4)};
}

Result<Database> openReadable(const std::filesystem::path& path, Database::Mode mode) {
    auto db = Database::open(path, mode);
    if (!db) {
        return db.error();
    }
    if (Status s = checkReadable(db.value()); !s) {
        return s.error();
    }
    return db;
}

}  // namespace

HistoryReader::HistoryReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
HistoryReader::~HistoryReader() = default;

Result<std::unique_ptr<HistoryReader>> HistoryReader::open(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return makeError(ErrorCode::NotFound,
                         phrase(FS_PHRASE("Core",
                                          "There is no history database at \"%1\" yet; "
                                          "live captures create it (the desktop app "
                                          "records them, or run flowscope-cli record)."),
                                {verbatim(path.string())}));
    }
    auto db = openReadable(path, Database::Mode::ReadOnly);
    // A database in a folder the reader may not write (another user's): SQLite cannot make
    // its WAL index beside it. With no -wal file left, nothing is lost reading it immutable.
    if (!db &&
        (db.error().code == ErrorCode::PermissionDenied ||
         db.error().code == ErrorCode::NotFound) &&
        !std::filesystem::exists(path.string() + "-wal", ec)) {
        db = openReadable(path, Database::Mode::Immutable);
    }
    if (!db) {
        if (db.error().code == ErrorCode::PermissionDenied) {
            return makeError(ErrorCode::PermissionDenied,
                             phrase(FS_PHRASE("Core",
                                              "The history database \"%1\" cannot be "
                                              "read (no permission to it, or to its "
                                              "folder while it is being recorded); read "
                                              "it as its owner, or copy it."),
                                    {verbatim(path.string())}));
        }
        return db.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->db = std::move(db.value());
    return std::unique_ptr<HistoryReader>(new HistoryReader(std::move(impl)));
}

Result<std::vector<TotalRow>> HistoryReader::totals(TimeRange range, Dimension by,
                                                    const std::optional<Filter>& filter,
                                                    size_t limit) const {
    // The horizons and the rows from one snapshot of the file: a roll-up committed in between
    // would otherwise count minutes twice or not at all.
    ReadSnapshot snapshot(m_impl->db);
    const DimensionSql d = sqlOf(by);
    const std::string sql = std::string("SELECT ") + d.key + ", " + d.label + ", " + d.detail +
                            ", " + d.user + ", " + kSums + " FROM (" +
                            piecesSql(piecesFor(range, m_impl->horizons())) + ") x" + kJoins +
                            " WHERE 1" + whereFilter(filter) +
                            " GROUP BY 1 ORDER BY sum(x.bytes_in "
                            "+ x.bytes_out) DESC, 1" +
                            (limit ? " LIMIT " + std::to_string(limit) : "");
    auto stmt = prepared(m_impl->db, sql, filter);
    if (!stmt) {
        return stmt.error();
    }
    std::vector<TotalRow> rows;
    int rc;
    while ((rc = stmt->step()) == SQLITE_ROW) {
        rows.push_back(totalAt(*stmt));
    }
    if (rc != SQLITE_DONE) {
        return m_impl->db.error(rc);
    }
    return rows;
}

Result<std::vector<std::pair<int64_t, Usage>>> HistoryReader::perBucket(
    TimeRange range, Granularity granularity, const std::optional<Filter>& filter) const {
    const std::string sql =
        std::string("SELECT x.t, ") + kSums + " FROM " + tableFor(granularity) + " x" + kJoins +
        " WHERE x.t >= " + std::to_string(floorBucket(range.since, granularity)) + " AND x.t < " +
        std::to_string(range.until) + whereFilter(filter) + " GROUP BY x.t ORDER BY x.t";
    auto stmt = prepared(m_impl->db, sql, filter);
    if (!stmt) {
        return stmt.error();
    }
    std::vector<std::pair<int64_t, Usage>> rows;
    int rc;
    while ((rc = stmt->step()) == SQLITE_ROW) {
        rows.emplace_back(stmt->integer(0), usageAt(*stmt, 1));
    }
    if (rc != SQLITE_DONE) {
        return m_impl->db.error(rc);
    }
    return rows;
}

Result<Series> HistoryReader::series(TimeRange range, Dimension by, Granularity granularity,
                                     size_t topN, const std::optional<Filter>& filter) const {
    auto all = totals(range, by, filter);
    if (!all) {
        return all.error();
    }
    Series series;
    series.granularity = granularity;
    std::unordered_map<std::string, size_t> keyIndex;
    for (size_t i = 0; i < all->size() && i < topN; ++i) {
        keyIndex.emplace((*all)[i].key, i);
        series.keys.push_back((*all)[i]);
    }
    if (all->size() > topN) {
        TotalRow other{"other", "Other", "", "", {}};
        for (size_t i = topN; i < all->size(); ++i) {
            other.usage += (*all)[i].usage;
        }
        series.keys.push_back(other);
    }
    std::unordered_map<int64_t, size_t> bucketIndex;
    for (int64_t b = floorBucket(range.since, granularity); b < range.until;
         b = nextBucket(b, granularity)) {
        bucketIndex.emplace(b, series.buckets.size());
        series.buckets.push_back(b);
    }
    series.values.assign(series.keys.size(), std::vector<Usage>(series.buckets.size()));
    const DimensionSql d = sqlOf(by);
    const std::string sql =
        std::string("SELECT x.t, ") + d.key + ", " + kSums + " FROM " + tableFor(granularity) +
        " x" + kJoins + " WHERE x.t >= " + std::to_string(floorBucket(range.since, granularity)) +
        " AND x.t < " + std::to_string(range.until) + whereFilter(filter) + " GROUP BY 1, 2";
    auto stmt = prepared(m_impl->db, sql, filter);
    if (!stmt) {
        return stmt.error();
    }
    int rc;
    while ((rc = stmt->step()) == SQLITE_ROW) {
        const auto bucket = bucketIndex.find(stmt->integer(0));
        if (bucket == bucketIndex.end() || series.keys.empty()) {
            continue;
        }
        const auto key = keyIndex.find(stmt->text(1));
        if (key == keyIndex.end() && all->size() <= topN) {
            continue;  // a group only the finer table holds at the range's edge
        }
        const size_t k = key != keyIndex.end() ? key->second : series.keys.size() - 1;
        series.values[k][bucket->second] += usageAt(*stmt, 2);
    }
    if (rc != SQLITE_DONE) {
        return m_impl->db.error(rc);
    }
    return series;
}

Result<std::vector<ConnectionRow>> HistoryReader::connections(
    TimeRange range, size_t limit, const std::optional<Filter>& filter) const {
    const std::string sql =
        "SELECT x.first_ns, x.last_ns, x.protocol, x.local_address, x.local_port, "
        "x.remote_address, x.remote_port, a.name, a.path, r.host, s.name, r.country, r.asn, "
        "r.as_org, x.bytes_in, x.bytes_out, x.packets_in, x.packets_out FROM connection x" +
        std::string(kJoins) + " WHERE x.first_ns < " + std::to_string(range.until * 1'000'000'000) +
        " AND x.last_ns >= " + std::to_string(range.since * 1'000'000'000) + whereFilter(filter) +
        " ORDER BY x.last_ns DESC LIMIT " + std::to_string(limit ? limit : INT32_MAX);
    auto stmt = prepared(m_impl->db, sql, filter);
    if (!stmt) {
        return stmt.error();
    }
    std::vector<ConnectionRow> rows;
    int rc;
    while ((rc = stmt->step()) == SQLITE_ROW) {
        ConnectionRow row;
        row.firstSeenNs = stmt->integer(0);
        row.lastSeenNs = stmt->integer(1);
        row.protocol = static_cast<uint8_t>(stmt->integer(2));
        row.localAddress = stmt->text(3);
        row.localPort = static_cast<uint16_t>(stmt->integer(4));
        row.remoteAddress = stmt->text(5);
        row.remotePort = static_cast<uint16_t>(stmt->integer(6));
        row.application = stmt->text(7);
        row.path = stmt->text(8);
        row.host = stmt->text(9);
        row.service = stmt->text(10);
        row.country = stmt->text(11);
        row.asNumber = static_cast<uint32_t>(stmt->integer(12));
        row.asOrganization = stmt->text(13);
        row.usage = usageAt(*stmt, 14);
        rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        return m_impl->db.error(rc);
    }
    return rows;
}

Result<HistoryInfo> HistoryReader::info() const {
    Database& db = m_impl->db;
    HistoryInfo info;
    info.path = db.path().string();
    std::error_code ec;
    for (const char* suffix : {"", "-wal"}) {
        const auto size = std::filesystem::file_size(db.path().string() + suffix, ec);
        info.fileBytes += ec ? 0 : size;
    }
    auto version = db.scalar("PRAGMA user_version");
    auto first = db.scalar("SELECT coalesce(min(t), 0) FROM traffic_minute");
    auto last = db.scalar("SELECT coalesce(max(t), 0) FROM traffic_minute");
    auto rows = db.scalar("SELECT count(*) FROM connection");
    for (const auto* r : {&version, &first, &last, &rows}) {
        if (!*r) {
            return r->error();
        }
    }
    info.schemaVersion = static_cast<int>(*version);
    info.firstMinute = *first;
    info.lastMinute = *last;
    info.connections = static_cast<uint64_t>(*rows);
    return info;
}

Granularity HistoryReader::granularityFor(TimeRange range) {
    const int64_t length = range.until - range.since;
    if (length <= 6 * 3600) {
        return Granularity::Minute;
    }
    return length <= 8 * 86'400 ? Granularity::Hour : Granularity::Day;
}

}  // namespace flowscope::history
