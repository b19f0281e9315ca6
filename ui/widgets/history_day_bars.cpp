#include "ui/widgets/history_day_bars.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

#include "ui/format.h"
#include "ui/theme.h"
#include "ui/widgets/chart_direction.h"
#include "ui/widgets/chart_palette.h"

namespace flowscope::ui {

HistoryDayBars::HistoryDayBars(QWidget* parent)
    : QChartView(parent), m_days(new QCategoryAxis), m_bytes(new QValueAxis) {
    setObjectName(QStringLiteral("historyDayBars"));
    setAccessibleName(tr("Traffic per day"));
    auto* chart = new QChart;
    applyChartLocale(chart);
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_bytes, Qt::AlignLeft);
    m_bytes->setLabelFormat(QStringLiteral("%.4g"));
    // Bar i stands at x = i; a date under every kLabelEvery-th bar (30 dates side by side would
    // be elided).
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_bytes->setTickCount(5);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumHeight(180);
    applyChartPalette(chart, palette());
    applyDirection();
    clear();
    connect(chart, &QChart::plotAreaChanged, this, &HistoryDayBars::setDayRange);
}

// Right to left: the days run from the right (the last day at the left edge), the bytes axis
// on the right. The bars' own hover signal follows them wherever they stand.
void HistoryDayBars::applyDirection() {
    applyChartDirection(chart(), layoutDirection());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // Left to right, room for the last date under the last bar (it may stick out there).
    chart()->setMargins(rtl ? QMargins(4, 4, 4, 4) : QMargins(4, 4, 16, 4));
    setDayRange();
}

// Bar i stands at x = i. Qt Charts hides a date that would stick out of the chart on the left
// (on the right it may, into the margin): right to left, where the last day stands at the
// left edge and no axis is left of the plot, the axis has room beyond it for half that date.
void HistoryDayBars::setDayRange() {
    double room = 0;
    const QStringList labels = m_days->categoriesLabels();
    const double width = chart()->plotArea().width();
    if (layoutDirection() == Qt::RightToLeft && !labels.isEmpty() && width > 0) {
        const double half =
            QFontMetricsF(m_days->labelsFont()).horizontalAdvance(labels.last()) / 2 + 4;
        // (room + 0.5) bars of width / (kDays + room) pixels each reach half the date.
        room = width > 2 * half ? std::max(0.0, (half * kDays - width / 2) / (width - half)) : 0;
    }
    if (m_days->max() != kDays - 0.5 + room) {
        m_days->setRange(-0.5, kDays - 0.5 + room);
    }
}

void HistoryDayBars::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(chart(), palette());
        if (m_in && m_out) {
            m_in->setColor(ThemeManager::seriesColor(Series::Incoming));
            m_out->setColor(ThemeManager::seriesColor(Series::Outgoing));
        }
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        applyDirection();
    }
}

void HistoryDayBars::clear() {
    setDays(QDate::currentDate(), {});
}

void HistoryDayBars::setDays(QDate lastDay,
                             const std::vector<std::pair<int64_t, history::Usage>>& days) {
    chart()->removeAllSeries();
    m_first = lastDay.addDays(1 - kDays);
    m_usage.assign(size_t(kDays), history::Usage{});
    for (const auto& [start, usage] : days) {
        const qint64 day = m_first.daysTo(QDateTime::fromSecsSinceEpoch(start).date());
        if (day >= 0 && day < kDays) {
            m_usage[size_t(day)] += usage;
        }
    }
    double peak = 0;
    for (const history::Usage& u : m_usage) {
        peak = std::max({peak, double(u.bytesIn), double(u.bytesOut)});
    }
    m_scale = byteScaleFor(peak);
    auto* series = new QBarSeries;
    m_in = new QBarSet(tr("Received"), series);
    m_out = new QBarSet(tr("Sent"), series);
    m_in->setColor(ThemeManager::seriesColor(Series::Incoming));
    m_out->setColor(ThemeManager::seriesColor(Series::Outgoing));
    for (int d = 0; d < kDays; ++d) {
        m_in->append(double(m_usage[size_t(d)].bytesIn) / m_scale.divisor);
        m_out->append(double(m_usage[size_t(d)].bytesOut) / m_scale.divisor);
    }
    series->append(m_in);
    series->append(m_out);
    series->setBarWidth(0.85);
    chart()->addSeries(series);
    const QLocale locale;
    for (const QString& label : m_days->categoriesLabels()) {
        m_days->remove(label);
    }
    m_days->setStartValue(-0.5);
    for (int d = (kDays - 1) % kLabelEvery; d < kDays; d += kLabelEvery) {
        m_days->append(locale.toString(m_first.addDays(d), QStringLiteral("d MMM")), d);
    }
    m_days->setTitleText(tr("%1 – %2").arg(locale.toString(m_first, QStringLiteral("d MMM")),
                                           locale.toString(lastDay, QStringLiteral("d MMM yyyy"))));
    series->attachAxis(m_days);
    series->attachAxis(m_bytes);
    setDayRange();
    m_bytes->setRange(0, peak > 0 ? niceAxisMax(peak / m_scale.divisor) : 1);
    m_bytes->setTitleText(m_scale.unit);
    connect(series, &QBarSeries::hovered, this,
            [this](bool status, int index, QBarSet*) { showToolTip(status, index); });
    setAccessibleDescription(describe());
}

double HistoryDayBars::shownBytes(QDate day, bool incoming) const {
    const QBarSet* set = incoming ? m_in : m_out;
    const qint64 index = m_first.daysTo(day);
    if (!set || index < 0 || index >= set->count()) {
        return 0;
    }
    return set->at(int(index)) * m_scale.divisor;
}

void HistoryDayBars::showToolTip(bool status, int index) {
    if (!status || index < 0 || index >= int(m_usage.size())) {
        QToolTip::hideText();
        return;
    }
    const history::Usage& u = m_usage[size_t(index)];
    const QString day = QLocale().toString(m_first.addDays(index), QLocale::LongFormat);
    QToolTip::showText(
        QCursor::pos(),
        tr("%1\n%2 received, %3 sent").arg(day, formatBytes(u.bytesIn), formatBytes(u.bytesOut)),
        this);
}

}  // namespace flowscope::ui
