// Writes the history database: one call per tick, in one transaction (minute rows and their
// hour and day roll-ups, finished connections), then a bounded slice of pruning. Used by the
// recorder sink on its thread, and directly by tools that fill a database (bench, screenshots).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/store/history_options.h"
#include "core/store/history_types.h"

namespace flowscope::history {

struct AppRef {
    std::string name;  // "" = traffic whose program is unknown
    std::string path;
    std::string user;
};

struct RemoteRef {
    std::string host;     // the learned host name, or the address when none was learned
    std::string country;  // ISO code, "" unknown
    uint32_t asNumber = 0;
    std::string asOrganization;
};

// Traffic of one group during one minute.
struct MinuteRecord {
    int64_t minute = 0;  // Unix seconds, a multiple of 60
    AppRef app;
    RemoteRef remote;
    std::string service;
    Usage usage;
};

struct ConnectionRecord {
    ConnectionRow row;  // row.application/path/host/country/as* as in the refs below
    AppRef app;
    RemoteRef remote;
};

struct TickBatch {
    int64_t now = 0;  // Unix seconds: what pruning measures ages against
    std::vector<MinuteRecord> traffic;
    std::vector<ConnectionRecord> connections;
};

class HistoryWriter {
public:
    // Opens or creates the database (WAL, schema migrated to the current version). Errors as
    // RecorderSink::open describes.
    static Result<std::unique_ptr<HistoryWriter>> open(const std::filesystem::path& path,
                                                       const RetentionOptions& retention);
    ~HistoryWriter();

    // Everything in `batch` in one transaction; nothing of it on error (one sentence: disk
    // full, locked, damaged, read-only).
    Status write(const TickBatch& batch);
    // Rolls every minute written so far up into the hour and day tables (minutes are rolled up
    // once closed, at the first write of a later minute; a recording that stops calls this).
    Status flush();
    // Deletes at most `maxRows` expired rows (older than the retention, beyond the connection
    // cap, or the oldest while the file is over its size limit) and gives their pages back to
    // the file system. Returns whether more remains to prune.
    Result<bool> prune(int64_t now, size_t maxRows = 5000);

    void setRetention(const RetentionOptions& retention);
    const std::filesystem::path& path() const;

    struct Impl;

private:
    explicit HistoryWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace flowscope::history
