#include "ui/widgets/traffic_chart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

#include "ui/theme.h"
#include "ui/widgets/chart_direction.h"
#include "ui/widgets/chart_palette.h"
#include "ui/widgets/chart_text.h"

namespace flowscope::ui {

namespace {

constexpr double kNsPerMs = 1e6;

// The axis scale for a peak value: divisor and unit name, e.g. (1e6, "MB/s").
struct Scale {
    double divisor;
    const char* name;
};

Scale scaleFor(double peak, RateUnit unit) {
    static constexpr std::array<const char*, 4> kBytes{"B/s", "kB/s", "MB/s", "GB/s"};
    static constexpr std::array<const char*, 4> kBits{"bit/s", "kbit/s", "Mbit/s", "Gbit/s"};
    // The same unit names as formatRate()'s (one translation each).
    static constexpr std::array<const char*, 4> kPackets{
        QT_TRANSLATE_NOOP("flowscope::ui::Format", "pkt/s"),
        QT_TRANSLATE_NOOP("flowscope::ui::Format", "kpkt/s"),
        QT_TRANSLATE_NOOP("flowscope::ui::Format", "Mpkt/s"),
        QT_TRANSLATE_NOOP("flowscope::ui::Format", "Gpkt/s")};
    const auto& names = unit == RateUnit::Bits      ? kBits
                        : unit == RateUnit::Packets ? kPackets
                                                    : kBytes;
    size_t i = 0;
    double divisor = 1;
    while (i + 1 < names.size() && peak >= divisor * 1000) {
        divisor *= 1000;
        ++i;
    }
    return {divisor, names[i]};
}

// A round axis maximum at or above `value` (1, 2, 5 × 10^n), so labels stay readable.
double niceCeiling(double value) {
    if (value <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

// Qt Charts 6.4 stacks its series (here the gap bands) at z 4 and the legend at 5.
constexpr double kPlotZ = 4.5;

// An empty area series in the chart: its legend marker shows the name and the fill colour
// TrafficPlotItem paints with (applyColors()).
QAreaSeries* makeLegendEntry(const QString& name, QObject* parent) {
    auto* area = new QAreaSeries(new QLineSeries(parent));
    area->setName(name);
    area->setPen(Qt::NoPen);
    return area;
}

QColor fillOf(QColor color) {
    color.setAlpha(TrafficPlotItem::kFillAlpha);
    return color;
}

}  // namespace

TrafficChart::TrafficChart(QWidget* parent)
    : QChartView(parent),
      m_inLine(new QLineSeries(this)),
      m_outLine(new QLineSeries(this)),
      m_inArea(makeLegendEntry(tr("Incoming"), this)),
      m_outArea(makeLegendEntry(tr("Outgoing"), this)),
      m_plot(nullptr),
      m_gapLine(new QLineSeries(this)),
      m_gapArea(new QAreaSeries(m_gapLine)),
      m_xAxis(new QDateTimeAxis),
      m_categoryAxis(new QCategoryAxis(this)),
      m_yAxis(new QValueAxis),
      m_redrawTimer(new QTimer(this)),
      m_text(new ChartText(this, [this] { return describe(); })) {
    setObjectName("trafficChart");
    setAccessibleName(tr("Traffic over time"));
    m_inLine->setObjectName("incomingSeries");
    m_outLine->setObjectName("outgoingSeries");
    m_gapArea->setObjectName("gapBands");
    m_gapArea->setName(tr("No traffic"));
    m_gapArea->setBrush(QColor(0x80, 0x80, 0x80, 45));
    m_gapArea->setPen(QPen(QColor(0x80, 0x80, 0x80, 160), 1, Qt::DashLine));
    auto* chart = new QChart;
    applyChartLocale(chart);
    chart->addSeries(m_gapArea);
    chart->addSeries(m_inArea);
    chart->addSeries(m_outArea);
    m_xAxis->setFormat("HH:mm:ss");
    m_xAxis->setTickCount(7);
    m_categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yAxis->setLabelFormat("%.4g");
    m_yAxis->setMin(0);
    m_yAxis->setTickCount(5);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : allSeries()) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    for (QLegendMarker* marker : chart->legend()->markers(m_gapArea)) {
        marker->setVisible(false);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);
    // Above the grid and the gap bands, below the legend and the gap labels.
    m_plot = new TrafficPlotItem(ThemeManager::seriesColor(Series::Incoming),
                                 ThemeManager::seriesColor(Series::Outgoing), chart);
    m_plot->setZValue(kPlotZ);
    applyColors();
    applyDirection();
    // No antialiasing for the frame either (the data item has none): the grid and axes are
    // straight lines, and it made painting the chart several times slower.
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumHeight(220);
    setToolTip(
        tr("Files: drag to zoom into a time range, right click to zoom out (keyboard: "
           "+, - and 0)"));
    setFocusPolicy(Qt::StrongFocus);
    m_redrawTimer->setSingleShot(true);
    connect(m_redrawTimer, &QTimer::timeout, this, &TrafficChart::redraw);
    connect(m_xAxis, &QDateTimeAxis::rangeChanged, this, &TrafficChart::onUserRangeChanged);
    connect(m_categoryAxis, &QValueAxis::rangeChanged, this, &TrafficChart::onUserRangeChanged);
    connect(m_yAxis, &QValueAxis::rangeChanged, this, &TrafficChart::updatePlotRange);
    connect(chart, &QChart::plotAreaChanged, this, &TrafficChart::onPlotAreaChanged);
    reset();
}

std::array<QAbstractSeries*, 3> TrafficChart::allSeries() const {
    return {m_gapArea, m_inArea, m_outArea};
}

void TrafficChart::onPlotAreaChanged(const QRectF& area) {
    m_plot->setPlotArea(area);
    placeGapLabels();
}

void TrafficChart::updatePlotRange() {
    TrafficPlotItem::Range range;
    if (m_breakMode) {
        range.minX = m_categoryAxis->min();
        range.maxX = m_categoryAxis->max();
    } else {
        range.minX = double(m_xAxis->min().toMSecsSinceEpoch());
        range.maxX = double(m_xAxis->max().toMSecsSinceEpoch());
    }
    range.minY = m_yAxis->min();
    range.maxY = m_yAxis->max();
    m_plot->setRange(range);
}

QCategoryAxis* TrafficChart::breakAxis() const {
    return m_breakMode ? m_categoryAxis : nullptr;
}

QStringList TrafficChart::gapLabels() const {
    QStringList labels;
    for (const QGraphicsSimpleTextItem* item : m_gapTexts) {
        labels << item->text();
    }
    return labels;
}

void TrafficChart::setUnit(RateUnit unit) {
    if (unit != m_unit) {
        m_unit = unit;
        redraw();
        m_text->changed();
    }
}

void TrafficChart::setLive(bool live) {
    if (live != m_live) {
        m_live = live;
        // A file's timeline can be zoomed with the mouse (right click zooms out); a live
        // chart scrolls on its own.
        setRubberBand(live ? QChartView::NoRubberBand : QChartView::HorizontalRubberBand);
        redraw();
    }
}

void TrafficChart::reset() {
    m_samples.clear();
    if (chart()->isZoomed()) {
        chart()->zoomReset();
    }
    redraw();
    m_text->changed();
}

void TrafficChart::addSamples(const std::vector<TickSample>& samples, int64_t tickNs) {
    if (tickNs > 0) {
        m_tickNs = tickNs;
    }
    for (const TickSample& s : samples) {
        m_samples.push_back(s);
    }
    // Live: keep the visible window (plus the sample at its left edge); files: the last
    // kMaxSamples ticks.
    if (m_live && !m_samples.empty()) {
        const int64_t windowStart =
            m_samples.back().startNs - int64_t(kLiveWindowSeconds) * 1'000'000'000;
        while (m_samples.size() > 1 && m_samples[1].startNs <= windowStart) {
            m_samples.pop_front();
        }
    }
    while (m_samples.size() > size_t(kMaxSamples)) {
        m_samples.pop_front();
    }
    scheduleRedraw();
    m_text->changed();
}

void TrafficChart::scheduleRedraw() {
    m_dirty = true;
    if (isVisible() && !m_redrawTimer->isActive()) {
        m_redrawTimer->start(m_live ? 0 : kFileRedrawMs);
    }
}

void TrafficChart::updateNow() {
    if (m_dirty) {
        redraw();
    }
}

void TrafficChart::showEvent(QShowEvent* event) {
    if (m_dirty) {
        redraw();  // what arrived while hidden, before the first paint
    }
    QChartView::showEvent(event);
}

void TrafficChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColors();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        applyDirection();
    }
}

