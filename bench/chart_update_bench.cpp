// Cost of one traffic chart update with 3,600 points per series, painting included:
//   replace   QXYSeries::replace(QList<QPointF>) per series (what TrafficChart does)
//   baseline  clear() + append(QList<QPointF>) per series, in the same run
//   chart     TrafficChart::addSamples() with one new sample (rebuild + replace + axes)
// Runs offscreen unless QT_QPA_PLATFORM is set. Usage: bench_chart_update [ticks]
#include <QApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "ui/widgets/traffic_chart.h"

using flowscope::TickSample;
using flowscope::ui::TrafficChart;

namespace {

constexpr int kPoints = 3600;
constexpr int64_t kTickNs = 1'000'000'000;
constexpr int64_t kStartNs = 1'700'000'000LL * 1'000'000'000;

TickSample sampleAt(int i) {
    TickSample s;
    s.startNs = kStartNs + int64_t(i) * kTickNs;
    s.traffic.bytesIn = uint64_t(500'000 + 400'000 * std::sin(i * 0.05) + (i * 7919) % 90'000);
    s.traffic.bytesOut = uint64_t(120'000 + 80'000 * std::cos(i * 0.03) + (i * 104729) % 30'000);
    s.traffic.packetsIn = s.traffic.bytesIn / 900;
    s.traffic.packetsOut = s.traffic.bytesOut / 400;
    s.packets = s.traffic.packetsIn + s.traffic.packetsOut;
    s.bytes = s.traffic.bytesIn + s.traffic.bytesOut;
    return s;
}

QList<QPointF> window(int first, bool incoming) {
    QList<QPointF> points;
    points.reserve(kPoints);
    for (int i = first; i < first + kPoints; ++i) {
        const TickSample s = sampleAt(i);
        const double x = double(s.startNs) / 1e6;
        points.append(QPointF(x, double(incoming ? s.traffic.bytesIn : s.traffic.bytesOut) / 1e3));
    }
    return points;
}

void flushPaint(TrafficChart& chart) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    chart.viewport()->repaint();  // paint synchronously, so every tick pays for its frame
}

void moveAxes(TrafficChart& chart, int first) {
    const double startMs = double(sampleAt(first).startNs) / 1e6;
    chart.timeAxis()->setRange(QDateTime::fromMSecsSinceEpoch(qint64(startMs)),
                               QDateTime::fromMSecsSinceEpoch(qint64(startMs) + kPoints * 1000));
}

// Milliseconds per tick for `ticks` updates of both series.
template <class Update>
double run(TrafficChart& chart, int ticks, int offset, Update update) {
    // Warm up once (first paint, caches).
    update(window(offset, true), window(offset, false));
    flushPaint(chart);
    std::vector<std::pair<QList<QPointF>, QList<QPointF>>> inputs;
    for (int t = 1; t <= ticks; ++t) {
        inputs.emplace_back(window(offset + t, true), window(offset + t, false));
    }
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < ticks; ++t) {
        update(inputs[size_t(t)].first, inputs[size_t(t)].second);
        moveAxes(chart, offset + t + 1);
        flushPaint(chart);
    }
    return double(timer.nsecsElapsed()) / 1e6 / ticks;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int ticks = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;

    TrafficChart chart;
    chart.resize(1200, 500);
    chart.setLive(false);
    chart.show();
    chart.rateAxis()->setRange(0, 1000);
    QCoreApplication::processEvents();

    QLineSeries* in = chart.incomingSeries();
    QLineSeries* out = chart.outgoingSeries();
    const double replaceMs =
        run(chart, ticks, 0, [&](const QList<QPointF>& a, const QList<QPointF>& b) {
            in->replace(a);
            out->replace(b);
        });
    const double baselineMs =
        run(chart, ticks, 10'000, [&](const QList<QPointF>& a, const QList<QPointF>& b) {
            in->clear();
            in->append(a);
            out->clear();
            out->append(b);
        });

    // The production path: TrafficChart keeps 3,600 samples and rebuilds its points each tick.
    chart.reset();
    std::vector<TickSample> initial;
    for (int i = 0; i < kPoints; ++i) {
        initial.push_back(sampleAt(i));
    }
    chart.addSamples(initial, kTickNs);
    flushPaint(chart);
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < ticks; ++t) {
        chart.addSamples({sampleAt(kPoints + t)}, kTickNs);
        flushPaint(chart);
    }
    const double chartMs = double(timer.nsecsElapsed()) / 1e6 / ticks;

    std::printf(
        "traffic chart update, %d points per series, 2 series, %d ticks, painting "
        "included (%s)\n",
        kPoints, ticks, qPrintable(QGuiApplication::platformName()));
    std::printf("  replace()            %8.2f ms/tick\n", replaceMs);
    std::printf("  clear()+append()     %8.2f ms/tick  (baseline)\n", baselineMs);
    std::printf("  ratio baseline/replace  %.1fx\n", baselineMs / replaceMs);
    std::printf(
        "  TrafficChart::addSamples (rebuild 3,600 samples + replace + axes) %.2f ms/tick\n",
        chartMs);
    std::printf("  points now: in %lld, out %lld\n", static_cast<long long>(in->count()),
                static_cast<long long>(out->count()));
    return 0;
}
