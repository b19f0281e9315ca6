#include "bench/chart_update_before.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

namespace flowscope::bench {

using ui::RateUnit;

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
    static constexpr std::array<const char*, 4> kPackets{"pkt/s", "k pkt/s", "M pkt/s", "G pkt/s"};
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

QAreaSeries* makeArea(QLineSeries* line, const QColor& color, const QString& name) {
    auto* area = new QAreaSeries(line);
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPen(QPen(color, 1.6));
    return area;
}

}  // namespace

TrafficChartBefore::TrafficChartBefore(QWidget* parent)
    : QChartView(parent),
      m_inLine(new QLineSeries(this)),
      m_outLine(new QLineSeries(this)),
      m_inArea(makeArea(m_inLine, QColor(0x2a, 0x82, 0xda), tr("Incoming"))),
      m_outArea(makeArea(m_outLine, QColor(0xe6, 0x7e, 0x22), tr("Outgoing"))),
      m_xAxis(new QDateTimeAxis),
      m_yAxis(new QValueAxis) {
    setObjectName("trafficChart");
    m_inLine->setObjectName("incomingSeries");
    m_outLine->setObjectName("outgoingSeries");
    auto* chart = new QChart;
    chart->addSeries(m_inArea);
    chart->addSeries(m_outArea);
    m_xAxis->setFormat("HH:mm:ss");
    m_xAxis->setTickCount(7);
    m_yAxis->setLabelFormat("%.4g");
    m_yAxis->setMin(0);
    m_yAxis->setTickCount(5);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAreaSeries* area : {m_inArea, m_outArea}) {
        area->attachAxis(m_xAxis);
        area->attachAxis(m_yAxis);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setToolTip(tr("Files: drag to zoom into a time range, right click to zoom out"));
    reset();
}

void TrafficChartBefore::setUnit(RateUnit unit) {
    if (unit != m_unit) {
        m_unit = unit;
        redraw();
    }
}

void TrafficChartBefore::setLive(bool live) {
    if (live != m_live) {
        m_live = live;
        // A file's timeline can be zoomed with the mouse (right click zooms out); a live
        // chart scrolls on its own.
        setRubberBand(live ? QChartView::NoRubberBand : QChartView::HorizontalRubberBand);
        redraw();
    }
}

void TrafficChartBefore::reset() {
    m_samples.clear();
    redraw();
}

void TrafficChartBefore::addSamples(const std::vector<TickSample>& samples, int64_t tickNs) {
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
    redraw();
}

double TrafficChartBefore::rateOf(const TickSample& sample, bool incoming) const {
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

QList<QPointF> TrafficChartBefore::buildPoints(bool incoming, double divisor) const {
    QList<QPointF> points;
    points.reserve(qsizetype(m_samples.size()) + 16);
    const double tickMs = double(m_tickNs) / kNsPerMs;
    int64_t previousNs = 0;
    bool first = true;
    for (const TickSample& s : m_samples) {
        const double x = double(s.startNs) / kNsPerMs;
        if (!first && s.startNs - previousNs > m_tickNs) {
            // A gap: drop to zero after the previous tick and rise from zero before this one.
            const double gapStart = double(previousNs) / kNsPerMs + tickMs;
            points.append(QPointF(gapStart, 0));
            if (x - tickMs > gapStart) {
                points.append(QPointF(x - tickMs, 0));
            }
        }
        points.append(QPointF(x, rateOf(s, incoming) / divisor));
        previousNs = s.startNs;
        first = false;
    }
    return points;
}

void TrafficChartBefore::redraw() {
    double peak = 0;
    for (const TickSample& s : m_samples) {
        peak = std::max({peak, rateOf(s, true), rateOf(s, false)});
    }
    const Scale scale = scaleFor(peak, m_unit);
    m_inLine->replace(buildPoints(true, scale.divisor));
    m_outLine->replace(buildPoints(false, scale.divisor));

    m_yAxis->setTitleText(QString::fromLatin1(scale.name));
    m_yAxis->setRange(0, niceCeiling(peak / scale.divisor * 1.05));

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

}  // namespace flowscope::bench
