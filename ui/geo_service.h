// The GeoResolver of the desktop app, opened on a worker thread (opening checks the whole
// database files, ~25-55 ms: never on the GUI thread at start-up). ready() follows on the GUI
// thread; until then resolver() is null and the country / AS columns stay empty.
#pragma once

#include <QObject>
#include <memory>
#include <thread>

#include "core/enrich/geo_resolver.h"

namespace flowscope::ui {

class GeoService : public QObject {
    Q_OBJECT
public:
    explicit GeoService(QObject* parent = nullptr);
    ~GeoService() override;  // waits for a load in progress

    // Opens the databases (empty paths: the built-in ones) on a worker thread.
    void load(const GeoResolverOptions& options = {});
    std::shared_ptr<GeoResolver> resolver() const { return m_resolver; }

signals:
    void ready(const std::shared_ptr<flowscope::GeoResolver>& resolver);

private:
    std::thread m_loader;
    std::shared_ptr<GeoResolver> m_resolver;
};

}  // namespace flowscope::ui
