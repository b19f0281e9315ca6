// The History page's charts for screen-reader users: their text alternative (the accessible
// description), the values in words. A chart changes only with a new answer from the
// database, so the description is set at once (no throttle as the live chart's ChartText).
#include <QDateTime>
#include <QLocale>

#include "ui/format.h"
#include "ui/widgets/history_chart.h"
#include "ui/widgets/history_day_bars.h"

namespace flowscope::ui {

QString HistoryChart::describe() const {
    history::Usage total;
    size_t busiest = 0;
    uint64_t busiestBytes = 0;
    for (size_t b = 0; b < m_series.buckets.size(); ++b) {
        uint64_t bytes = 0;
        for (const auto& values : m_series.values) {
            if (b < values.size()) {
                total += values[b];
                bytes += values[b].bytes();
            }
        }
        if (bytes > busiestBytes) {
            busiest = b;
            busiestBytes = bytes;
        }
    }
    if (total.bytes() == 0 || m_groups.isEmpty()) {
        return tr("No traffic in this range.");
    }
    const QDateTime when = QDateTime::fromSecsSinceEpoch(m_series.buckets[busiest]);
    //: The History chart's text alternative. %3: the group with the most traffic (an
    //: application, a host, a country…), %4 its bytes; %5: the busiest time, %6 its bytes.
    return tr("In this range: received %1, sent %2. The most traffic: %3 (%4). The busiest "
              "time: %5 (%6).")
        .arg(formatBytes(total.bytesIn), formatBytes(total.bytesOut), m_groups.front().name,
             formatBytes(m_series.keys.front().usage.bytes()),
             QLocale().toString(when, QLocale::ShortFormat), formatBytes(busiestBytes));
}

QString HistoryDayBars::describe() const {
    history::Usage total;
    size_t busiest = 0;
    for (size_t d = 0; d < m_usage.size(); ++d) {
        total += m_usage[d];
        if (m_usage[d].bytes() > m_usage[busiest].bytes()) {
            busiest = d;
        }
    }
    if (total.bytes() == 0) {
        return tr("No traffic in this range.");
    }
    //: The per-day chart's text alternative. %1: the number of days (30); %4: the busiest
    //: day, %5 its bytes.
    return tr("Over %1 days: received %2, sent %3. The busiest day: %4 (%5).")
        .arg(QLocale().toString(int(m_usage.size())), formatBytes(total.bytesIn),
             formatBytes(total.bytesOut),
             QLocale().toString(m_first.addDays(qint64(busiest)), QLocale::LongFormat),
             formatBytes(m_usage[busiest].bytes()));
}

}  // namespace flowscope::ui
