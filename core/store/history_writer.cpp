#include "core/store/history_writer.h"
#include "core/base/system_reason.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <system_error>

#include "core/store/history_schema.h"
#include "core/store/history_time.h"
#include "core/store/history_writer_impl.h"

namespace flowscope::history {

namespace {

constexpr int64_t kEverything = INT64_MAX / 2;
constexpr const char* kTables[] = {"traffic_minute", "traffic_hour", "traffic_day"};

std::string upsertSql(const char* table) {
    return std::string("INSERT INTO ") + table +
           "(t, app, remote, service, bytes_in, bytes_out, packets_in, packets_out) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(t, app, remote, service) DO UPDATE "
           "SET bytes_in = bytes_in + excluded.bytes_in, bytes_out = bytes_out + "
           "excluded.bytes_out, packets_in = packets_in + excluded.packets_in, packets_out = "
           "packets_out + excluded.packets_out";
}

Error folderError(const std::filesystem::path& path, const std::error_code& ec) {
    return makeError(ErrorCode::PermissionDenied,
                     phrase(FS_PHRASE("Core",
                                      "The folder for the history database \"%1\" cannot "
                                      "be created (%2); choose another file or allow "
                                      "writing there."),
                            {verbatim(path.parent_path().string()), systemReason(ec)}));
}

// The id of one dimension value: inserted when new, from the cache when known.
Result<int64_t> idOf(Database& db, Statement& stmt, std::unordered_map<std::string, int64_t>& cache,
                     const std::string& key) {
    if (auto it = cache.find(key); it != cache.end()) {
        return it->second;
    }
    const int rc = stmt.step();
    if (rc != SQLITE_ROW) {
        stmt.reset();
        return db.error(rc);
    }
    const int64_t id = stmt.integer(0);
    stmt.reset();
    cache.emplace(key, id);
    return id;
}

}  // namespace

Status HistoryWriter::Impl::prepareAll() {
    struct Want {
        Statement* stmt;
        std::string sql;
    };
    const Want wants[] = {
        {&app,
         "INSERT INTO app(name, path, user) VALUES(?1, ?2, ?3) ON CONFLICT DO UPDATE SET "
         "name = excluded.name RETURNING id"},
        {&remote,
         "INSERT INTO remote(host, country, asn, as_org) VALUES(?1, ?2, ?3, ?4) "
         "ON CONFLICT DO UPDATE SET host = excluded.host RETURNING id"},
        {&service,
         "INSERT INTO service(name) VALUES(?1) ON CONFLICT DO UPDATE SET name = "
         "excluded.name RETURNING id"},
        {&upsert[0], upsertSql(kTables[0])},
        {&upsert[1], upsertSql(kTables[1])},
        {&upsert[2], upsertSql(kTables[2])},
        {&insertConnection,
         "INSERT INTO connection(first_ns, last_ns, protocol, local_address, local_port, "
         "remote_address, remote_port, app, remote, service, bytes_in, bytes_out, packets_in, "
         "packets_out) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
        {&minutesToRoll,
         "SELECT t, app, remote, service, bytes_in, bytes_out, packets_in, "
         "packets_out FROM traffic_minute WHERE t > ?1 AND t < ?2"},
    };
    for (const Want& want : wants) {
        auto stmt = db.prepare(want.sql);
        if (!stmt) {
            return stmt.error();
        }
        *want.stmt = std::move(stmt.value());
    }
    return {};
}

Result<int64_t> HistoryWriter::Impl::appId(const AppRef& ref) {
    const std::string key = ref.name + '\0' + ref.path + '\0' + ref.user;
    if (!apps.contains(key)) {
        app.bind(1, ref.name).bind(2, ref.path).bind(3, ref.user);
    }
    return idOf(db, app, apps, key);
}

Result<int64_t> HistoryWriter::Impl::remoteId(const RemoteRef& ref) {
    const std::string key = ref.host + '\0' + ref.country + '\0' + std::to_string(ref.asNumber) +
                            '\0' + ref.asOrganization;
    if (!remotes.contains(key)) {
        remote.bind(1, ref.host).bind(2, ref.country).bind(3, int64_t{ref.asNumber});
        remote.bind(4, ref.asOrganization);
    }
    return idOf(db, remote, remotes, key);
}

Result<int64_t> HistoryWriter::Impl::serviceId(const std::string& name) {
    if (!services.contains(name)) {
        service.bind(1, name);
    }
    return idOf(db, service, services, name);
}

Status HistoryWriter::Impl::upsertInto(int table, int64_t t, int64_t appKey, int64_t remoteKey,
                                       int64_t serviceKey, const Usage& usage) {
    Statement& stmt = upsert[table];
    stmt.bind(1, t).bind(2, appKey).bind(3, remoteKey).bind(4, serviceKey);
    stmt.bind(5, static_cast<int64_t>(usage.bytesIn)).bind(6, static_cast<int64_t>(usage.bytesOut));
    stmt.bind(7, static_cast<int64_t>(usage.packetsIn));
    stmt.bind(8, static_cast<int64_t>(usage.packetsOut));
    const int rc = stmt.step();
    stmt.reset();
    return rc == SQLITE_DONE ? Status() : Status(db.error(rc));
}

Status HistoryWriter::Impl::rollUp(int64_t before) {
    if (before <= rolledThrough + 60) {
        return {};
    }
    struct Row {
        int64_t t, app, remote, service;
        Usage usage;
    };
    std::vector<Row> rows;
    minutesToRoll.bind(1, rolledThrough).bind(2, before);
    int rc;
    while ((rc = minutesToRoll.step()) == SQLITE_ROW) {
        Row row{minutesToRoll.integer(0),
                minutesToRoll.integer(1),
                minutesToRoll.integer(2),
                minutesToRoll.integer(3),
                {}};
        row.usage = {static_cast<uint64_t>(minutesToRoll.integer(4)),
                     static_cast<uint64_t>(minutesToRoll.integer(5)),
                     static_cast<uint64_t>(minutesToRoll.integer(6)),
                     static_cast<uint64_t>(minutesToRoll.integer(7))};
        rows.push_back(row);
    }
    minutesToRoll.reset();
    if (rc != SQLITE_DONE) {
        return db.error(rc);
    }
    int64_t newest = rolledThrough;
    for (const Row& row : rows) {
        for (int table = 1; table <= 2; ++table) {
            const int64_t bucket = table == 1 ? floorHour(row.t) : floorDay(row.t);
            if (Status s = upsertInto(table, bucket, row.app, row.remote, row.service, row.usage);
                !s) {
                return s;
            }
        }
        newest = std::max(newest, row.t);
    }
    // Minutes before `before` are closed: none will be written again in the normal course (a
    // late one is rolled up at once by write()). A flush closes only what exists.
    rolledThrough = before == kEverything ? newest : std::max(newest, floorMinute(before - 1));
    return db.exec("INSERT INTO meta(key, value) VALUES('rolled_through', " +
                   std::to_string(rolledThrough) +
                   ") ON CONFLICT(key) DO UPDATE SET value = excluded.value");
}

Status HistoryWriter::Impl::insert(const ConnectionRecord& c) {
    auto a = appId(c.app);
    auto r = a ? remoteId(c.remote) : Result<int64_t>(a.error());
    auto s = r ? serviceId(c.row.service) : Result<int64_t>(r.error());
    if (!s) {
        return s.error();
    }
    const ConnectionRow& row = c.row;
    Statement& stmt = insertConnection;
    stmt.bind(1, row.firstSeenNs).bind(2, row.lastSeenNs).bind(3, int64_t{row.protocol});
    stmt.bind(4, row.localAddress).bind(5, int64_t{row.localPort}).bind(6, row.remoteAddress);
    stmt.bind(7, int64_t{row.remotePort}).bind(8, *a).bind(9, *r).bind(10, *s);
    stmt.bind(11, static_cast<int64_t>(row.usage.bytesIn));
    stmt.bind(12, static_cast<int64_t>(row.usage.bytesOut));
    stmt.bind(13, static_cast<int64_t>(row.usage.packetsIn));
    stmt.bind(14, static_cast<int64_t>(row.usage.packetsOut));
    const int rc = stmt.step();
    stmt.reset();
    if (rc != SQLITE_DONE) {
        return db.error(rc);
    }
    ++connectionRows;
    return {};
}

void HistoryWriter::Impl::forgetIds() {
    apps.clear();
    remotes.clear();
    services.clear();
}

HistoryWriter::HistoryWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
HistoryWriter::~HistoryWriter() = default;

Result<std::unique_ptr<HistoryWriter>> HistoryWriter::open(const std::filesystem::path& path,
                                                           const RetentionOptions& retention) {
    std::error_code ec;
    if (path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec) {
            return folderError(path, ec);
        }
    }
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db) {
        return db.error();
    }
    // Another program's file or a newer schema is refused before anything below changes it.
    if (Status s = checkWritable(db.value()); !s) {
        return s.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->db = std::move(db.value());
    impl->retention = retention;
    // WAL: readers (the History page, `report`) never block the recorder, and a killed
    // process loses at most the transaction it was writing. NORMAL sync is durable against
    // a crash of the process (not of the machine's power), at a fraction of FULL's cost.
    // auto_vacuum first: it only takes on a new file, and switching to WAL initialises the file.
    for (const char* pragma : {"PRAGMA auto_vacuum = INCREMENTAL", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL"}) {
        if (Status s = impl->db.exec(pragma); !s) {
            return s.error();
        }
    }
    if (Status s = migrate(impl->db); !s) {
        return s.error();
    }
    auto rolled = impl->db.scalar("SELECT value FROM meta WHERE key = 'rolled_through'");
    auto rows = impl->db.scalar("SELECT count(*) FROM connection");
    if (!rolled || !rows) {
        return (!rolled ? rolled : rows).error();
    }
    impl->rolledThrough = *rolled;
    impl->connectionRows = *rows;
    if (Status s = impl->prepareAll(); !s) {
        return s.error();
    }
    return std::unique_ptr<HistoryWriter>(new HistoryWriter(std::move(impl)));
}

Status HistoryWriter::write(const TickBatch& batch) {
    Impl& d = *m_impl;
    const int64_t rolledBefore = d.rolledThrough;
    const int64_t connectionsBefore = d.connectionRows;
    Transaction tx(d.db);
    Status status = tx.begin();
    for (size_t i = 0; status && i < batch.traffic.size(); ++i) {
        const MinuteRecord& m = batch.traffic[i];
        auto a = d.appId(m.app);
        auto r = a ? d.remoteId(m.remote) : Result<int64_t>(a.error());
        auto s = r ? d.serviceId(m.service) : Result<int64_t>(r.error());
        if (!s) {
            status = s.error();
            break;
        }
        status = d.upsertInto(0, m.minute, *a, *r, *s, m.usage);
        // A minute already rolled up (recording restarted within it) goes up at once.
        for (int table = 1; status && table <= 2 && m.minute <= d.rolledThrough; ++table) {
            const int64_t bucket = table == 1 ? floorHour(m.minute) : floorDay(m.minute);
            status = d.upsertInto(table, bucket, *a, *r, *s, m.usage);
        }
    }
    for (size_t i = 0; status && i < batch.connections.size(); ++i) {
        status = d.insert(batch.connections[i]);
    }
    if (status) {
        status = d.rollUp(floorMinute(batch.now));
    }
    if (status) {
        status = tx.commit();
    }
    if (!status) {
        d.rolledThrough = rolledBefore;
        d.connectionRows = connectionsBefore;
        d.forgetIds();
    }
    return status;
}

Status HistoryWriter::flush() {
    Impl& d = *m_impl;
    const int64_t rolledBefore = d.rolledThrough;
    Transaction tx(d.db);
    Status status = tx.begin();
    if (status) {
        status = d.rollUp(kEverything);
    }
    if (status) {
        status = tx.commit();
    }
    if (!status) {
        d.rolledThrough = rolledBefore;
    }
    return status;
}

void HistoryWriter::setRetention(const RetentionOptions& retention) {
    m_impl->retention = retention;
}

const std::filesystem::path& HistoryWriter::path() const {
    return m_impl->db.path();
}

}  // namespace flowscope::history
