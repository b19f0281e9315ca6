#include "ui/widgets/sort_header_view.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QStyleOptionHeader>

#include <cstdlib>

namespace flowscope::ui {

namespace {

// `text` with the space nearest its middle made a line break; empty without a space.
QString brokenInTwo(const QString& text) {
    int best = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char(' ') &&
            (best < 0 ||
             std::abs(2 * i - int(text.size())) < std::abs(2 * best - int(text.size())))) {
            best = i;
        }
    }
    if (best < 0) {
        return {};
    }
    QString broken = text;
    broken[best] = QLatin1Char('\n');
    return broken;
}

}  // namespace

SortHeaderView::SortHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent) {}

void SortHeaderView::setModel(QAbstractItemModel* model) {
    QHeaderView::setModel(model);
    m_fitted = false;
    m_twoLines.clear();
    if (isVisible()) {
        fitSectionsToLabels();
    }
}

QString SortHeaderView::labelOf(int logicalIndex) const {
    if (const auto it = m_twoLines.constFind(logicalIndex); it != m_twoLines.constEnd()) {
        return *it;
    }
    return model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
}

void SortHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (isSortIndicatorShown() && logicalIndex == sortIndicatorSection()) {
        option->sortIndicator = sortIndicatorOrder() == Qt::DescendingOrder
                                    ? QStyleOptionHeader::SortDown
                                    : QStyleOptionHeader::SortUp;
    }
    if (const auto it = m_twoLines.constFind(logicalIndex); it != m_twoLines.constEnd()) {
        option->text = *it;
    }
}

QSize SortHeaderView::sectionSizeFromContents(int logicalIndex) const {
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const auto it = m_twoLines.constFind(logicalIndex);
    if (it == m_twoLines.constEnd()) {
        return size;
    }
    // QHeaderView measured the label on one line: take the longer line's width instead, and
    // a second line's height.
    const QFontMetrics metrics(font());
    const QString oneLine = model()->headerData(logicalIndex, orientation()).toString();
    int widest = 0;
    for (const QString& line : it->split(QLatin1Char('\n'))) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    size.rwidth() -= metrics.horizontalAdvance(oneLine) - widest;
    size.rheight() += metrics.lineSpacing();
    return size;
}

void SortHeaderView::showEvent(QShowEvent* event) {
    // On first show, not at setModel(): the pages turn sorting on (the arrow's room) and set
    // their own widths after handing the view its model.
    if (!m_fitted) {
        fitSectionsToLabels();
    }
    QHeaderView::showEvent(event);
}

void SortHeaderView::fitSectionsToLabels() {
    m_fitted = true;
    if (orientation() != Qt::Horizontal || model() == nullptr) {
        return;
    }
    for (int section = 0; section < count(); ++section) {
        if (sectionResizeMode(section) != QHeaderView::Interactive || isSectionHidden(section) ||
            sectionSize(section) >= sectionSizeFromContents(section).width()) {
            continue;  // stretched or sized to contents (Qt keeps those), or the label fits
        }
        const QString broken = brokenInTwo(labelOf(section));
        if (!broken.isEmpty()) {
            m_twoLines.insert(section, broken);
        }
        const int needed = sectionSizeFromContents(section).width();
        if (sectionSize(section) < needed) {
            resizeSection(section, needed);
        }
    }
    if (!m_twoLines.isEmpty()) {
        headerDataChanged(orientation(), 0, count() - 1);  // the height: a second line
    }
}

}  // namespace flowscope::ui
