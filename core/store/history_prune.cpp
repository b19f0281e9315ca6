// Pruning (HistoryWriter::prune): retention by age, the connection cap, the size limit. Each
// call deletes a bounded number of rows in its own transaction, so a tick never waits long and
// a failed prune never costs a recorded tick.
#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <utility>

#include "core/store/history_writer_impl.h"

namespace flowscope::history {

namespace {

constexpr int64_t kDay = 86'400;

// Deletes the oldest rows (at most `budget`) of a traffic table older than `cutoff`; returns
// how many went. The table's horizon (meta "<table>_from") moves past the newest bucket
// deleted: from there on the table is complete, before it readers use a coarser one.
Result<int64_t> deleteOlder(Database& db, const char* table, int64_t cutoff, int64_t budget) {
    const std::string oldest = std::string("SELECT t FROM ") + table + " WHERE t < " +
                               std::to_string(cutoff) + " ORDER BY t LIMIT " +
                               std::to_string(budget);
    auto newest = db.scalar("SELECT coalesce(max(t), -1) FROM (" + oldest + ")");
    if (!newest) {
        return newest.error();
    }
    if (*newest < 0) {
        return int64_t{0};
    }
    const std::string sql = std::string("DELETE FROM ") + table +
                            " WHERE (t, app, remote, service) IN (SELECT t, app, remote, service "
                            "FROM " +
                            table + " WHERE t < ?1 ORDER BY t LIMIT ?2)";
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, cutoff).bind(2, budget);
    const int rc = stmt->step();
    if (rc != SQLITE_DONE) {
        return db.error(rc);
    }
    const int64_t gone = sqlite3_changes(db.handle());
    const std::string horizon =
        "INSERT INTO meta(key, value) VALUES('" + std::string(table) + "_from', " +
        std::to_string(*newest + 1) +
        ") ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)";
    if (Status s = db.exec(horizon); !s) {
        return s.error();
    }
    return gone;
}

Result<int64_t> deleteOldestConnections(Database& db, int64_t count) {
    auto stmt = db.prepare(
        "DELETE FROM connection WHERE id IN (SELECT id FROM connection ORDER BY id LIMIT ?1)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, count);
    const int rc = stmt->step();
    if (rc != SQLITE_DONE) {
        return db.error(rc);
    }
    return int64_t{sqlite3_changes(db.handle())};
}

// Bytes the database's live pages take (free pages excluded: they are reused or given back).
Result<int64_t> usedBytes(Database& db) {
    auto pages = db.scalar("PRAGMA page_count");
    auto free = db.scalar("PRAGMA freelist_count");
    auto size = db.scalar("PRAGMA page_size");
    if (!pages || !free || !size) {
        return (!pages ? pages : !free ? free : size).error();
    }
    return (*pages - *free) * *size;
}

}  // namespace

Result<bool> HistoryWriter::prune(int64_t now, size_t maxRows) {
    Impl& d = *m_impl;
    const RetentionOptions& keep = d.retention;
    int64_t budget = static_cast<int64_t>(maxRows);
    Transaction tx(d.db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    bool more = false;
    // Age: minutes (only those already rolled up), hours, days.
    const struct {
        const char* table;
        int days;
        int64_t limit;
    } ages[] = {{"traffic_minute", keep.minuteDays, d.rolledThrough + 1},
                {"traffic_hour", keep.hourDays, INT64_MAX},
                {"traffic_day", keep.dayDays, INT64_MAX}};
    for (const auto& age : ages) {
        if (age.days <= 0 || budget <= 0) {
            continue;
        }
        auto gone =
            deleteOlder(d.db, age.table, std::min(now - age.days * kDay, age.limit), budget);
        if (!gone) {
            return gone.error();
        }
        budget -= *gone;
        more = more || budget <= 0;
    }
    // The connection cap.
    const int64_t over = d.connectionRows - static_cast<int64_t>(keep.maxConnections);
    if (over > 0 && budget > 0) {
        auto gone = deleteOldestConnections(d.db, std::min(over, budget));
        if (!gone) {
            return gone.error();
        }
        d.connectionRows -= *gone;
        budget -= *gone;
        more = more || *gone < over;
    }
    // The size limit: the oldest connections first, then minutes, hours, days.
    if (keep.maxBytes > 0 && budget > 0) {
        auto used = usedBytes(d.db);
        if (!used) {
            return used.error();
        }
        if (*used > static_cast<int64_t>(keep.maxBytes)) {
            Result<int64_t> gone = int64_t{0};
            if (d.connectionRows > 0) {
                gone = deleteOldestConnections(d.db, budget);
                d.connectionRows -= gone ? *gone : 0;
            }
            // Minutes not yet rolled up are never deleted: they are the hours' and days' source.
            const std::pair<const char*, int64_t> tables[] = {
                {"traffic_minute", d.rolledThrough + 1},
                {"traffic_hour", now},
                {"traffic_day", now}};
            for (const auto& [table, limit] : tables) {
                if (gone && *gone == 0) {
                    gone = deleteOlder(d.db, table, limit, budget);
                }
            }
            if (!gone) {
                return gone.error();
            }
            more = more || *gone > 0;
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    // Give freed pages back to the file system, a slice at a time.
    if (Status s = d.db.exec("PRAGMA incremental_vacuum(2000)"); !s) {
        return s.error();
    }
    return more;
}

}  // namespace flowscope::history
