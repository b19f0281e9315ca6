// A table header whose sort arrow points the way the values go down the column: ▼ for
// descending (largest first), ▲ for ascending. QHeaderView itself hands the style SortUp for
// descending order (and Fusion draws that as ▲), which reads the wrong way round.
//
// It also keeps labels whole. When first shown for a model, a section narrower than its
// label (with the arrow's room) gets that label on two lines, broken at the space nearest its
// middle, and is widened to the longer line if that is still needed: the default width cut
// longer labels (German "Rate empfangen" showed as "te empfangen"), and widening every such
// section to one line left no room for the stretched name column at 1280 px. Widths the user
// sets afterwards stay.
#pragma once

#include <QHash>
#include <QHeaderView>
#include <QString>

namespace flowscope::ui {

class SortHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit SortHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // The label as drawn: the model's, or its two-line form.
    QString labelOf(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void showEvent(QShowEvent* event) override;

private:
    void fitSectionsToLabels();
    bool m_fitted = false;
    QHash<int, QString> m_twoLines;  // section → its label with one space made a line break
};

}  // namespace flowscope::ui
