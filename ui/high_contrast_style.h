// The high-contrast theme's style: Fusion, with a 1 px outline in the text colour around the
// controls whose frame Fusion derives from the window colour (on black it would vanish):
// line edits, check boxes, radio buttons, push buttons, combo and spin boxes.
#pragma once

#include <QProxyStyle>

namespace flowscope::ui {

class HighContrastStyle : public QProxyStyle {
    Q_OBJECT
public:
    HighContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget) const override;
};

}  // namespace flowscope::ui
