#include "ui/capture_messages.h"

#include <QCoreApplication>

#include "ui/core_text.h"

namespace flowscope::ui {

namespace {

// Gives the sentences below a translation context lupdate can see (tr() of a class).
class CaptureMessages {
    Q_DECLARE_TR_FUNCTIONS(CaptureMessages)

public:
    static QString forError(const Error& error, const QString& source, bool live);
};

}  // namespace

QString desktopMessage(const Error& error, const QString& source, bool live) {
    return CaptureMessages::forError(error, source, live);
}

QString CaptureMessages::forError(const Error& error, const QString& source, bool live) {
    switch (error.code) {
        case ErrorCode::PermissionDenied:
            if (!live) {
                return tr("Permission denied: Flowscope may not read %1. Give your user read "
                          "permission on the file, or copy it to one of your folders, and open "
                          "it again.")
                    .arg(source);
            }
            break;  // core's sentence names the capability command to run
        case ErrorCode::NotFound:
            if (live) {
                return tr("There is no network adapter named \"%1\". Pick one of the adapters "
                          "listed on the Start page.")
                    .arg(source);
            }
            break;
        case ErrorCode::DeviceGone:
            return tr("The network adapter %1 went down or disappeared while capturing. "
                      "Reconnect it and start again, or pick another adapter on the Start "
                      "page; what was captured stays shown.")
                .arg(source);
        case ErrorCode::InvalidArgument:
            if (live && source.isEmpty()) {
                return tr("No network adapter was chosen; pick one on the Start page.");
            }
            break;
        default:
            break;
    }
    if (error.message.empty()) {
        return tr("%1 cannot be opened.").arg(source);
    }
    return localized(error);
}

}  // namespace flowscope::ui
