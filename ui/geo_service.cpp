#include "ui/geo_service.h"

#include <QMetaObject>

#include "core/base/thread_name.h"
#include "ui/core_text.h"

namespace flowscope::ui {

GeoService::GeoService(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<flowscope::GeoResolver>>(
        "std::shared_ptr<flowscope::GeoResolver>");
}

GeoService::~GeoService() {
    stopWorker();  // its queued signals die with this object
}

void GeoService::stopWorker() {
    if (!m_worker.joinable()) {
        return;
    }
    {
        std::lock_guard lock(m_stopMutex);
        m_stop = true;
    }
    m_stopWake.notify_all();
    m_worker.join();
    m_stop = false;
}

void GeoService::load(const GeoResolverOptions& options) {
    stopWorker();
    GeoResolverOptions resolverOptions = options;
    // Lookups run on the GUI thread: they never check files themselves, the worker does.
    resolverOptions.recheckInterval = std::chrono::milliseconds(0);
    const bool userFiles = !options.countryDb.empty() || !options.asDb.empty();
    const auto interval = userFiles ? options.recheckInterval : std::chrono::milliseconds(0);
    m_worker = std::thread([this, resolverOptions, interval] {
        setCurrentThreadName("geo");
        auto resolver = std::make_shared<GeoResolver>(resolverOptions);
        QMetaObject::invokeMethod(
            this,
            [this, resolver] {
                m_resolver = resolver;
                emit ready(resolver);
            },
            Qt::QueuedConnection);
        if (interval.count() > 0) {
            watch(resolver, interval);
        }
    });
}

// On the worker: a stat() per file and interval; a changed file is checked in full here.
void GeoService::watch(const std::shared_ptr<GeoResolver>& resolver,
                       std::chrono::milliseconds interval) {
    std::unique_lock lock(m_stopMutex);
    while (!m_stopWake.wait_for(lock, interval, [this] { return m_stop; })) {
        lock.unlock();
        for (const GeoFileChange& change : resolver->checkFiles()) {
            const bool usable = change.usable;
            QMetaObject::invokeMethod(
                this,
                [this, phrase = change.message, usable] {
                    const QString message = localized(phrase);  // in the window's language
                    if (usable) {
                        emit databaseReloaded(message);
                    } else {
                        emit databaseUnusable(message);
                    }
                },
                Qt::QueuedConnection);
        }
        lock.lock();
    }
}

}  // namespace flowscope::ui
