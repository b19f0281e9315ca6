#include "ui/widgets/sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace flowscope::ui {

Sparkline::Sparkline(QWidget* parent, int capacity)
    : QWidget(parent), m_capacity(std::max(2, capacity)), m_color(0x2a, 0x82, 0xda) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void Sparkline::addValue(double value) {
    m_values.append(std::max(0.0, value));
    if (m_values.size() > m_capacity) {
        m_values.remove(0, m_values.size() - m_capacity);
    }
    update();
}

void Sparkline::clear() {
    m_values.clear();
    update();
}

void Sparkline::setColor(const QColor& color) {
    m_color = color;
    update();
}

void Sparkline::setHighlighted(bool highlighted) {
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        update();
    }
}

void Sparkline::paintEvent(QPaintEvent* /*event*/) {
    const QColor color = m_highlighted ? palette().color(QPalette::HighlightedText) : m_color;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 3, -1, -3);  // clear of the row edges
    if (m_values.size() < 2) {
        // No reading yet: a dotted baseline in the series colour.
        QColor waiting = color;
        waiting.setAlpha(150);
        painter.setPen(QPen(waiting, 1.2, Qt::DotLine));
        painter.drawLine(area.bottomLeft(), area.bottomRight());
        return;
    }
    const double peak = *std::max_element(m_values.cbegin(), m_values.cend());
    const double step = area.width() / double(m_capacity - 1);
    // Newest value at the right edge; older ones to its left. An idle adapter (all zeros)
    // still shows its line, flat on the baseline.
    const double x0 = area.right() - step * double(m_values.size() - 1);
    QColor base = color;
    base.setAlpha(110);
    painter.setPen(QPen(base, 1));
    painter.drawLine(area.bottomLeft(), QPointF(x0, area.bottom()));
    QPainterPath line;
    for (int i = 0; i < m_values.size(); ++i) {
        const double y =
            peak > 0 ? area.bottom() - m_values[i] / peak * area.height() : area.bottom();
        const QPointF p(x0 + step * i, y);
        if (i == 0) {
            line.moveTo(p);
        } else {
            line.lineTo(p);
        }
    }
    if (peak > 0) {
        QPainterPath fill = line;
        fill.lineTo(area.right(), area.bottom());
        fill.lineTo(x0, area.bottom());
        fill.closeSubpath();
        QColor fillColor = color;
        fillColor.setAlpha(60);
        painter.fillPath(fill, fillColor);
    }
    painter.setPen(QPen(color, 1.6));
    painter.drawPath(line);
}

}  // namespace flowscope::ui
