// Qt Charts draws with a theme of its own (light); the app's charts take the application's
// palette instead, so dark, high-contrast and user themes reach them too. Each chart view
// calls this when built and again on QEvent::PaletteChange.
#pragma once

class QAbstractAxis;
class QChart;
class QPalette;

namespace flowscope::ui {

// Background and frame, title, legend labels, and every axis's labels, line and grid.
void applyChartPalette(QChart* chart, const QPalette& palette);
// One axis, e.g. one that is not in the chart yet (it keeps the colours when added).
void applyAxisPalette(QAbstractAxis* axis, const QPalette& palette);

}  // namespace flowscope::ui
