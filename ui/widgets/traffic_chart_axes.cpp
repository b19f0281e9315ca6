// TrafficChart: the x axis (capture time, or the squeezed timeline with its labels), the
// bands that mark squeezed gaps, and the chart mirrored in right-to-left layouts.
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <iterator>

#include "ui/format.h"
#include "ui/widgets/chart_direction.h"
#include "ui/widgets/traffic_chart.h"

namespace flowscope::ui {

namespace {

constexpr double kNsPerMs = 1e6;

// "45 s", "12 min", "3 h 20 min", "16 days", "4.5 years".
QString spanText(int64_t ns) {
    const double s = double(ns) / 1e9;
    auto num = [](double v) { return formatCount(uint64_t(v)); };  // the locale's digits
    if (s < 120) {
        return QObject::tr("%1 s").arg(num(s));
    }
    if (s < 2 * 3600) {
        return QObject::tr("%1 min").arg(num(s / 60));
    }
    if (s < 2 * 86'400) {
        return QObject::tr("%1 h %2 min").arg(num(s / 3600), num(qint64(s / 60) % 60));
    }
    if (s < 2 * 365.25 * 86'400) {
        const int days = int(s / 86'400);
        return QObject::tr("%Ln day(s)", nullptr, days);
    }
    const double years = s / (365.25 * 86'400);
    //: A span of time on the chart's axis; %1 has one decimal, e.g. "4.5 years".
    return QObject::tr("%1 year(s)", nullptr, int(std::ceil(years)))
        .arg(QLocale().toString(years, 'f', 1));
}

// A round label step (seconds) near `seconds`.
double niceStepSeconds(double seconds) {
    static constexpr double kSteps[] = {1,     2,     5,     10,    15,     30,    60,
                                        120,   300,   600,   900,   1800,   3600,  7200,
                                        10800, 21600, 43200, 86400, 172800, 604800};
    for (double step : kSteps) {
        if (seconds <= step) {
            return step;
        }
    }
    return kSteps[std::size(kSteps) - 1];
}

}  // namespace

// Right to left: time runs from the right edge (the newest sample at the left), the rate axis
// stands on the right; the x axis out of the chart turns too, for when the two swap.
void TrafficChart::applyDirection() {
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    applyChartDirection(chart(), layoutDirection());
    m_xAxis->setReverse(rtl);
    m_categoryAxis->setReverse(rtl);
    m_plot->setMirrored(rtl);
    updatePlotRange();
    placeGapLabels();
}

void TrafficChart::updateTimeAxis() {
    const double tickMs = double(m_tickNs) / kNsPerMs;
    double endMs = 0;
    double startMs = 0;
    if (m_samples.empty()) {
        endMs = double(QDateTime::currentMSecsSinceEpoch());
        startMs = endMs - (m_live ? kLiveWindowSeconds * 1000.0 : 60'000.0);
    } else if (m_live) {
        endMs = double(m_samples.back().startNs) / kNsPerMs;
        startMs = endMs - kLiveWindowSeconds * 1000.0;
    } else {
        startMs = double(m_samples.front().startNs) / kNsPerMs;
        endMs = std::max(double(m_samples.back().startNs) / kNsPerMs, startMs + tickMs);
    }
    // Label precision follows the span: a file may cover years, a live window minutes.
    const double spanMs = endMs - startMs;
    m_xAxis->setFormat(spanMs > 2 * 86'400'000.0  ? QStringLiteral("yyyy-MM-dd")
                       : spanMs > 3 * 3'600'000.0 ? QStringLiteral("dd HH:mm")
                                                  : QStringLiteral("HH:mm:ss"));
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(startMs)),
                      QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(endMs))));
}

