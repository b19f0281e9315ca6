#include "ui/widgets/sparkline_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <algorithm>

namespace flowscope::ui {

namespace {

void paintWaiting(QPainter& painter, const QRectF& area, const QColor& color) {
    QColor waiting = color;
    waiting.setAlpha(150);
    painter.setPen(QPen(waiting, 1.2, Qt::DotLine));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}

}  // namespace

const QColor SparklineDelegate::kColor(0x2a, 0x82, 0xda);

void paintSparkline(QPainter& painter, const QRectF& rect, const QList<double>& values,
                    int capacity, const QColor& color, Qt::LayoutDirection direction) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (direction == Qt::RightToLeft) {  // x → left + right - x: the newest at the left edge
        painter.translate(rect.left() + rect.right(), 0);
        painter.scale(-1, 1);
    }
    const QRectF area = rect.adjusted(1, 3, -1, -3);  // clear of the row edges
    capacity = std::max(2, capacity);
    const QList<double> shown = values.mid(std::max<qsizetype>(0, values.size() - capacity));
    if (shown.size() < 2) {
        paintWaiting(painter, area, color);  // no reading yet
        painter.restore();
        return;
    }
    const double peak = std::max(0.0, *std::max_element(shown.cbegin(), shown.cend()));
    const double step = area.width() / double(capacity - 1);
    // Newest value at the right edge; older ones to its left. An idle adapter (all zeros)
    // still shows its line, flat on the baseline.
    const double x0 = area.right() - step * double(shown.size() - 1);
    QColor base = color;
    base.setAlpha(110);
    painter.setPen(QPen(base, 1));
    painter.drawLine(area.bottomLeft(), QPointF(x0, area.bottom()));
    QPainterPath line;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const double value = std::max(0.0, shown[i]);
        const double y = peak > 0 ? area.bottom() - value / peak * area.height() : area.bottom();
        const QPointF p(x0 + step * double(i), y);
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
    painter.restore();
}

SparklineDelegate::SparklineDelegate(int historyRole, int capacity, QObject* parent)
    : QStyledItemDelegate(parent), m_role(historyRole), m_capacity(capacity) {}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);  // selection
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor color = selected ? opt.palette.color(QPalette::HighlightedText) : kColor;
    paintSparkline(*painter, QRectF(opt.rect), index.data(m_role).value<QList<double>>(),
                   m_capacity, color, opt.direction);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& /*option*/,
                                  const QModelIndex& /*index*/) const {
    return {120, 28};
}

}  // namespace flowscope::ui
