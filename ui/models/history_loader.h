// Runs the History page's database reads on a thread of their own ("history"), never on the
// GUI thread. A job runs on that thread with the open HistoryReader and returns the part that
// runs back on the GUI thread (by a queued call), e.g. filling a model. Jobs run one at a time
// in order; a job submitted on a channel supersedes the older ones of that channel: those not
// started yet are skipped, and the GUI part of one that was already running is dropped, so a
// quick change of range never shows an older answer last.
//
// Each job opens the database afresh on the worker (read-only, beside a recording writer in WAL
// mode; opening costs about a millisecond): a database that appears later (the first live
// capture), was moved aside or replaced is simply found as it is by the next job.
#pragma once

#include <QObject>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "core/base/result.h"

namespace flowscope::history {
class HistoryReader;
}

namespace flowscope::ui {

class HistoryLoader : public QObject {
    Q_OBJECT
public:
    // What runs back on the GUI thread.
    using Done = std::function<void()>;
    // Runs on the worker: `reader` is null when the database could not be opened; `error` then
    // says why (and is what a failed query should pass on too).
    using Job = std::function<Done(const history::HistoryReader* reader, const Error& error)>;

    explicit HistoryLoader(QObject* parent = nullptr);
    ~HistoryLoader() override;  // waits for a running job; the rest are skipped

    // The database file; the next job opens it.
    void setDatabase(const QString& path);
    QString database() const { return m_path; }

    // Queues `job` on `channel` (a small number chosen by the caller).
    void submit(int channel, Job job);
    // True while a job of any channel is queued or running.
    bool busy() const { return m_pending > 0; }
    // Blocks (tests) until every job submitted so far has run and its GUI part was delivered.
    bool waitIdle(int timeoutMs = 10000);

signals:
    // After each job's GUI part (or its drop); `busy()` tells whether more is coming.
    void finished();

private:
    struct Task {
        int channel = 0;
        uint64_t generation = 0;
        QString path;
        Job job;
    };
    void run();
    bool isCurrent(int channel, uint64_t generation) const;
    void deliver(int channel, uint64_t generation, const Done& done);

    QString m_path;
    int m_pending = 0;  // GUI thread: submitted jobs not yet delivered
    std::thread m_worker;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;        // guarded by m_mutex
    std::vector<uint64_t> m_latest;  // per channel, guarded by m_mutex
    bool m_stop = false;             // guarded by m_mutex
};

}  // namespace flowscope::ui
