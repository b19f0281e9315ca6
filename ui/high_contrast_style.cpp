#include "ui/high_contrast_style.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace flowscope::ui {

namespace {

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

HighContrastStyle::HighContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {
    setObjectName(QStringLiteral("flowscope-high-contrast"));
}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                      QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
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

void HighContrastStyle::drawComplexControl(ComplexControl control,
                                           const QStyleOptionComplex* option, QPainter* painter,
                                           const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox) {
        outline(option, painter, false);
    }
}

}  // namespace flowscope::ui
