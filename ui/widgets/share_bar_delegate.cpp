#include "ui/widgets/share_bar_delegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace flowscope::ui {

ShareBarDelegate::ShareBarDelegate(int shareRole, QObject* parent)
    : QStyledItemDelegate(parent), m_shareRole(shareRole) {}

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double share = std::clamp(index.data(m_shareRole).toDouble(), 0.0, 1.0);
    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor track = opt.palette.color(QPalette::Mid);
    track.setAlpha(50);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(area, 3, 3);
    if (share > 0) {
        QRectF bar = area;
        bar.setWidth(std::max(2.0, area.width() * share));
        if (opt.direction == Qt::RightToLeft) {
            bar.moveRight(QRectF(area).right());  // grows from the right, as the row reads
        }
        QColor fill = opt.palette.color(QPalette::Highlight);
        fill.setAlpha(150);
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, 3, 3);
    }
    painter->setPen(opt.palette.color(
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(4, 0, -4, 0), Qt::AlignCenter, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

}  // namespace flowscope::ui
