// The GeoResolver of the desktop app, opened on a worker thread (opening checks the whole
// database files, ~25-55 ms: never on the GUI thread at start-up). ready() follows on the GUI
// thread; until then resolver() is null and the country / AS columns stay empty. The same
// worker ("geo") then looks every few seconds whether the user's database files changed on disk
// (GeoResolver::checkFiles), so that a changed file is checked and reloaded off the GUI thread.
#pragma once

#include <QObject>
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "core/enrich/geo_resolver.h"

namespace flowscope::ui {

class GeoService : public QObject {
    Q_OBJECT
public:
    explicit GeoService(QObject* parent = nullptr);
    ~GeoService() override;  // stops the worker (waits for a load in progress)

    // Opens the databases (empty paths: the built-in ones) on a worker thread, which then looks
    // whether the user's files changed every options.recheckInterval (zero: never).
    void load(const GeoResolverOptions& options = {});
    std::shared_ptr<GeoResolver> resolver() const { return m_resolver; }

signals:
    void ready(const std::shared_ptr<flowscope::GeoResolver>& resolver);
    // A user's database file changed while in use and can no longer be used (truncated,
    // damaged, removed, ...): the built-in database answers from now on. `message` is one
    // sentence naming the file and saying so. Once per such change, on the GUI thread.
    void databaseUnusable(const QString& message);
    // A user's database file changed on disk and passed the full check: it answers from now on
    // (also after databaseUnusable, once the file is usable again). One sentence.
    void databaseReloaded(const QString& message);

private:
    void stopWorker();
    void watch(const std::shared_ptr<GeoResolver>& resolver, std::chrono::milliseconds interval);

    std::thread m_worker;
    std::mutex m_stopMutex;
    std::condition_variable m_stopWake;
    bool m_stop = false;  // guarded by m_stopMutex
    std::shared_ptr<GeoResolver> m_resolver;
};

}  // namespace flowscope::ui
