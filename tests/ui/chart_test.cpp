// The traffic chart and its timeline, offscreen: min/max decimation to the plot's pixel
// columns (peaks kept), redraws deferred while hidden and coalesced, the painted data where the
// samples say (also after a resize), mirrored in a right-to-left layout, and the squeezing of
// long gaps in a file's timeline.
#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "ui/widgets/timeline.h"
#include "ui/widgets/traffic_chart.h"

using namespace flowscope;
using namespace flowscope::ui;

class ChartTest : public QObject {
    Q_OBJECT
private slots:
    void chartDecimatesKeepingPeaks();
    void chartRedrawsOnlyWhenShown();
    void chartPaintsTheSamples();
    void chartDataFollowsResize();
    void chartMirroredRightToLeft();
    void timelineBreaks();
};

namespace {

std::vector<TickSample> steadySamples(int count, int64_t startNs, int64_t tickNs) {
    std::vector<TickSample> samples;
    for (int i = 0; i < count; ++i) {
        TickSample s;
        s.startNs = startNs + int64_t(i) * tickNs;
        s.traffic.bytesIn = 1000 + uint64_t(i % 97) * 10;
        s.traffic.bytesOut = 500 + uint64_t(i % 13) * 10;
        samples.push_back(s);
    }
    return samples;
}

// Half an hour at 200 kB/s in and 50 kB/s out, then half an hour at 400 and 100 kB/s.
std::vector<TickSample> stepSamples(int64_t startNs, int64_t tickNs) {
    std::vector<TickSample> samples;
    for (int i = 0; i < 1800; ++i) {
        TickSample s;
        s.startNs = startNs + int64_t(i) * tickNs;
        s.traffic.bytesIn = i < 900 ? 200'000 : 400'000;
        s.traffic.bytesOut = i < 900 ? 50'000 : 100'000;
        samples.push_back(s);
    }
    return samples;
}

bool near(QRgb pixel, const QColor& color) {
    return std::abs(qRed(pixel) - color.red()) < 40 &&
           std::abs(qGreen(pixel) - color.green()) < 40 &&
           std::abs(qBlue(pixel) - color.blue()) < 40;
}

// Checks the painted chart at the sample taken at `ns`: in the pixel column of its time (where
// the chart's axes put it, mirrored or not) the
// incoming line is drawn at its rate's height (within two pixels), filled below and not above,
// and the outgoing line at its own height. Returns what differs, or an empty string.
QString checkColumn(TrafficChart& chart, int64_t ns, double inRate, double outRate) {
    const QImage image = chart.viewport()->grab().toImage();
    const QRectF plot = chart.chart()->plotArea();
    const QPointF origin = chart.mapFromScene(chart.chart()->mapToScene(plot.topLeft()));
    const double top = chart.rateAxis()->max();  // in the axis unit (kB/s here)
    const QPointF at = chart.chart()->mapToPosition(QPointF(double(ns) / 1e6, 0));
    const int x = int(origin.x() + at.x() - plot.left());
    auto rowOf = [&](double rate) {
        return origin.y() + plot.height() - rate / 1e3 / top * plot.height();
    };
    auto firstRow = [&](const QColor& color) {
        for (int y = int(origin.y()); y < int(origin.y() + plot.height()); ++y) {
            if (near(image.pixel(x, y), color)) {
                return y;
            }
        }
        return -1;
    };
    const double inRow = rowOf(inRate);
    const double outRow = rowOf(outRate);
    const int inLine = firstRow(QColor(0x2a, 0x82, 0xda));
    const int outLine = firstRow(QColor(0xe6, 0x7e, 0x22));
    const QRgb above = image.pixel(x, int(inRow) - 5);
    const QRgb fill = image.pixel(x, int((inRow + outRow) / 2));
    if (std::abs(inLine - inRow) > 2 || std::abs(outLine - outRow) > 2) {
        return QStringLiteral("column %1: lines at rows %2 and %3, expected %4 and %5")
            .arg(x)
            .arg(inLine)
            .arg(outLine)
            .arg(inRow)
            .arg(outRow);
    }
    if (qBlue(fill) - qRed(fill) < 30 || qBlue(above) - qRed(above) > 10) {
        return QStringLiteral("column %1: fill %2, above the line %3")
            .arg(x)
            .arg(fill, 8, 16)
            .arg(above, 8, 16);
    }
    return {};
}

}  // namespace

