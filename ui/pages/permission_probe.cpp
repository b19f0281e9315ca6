#include "ui/pages/permission_probe.h"

#include <QThread>
#include <memory>

#include "core/capture/live_capture.h"
#ifndef _WIN32
#include "core/capture/capture_launcher.h"
#include "ui/core_text.h"
#endif

namespace flowscope::ui {

PermissionProbe::PermissionProbe(QObject* parent) : QObject(parent) {}

PermissionProbe::~PermissionProbe() {
    if (m_thread) {
        // The thread deletes itself once finished; its result has nowhere to go any more.
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait(2000);
    }
}

QString PermissionProbe::deniedMessage(const QString& adapter) {
    LiveOptions options;
    options.interface = adapter.toStdString();
    options.bufferSizeBytes = 64 * 1024;  // opened and closed at once: keep it cheap
    options.pollTimeoutMs = 1;
#ifndef _WIN32
    auto capture = openLiveSource(options);  // through the capture helper where a capture would
#else
    auto capture = LiveCapture::open(options);
#endif
    if (!capture && capture.error().code == ErrorCode::PermissionDenied) {
        return localized(capture.error());
    }
    return {};
}

void PermissionProbe::start(const QString& adapter) {
    if (m_thread) {
        return;  // one at a time; the running one answers
    }
    auto result = std::make_shared<QString>();
    m_thread = QThread::create([adapter, result] { *result = deniedMessage(adapter); });
    m_thread->setObjectName(QStringLiteral("permission probe"));
    // finished is emitted by the worker thread: queued to this object on the GUI thread.
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread = nullptr;
        emit finished(*result);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

}  // namespace flowscope::ui
