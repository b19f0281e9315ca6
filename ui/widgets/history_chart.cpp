#include "ui/widgets/history_chart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "core/store/history_time.h"
#include "ui/format.h"
#include "ui/models/history_range.h"
#include "ui/widgets/chart_direction.h"
#include "ui/widgets/chart_palette.h"

namespace flowscope::ui {

namespace {

constexpr double kMsPerSecond = 1000.0;
// Label steps on each side of the axis: Qt Charts elides a category axis's labels once an
// interval is not much taller than a line of text, so few steps keep them readable at the
// chart's minimum height.
constexpr int kAxisSteps = 2;

QColor groupColor(int group, bool other) {
    static const QColor kColors[] = {{0x2a, 0x82, 0xda}, {0xe6, 0x7e, 0x22}, {0x27, 0xae, 0x60},
                                     {0x8e, 0x44, 0xad}, {0xc0, 0x39, 0x2b}, {0x16, 0xa0, 0x85},
                                     {0xd4, 0xac, 0x0d}, {0x34, 0x49, 0x5e}, {0xe8, 0x43, 0x93}};
    return other ? QColor(0x95, 0xa5, 0xa6) : kColors[group % std::size(kColors)];
}

QColor areaColor(const QColor& color, bool incoming) {
    QColor fill = color;
    fill.setAlpha(incoming ? 210 : 140);
    return fill;
}

// Fills only, without antialiasing: stroking an area's outline costs several times its fill
// (as the Overview's traffic chart found), and the steps are axis-parallel anyway.
QAreaSeries* makeArea() {
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setPen(Qt::NoPen);
    return area;
}

// Drops the points in the middle of a level stretch (same y before and after): buckets of equal
// height in a row (no traffic at night) cost the chart two points instead of two per bucket.
QList<QPointF> withoutLevelRuns(const QList<QPointF>& points) {
    QList<QPointF> kept;
    kept.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool inside = i > 0 && i + 1 < points.size() && points[i - 1].y() == points[i].y() &&
                            points[i + 1].y() == points[i].y();
        if (!inside) {
            kept.append(points[i]);
        }
    }
    return kept;
}

// The y of a step line at x: that of the last point at or before x.
double stepValueAt(const QList<QPointF>& points, double x) {
    auto after = std::upper_bound(points.begin(), points.end(), x,
                                  [](double value, const QPointF& p) { return value < p.x(); });
    return after == points.begin() ? 0 : std::prev(after)->y();
}

uint64_t bytesOf(const history::Usage& usage, bool incoming) {
    return incoming ? usage.bytesIn : usage.bytesOut;
}

}  // namespace

HistoryChart::HistoryChart(QWidget* parent)
    : QChartView(parent), m_xAxis(new QDateTimeAxis), m_yAxis(new QCategoryAxis) {
    setObjectName(QStringLiteral("historyChart"));
    setAccessibleName(tr("Traffic history"));
    auto* chart = new QChart;
    applyChartLocale(chart);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_xAxis->setTickCount(8);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMouseTracking(true);
    setMinimumHeight(240);
    applyChartPalette(chart, palette());
    // Right to left: time from the right, the bytes axis on the right, the legend on the left;
    // hovering and clicking map through the chart and follow.
    applyChartDirection(chart, layoutDirection());
    clear();
}

void HistoryChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(chart(), palette());
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        applyChartDirection(chart(), layoutDirection());
    }
}

void HistoryChart::clear() {
    setSeries({}, history::Dimension::Application);
}

QString HistoryChart::groupName(int group) const {
    return m_groups.value(group).name;
}

QAreaSeries* HistoryChart::areaSeries(int group, bool incoming) const {
    const Group g = m_groups.value(group);
    return incoming ? g.in : g.out;
}

void HistoryChart::setSeries(const history::Series& series, history::Dimension dimension) {
    m_series = series;
    const int keys = int(m_series.keys.size());
    if (keys != m_groups.size()) {
        createGroups(keys);
    }
    for (int k = 0; k < keys; ++k) {
        const history::TotalRow& key = m_series.keys[size_t(k)];
        const bool other = k + 1 == keys && key.key == "other";
        Group& group = m_groups[k];
        group.name = other ? tr("Other")
                           : (dimension == history::Dimension::Country && !key.label.empty()
                                  ? countryText(QString::fromStdString(key.label))
                                  : groupLabel(dimension, QString::fromStdString(key.label)));
        for (bool incoming : {true, false}) {
            QAreaSeries* area = incoming ? group.in : group.out;
            area->setName(group.name);
            area->setBrush(areaColor(groupColor(k, other), incoming));
        }
    }
    buildAreas();
    setAccessibleDescription(describe());
}