// 3,600 samples on a ~1,000-pixel plot: at most two points per pixel column, the peak (one
// tick far above the rest) and both ends kept.
void ChartTest::chartDecimatesKeepingPeaks() {
    TrafficChart chart;
    chart.resize(1100, 400);
    chart.setLive(false);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int64_t tick = 1'000'000'000;
    std::vector<TickSample> samples =
        steadySamples(TrafficChart::kMaxSamples, 1'700'000'000 * tick, tick);
    samples[1234].traffic.bytesIn = 5'000'000;  // the peak
    chart.addSamples(samples, tick);
    chart.updateNow();
    const QList<QPointF> full = chart.buildPoints(true, 1e6);  // MB/s, the chart's scale here
    QCOMPARE(full.size(), TrafficChart::kMaxSamples);
    const QList<QPointF> shown = chart.incomingSeries()->points();
    const double plotWidth = chart.chart()->plotArea().width();
    QVERIFY2(shown.size() <= 2 * int(plotWidth) + 4,
             qPrintable(QStringLiteral("%1 points for %2 px").arg(shown.size()).arg(plotWidth)));
    QVERIFY(shown.size() >= int(plotWidth));
    QCOMPARE(shown.first(), full.first());
    QCOMPARE(shown.last(), full.last());
    double peak = 0;
    for (const QPointF& p : shown) {
        peak = std::max(peak, p.y());
    }
    QCOMPARE(peak, 5.0);
    for (qsizetype i = 1; i < shown.size(); ++i) {
        QVERIFY(shown[i].x() >= shown[i - 1].x());
    }
    // The helper on its own: per column the lowest and highest point, in x order.
    const QList<QPointF> line = {{0, 5},   {0.2, 1}, {0.5, 9}, {0.9, 4}, {1.1, 3},
                                 {1.5, 3}, {1.7, 8}, {2.1, 2}, {2.2, 2}, {2.5, 7}};
    QCOMPARE(decimateMinMax(line, 1.0),
             (QList<QPointF>{{0, 5}, {0.2, 1}, {0.5, 9}, {1.1, 3}, {1.7, 8}, {2.1, 2}, {2.5, 7}}));
    QCOMPARE(decimateMinMax(line, 0.01), line);  // fewer points than columns: unchanged
}

// Samples that arrive while the chart is hidden cost nothing until it is shown.
void ChartTest::chartRedrawsOnlyWhenShown() {
    QWidget window;
    auto* chart = new TrafficChart(&window);
    chart->setLive(true);
    const int64_t tick = 1'000'000'000;
    chart->addSamples(steadySamples(10, 1'700'000'000 * tick, tick), tick);
    QTest::qWait(50);
    QVERIFY(chart->redrawPending());
    QCOMPARE(chart->incomingSeries()->count(), 0);
    window.resize(800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!chart->redrawPending());
    QCOMPARE(chart->incomingSeries()->count(), 10);
    // Live: the next event-loop pass redraws, several samples in one go.
    chart->addSamples(steadySamples(1, 1'700'000'010 * tick, tick), tick);
    chart->addSamples(steadySamples(1, 1'700'000'011 * tick, tick), tick);
    QVERIFY(chart->redrawPending());
    QTRY_VERIFY(!chart->redrawPending());
    QCOMPARE(chart->incomingSeries()->count(), 12);
    chart->hide();
    chart->addSamples(steadySamples(1, 1'700'000'012 * tick, tick), tick);
    QTest::qWait(50);
    QCOMPARE(chart->incomingSeries()->count(), 12);
}

// The data layer is painted where the axes say: the lines at the rates' heights in the
// columns of two samples before and after a step, the area below the incoming line filled;
// also when zoomed.
void ChartTest::chartPaintsTheSamples() {
    TrafficChart chart;
    chart.resize(900, 400);
    chart.setLive(false);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int64_t tick = 1'000'000'000;
    const int64_t t0 = 1'700'000'000 * tick;
    chart.addSamples(stepSamples(t0, tick), tick);
    chart.updateNow();
    QCOMPARE(chart.rateAxis()->titleText(), QStringLiteral("kB/s"));
    QCOMPARE(chart.rateAxis()->max(), 500.0);
    QCOMPARE(chart.plotItem()->plotArea(), chart.chart()->plotArea());
    QString error = checkColumn(chart, t0 + 300 * tick, 200'000, 50'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkColumn(chart, t0 + 1500 * tick, 400'000, 100'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Zoomed into the first half (a file's rubber band): the data follows the axes at once.
    const QRectF plot = chart.chart()->plotArea();
    chart.chart()->zoomIn(QRectF(plot.left(), plot.top(), plot.width() / 2, plot.height()));
    QVERIFY(chart.chart()->isZoomed());
    error = checkColumn(chart, t0 + 850 * tick, 200'000, 50'000);  // unzoomed: step at 900
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY(!chart.redrawPending());
    error = checkColumn(chart, t0 + 300 * tick, 200'000, 50'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// After a resize the data layer covers the new plot area and is painted to its scale.
void ChartTest::chartDataFollowsResize() {
    TrafficChart chart;
    chart.resize(900, 400);
    chart.setLive(false);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int64_t tick = 1'000'000'000;
    const int64_t t0 = 1'700'000'000 * tick;
    chart.addSamples(stepSamples(t0, tick), tick);
    chart.updateNow();
    const QRectF before = chart.chart()->plotArea();
    chart.resize(600, 300);
    QTRY_VERIFY(chart.chart()->plotArea().width() < before.width() - 200);
    QTRY_VERIFY(!chart.redrawPending());
    QCOMPARE(chart.plotItem()->plotArea(), chart.chart()->plotArea());
    QCOMPARE(chart.plotItem()->boundingRect(), chart.chart()->plotArea());
    QString error = checkColumn(chart, t0 + 300 * tick, 200'000, 50'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkColumn(chart, t0 + 1500 * tick, 400'000, 100'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Right to left the chart is mirrored: the newer samples left of the older ones, the rate axis
// on the right, the data painted where the reversed axes say (also after a zoom); back to left
// to right at run time, as it was.
void ChartTest::chartMirroredRightToLeft() {
    TrafficChart chart;
    chart.setLayoutDirection(Qt::RightToLeft);
    chart.resize(900, 400);
    chart.setLive(false);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int64_t tick = 1'000'000'000;
    const int64_t t0 = 1'700'000'000 * tick;
    chart.addSamples(stepSamples(t0, tick), tick);
    chart.updateNow();
    QCOMPARE(chart.rateAxis()->alignment(), Qt::AlignRight);
    QVERIFY(chart.timeAxis()->isReverse());
    QVERIFY(chart.plotItem()->isMirrored());
    const auto xOf = [&](int64_t ns) {
        return chart.chart()->mapToPosition(QPointF(double(ns) / 1e6, 0)).x();
    };
    const QRectF plot = chart.chart()->plotArea();
    QVERIFY(xOf(t0 + 1500 * tick) < xOf(t0 + 300 * tick));
    QVERIFY(std::abs(xOf(t0) - plot.right()) < 1);  // the oldest at the right edge
    // The data item maps as the chart does.
    for (int64_t ns : {t0 + 300 * tick, t0 + 1500 * tick}) {
        const QPointF value(double(ns) / 1e6, 250);
        const QPointF painted = chart.plotItem()->mapToPosition(value);
        QVERIFY(std::abs(painted.x() - chart.chart()->mapToPosition(value).x()) < 1);
        QVERIFY(std::abs(painted.y() - chart.chart()->mapToPosition(value).y()) < 1);
    }
    QString error = checkColumn(chart, t0 + 300 * tick, 200'000, 50'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkColumn(chart, t0 + 1500 * tick, 400'000, 100'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The rubber band's rectangle on the right half is the first half of the capture.
    chart.chart()->zoomIn(QRectF(plot.center().x(), plot.top(), plot.width() / 2, plot.height()));
    QTRY_VERIFY(!chart.redrawPending());
    QVERIFY(chart.timeAxis()->max().toMSecsSinceEpoch() <= (t0 + 901 * tick) / 1'000'000);
    error = checkColumn(chart, t0 + 300 * tick, 200'000, 50'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    chart.chart()->zoomReset();
    chart.setLayoutDirection(Qt::LeftToRight);
    QTRY_VERIFY(!chart.redrawPending());
    QCOMPARE(chart.rateAxis()->alignment(), Qt::AlignLeft);
    QVERIFY(!chart.timeAxis()->isReverse());
    QVERIFY(xOf(t0 + 1500 * tick) > xOf(t0 + 300 * tick));
    error = checkColumn(chart, t0 + 1500 * tick, 400'000, 100'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void ChartTest::timelineBreaks() {
    const int64_t tick = 1'000'000'000;
    const int64_t t0 = 1'700'000'000 * tick;
    // A steady hour: no breaks, x is epoch milliseconds.
    std::vector<int64_t> steady;
    for (int i = 0; i < 3600; i += 2) {
        steady.push_back(t0 + i * tick);
    }
    const Timeline plain = Timeline::build(steady, tick, true);
    QVERIFY(!plain.hasBreaks());
    QCOMPARE(plain.xOf(t0), double(t0) / 1e6);
    // Ten seconds, a day of nothing, ten seconds, 90 s of nothing, ten seconds.
    std::vector<int64_t> starts;
    for (int i = 0; i < 10; ++i) {
        starts.push_back(t0 + i * tick);
    }
    const int64_t day = 86'400 * tick;
    for (int i = 0; i < 10; ++i) {
        starts.push_back(t0 + day + i * tick);
    }
    for (int i = 0; i < 10; ++i) {
        starts.push_back(t0 + day + 100 * tick + i * tick);
    }
    const Timeline live = Timeline::build(starts, tick, false);
    QVERIFY(!live.hasBreaks());  // live charts scroll instead
    const Timeline timeline = Timeline::build(starts, tick, true);
    QVERIFY(timeline.hasBreaks());
    QCOMPARE(timeline.gaps().size(), size_t(2));
    QCOMPARE(timeline.segments().size(), size_t(3));
    // Active time 30 s: each band is 6% of it, but at least two ticks.
    const TimelineGap& first = timeline.gaps()[0];
    QCOMPARE(first.fromNs, t0 + 10 * tick);
    QCOMPARE(first.toNs, t0 + day);
    QCOMPARE(first.x0, 10'000.0);
    QCOMPARE(first.x1 - first.x0, 2'000.0);
    QCOMPARE(timeline.xOf(t0 + day), 12'000.0);
    QCOMPARE(timeline.xOf(t0 + day + 9 * tick), 21'000.0);
    QCOMPARE(timeline.width(), 34'000.0);
    for (int64_t ns : starts) {
        QCOMPARE(timeline.timeAt(timeline.xOf(ns)), ns);
    }
    // A short gap (under a minute) is not squeezed.
    const Timeline shortGaps = Timeline::build({t0, t0 + 50 * tick, t0 + 51 * tick}, tick, true);
    QVERIFY(!shortGaps.hasBreaks());
}

QTEST_MAIN(ChartTest)
#include "chart_test.moc"
