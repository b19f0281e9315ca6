// Cost of one traffic chart update with 3,600 samples per series (a long file's timeline),
// painting included, on a 1200x500 chart; both variants run in the same process:
//   naive    the chart's series updated with clear() + append() of all points (the
//            baseline; seconds a tick, so 3 ticks only)
//   now      TrafficChart::addSamples() with one new sample and its redraw: min/max per pixel
//            column, no antialiasing, fills without outline plus separate line series,
//            series emptied before the axes move so Qt Charts lays the points out once
// Each variant: wall time per tick and the GUI thread's CPU time per tick (wall time also
// includes Qt's raster thread pool and, on a loaded machine, waiting for a core).
// Runs offscreen unless QT_QPA_PLATFORM is set. Usage: bench_chart_update [ticks] [now]
// ("now": only the TrafficChart path, for profiling).
#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

#include "ui/widgets/traffic_chart.h"

using flowscope::TickSample;
using flowscope::ui::TrafficChart;

namespace {

constexpr int kPoints = TrafficChart::kMaxSamples;
constexpr int64_t kTickNs = 1'000'000'000;
constexpr int64_t kStartNs = 1'700'000'000LL * 1'000'000'000;

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Cost {
    double wallMs = 1e300;
    double cpuMs = 1e300;
    void keepBest(const Cost& other) {
        wallMs = std::min(wallMs, other.wallMs);
        cpuMs = std::min(cpuMs, other.cpuMs);
    }
};

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

// kB/s points of the kPoints samples from `first` on.
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

void flushPaint(QChartView& view) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    view.viewport()->repaint();  // paint synchronously, so every tick pays for its frame
}

void moveAxes(QDateTimeAxis* axis, int first) {
    const qint64 startMs = qint64(double(sampleAt(first).startNs) / 1e6);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(startMs),
                   QDateTime::fromMSecsSinceEpoch(startMs + kPoints * 1000));
}

std::vector<TickSample> initialSamples() {
    std::vector<TickSample> initial;
    for (int i = 0; i < kPoints; ++i) {
        initial.push_back(sampleAt(i));
    }
    return initial;
}

// "naive": the chart's series updated with clear() + append() of all 3,600 points.
Cost naiveClearAppend(TrafficChart& chart, int ticks) {
    QLineSeries* in = chart.incomingSeries();
    QLineSeries* out = chart.outgoingSeries();
    chart.rateAxis()->setRange(0, 1000);
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    for (int t = 0; t < ticks; ++t) {
        const QList<QPointF> a = window(t + 1, true);
        const QList<QPointF> b = window(t + 1, false);
        in->clear();
        in->append(a);
        out->clear();
        out->append(b);
        moveAxes(chart.timeAxis(), t + 1);
        flushPaint(chart);
    }
    return {double(timer.nsecsElapsed()) / 1e6 / ticks, (threadCpuMs() - cpu) / ticks};
}

// The production path: 3,600 kept samples, one new sample per tick, redraw and paint.
// `redrawMs` gets the wall time spent in TrafficChart itself (points, decimation, series,
// axes), before painting.
Cost trafficChart(TrafficChart& chart, int ticks, double* redrawMs = nullptr) {
    chart.reset();
    std::vector<TickSample> initial = initialSamples();
    if (chart.isLive()) {  // a live chart keeps its 5-minute window only
        initial.erase(initial.begin(), initial.end() - TrafficChart::kLiveWindowSeconds);
    }
    chart.addSamples(initial, kTickNs);
    chart.updateNow();
    flushPaint(chart);
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    qint64 redrawNs = 0;
    for (int t = 0; t < ticks; ++t) {
        QElapsedTimer part;
        part.start();
        chart.addSamples({sampleAt(kPoints + t)}, kTickNs);
        chart.updateNow();  // what the coalescing timer does, at once
        redrawNs += part.nsecsElapsed();
        flushPaint(chart);
    }
    if (redrawMs) {
        *redrawMs = double(redrawNs) / 1e6 / ticks;
    }
    return {double(timer.nsecsElapsed()) / 1e6 / ticks, (threadCpuMs() - cpu) / ticks};
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int ticks = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const bool nowOnly = argc > 2 && std::strcmp(argv[2], "now") == 0;
    const int rounds = 3;

    TrafficChart chart;
    chart.resize(1200, 500);
    chart.setLive(false);
    chart.show();
    QCoreApplication::processEvents();
    if (nowOnly) {
        for (int round = 0; round < rounds; ++round) {
            double redraw = 0;
            const Cost c = trafficChart(chart, ticks, &redraw);
            std::printf("now: %.2f ms/tick, GUI-thread CPU %.2f ms (%.2f ms before painting)\n",
                        c.wallMs, c.cpuMs, redraw);
        }
        return 0;
    }
    Cost now;
    double redraw = 1e300;
    for (int round = 0; round < rounds; ++round) {  // best of rounds
        double r = 0;
        now.keepBest(trafficChart(chart, ticks, &r));
        redraw = std::min(redraw, r);
    }
    chart.setLive(true);
    Cost live;
    for (int round = 0; round < rounds; ++round) {
        live.keepBest(trafficChart(chart, ticks));
    }
    chart.setLive(false);
    const Cost naive = naiveClearAppend(chart, 3);

    std::printf(
        "traffic chart update, %d samples per series, 2 series, 1200x500, %d ticks, best of "
        "%d interleaved rounds, painting included (%s)\n",
        kPoints, ticks, rounds, qPrintable(QGuiApplication::platformName()));
    std::printf("  %-52s %9s %16s\n", "", "wall ms", "GUI-thread CPU");
    auto line = [](const char* name, const Cost& c) {
        std::printf("  %-52s %9.2f %16.2f\n", name, c.wallMs, c.cpuMs);
    };
    line("naive: clear()+append() of 3,600 points", naive);
    line("now: TrafficChart::addSamples + redraw", now);
    std::printf("  %-52s %9.2f\n", "  of which TrafficChart's redraw before painting", redraw);
    line("now, live: 300 samples (the 5-minute window)", live);
    std::printf("  ratio naive/now: wall %.0fx, CPU %.0fx\n", naive.wallMs / now.wallMs,
                naive.cpuMs / now.cpuMs);
    chart.reset();
    chart.addSamples(initialSamples(), kTickNs);
    chart.updateNow();
    std::printf("  points drawn now for 3,600 samples: %lld per series (plot %d px wide)\n",
                static_cast<long long>(chart.incomingSeries()->count()),
                int(chart.chart()->plotArea().width()));
    return 0;
}
