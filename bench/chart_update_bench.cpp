// Cost of one traffic chart update with 3,600 samples per series (a long file's timeline),
// painting included, on a 1200x500 chart; both variants run in the same process:
//   naive    a Qt Charts view with two filled area series (no outline, no antialiasing) on a
//            date-time and a value axis, updated with clear() + append() of all points (the
//            baseline; seconds a tick, so 3 ticks only)
//   now      TrafficChart::addSamples() with one new sample and its redraw: min/max per pixel
//            column, the data painted by TrafficPlotItem (one image over the plot area), Qt
//            Charts for the frame, axes, legend and gap bands only
// Each variant: wall time per tick and the GUI thread's CPU time per tick (wall time also
// includes Qt's raster thread pool and, on a loaded machine, waiting for a core); for "now"
// also the GUI thread's CPU time per phase: building and decimating the points alone, the
// whole redraw before painting (points, axes, data item) and painting the frame.
// Runs offscreen unless QT_QPA_PLATFORM is set. Usage: bench_chart_update [ticks] [now]
// ("now": only the TrafficChart path, for profiling).
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
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
    double redrawCpuMs = 1e300;  // "now" only: TrafficChart's redraw before painting
    double paintCpuMs = 1e300;   // and painting the frame
    void keepBest(const Cost& other) {
        wallMs = std::min(wallMs, other.wallMs);
        cpuMs = std::min(cpuMs, other.cpuMs);
        redrawCpuMs = std::min(redrawCpuMs, other.redrawCpuMs);
        paintCpuMs = std::min(paintCpuMs, other.paintCpuMs);
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

// The baseline's chart: a plain Qt Charts traffic chart, two filled area series (no outline,
// no antialiasing) on the same axes, their line series updated directly.
struct NaiveChart {
    QChartView view;
    QLineSeries* in = new QLineSeries;
    QLineSeries* out = new QLineSeries;
    QDateTimeAxis* time = new QDateTimeAxis;
    NaiveChart() {
        auto* chart = new QChart;
        auto* value = new QValueAxis;
        value->setRange(0, 1000);
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(value, Qt::AlignLeft);
        for (QLineSeries* line : {in, out}) {
            auto* area = new QAreaSeries(line);
            area->setPen(Qt::NoPen);
            chart->addSeries(area);
            area->attachAxis(time);
            area->attachAxis(value);
        }
        view.setChart(chart);
        view.setRenderHint(QPainter::Antialiasing, false);
        view.resize(1200, 500);
        view.show();
        QCoreApplication::processEvents();
    }
};

// "naive": the series updated with clear() + append() of all 3,600 points.
Cost naiveClearAppend(int ticks) {
    NaiveChart chart;
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    for (int t = 0; t < ticks; ++t) {
        const QList<QPointF> a = window(t + 1, true);
        const QList<QPointF> b = window(t + 1, false);
        chart.in->clear();
        chart.in->append(a);
        chart.out->clear();
        chart.out->append(b);
        moveAxes(chart.time, t + 1);
        flushPaint(chart.view);
    }
    Cost cost;
    cost.wallMs = double(timer.nsecsElapsed()) / 1e6 / ticks;
    cost.cpuMs = (threadCpuMs() - cpu) / ticks;
    return cost;
}

// The production path: 3,600 kept samples (300 live), one new sample per tick, redraw and
// paint.
Cost trafficChart(TrafficChart& chart, int ticks) {
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
    double redrawCpu = 0;
    for (int t = 0; t < ticks; ++t) {
        const double before = threadCpuMs();
        chart.addSamples({sampleAt(kPoints + t)}, kTickNs);
        chart.updateNow();  // what the coalescing timer does, at once
        redrawCpu += threadCpuMs() - before;
        flushPaint(chart);
    }
    Cost cost;
    cost.wallMs = double(timer.nsecsElapsed()) / 1e6 / ticks;
    cost.cpuMs = (threadCpuMs() - cpu) / ticks;
    cost.redrawCpuMs = redrawCpu / ticks;
    cost.paintCpuMs = cost.cpuMs - cost.redrawCpuMs;
    return cost;
}

// GUI-thread CPU of building both series' points from the kept samples and decimating them to
// the plot's columns, the first step of a redraw, alone.
double pointsCpuMs(const TrafficChart& chart, int repeats) {
    const double column = (chart.incomingSeries()->points().constLast().x() -
                           chart.incomingSeries()->points().constFirst().x()) /
                          chart.chart()->plotArea().width();
    const double cpu = threadCpuMs();
    qsizetype kept = 0;
    for (int i = 0; i < repeats; ++i) {
        for (bool incoming : {true, false}) {
            kept += flowscope::ui::decimateMinMax(chart.buildPoints(incoming, 1e3), column).size();
        }
    }
    const double ms = (threadCpuMs() - cpu) / repeats;
    return kept > 0 ? ms : 0;
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
            const Cost c = trafficChart(chart, ticks);
            std::printf("now: %.2f ms/tick, GUI-thread CPU %.2f ms (%.2f ms before painting)\n",
                        c.wallMs, c.cpuMs, c.redrawCpuMs);
        }
        return 0;
    }
    Cost now;
    Cost live;
    for (int round = 0; round < rounds; ++round) {  // best of interleaved rounds
        chart.setLive(false);
        now.keepBest(trafficChart(chart, ticks));
        chart.setLive(true);
        live.keepBest(trafficChart(chart, ticks));
    }
    chart.setLive(false);
    const Cost naive = naiveClearAppend(3);
    chart.reset();
    chart.addSamples(initialSamples(), kTickNs);
    chart.updateNow();
    const double points = pointsCpuMs(chart, 50);

    std::printf(
        "traffic chart update, %d samples per series, 2 series, 1200x500, %d ticks, best of "
        "%d interleaved rounds, painting included (%s)\n",
        kPoints, ticks, rounds, qPrintable(QGuiApplication::platformName()));
    std::printf("  %-52s %9s %16s\n", "", "wall ms", "GUI-thread CPU");
    auto line = [](const char* name, const Cost& c) {
        std::printf("  %-52s %9.2f %16.2f\n", name, c.wallMs, c.cpuMs);
    };
    auto part = [](const char* name, double cpuMs) {
        std::printf("  %-52s %9s %16.2f\n", name, "", cpuMs);
    };
    line("naive: clear()+append() of 3,600 points", naive);
    line("now: TrafficChart::addSamples + redraw", now);
    part("  building + decimating the points", points);
    part("  redraw before painting (points, axes, data item)", now.redrawCpuMs);
    part("  painting (Qt Charts frame + data image)", now.paintCpuMs);
    line("now, live: 300 samples (the 5-minute window)", live);
    std::printf("  ratio naive/now: wall %.0fx, CPU %.0fx\n", naive.wallMs / now.wallMs,
                naive.cpuMs / now.cpuMs);
    std::printf("  points drawn now for 3,600 samples: %lld per series (plot %d px wide)\n",
                static_cast<long long>(chart.incomingSeries()->count()),
                int(chart.chart()->plotArea().width()));
    return 0;
}
