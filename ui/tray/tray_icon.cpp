#include "ui/tray/tray_icon.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRectF>

namespace flowscope::ui {

namespace {

// The picture is designed on a 16 x 16 grid and scaled to the size asked for.
constexpr qreal kGrid = 16.0;

QColor stateColor(TrayState state) {
    switch (state) {
        case TrayState::Capturing:
            return QColor(0x1e, 0x78, 0xd2);  // blue
        case TrayState::Paused:
            return QColor(0xe0, 0x8e, 0x00);  // amber
        case TrayState::Stopped:
            break;
    }
    return QColor(0x80, 0x80, 0x80);  // grey
}

void paintBars(QPainter& painter, int lit) {
    // Three bars of rising height, like a level meter.
    const QColor on(Qt::white);
    QColor off(Qt::white);
    off.setAlpha(90);
    for (int i = 0; i < 3; ++i) {
        const qreal height = 4.0 + 3.0 * i;
        painter.fillRect(QRectF(3.0 + 3.5 * i, 13.0 - height, 3.0, height), i < lit ? on : off);
    }
}

void paintPause(QPainter& painter) {
    painter.fillRect(QRectF(4.5, 4.0, 2.5, 8.0), Qt::white);
    painter.fillRect(QRectF(9.0, 4.0, 2.5, 8.0), Qt::white);
}

void paintAlertDot(QPainter& painter) {
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(QColor(0xe5, 0x39, 0x35));
    painter.drawEllipse(QPointF(12.0, 4.0), 3.5, 3.5);
}

}  // namespace

TrayState trayStateOf(EngineState state) {
    switch (state) {
        case EngineState::Running:
            return TrayState::Capturing;
        case EngineState::Paused:
            return TrayState::Paused;
        default:
            break;
    }
    return TrayState::Stopped;
}

bool iconNeedsRedraw(const TrayLook& shown, const TrayLook& next, qint64 msSinceRedraw) {
    if (next.state != shown.state || next.alert != shown.alert) {
        return true;
    }
    return next.level != shown.level && msSinceRedraw >= 1000;
}

int activityLevel(double bytesPerSecond) {
    if (!(bytesPerSecond > 0.0)) {
        return 0;
    }
    if (bytesPerSecond < 50e3) {
        return 1;
    }
    return bytesPerSecond < 1e6 ? 2 : 3;
}

QString trayVariantName(const TrayLook& look) {
    QString name;
    switch (look.state) {
        case TrayState::Capturing:
            name = QStringLiteral("capturing-%1").arg(look.level);
            break;
        case TrayState::Paused:
            name = QStringLiteral("paused");
            break;
        case TrayState::Stopped:
            name = QStringLiteral("stopped");
            break;
    }
    if (look.alert) {
        name += QStringLiteral("+alert");
    }
    return name;
}

QImage paintTrayImage(const TrayLook& look, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / kGrid, size / kGrid);
    const QColor fill = stateColor(look.state);
    // The darker outline keeps the square's edge visible on a panel of a similar colour.
    painter.setPen(QPen(fill.darker(160), 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15.0, 15.0), 3.0, 3.0);
    if (look.state == TrayState::Paused) {
        paintPause(painter);
    } else {
        paintBars(painter, look.state == TrayState::Capturing ? look.level : 0);
    }
    if (look.alert) {
        paintAlertDot(painter);
    }
    return image;
}

QIcon trayIcon(const TrayLook& look) {
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        icon.addPixmap(QPixmap::fromImage(paintTrayImage(look, size)));
    }
    return icon;
}

}  // namespace flowscope::ui
