// Charts follow the app's language. Right-to-left layouts show them mirrored, as the rest of
// the window: time runs from right to left (the newest at the left edge), the value axis
// stands on the right and a legend's entries run from the right. Text is never mirrored: Qt
// Charts still writes the labels as they read. Each chart view calls applyChartDirection
// when built and again on QEvent::LayoutDirectionChange.
#pragma once

#include <Qt>

class QChart;

namespace flowscope::ui {

// Every horizontal axis of `chart` reversed in right to left, every vertical one on the side
// the layout starts from (left, or right in right to left) with its series still attached.
// A legend above or below the plot lists its entries from that side too; one beside the plot
// stands on the other side.
void applyChartDirection(QChart* chart, Qt::LayoutDirection direction);

// The numbers and dates Qt Charts writes itself (value and date axes) in the app's locale
// (QLocale(), set from the chosen language), as every table and label writes them: without
// it a chart in Arabic counts in Latin digits beside tables in Arabic-Indic ones. Called once
// when the chart is built; the language applies from the next start.
void applyChartLocale(QChart* chart);

// The side a chart's value axis stands on: the start of the layout.
Qt::Alignment valueAxisSide(Qt::LayoutDirection direction);

}  // namespace flowscope::ui
