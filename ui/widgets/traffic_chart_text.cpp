// TrafficChart for screen-reader and keyboard users: its text alternative (see ChartText) and
// the keyboard's zoom.
#include <QChart>
#include <QKeyEvent>
#include <algorithm>

#include "ui/format.h"
#include "ui/widgets/traffic_chart.h"

namespace flowscope::ui {

QString TrafficChart::describe() const {
    if (m_samples.empty()) {
        return tr("No traffic yet.");
    }
    // rateOf() is in the unit shown; formatRate() takes bytes (it multiplies bits itself).
    const double perUnit = m_unit == RateUnit::Bits ? 8.0 : 1.0;
    const auto rate = [&](const TickSample& s, bool incoming) {
        return formatRate(rateOf(s, incoming) / perUnit, m_unit);
    };
    const TickSample* peakIn = &m_samples.front();
    const TickSample* peakOut = &m_samples.front();
    for (const TickSample& s : m_samples) {
        if (rateOf(s, true) > rateOf(*peakIn, true)) {
            peakIn = &s;
        }
        if (rateOf(s, false) > rateOf(*peakOut, false)) {
            peakOut = &s;
        }
    }
    const TickSample& latest = m_samples.back();
    return tr("Latest: incoming %1, outgoing %2. Highest: incoming %3 at %4, outgoing %5 at %6.")
        .arg(rate(latest, true), rate(latest, false), rate(*peakIn, true),
             formatTime(peakIn->startNs), rate(*peakOut, false), formatTime(peakOut->startNs));
}

void TrafficChart::keyPressEvent(QKeyEvent* event) {
    if (rubberBand() == QChartView::NoRubberBand) {  // live: a fixed window, no zoom
        QChartView::keyPressEvent(event);
        return;
    }
    // Time only, as the mouse's horizontal rubber band and its right click (which zooms out
    // with a rectangle twice the plot's width).
    const QRectF area = chart()->plotArea();
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            chart()->zoomIn(area.adjusted(area.width() / 4, 0, -area.width() / 4, 0));
            break;
        case Qt::Key_Minus:
            chart()->zoomIn(area.adjusted(-area.width() / 2, 0, area.width() / 2, 0));
            break;
        case Qt::Key_0:
        case Qt::Key_Home:
            chart()->zoomReset();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
    }
    event->accept();
}

}  // namespace flowscope::ui
