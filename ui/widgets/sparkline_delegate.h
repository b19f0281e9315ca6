// Draws a model's history (a QList<double> under a role) as a sparkline: the last values as a
// filled line, scaled to the largest one, the newest at the right edge (at the left in a
// right-to-left layout, as the rest of the row is mirrored). Always visible: a
// dotted baseline before the first reading, a flat line for an idle adapter. On a selected
// row the line takes the highlighted-text colour so it stays visible on the selection.
#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

class QPainter;

namespace flowscope::ui {

// The drawing itself, for the delegate and for tests: `capacity` values span the width;
// mirrored for Qt::RightToLeft.
void paintSparkline(QPainter& painter, const QRectF& rect, const QList<double>& values,
                    int capacity, const QColor& color,
                    Qt::LayoutDirection direction = Qt::LeftToRight);

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static const QColor kColor;

    SparklineDelegate(int historyRole, int capacity, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    int m_capacity;
};

}  // namespace flowscope::ui
