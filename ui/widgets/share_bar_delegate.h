// Paints a cell of a top list as a horizontal bar (the entry's share of the traffic) with
// the percentage on top. The bar grows from the side the row starts from (the right in a
// right-to-left layout).
#pragma once

#include <QStyledItemDelegate>

namespace flowscope::ui {

class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `shareRole` holds a double 0..1.
    explicit ShareBarDelegate(int shareRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_shareRole;
};

}  // namespace flowscope::ui
