#include "ui/shell/resume_capture.h"

#include <QCoreApplication>

#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/settings/settings.h"
#include "ui/settings/startup_settings.h"

namespace flowscope::ui {

namespace {

class ResumeMessages {
    Q_DECLARE_TR_FUNCTIONS(ResumeMessages)

public:
    static QString failed(const QString& adapter, const QString& reason) {
        return tr("The last live capture (on %1) was not resumed. %2").arg(adapter, reason);
    }
};

}  // namespace

bool resumeLastCapture(MainWindow& window) {
    const QString adapter = settings::lastAdapter.value();
    if (!settings::resumeLastCapture.value() || adapter.isEmpty()) {
        return false;
    }
    const QString error = window.bridge()->startLive(adapter, settings::lastFilter.value());
    if (!error.isEmpty()) {
        window.showError(ResumeMessages::failed(adapter, error));
        return false;
    }
    return true;
}

}  // namespace flowscope::ui
