// The history recorder: a snapshot sink (named "history") that writes, once per tick and in
// one SQLite transaction, per-minute traffic keyed by (application, remote host or address,
// AS, country, service) — hour and day roll-ups in the same transaction, so they always add
// up — and one row per connection that left the table (or was still open at the end).
//
// It keeps its own count of what each flow had when last written and records the difference,
// so a tick dropped by the engine's hand-over is caught up at the next one. Writes run on the
// sink's own thread; the engine never waits for the disk. A tick that cannot be written
// (full disk, database locked or damaged) stops the recorder with one sentence in the
// snapshot's sink counters; what was written before stays intact (each tick is one
// transaction in WAL mode: a killed process loses at most the tick being written).
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "core/base/result.h"
#include "core/engine/snapshot_sink.h"
#include "core/enrich/address_kind.h"
#include "core/store/history_options.h"

namespace flowscope {
class GeoResolver;
class ServiceTable;
}  // namespace flowscope

namespace flowscope::history {

class HistoryWriter;

struct RecorderOptions {
    std::filesystem::path database;  // created (with its folder) when missing
    RetentionOptions retention;
    // Where country, AS and service names come from; either may be null (then left empty).
    std::shared_ptr<GeoResolver> geo;
    std::shared_ptr<const ServiceTable> services;
    OwnAddresses own;  // this machine's addresses: never looked up as places
};

struct RecorderStats {
    uint64_t ticksWritten = 0;
    uint64_t connectionsWritten = 0;
    double lastWriteMs = 0;  // the last tick's transaction, on the recorder's thread
    bool paused = false;
};

class RecorderSink : public SnapshotSink {
public:
    // Opens (or creates) the database. Errors, one sentence each: cannot create the folder,
    // the file is not a Flowscope history database, damaged (ErrorCode::Corrupt: offer
    // moveAside()), read-only, locked by another program, written by a newer Flowscope.
    static Result<std::unique_ptr<RecorderSink>> open(RecorderOptions options);
    ~RecorderSink() override;

    std::string name() const override { return "history"; }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override;
    void finish() override;

    // "Pause recording" for private moments: traffic while paused is not written (the flows'
    // counts move on, so nothing is written later either). Thread-safe.
    void setPaused(bool paused);
    // New retention, taken up at the next tick. Thread-safe.
    void setRetention(const RetentionOptions& retention);
    RecorderStats stats() const;  // thread-safe

    struct State;

private:
    RecorderSink(RecorderOptions options, std::unique_ptr<HistoryWriter> writer);

    RecorderOptions m_options;
    std::unique_ptr<HistoryWriter> m_writer;
    std::unique_ptr<State> m_state;  // flows seen, on the sink thread only
    mutable std::mutex m_mutex;
    RecorderStats m_stats;                                 // guarded by m_mutex
    bool m_paused = false;                                 // guarded by m_mutex
    std::unique_ptr<RetentionOptions> m_pendingRetention;  // guarded by m_mutex
};

// Moves a damaged database (and its -wal and -shm files) aside to
// "<name>.damaged-YYYYMMDD-HHMMSS" so that a new one can be started; returns the new name.
Result<std::filesystem::path> moveAside(const std::filesystem::path& database);

}  // namespace flowscope::history
