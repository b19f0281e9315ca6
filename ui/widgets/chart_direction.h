// Right-to-left layouts show the charts mirrored, as the rest of the window: time runs from
// right to left (the newest at the left edge), the value axis stands on the right and a
// legend's entries run from the right. Text is never mirrored: Qt Charts still writes the
// labels as they read. Each chart view calls this when built and again on
// QEvent::LayoutDirectionChange.
#pragma once

#include <Qt>

class QChart;

namespace flowscope::ui {

// Every horizontal axis of `chart` reversed in right to left, every vertical one on the side
// the layout starts from (left, or right in right to left) with its series still attached.
// A legend above or below the plot lists its entries from that side too; one beside the plot
// stands on the other side.
void applyChartDirection(QChart* chart, Qt::LayoutDirection direction);

// The side a chart's value axis stands on: the start of the layout.
Qt::Alignment valueAxisSide(Qt::LayoutDirection direction);

}  // namespace flowscope::ui
