#include "ui/history/today_totals.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QTimer>
#include <ctime>

#include "core/base/thread_name.h"
#include "core/store/history_reader.h"
#include "core/store/history_time.h"
#include "ui/core_text.h"
#include "ui/settings/history_settings.h"

namespace flowscope::ui {

TodayTotals::TodayTotals(QObject* parent) : QObject(parent), m_timer(new QTimer(this)) {
    qRegisterMetaType<std::vector<flowscope::history::TotalRow>>(
        "std::vector<flowscope::history::TotalRow>");
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TodayTotals::refresh);
}

TodayTotals::~TodayTotals() {
    m_pool.waitForDone();
}

void TodayTotals::start() {
    m_timer->start();
    refresh();
}

void TodayTotals::stop() {
    m_timer->stop();
}

void TodayTotals::refresh() {
    if (m_busy) {
        return;
    }
    m_busy = true;
    const QString path = m_database.isEmpty() ? settings::historyDatabasePath() : m_database;
    const int64_t now = m_now ? m_now() : int64_t(std::time(nullptr));
    m_pool.start([this, path, now] {
        setCurrentThreadName("history-today");
        std::vector<history::TotalRow> rows;
        QString problem;
        if (!path.isEmpty() && QFileInfo::exists(path)) {
            auto reader =
                history::HistoryReader::open(QDir::fromNativeSeparators(path).toStdString());
            if (reader) {
                const history::TimeRange today{history::floorDay(now), history::endOfSecond(now)};
                auto totals = reader.value()->totals(today, history::Dimension::Application);
                if (totals) {
                    rows = std::move(totals.value());
                } else {
                    problem = localized(totals.error());
                }
            } else {
                problem = localized(reader.error());
            }
        }
        // Queued to the GUI thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this, [this, rows = std::move(rows), problem] { finish(rows, problem); },
            Qt::QueuedConnection);
    });
}

void TodayTotals::finish(const std::vector<history::TotalRow>& rows, const QString& problem) {
    m_busy = false;
    ++m_reads;
    emit loaded(rows, problem);
}

}  // namespace flowscope::ui
