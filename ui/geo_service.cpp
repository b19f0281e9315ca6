#include "ui/geo_service.h"

#include <QMetaObject>

#include "core/base/thread_name.h"

namespace flowscope::ui {

GeoService::GeoService(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<flowscope::GeoResolver>>(
        "std::shared_ptr<flowscope::GeoResolver>");
}

GeoService::~GeoService() {
    if (m_loader.joinable()) {
        m_loader.join();  // its queued result dies with this object
    }
}

void GeoService::load(const GeoResolverOptions& options) {
    if (m_loader.joinable()) {
        m_loader.join();
    }
    m_loader = std::thread([this, options] {
        setCurrentThreadName("geo");
        auto resolver = std::make_shared<GeoResolver>(options);
        QMetaObject::invokeMethod(
            this,
            [this, resolver] {
                m_resolver = resolver;
                emit ready(resolver);
            },
            Qt::QueuedConnection);
    });
}

}  // namespace flowscope::ui
