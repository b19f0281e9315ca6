#include "core/store/history_schema.h"

#include <string>

namespace flowscope::history {

namespace {

// One string per migration: migrations[i] takes version i to i + 1.
constexpr const char* kMigrations[] = {
    // 0 → 1
    R"(
    CREATE TABLE app(id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
                     user TEXT NOT NULL, UNIQUE(name, path, user));
    CREATE TABLE remote(id INTEGER PRIMARY KEY, host TEXT NOT NULL, country TEXT NOT NULL,
                        asn INTEGER NOT NULL, as_org TEXT NOT NULL,
                        UNIQUE(host, country, asn, as_org));
    CREATE TABLE service(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE traffic_minute(t INTEGER NOT NULL, app INTEGER NOT NULL,
        remote INTEGER NOT NULL, service INTEGER NOT NULL, bytes_in INTEGER NOT NULL,
        bytes_out INTEGER NOT NULL, packets_in INTEGER NOT NULL, packets_out INTEGER NOT NULL,
        PRIMARY KEY(t, app, remote, service)) WITHOUT ROWID;
    CREATE TABLE traffic_hour(t INTEGER NOT NULL, app INTEGER NOT NULL,
        remote INTEGER NOT NULL, service INTEGER NOT NULL, bytes_in INTEGER NOT NULL,
        bytes_out INTEGER NOT NULL, packets_in INTEGER NOT NULL, packets_out INTEGER NOT NULL,
        PRIMARY KEY(t, app, remote, service)) WITHOUT ROWID;
    CREATE TABLE traffic_day(t INTEGER NOT NULL, app INTEGER NOT NULL,
        remote INTEGER NOT NULL, service INTEGER NOT NULL, bytes_in INTEGER NOT NULL,
        bytes_out INTEGER NOT NULL, packets_in INTEGER NOT NULL, packets_out INTEGER NOT NULL,
        PRIMARY KEY(t, app, remote, service)) WITHOUT ROWID;
    CREATE TABLE connection(id INTEGER PRIMARY KEY, first_ns INTEGER NOT NULL,
        last_ns INTEGER NOT NULL, protocol INTEGER NOT NULL, local_address TEXT NOT NULL,
        local_port INTEGER NOT NULL, remote_address TEXT NOT NULL, remote_port INTEGER NOT NULL,
        app INTEGER NOT NULL, remote INTEGER NOT NULL, service INTEGER NOT NULL,
        bytes_in INTEGER NOT NULL, bytes_out INTEGER NOT NULL, packets_in INTEGER NOT NULL,
        packets_out INTEGER NOT NULL);
    CREATE INDEX connection_last ON connection(last_ns);
    CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    )",
    // 1 → 2
    R"(
    CREATE INDEX traffic_hour_app ON traffic_hour(app, t);
    CREATE INDEX traffic_day_app ON traffic_day(app, t);
    )",
};
static_assert(std::size(kMigrations) == kSchemaVersion);

Error foreign(const Database& db) {
    return makeError(ErrorCode::BadFormat,
                     phrase(FS_PHRASE("Core",
                                      "\"%1\" is a database of another program, not a "
                                      "Flowscope history; choose another file."),
                            {verbatim(db.path().string())}));
}

Error newer(const Database& db, int64_t version) {
    return makeError(
        ErrorCode::BadFormat,
        phrase(FS_PHRASE("Core",
                         "The history database \"%1\" was written by a "
                         "newer Flowscope (schema %2, this one knows up to "
                         "%3); update Flowscope or choose another file."),
               {verbatim(db.path().string()), number(version), number(kSchemaVersion)}));
}

Error damaged(const Database& db, int64_t version) {
    return makeError(ErrorCode::Corrupt,
                     phrase(FS_PHRASE("Core",
                                      "The history database \"%1\" is damaged (schema "
                                      "version %2, which no Flowscope writes); move it "
                                      "aside and start a new one."),
                            {verbatim(db.path().string()), number(version)}));
}

struct Identity {
    int64_t applicationId = 0;
    int64_t version = 0;
    int64_t tables = 0;
};

Result<Identity> identify(Database& db) {
    auto app = db.scalar("PRAGMA application_id");
    if (!app) {
        return app.error();
    }
    auto version = db.scalar("PRAGMA user_version");
    auto tables = db.scalar("SELECT count(*) FROM sqlite_schema");
    if (!version || !tables) {
        return (!version ? version : tables).error();
    }
    return Identity{*app, *version, *tables};
}

Status check(Database& db, const Identity& id) {
    if (id.applicationId != kApplicationId && (id.applicationId != 0 || id.tables != 0)) {
        return foreign(db);
    }
    if (id.version > kSchemaVersion) {
        return newer(db, id.version);
    }
    if (id.version < 0) {  // a migration index: never below 0
        return damaged(db, id.version);
    }
    return {};
}

}  // namespace

Status checkReadable(Database& db) {
    auto id = identify(db);
    if (!id) {
        return id.error();
    }
    if (id->applicationId == 0 && id->tables == 0) {
        return makeError(ErrorCode::BadFormat,
                         phrase(FS_PHRASE("Core",
                                          "\"%1\" holds no history yet; live captures "
                                          "are recorded into it."),
                                {verbatim(db.path().string())}));
    }
    return check(db, *id);
}

Status checkWritable(Database& db) {
    auto id = identify(db);
    if (!id) {
        return id.error();
    }
    return check(db, *id);
}

Status migrate(Database& db, int upTo) {
    auto id = identify(db);
    if (!id) {
        return id.error();
    }
    if (Status ok = check(db, *id); !ok) {
        return ok;
    }
    if (id->version >= upTo) {
        return {};
    }
    if (id->tables == 0) {
        // Only an empty file can change this; pruning gives pages back with incremental_vacuum.
        if (Status s = db.exec("PRAGMA auto_vacuum = INCREMENTAL"); !s) {
            return s;
        }
    }
    Transaction tx(db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    for (int64_t v = id->version; v < upTo; ++v) {
        if (Status s = db.exec(kMigrations[v]); !s) {
            return s;
        }
    }
    const std::string stamp = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                              "; PRAGMA user_version = " + std::to_string(upTo);
    if (Status s = db.exec(stamp); !s) {
        return s;
    }
    return tx.commit();
}

}  // namespace flowscope::history
