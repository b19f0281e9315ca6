// The app's style: Fusion (the palettes are made for it) with two additions.
// - Right to left, a table cell's text is a first-strong isolate (U+2068 … U+2069): a path,
//   an address or a host name keeps its own order ("/usr/bin/ssh", not "usr/bin/ssh/") while
//   the cell stays aligned right to left; Arabic or Hebrew text inside stays right to left.
// - In the high-contrast theme, a 1 px outline in the text colour around the controls whose
//   frame Fusion derives from the window colour (on black it would vanish): line edits, check
//   boxes, radio buttons, push buttons, combo and spin boxes.
#pragma once

#include <QProxyStyle>
#include <QString>

namespace flowscope::ui {

class AppStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit AppStyle(bool highContrast);

    bool highContrast() const { return m_highContrast; }

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget) const override;

private:
    bool m_highContrast;
};

// `text` as a first-strong isolate when shown right to left (unchanged left to right, or when
// empty or already isolated).
QString isolatedText(const QString& text, Qt::LayoutDirection direction);
// isolatedText in the application's layout direction: for an address, a path, a port or a
// program name put into a sentence or a label, so that right to left its dots, colons and
// slashes stay where they belong and it does not reorder the words around it.
QString isolated(const QString& text);

}  // namespace flowscope::ui
