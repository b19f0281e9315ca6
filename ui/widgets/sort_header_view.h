// A table header whose sort arrow points the way the values go down the column: ▼ for
// descending (largest first), ▲ for ascending. QHeaderView itself hands the style SortUp for
// descending order (and Fusion draws that as ▲), which reads the wrong way round.
#pragma once

#include <QHeaderView>

namespace flowscope::ui {

class SortHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit SortHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
};

}  // namespace flowscope::ui