// Areas are made only when the number of groups changes (a new range or dimension usually
// keeps it); an update otherwise only replaces their points.
void HistoryChart::createGroups(int count) {
    chart()->removeAllSeries();
    m_groups.clear();
    for (int k = 0; k < count; ++k) {
        Group group;
        group.in = makeArea();
        group.out = makeArea();
        for (QAreaSeries* area : {group.in, group.out}) {
            chart()->addSeries(area);
            area->attachAxis(m_xAxis);
            area->attachAxis(m_yAxis);
        }
        for (QLegendMarker* marker : chart()->legend()->markers(group.out)) {
            marker->setVisible(false);  // one legend entry per group
        }
        m_groups.append(group);
    }
}

// Stacked steps: group k's area lies between the sum of the groups before it and that sum
// plus its own bytes, in each bucket from its start to the next bucket's start.
void HistoryChart::buildAreas() {
    const size_t buckets = m_series.buckets.size();
    double maxIn = 0;
    double maxOut = 0;
    m_edges.clear();  // bucket b spans [m_edges[b], m_edges[b + 1]) in ms
    for (size_t b = 0; b < buckets; ++b) {
        double in = 0;
        double out = 0;
        for (const auto& values : m_series.values) {
            in += double(values[b].bytesIn);
            out += double(values[b].bytesOut);
        }
        maxIn = std::max(maxIn, in);
        maxOut = std::max(maxOut, out);
        m_edges.push_back(double(m_series.buckets[b]) * kMsPerSecond);
    }
    if (buckets > 0) {
        m_edges.push_back(double(bucketRange(int(buckets) - 1).until) * kMsPerSecond);
    }
    m_scale = byteScaleFor(std::max(maxIn, maxOut));
    setAxes(maxIn / m_scale.divisor, maxOut / m_scale.divisor);
    std::vector<double> belowIn(buckets, 0);
    std::vector<double> belowOut(buckets, 0);
    for (int k = 0; k < m_groups.size(); ++k) {
        for (bool incoming : {true, false}) {
            std::vector<double>& below = incoming ? belowIn : belowOut;
            const double scale = (incoming ? 1 : -1) / m_scale.divisor;
            QList<QPointF> upper;
            QList<QPointF> lower;
            upper.reserve(qsizetype(2 * buckets));
            lower.reserve(qsizetype(2 * buckets));
            for (size_t b = 0; b < buckets; ++b) {
                const double base = below[b];
                const double top = base + double(bytesOf(m_series.values[size_t(k)][b], incoming));
                below[b] = top;
                lower << QPointF(m_edges[b], base * scale) << QPointF(m_edges[b + 1], base * scale);
                upper << QPointF(m_edges[b], top * scale) << QPointF(m_edges[b + 1], top * scale);
            }
            QAreaSeries* area = incoming ? m_groups[k].in : m_groups[k].out;
            area->upperSeries()->replace(withoutLevelRuns(upper));
            area->lowerSeries()->replace(withoutLevelRuns(lower));
        }
    }
}

// Labels read "↓ 5 MB" above the axis (received) and "↑ 5 MB" below it (sent), in the same
// steps on both sides so that the halves compare at a glance; the smaller side (usually sent)
// takes only the steps it needs.
void HistoryChart::setAxes(double maxIn, double maxOut) {
    const double step = niceAxisMax(std::max(maxIn, maxOut)) / kAxisSteps;
    const int stepsIn = std::clamp(int(std::ceil(maxIn / step - 1e-9)), 1, kAxisSteps);
    const int stepsOut = std::clamp(int(std::ceil(maxOut / step - 1e-9)), 1, kAxisSteps);
    const double top = stepsIn * step;
    const double bottom = -stepsOut * step;
    for (const QString& label : m_yAxis->categoriesLabels()) {
        m_yAxis->remove(label);
    }
    m_yAxis->setStartValue(bottom);
    for (int i = -stepsOut; i <= stepsIn; ++i) {
        const QString number = QLocale().toString(std::abs(i) * step, 'g', 4);
        const QString label =
            i == 0 ? QLocale().toString(0)
                   : (i > 0 ? tr("↓ %1 %2") : tr("↑ %1 %2")).arg(number, m_scale.unit);
        m_yAxis->append(label, i * step);
    }
    m_yAxis->setRange(bottom, top);
    m_yAxis->setTitleText(tr("↓ received · ↑ sent"));
    const history::Granularity g = m_series.granularity;
    m_xAxis->setFormat(g == history::Granularity::Minute ? QStringLiteral("HH:mm")
                       : g == history::Granularity::Hour ? QStringLiteral("ddd d, HH:mm")
                                                         : QStringLiteral("d MMM"));
    if (m_series.buckets.empty()) {
        const double now = double(QDateTime::currentSecsSinceEpoch()) * kMsPerSecond;
        m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(now - 3600 * kMsPerSecond)),
                          QDateTime::fromMSecsSinceEpoch(qint64(now)));
        return;
    }
    m_xAxis->setRange(QDateTime::fromSecsSinceEpoch(m_series.buckets.front()),
                      QDateTime::fromSecsSinceEpoch(bucketRange(bucketCount() - 1).until));
}

