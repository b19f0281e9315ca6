// TrafficChart's text alternative for screen readers (see ChartText).
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

}  // namespace flowscope::ui