// Labels of the squeezed timeline: the date and time where each stretch of traffic starts,
// and round times inside the stretches, never closer than a tenth of the width.
void TrafficChart::updateBreakAxis() {
    for (const QString& label : m_categoryAxis->categoriesLabels()) {
        m_categoryAxis->remove(label);
    }
    const double width = m_timeline.width();
    const double minGap = width / 10;
    const double step = niceStepSeconds(width / 1000 / 7) * 1000;  // ms, ~7 labels
    m_categoryAxis->setStartValue(-1);
    double lastX = -1e300;
    auto add = [&](const QString& label, double x) {
        if (x - lastX >= minGap && !m_categoryAxis->categoriesLabels().contains(label)) {
            m_categoryAxis->append(label, x);
            lastX = x;
        }
    };
    const auto& segments = m_timeline.segments();
    for (size_t i = 0; i < segments.size(); ++i) {
        const TimelineSegment& segment = segments[i];
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(segment.startNs / 1'000'000);
        add(QLocale().toString(start, QStringLiteral("yyyy-MM-dd HH:mm")), segment.x0);
        // Room before the next stretch's (longer) label, and inside the right edge.
        const double end =
            i + 1 < segments.size() ? segments[i + 1].x0 - minGap * 1.5 : width - minGap / 2;
        const qint64 startMs = segment.startNs / 1'000'000;
        const qint64 stepMs = qint64(step);
        for (qint64 t = (startMs / stepMs + 1) * stepMs;; t += stepMs) {
            const double x = segment.x0 + double(t - startMs);
            if (x > end) {
                break;
            }
            add(QLocale().toString(QDateTime::fromMSecsSinceEpoch(t), QStringLiteral("HH:mm:ss")),
                x);
        }
    }
    m_categoryAxis->setRange(0, std::max(width, 1.0));
}

// One grey band per squeezed gap, the length of the gap written along it.
void TrafficChart::updateGapBands(double top) {
    QList<QPointF> band;
    const auto& gaps = m_timeline.gaps();
    for (const TimelineGap& gap : gaps) {
        band << QPointF(gap.x0, 0) << QPointF(gap.x0, top) << QPointF(gap.x1, top)
             << QPointF(gap.x1, 0);
    }
    if (band != m_gapLine->points()) {
        m_gapLine->replace(band);
    }
    if (m_gapArea->isVisible() != !gaps.empty()) {
        m_gapArea->setVisible(!gaps.empty());
        for (QLegendMarker* marker : chart()->legend()->markers(m_gapArea)) {
            marker->setVisible(!gaps.empty());  // "No traffic" only when there is a band
        }
    }
    while (m_gapTexts.size() > gaps.size()) {
        delete m_gapTexts.back();
        m_gapTexts.pop_back();
    }
    while (m_gapTexts.size() < gaps.size()) {
        auto* text = new QGraphicsSimpleTextItem(chart());
        text->setRotation(-90);
        text->setZValue(10);
        m_gapTexts.push_back(text);
    }
    for (size_t i = 0; i < gaps.size(); ++i) {
        m_gapTexts[i]->setText(
            tr("no traffic for %1").arg(spanText(gaps[i].toNs - gaps[i].fromNs)));
        m_gapTexts[i]->setBrush(m_yAxis->labelsColor());  // the chart has its own theme
    }
}

void TrafficChart::placeGapLabels() {
    const QRectF plot = chart()->plotArea();
    const auto& gaps = m_timeline.gaps();
    for (size_t i = 0; i < gaps.size() && i < m_gapTexts.size(); ++i) {
        QGraphicsSimpleTextItem* text = m_gapTexts[i];
        const double middle = (gaps[i].x0 + gaps[i].x1) / 2;
        const QPointF at = chart()->mapToPosition(QPointF(middle, 0), m_gapArea);
        const QRectF box = text->boundingRect();  // unrotated: width is the text's length
        text->setVisible(m_breakMode && plot.left() <= at.x() && at.x() <= plot.right());
        text->setPos(at.x() - box.height() / 2, plot.center().y() + box.width() / 2);
    }
}

}  // namespace flowscope::ui
