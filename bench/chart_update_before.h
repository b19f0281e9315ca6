// bench_chart_update's "before": ui/widgets/traffic_chart.{h,cpp} as they were before the
// chart was made cheap (commit 77ce052), renamed, kept verbatim otherwise: two antialiased
// area series that stroke their outline, every sample a point, redrawn on every snapshot.
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/engine/snapshot.h"
#include "ui/format.h"

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace flowscope::bench {

using ui::RateUnit;

class TrafficChartBefore : public QChartView {
    Q_OBJECT
public:
    // Live captures show (and keep) the last kLiveWindowSeconds of one-second ticks; files
    // show their whole timeline up to kMaxSamples ticks, else the last kMaxSamples.
    static constexpr int kLiveWindowSeconds = 300;
    static constexpr int kMaxSamples = 3600;

    explicit TrafficChartBefore(QWidget* parent = nullptr);

    void setUnit(RateUnit unit);
    RateUnit unit() const { return m_unit; }
    // Live: a fixed window ending at the newest sample; file: the whole kept timeline.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    void reset();
    // Appends one snapshot's samples (oldest first) and redraws.
    void addSamples(const std::vector<TickSample>& samples, int64_t tickNs);

    int sampleCount() const { return int(m_samples.size()); }
    QLineSeries* incomingSeries() const { return m_inLine; }
    QLineSeries* outgoingSeries() const { return m_outLine; }
    QValueAxis* rateAxis() const { return m_yAxis; }
    QDateTimeAxis* timeAxis() const { return m_xAxis; }

    // The points of one series for the current samples and unit: one per sample, plus a
    // zero at each edge of a gap (ticks without traffic are not sampled, so the line drops
    // to 0 there instead of bridging the gap).
    QList<QPointF> buildPoints(bool incoming, double divisor) const;

private:
    void redraw();
    double rateOf(const TickSample& sample, bool incoming) const;

    QLineSeries* m_inLine;
    QLineSeries* m_outLine;
    QAreaSeries* m_inArea;
    QAreaSeries* m_outArea;
    QDateTimeAxis* m_xAxis;
    QValueAxis* m_yAxis;
    std::deque<TickSample> m_samples;
    int64_t m_tickNs = 1'000'000'000;
    RateUnit m_unit = RateUnit::Bytes;
    bool m_live = true;
};

}  // namespace flowscope::bench