history::TimeRange HistoryChart::bucketRange(int bucket) const {
    const int64_t start = m_series.buckets.at(size_t(bucket));
    return {start, history::nextBucket(start, m_series.granularity)};
}

int HistoryChart::bucketAt(double x) const {
    const double seconds = x / kMsPerSecond;
    const auto& b = m_series.buckets;
    auto it = std::upper_bound(b.begin(), b.end(), seconds,
                               [](double v, int64_t start) { return v < double(start); });
    if (it == b.begin()) {
        return -1;
    }
    const int bucket = int(std::distance(b.begin(), it)) - 1;
    return seconds < double(bucketRange(bucket).until) ? bucket : -1;
}

double HistoryChart::shownBytes(int group, int bucket, bool incoming) const {
    const QAreaSeries* area = areaSeries(group, incoming);
    if (!area || bucket < 0 || bucket >= bucketCount()) {
        return 0;
    }
    const double middle = (m_edges[size_t(bucket)] + m_edges[size_t(bucket) + 1]) / 2;
    const double height = stepValueAt(area->upperSeries()->points(), middle) -
                          stepValueAt(area->lowerSeries()->points(), middle);
    return std::abs(height) * m_scale.divisor;
}

int HistoryChart::groupAt(int bucket, double y) const {
    const bool incoming = y >= 0;
    double sum = 0;
    for (int k = 0; k < m_groups.size(); ++k) {
        sum += double(bytesOf(m_series.values[size_t(k)][size_t(bucket)], incoming));
        if (std::abs(y) * m_scale.divisor <= sum) {
            return k;
        }
    }
    return -1;
}

QString HistoryChart::toolTipAt(QPointF value) const {
    const int bucket = bucketAt(value.x());
    if (bucket < 0) {
        return {};
    }
    history::Usage total;
    for (const auto& values : m_series.values) {
        total += values[size_t(bucket)];
    }
    QString text = bucketText(m_series.buckets[size_t(bucket)], m_series.granularity);
    const int group = groupAt(bucket, value.y());
    if (group >= 0) {
        const history::Usage& usage = m_series.values[size_t(group)][size_t(bucket)];
        text += QLatin1Char('\n') + tr("%1: %2 received, %3 sent")
                                        .arg(m_groups[group].name, formatBytes(usage.bytesIn),
                                             formatBytes(usage.bytesOut));
    }
    text += QLatin1Char('\n') + tr("All: %1 received, %2 sent")
                                    .arg(formatBytes(total.bytesIn), formatBytes(total.bytesOut));
    return text + QLatin1Char('\n') + tr("Click to list this bucket's connections");
}

QPointF HistoryChart::valueAt(const QPointF& position) const {
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(position.toPoint())));
}

void HistoryChart::mouseMoveEvent(QMouseEvent* event) {
    QChartView::mouseMoveEvent(event);
    const bool inPlot = chart()->plotArea().contains(
        chart()->mapFromScene(mapToScene(event->position().toPoint())));
    const QString text = inPlot ? toolTipAt(valueAt(event->position())) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
}

void HistoryChart::mouseReleaseEvent(QMouseEvent* event) {
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const int bucket = bucketAt(valueAt(event->position()).x());
    if (bucket >= 0) {
        const history::TimeRange r = bucketRange(bucket);
        emit bucketClicked(r.since, r.until);
    }
}

}  // namespace flowscope::ui
