#include "ui/app_style.h"

#include <QGuiApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace flowscope::ui {

namespace {

constexpr QChar kFirstStrongIsolate(0x2068);
constexpr QChar kPopDirectionalIsolate(0x2069);

void outline(const QStyleOption* option, QPainter* painter, bool round) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    const QRect r = option->rect.adjusted(0, 0, -1, -1);
    if (round) {
        painter->drawEllipse(r);
    } else {
        painter->drawRect(r);
    }
    painter->restore();
}

}  // namespace

QString isolatedText(const QString& text, Qt::LayoutDirection direction) {
    if (direction != Qt::RightToLeft || text.isEmpty() || text.front() == kFirstStrongIsolate) {
        return text;
    }
    return kFirstStrongIsolate + text + kPopDirectionalIsolate;
}

QString isolated(const QString& text) {
    return isolatedText(text, QGuiApplication::layoutDirection());
}

AppStyle::AppStyle(bool highContrast)
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))), m_highContrast(highContrast) {
    setObjectName(highContrast ? QStringLiteral("flowscope-high-contrast")
                               : QStringLiteral("flowscope"));
}

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                           const QWidget* widget) const {
    if (element == CE_ItemViewItem && option->direction == Qt::RightToLeft) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option)) {
            QStyleOptionViewItem isolated(*item);
            isolated.text = isolatedText(item->text, item->direction);
            QProxyStyle::drawControl(element, &isolated, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!m_highContrast) {
        return;
    }
    switch (element) {
        case PE_FrameLineEdit:
        case PE_IndicatorCheckBox:
        case PE_PanelButtonCommand:
            outline(option, painter, false);
            break;
        case PE_IndicatorRadioButton:
            outline(option, painter, true);
            break;
        default:
            break;
    }
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                  QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (m_highContrast && (control == CC_ComboBox || control == CC_SpinBox)) {
        outline(option, painter, false);
    }
}

}  // namespace flowscope::ui
