#include "ui/widgets/history_day_bars.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

#include "ui/format.h"

namespace flowscope::ui {

HistoryDayBars::HistoryDayBars(QWidget* parent)
    : QChartView(parent), m_days(new QBarCategoryAxis), m_bytes(new QValueAxis) {
    setObjectName(QStringLiteral("historyDayBars"));
    auto* chart = new QChart;
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_bytes, Qt::AlignLeft);
    m_bytes->setLabelFormat(QStringLiteral("%.4g"));
    m_bytes->setTickCount(5);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumHeight(180);
    clear();
}

void HistoryDayBars::clear() {
    setDays(QDate::currentDate(), {});
}

void HistoryDayBars::setDays(QDate month,
                             const std::vector<std::pair<int64_t, history::Usage>>& days) {
    chart()->removeAllSeries();
    m_month = QDate(month.year(), month.month(), 1);
    m_usage.assign(size_t(m_month.daysInMonth()), history::Usage{});
    for (const auto& [start, usage] : days) {
        const QDate day = QDateTime::fromSecsSinceEpoch(start).date();
        if (day.year() == m_month.year() && day.month() == m_month.month()) {
            m_usage[size_t(day.day() - 1)] += usage;
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
    m_in->setColor(QColor(0x2a, 0x82, 0xda));
    m_out->setColor(QColor(0xe6, 0x7e, 0x22));
    QStringList labels;
    for (size_t d = 0; d < m_usage.size(); ++d) {
        m_in->append(double(m_usage[d].bytesIn) / m_scale.divisor);
        m_out->append(double(m_usage[d].bytesOut) / m_scale.divisor);
        labels << QString::number(d + 1);
    }
    series->append(m_in);
    series->append(m_out);
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    m_days->setCategories(labels);
    m_days->setTitleText(QLocale().standaloneMonthName(m_month.month()) + QLatin1Char(' ') +
                         QString::number(m_month.year()));
    series->attachAxis(m_days);
    series->attachAxis(m_bytes);
    m_bytes->setRange(0, peak > 0 ? niceAxisMax(peak / m_scale.divisor) : 1);
    m_bytes->setTitleText(m_scale.unit);
    connect(series, &QBarSeries::hovered, this,
            [this](bool status, int index, QBarSet*) { showToolTip(status, index); });
}

double HistoryDayBars::shownBytes(int day, bool incoming) const {
    const QBarSet* set = incoming ? m_in : m_out;
    if (!set || day < 1 || day > set->count()) {
        return 0;
    }
    return set->at(day - 1) * m_scale.divisor;
}

void HistoryDayBars::showToolTip(bool status, int index) {
    if (!status || index < 0 || index >= int(m_usage.size())) {
        QToolTip::hideText();
        return;
    }
    const history::Usage& u = m_usage[size_t(index)];
    const QString day = QLocale().toString(m_month.addDays(index), QLocale::LongFormat);
    QToolTip::showText(
        QCursor::pos(),
        tr("%1\n%2 received, %3 sent").arg(day, formatBytes(u.bytesIn), formatBytes(u.bytesOut)),
        this);
}

}  // namespace flowscope::ui
