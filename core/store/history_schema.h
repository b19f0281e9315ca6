// The history database's schema and its migrations. PRAGMA application_id marks the file as
// Flowscope's; PRAGMA user_version is the schema version. Each migration takes the schema one
// version up, in the same transaction as the version change, so a file is always at a whole
// version. The migrations are the schema's definition: a new file runs all of them.
//
// Version 1: dimension tables (app, remote, service), traffic per minute / hour / day keyed by
//            (bucket start, app, remote, service), connection rows, meta (roll-up progress).
// Version 2: per-application indexes on the hour and day tables (the History page's
//            per-application month and the Applications page's "Today" read by application).
#pragma once

#include "core/base/result.h"
#include "core/store/sqlite_db.h"

namespace flowscope::history {

inline constexpr int kSchemaVersion = 2;
inline constexpr int kApplicationId = 0x466C5363;  // "FlSc"

// Makes `db` a history database of version `upTo` (default: the current one): a new, empty
// file is initialised, an older one migrated. Errors: another program's SQLite file, a newer
// schema than this Flowscope knows, and SQLite's own (damaged, read-only, locked, full).
Status migrate(Database& db, int upTo = kSchemaVersion);

// Checks, without writing, that `db` is a history database this Flowscope can read.
Status checkReadable(Database& db);
// Checks, without writing, that `db` is empty or a history database this Flowscope may write
// (not another program's file, not a newer schema): run before anything changes the file.
Status checkWritable(Database& db);

}  // namespace flowscope::history
