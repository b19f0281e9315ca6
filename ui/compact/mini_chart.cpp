#include "ui/compact/mini_chart.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace flowscope::ui {

namespace {

// 1, 2 or 5 times a power of ten, at or above `value` (the scale's top stays readable).
double roundUp(double value) {
    if (!(value > 0)) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

}  // namespace

MiniChart::MiniChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("compactChart"));
    setAccessibleName(tr("Traffic over time"));
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MiniChart::setUnit(RateUnit unit) {
    m_unit = unit == RateUnit::Bits ? RateUnit::Bits : RateUnit::Bytes;
    update();
}

void MiniChart::addSamples(const std::vector<TickSample>& samples, int64_t tickNs) {
    const double seconds = tickNs > 0 ? static_cast<double>(tickNs) / 1e9 : 1.0;
    for (const TickSample& sample : samples) {
        m_rates.push_back({static_cast<double>(sample.traffic.bytesIn) / seconds,
                           static_cast<double>(sample.traffic.bytesOut) / seconds});
    }
    while (m_rates.size() > size_t(kSeconds)) {
        m_rates.pop_front();
    }
    update();
}

void MiniChart::clear() {
    m_rates.clear();
    update();
}

double MiniChart::scaleMax() const {
    double largest = 0;
    for (const Rate& rate : m_rates) {
        largest = std::max({largest, rate.in, rate.out});
    }
    // Bits are shown as bits: round the scale in the unit shown.
    const double factor = m_unit == RateUnit::Bits ? 8.0 : 1.0;
    return roundUp(largest * factor) / factor;
}

void MiniChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor base = palette().color(QPalette::Base);
    painter.fillRect(area, base);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    painter.setPen(QPen(grid, 1));
    painter.drawRect(area);
    painter.drawLine(QPointF(area.left(), area.center().y()),
                     QPointF(area.right(), area.center().y()));

    const double top = scaleMax();
    const double step = area.width() / (kSeconds - 1);
    // The newest rate at the right edge; older ones to the left.
    const double firstX = area.right() - step * double(std::max<size_t>(m_rates.size(), 1) - 1);
    auto pointAt = [&](size_t i, double value) {
        const double y = area.bottom() - std::min(value / top, 1.0) * (area.height() - 14);
        return QPointF(firstX + step * double(i), y);
    };
    painter.save();
    if (layoutDirection() == Qt::RightToLeft) {  // x → left + right - x
        painter.translate(area.left() + area.right(), 0);
        painter.scale(-1, 1);
    }
    for (const bool incoming : {true, false}) {
        if (m_rates.size() < 2) {
            break;  // a line needs two points
        }
        QPainterPath line;
        for (size_t i = 0; i < m_rates.size(); ++i) {
            const QPointF p = pointAt(i, incoming ? m_rates[i].in : m_rates[i].out);
            i == 0 ? line.moveTo(p) : line.lineTo(p);
        }
        QPainterPath fill = line;
        fill.lineTo(area.right(), area.bottom());
        fill.lineTo(firstX, area.bottom());
        fill.closeSubpath();
        const QColor color = incoming ? incomingColor() : outgoingColor();
        QColor translucent = color;
        translucent.setAlpha(60);
        painter.fillPath(fill, translucent);
        painter.strokePath(line, QPen(color, 1.5));
    }
    painter.restore();

    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    // Right to left the painter swaps these sides itself (its layout direction is the widget's).
    painter.drawText(area.adjusted(4, 1, -4, -1), Qt::AlignLeft | Qt::AlignTop,
                     formatRate(top, m_unit));
    painter.drawText(area.adjusted(4, 1, -4, -1), Qt::AlignRight | Qt::AlignTop,
                     tr("last %1 s").arg(kSeconds));
}

}  // namespace flowscope::ui