void TrafficChart::applyColors() {
    const QColor in = ThemeManager::seriesColor(Series::Incoming);
    const QColor out = ThemeManager::seriesColor(Series::Outgoing);
    applyChartPalette(chart(), palette());
    const std::array<QAbstractAxis*, 3> axes{m_xAxis, m_categoryAxis, m_yAxis};
    for (QAbstractAxis* axis : axes) {
        applyAxisPalette(axis, palette());  // the one out of the chart too (break mode)
    }
    m_inArea->setBrush(fillOf(in));
    m_outArea->setBrush(fillOf(out));
    m_plot->setColors(in, out);
    placeGapLabels();  // their text takes the axis labels' colour
}

void TrafficChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    if (!m_samples.empty()) {
        scheduleRedraw();  // the decimation follows the plot's width
    }
}

void TrafficChart::onUserRangeChanged() {
    updatePlotRange();
    if (!m_inRedraw) {
        scheduleRedraw();  // zoomed: decimate for the visible range
    }
}

double TrafficChart::rateOf(const TickSample& sample, bool incoming) const {
    const double seconds = double(m_tickNs) / 1e9;
    double value = 0;
    switch (m_unit) {
        case RateUnit::Bytes:
            value = double(incoming ? sample.traffic.bytesIn : sample.traffic.bytesOut);
            break;
        case RateUnit::Bits:
            value = 8.0 * double(incoming ? sample.traffic.bytesIn : sample.traffic.bytesOut);
            break;
        case RateUnit::Packets:
            value = double(incoming ? sample.traffic.packetsIn : sample.traffic.packetsOut);
            break;
    }
    return value / seconds;
}

