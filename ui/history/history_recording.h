// The GUI thread's side of recording live captures into the history database (core/store).
// EngineBridge asks it for a sink when a live capture starts (createSink), as it does the
// AlertCenter for the notifier; files opened for viewing are never recorded. It follows the
// capture's recorder: recording() while a live capture is running with its database open;
// "Pause recording" (tray, Capture menu) for private moments, kept for the app's session; new
// retention settings passed on at once; and the one sentence when the database cannot be
// used, with moveAsideAndRestart() for a damaged file.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>

#include "core/base/result.h"
#include "core/engine/snapshot.h"
#include "core/store/history_options.h"

namespace flowscope {
class GeoResolver;
class SnapshotSink;
}  // namespace flowscope

namespace flowscope::ui {

class GeoService;
class RecordingSink;

class HistoryRecording : public QObject {
    Q_OBJECT
public:
    // `geo` gives the recorder its country and AS lookups (may be null: none).
    explicit HistoryRecording(GeoService* geo, QObject* parent = nullptr);
    ~HistoryRecording() override;

    // A recorder for a live capture about to start, with the settings' database and retention,
    // or null when recording is turned off (settings::historyRecord) or no database place is
    // known. It must not outlive this object (EngineBridge stops its engine first).
    std::shared_ptr<SnapshotSink> createSink();
    // The capture that had the last sink has ended (or a file was opened instead).
    void captureEnded();

    // A live capture is being recorded: its database is open and working.
    bool recording() const { return m_recording; }
    bool paused() const { return m_paused; }
    // The database of the capture being recorded (or of the last attempt).
    QString databasePath() const { return m_database; }
    // The last problem's sentence ("" when none) and whether it offers moving the file aside.
    QString problem() const { return m_problem; }
    bool canMoveAside() const { return m_canMoveAside; }

public slots:
    void setPaused(bool paused);
    // Passes the retention of the settings to the running recorder (from its next tick).
    void applyRetention();
    // A damaged database: renames it (with its -wal and -shm) to "<name>.damaged-…" and, while
    // a live capture runs, starts recording into a new file at its next tick. Returns the
    // sentence said (also emitted as notice()).
    QString moveAsideAndRestart();

signals:
    void recordingChanged(bool recording);
    void pausedChanged(bool paused);
    // The database cannot be used: one sentence; `canMoveAside` for a damaged file.
    void problemChanged(const QString& sentence, bool canMoveAside);
    // A passing remark for the status bar (the damaged file was moved aside, ...).
    void notice(const QString& sentence);

private:
    void onOpened(uint64_t generation);
    void onFailed(uint64_t generation, const Error& error);
    void setRecording(bool recording);
    void setProblem(const QString& sentence, bool canMoveAside);

    std::weak_ptr<RecordingSink> m_sink;
    uint64_t m_generation = 0;  // ignores events of a capture's recorder that was replaced
    bool m_recording = false;
    bool m_paused = false;
    QString m_database;
    QString m_problem;
    bool m_canMoveAside = false;
    // What the recorders' threads reach of this object: it may be gone before an abandoned
    // recorder thread ends (the engine gives up waiting for a sink after its finish timeout).
    struct Link {
        std::mutex mutex;
        HistoryRecording* target = nullptr;  // null once this object is gone
        std::shared_ptr<GeoResolver> geo;    // the resolver the next opened recorder gets
    };
    std::shared_ptr<Link> m_link;
};

// The sentence the desktop app shows when the history database cannot be used.
QString recordingProblemText(const Error& error, const QString& database);

}  // namespace flowscope::ui
