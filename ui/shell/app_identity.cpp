#include "ui/shell/app_identity.h"

#include <QGuiApplication>
#include <QString>

#include "ui/shell/autostart.h"

namespace flowscope::ui {

QIcon appIcon() {
    // PNGs rendered from the SVG master by tools/gen_app_icons.sh: they need no SVG plugin and
    // are hinted for their size, which a scaled SVG is not at 16 px.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/app/%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

void applyAppIdentity() {
    QGuiApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QString::fromLatin1(Autostart::kAppId));
}

}  // namespace flowscope::ui
