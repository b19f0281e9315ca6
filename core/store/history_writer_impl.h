// The writer's state (history_writer.cpp, history_prune.cpp): the connection, its prepared
// statements and the dimension ids already known.
#pragma once

#include <string>
#include <unordered_map>

#include "core/store/history_writer.h"
#include "core/store/sqlite_db.h"

namespace flowscope::history {

struct HistoryWriter::Impl {
    Database db;
    RetentionOptions retention;
    // Dimension ids by their text key; cleared when a transaction is rolled back (ids given
    // out inside it no longer exist).
    std::unordered_map<std::string, int64_t> apps, remotes, services;
    Statement app, remote, service;
    Statement upsert[3];  // minute, hour, day
    Statement insertConnection;
    Statement minutesToRoll;
    int64_t rolledThrough = 0;  // minutes up to this one are in the hour and day tables
    int64_t connectionRows = 0;

    Status prepareAll();
    Result<int64_t> appId(const AppRef& app);
    Result<int64_t> remoteId(const RemoteRef& remote);
    Result<int64_t> serviceId(const std::string& name);
    Status upsertInto(int table, int64_t t, int64_t app, int64_t remote, int64_t service,
                      const Usage& usage);
    Status rollUp(int64_t before);  // minutes in (rolledThrough, before) into hours and days
    Status insert(const ConnectionRecord& connection);
    void forgetIds();
};

}  // namespace flowscope::history
