// The traffic chart of the Overview page: incoming and outgoing rate over time, as two
// filled lines. A redraw rebuilds the point lists from the kept samples and keeps only the
// lowest and highest point per pixel column (peaks survive; 3,600 samples become at most two
// points per column). Qt Charts draws the frame, axes, grid, legend and gap bands; the data
// itself is painted by a TrafficPlotItem on the plot area (Qt Charts' own series laid out and
// stroked every point again on each update, most of its cost). incomingSeries() and
// outgoingSeries() hold the shown points but are not part of the chart. Redraws are deferred
// and coalesced (live: once per event-loop pass; files, which deliver ten snapshots a second:
// at most every kFileRedrawMs) and skipped while the chart is hidden. A file's long gaps
// without packets are squeezed into marked bands (see Timeline).
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <array>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/engine/snapshot.h"
#include "ui/format.h"
#include "ui/widgets/timeline.h"
#include "ui/widgets/traffic_plot_item.h"

class QAbstractSeries;
class QAreaSeries;
class QCategoryAxis;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace flowscope::ui {

class ChartText;

class TrafficChart : public QChartView {
    Q_OBJECT
public:
    // Live captures show (and keep) the last kLiveWindowSeconds of one-second ticks; files
    // show their whole timeline up to kMaxSamples ticks, else the last kMaxSamples.
    static constexpr int kLiveWindowSeconds = 300;
    static constexpr int kMaxSamples = 3600;
    static constexpr int kFileRedrawMs = 250;

    explicit TrafficChart(QWidget* parent = nullptr);

    void setUnit(RateUnit unit);
    RateUnit unit() const { return m_unit; }
    // Live: a fixed window ending at the newest sample; file: the whole kept timeline.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    void reset();
    // Appends one snapshot's samples (oldest first); the redraw follows (see above).
    void addSamples(const std::vector<TickSample>& samples, int64_t tickNs);
    // Redraws at once if samples arrived since the last redraw (tests, benchmarks).
    void updateNow();
    bool redrawPending() const { return m_dirty; }

    int sampleCount() const { return int(m_samples.size()); }
    // The points shown (after decimation), in axis units; not attached to the chart.
    QLineSeries* incomingSeries() const { return m_inLine; }
    QLineSeries* outgoingSeries() const { return m_outLine; }
    // The item that paints them on the plot area.
    const TrafficPlotItem* plotItem() const { return m_plot; }
    QValueAxis* rateAxis() const { return m_yAxis; }
    QDateTimeAxis* timeAxis() const { return m_xAxis; }
    // The x axis while the timeline has squeezed gaps (labels at segment starts), else null.
    QCategoryAxis* breakAxis() const;
    const Timeline& timeline() const { return m_timeline; }
    // The band texts of the squeezed gaps, e.g. "no traffic for 4.5 years".
    QStringList gapLabels() const;

    // The points of one series for the current samples and unit: one per sample, plus a
    // zero at each edge of a gap (ticks without traffic are not sampled, so the line drops
    // to 0 there instead of bridging the gap); x from timeline(). Not decimated.
    QList<QPointF> buildPoints(bool incoming, double divisor) const;
    // The text alternative (accessible description): the newest and the highest rates in
    // words; rebuilt at most once a second (ChartText), at once by describe().
    QString describe() const;
    ChartText* textAlternative() const { return m_text; }

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    // A file's timeline zooms by keyboard too: + in, - out, 0 back to the whole timeline.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void applyColors();     // the theme's palette and series colours
    void applyDirection();  // mirrored in right-to-left layouts (see chart_direction.h)
    void scheduleRedraw();
    void redraw();
    void updateTimeAxis();
    void updateBreakAxis();
    void updateGapBands(double top);
    void placeGapLabels();
    void onPlotAreaChanged(const QRectF& area);
    void updatePlotRange();  // the data item follows the axes (redraws, zoom)
    void onUserRangeChanged();
    double columnWidth(double spanX) const;  // x units per pixel column of the plot
    double rateOf(const TickSample& sample, bool incoming) const;
    std::array<QAbstractSeries*, 3> allSeries() const;

    QLineSeries* m_inLine;
    QLineSeries* m_outLine;
    QAreaSeries* m_inArea;  // empty: the legend's "Incoming" and "Outgoing" markers
    QAreaSeries* m_outArea;
    TrafficPlotItem* m_plot;
    QLineSeries* m_gapLine;
    QAreaSeries* m_gapArea;
    QDateTimeAxis* m_xAxis;
    QCategoryAxis* m_categoryAxis;
    QValueAxis* m_yAxis;
    QTimer* m_redrawTimer;
    ChartText* m_text;
    std::vector<QGraphicsSimpleTextItem*> m_gapTexts;
    std::deque<TickSample> m_samples;
    Timeline m_timeline;
    int64_t m_tickNs = 1'000'000'000;
    RateUnit m_unit = RateUnit::Bytes;
    bool m_live = true;
    bool m_dirty = false;
    bool m_breakMode = false;
    bool m_inRedraw = false;
};

}  // namespace flowscope::ui