QList<QPointF> TrafficChart::buildPoints(bool incoming, double divisor) const {
    QList<QPointF> points;
    points.reserve(qsizetype(m_samples.size()) + 16);
    int64_t previousNs = 0;
    bool first = true;
    for (const TickSample& s : m_samples) {
        if (!first && s.startNs - previousNs > m_tickNs) {
            // A gap: drop to zero after the previous tick and rise from zero before this one.
            const int64_t gapStart = previousNs + m_tickNs;
            points.append(QPointF(m_timeline.xOf(gapStart), 0));
            if (s.startNs - m_tickNs > gapStart) {
                points.append(QPointF(m_timeline.xOf(s.startNs - m_tickNs), 0));
            }
        }
        points.append(QPointF(m_timeline.xOf(s.startNs), rateOf(s, incoming) / divisor));
        previousNs = s.startNs;
        first = false;
    }
    return points;
}

double TrafficChart::columnWidth(double spanX) const {
    double pixels = chart()->plotArea().width();
    if (pixels < 50) {
        pixels = std::max(200, width() - 80);  // not laid out yet
    }
    return spanX / pixels;
}

void TrafficChart::redraw() {
    m_redrawTimer->stop();
    m_dirty = false;
    m_inRedraw = true;
    double peak = 0;
    std::vector<int64_t> starts;
    starts.reserve(m_samples.size());
    for (const TickSample& s : m_samples) {
        peak = std::max({peak, rateOf(s, true), rateOf(s, false)});
        starts.push_back(s.startNs);
    }
    m_timeline = Timeline::build(starts, m_tickNs, !m_live);
    if (m_timeline.hasBreaks() != m_breakMode) {
        // Swap the x axes: capture time, or shown time with labels at the segments.
        if (chart()->isZoomed()) {
            chart()->zoomReset();
        }
        QAbstractAxis* from = m_breakMode ? static_cast<QAbstractAxis*>(m_categoryAxis) : m_xAxis;
        QAbstractAxis* to = m_breakMode ? static_cast<QAbstractAxis*>(m_xAxis) : m_categoryAxis;
        for (QAbstractSeries* series : allSeries()) {
            series->detachAxis(from);
        }
        chart()->removeAxis(from);
        from->setParent(this);
        chart()->addAxis(to, Qt::AlignBottom);
        for (QAbstractSeries* series : allSeries()) {
            series->attachAxis(to);
        }
        m_breakMode = m_timeline.hasBreaks();
    }

    // Decimated to the pixel columns of the visible x range.
    const Scale scale = scaleFor(peak, m_unit);
    QList<QPointF> in = buildPoints(true, scale.divisor);
    QList<QPointF> out = buildPoints(false, scale.divisor);
    double spanX = 0;
    if (chart()->isZoomed()) {
        spanX = m_breakMode ? m_categoryAxis->max() - m_categoryAxis->min()
                            : double(m_xAxis->min().msecsTo(m_xAxis->max()));
    } else if (!in.isEmpty()) {
        spanX = in.last().x() - in.first().x();
    }
    const double column = columnWidth(spanX);
    const QList<QPointF> inShown = decimateMinMax(in, column);
    const QList<QPointF> outShown = decimateMinMax(out, column);
    const double top = niceCeiling(peak / scale.divisor * 1.05);
    // Data units are SI/IEC symbols in every language; packet units are translated.
    m_yAxis->setTitleText(m_unit == RateUnit::Packets
                              ? QCoreApplication::translate("flowscope::ui::Format", scale.name)
                              : QString::fromLatin1(scale.name));
    m_yAxis->setRange(0, top);
    updateGapBands(top);
    if (!chart()->isZoomed()) {
        if (m_breakMode) {
            updateBreakAxis();
        } else {
            updateTimeAxis();
        }
    }
    // Not in the chart: no layout, only the shown points for the accessors.
    m_inLine->replace(inShown);
    m_outLine->replace(outShown);
    m_plot->setPlotArea(chart()->plotArea());
    m_plot->setPoints(inShown, outShown);
    updatePlotRange();
    placeGapLabels();
    m_inRedraw = false;
}

}  // namespace flowscope::ui
