#include "ui/models/history_loader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QMetaObject>

#include "core/base/thread_name.h"
#include "core/store/history_reader.h"

namespace flowscope::ui {

HistoryLoader::HistoryLoader(QObject* parent) : QObject(parent) {
    m_worker = std::thread([this] {
        setCurrentThreadName("history");
        run();
    });
}

HistoryLoader::~HistoryLoader() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_worker.join();  // queued GUI parts die with this object
}

void HistoryLoader::setDatabase(const QString& path) {
    m_path = path;
}

void HistoryLoader::submit(int channel, Job job) {
    {
        std::lock_guard lock(m_mutex);
        if (channel >= int(m_latest.size())) {
            m_latest.resize(size_t(channel) + 1, 0);
        }
        const uint64_t generation = ++m_latest[size_t(channel)];
        m_queue.push_back(Task{channel, generation, m_path, std::move(job)});
    }
    ++m_pending;
    m_wake.notify_one();
}

bool HistoryLoader::isCurrent(int channel, uint64_t generation) const {
    std::lock_guard lock(m_mutex);
    return m_latest[size_t(channel)] == generation;
}

void HistoryLoader::run() {
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop) {
                return;
            }
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        Done done;
        if (isCurrent(task.channel, task.generation)) {
            auto opened = history::HistoryReader::open(QFile::encodeName(task.path).toStdString());
            done = opened ? task.job(opened.value().get(), Error{})
                          : task.job(nullptr, opened.error());
        }
        QMetaObject::invokeMethod(
            this,
            [this, channel = task.channel, generation = task.generation, done] {
                deliver(channel, generation, done);
            },
            Qt::QueuedConnection);
    }
}

void HistoryLoader::deliver(int channel, uint64_t generation, const Done& done) {
    --m_pending;
    if (done && isCurrent(channel, generation)) {
        done();
    }
    emit finished();
}

bool HistoryLoader::waitIdle(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_pending > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return m_pending == 0;
}

}  // namespace flowscope::ui
