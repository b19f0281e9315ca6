// The desktop app's history recorder for one live capture: a snapshot sink around
// history::RecorderSink that opens the database on the sink's own thread at the first tick
// (the GUI thread never waits for SQLite, and the country / AS databases, loaded on a worker at
// start-up, are ready by then), and that stays attached when the database cannot be opened or
// written: it reports the error once and records nothing until asked to reopen (after the
// user moved a damaged file aside). The engine's sink counters so never show it detached; the
// live view goes on either way.
#pragma once

#include <functional>
#include <memory>
#include <mutex>

#include "core/base/result.h"
#include "core/engine/snapshot_sink.h"
#include "core/store/recorder_sink.h"

namespace flowscope::ui {

class RecordingSink : public SnapshotSink {
public:
    // Called on the sink's thread: the database was opened (or reopened), or an open or a
    // write failed (the recorder is closed then, until reopen()).
    struct Events {
        std::function<void()> opened;
        std::function<void(const Error&)> failed;
    };
    // `complete` fills in what takes a moment to gather (the geo resolver, the service table,
    // this machine's addresses), on the sink's thread, each time the database is opened.
    using Completer = std::function<void(history::RecorderOptions&)>;
    RecordingSink(history::RecorderOptions options, Completer complete, Events events);
    ~RecordingSink() override;

    std::string name() const override { return "history"; }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override;
    void finish() override;

    // Thread-safe; they also hold for a database opened later.
    void setPaused(bool paused);
    void setRetention(const history::RetentionOptions& retention);
    // Opens the database again at the next tick (a new one after a damaged file was moved
    // aside); a recorder that is working is left alone.
    void reopen();
    bool isOpen() const;
    history::RecorderStats stats() const;

private:
    std::shared_ptr<history::RecorderSink> recorder() const;
    void open();  // sink thread

    history::RecorderOptions m_options;  // guarded by m_mutex (retention changes)
    Completer m_complete;
    Events m_events;
    mutable std::mutex m_mutex;
    std::shared_ptr<history::RecorderSink> m_recorder;  // guarded by m_mutex
    bool m_paused = false;                              // guarded by m_mutex
    bool m_tried = false;                               // guarded by m_mutex
    bool m_reopen = false;                              // guarded by m_mutex
};

}  // namespace flowscope::ui
