// Today's totals per application from the history database, for the Applications page's
// "Today" column: HistoryReader::totals over [local midnight, now) by application, read on a
// worker thread (never on the GUI thread) when asked and then about once a minute.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <vector>

#include "core/store/history_types.h"

class QTimer;

namespace flowscope::ui {

class TodayTotals : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60'000;

    explicit TodayTotals(QObject* parent = nullptr);
    ~TodayTotals() override;  // waits for a read under way

    // The database read (default: settings::historyDatabasePath()) and the clock (default: now),
    // for tests.
    void setDatabase(const QString& path) { m_database = path; }
    void setClock(std::function<int64_t()> now) { m_now = std::move(now); }
    // Reads now, and then every kIntervalMs while started.
    void start();
    void stop();
    // One read on the worker (skipped while one is under way); loaded() follows.
    void refresh();
    int reads() const { return m_reads; }  // finished reads (tests)

signals:
    // Today's rows, largest first; empty when the database is missing or cannot be read
    // (`problem` then says why, in one sentence; the recorder reports its own errors).
    void loaded(const std::vector<flowscope::history::TotalRow>& rows, const QString& problem);

private:
    void finish(const std::vector<history::TotalRow>& rows, const QString& problem);

    QTimer* m_timer;
    QString m_database;
    std::function<int64_t()> m_now;
    bool m_busy = false;
    int m_reads = 0;
    QThreadPool m_pool;  // last: destroyed (and waited for) first
};

}  // namespace flowscope::ui

Q_DECLARE_METATYPE(std::vector<flowscope::history::TotalRow>)
