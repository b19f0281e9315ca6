#include "ui/widgets/sort_header_view.h"

#include <QStyleOptionHeader>

namespace flowscope::ui {

SortHeaderView::SortHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent) {}

void SortHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (isSortIndicatorShown() && logicalIndex == sortIndicatorSection()) {
        option->sortIndicator = sortIndicatorOrder() == Qt::DescendingOrder
                                    ? QStyleOptionHeader::SortDown
                                    : QStyleOptionHeader::SortUp;
    }
}

}  // namespace flowscope::ui
