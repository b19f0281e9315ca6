// GUI-thread cost of one tick of the connection table: ConnectionModel::applyDiff plus the
// sorting/filtering proxy, at 100,000 rows with 20% of them changed per tick, sorted by
// bytes-in descending. Baseline in the same run: the same model under QSortFilterProxyModel
// (dynamic sort filter, RawRole as sort role).
//   bench_model_update [rows] [ticks]
#include <QCoreApplication>
#include <QSortFilterProxyModel>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

std::vector<Flow> makeFlows(int count, std::mt19937& rng) {
    std::vector<Flow> flows(static_cast<size_t>(count));
    std::uniform_int_distribution<uint32_t> any;
    static const uint16_t kPorts[] = {53, 80, 443, 8080, 22, 123};
    for (int i = 0; i < count; ++i) {
        Flow& f = flows[static_cast<size_t>(i)];
        f.id = static_cast<uint64_t>(i) + 1;
        f.key.protocol = i % 5 == 0 ? 17 : 6;
        f.key.hasPorts = true;
        f.key.a.address = IpAddress::fromV4(0x0a000000u | (any(rng) & 0xffff));
        f.key.b.address = IpAddress::fromV4(any(rng));
        f.key.a.port = static_cast<uint16_t>(1024 + any(rng) % 60000);
        f.key.b.port = kPorts[any(rng) % 6];
        f.counters.bytesIn = any(rng) % 10'000'000;
        f.counters.bytesOut = any(rng) % 1'000'000;
        f.counters.packetsIn = f.counters.bytesIn / 1000;
        f.counters.packetsOut = f.counters.bytesOut / 1000;
        f.firstSeenNs = 1'700'000'000'000'000'000 + i;
        f.lastSeenNs = f.firstSeenNs;
    }
    return flows;
}

// 20% of the flows get random increments; returns that tick's diff.
EngineDiff nextTick(std::vector<Flow>& flows, std::mt19937& rng, int64_t now) {
    EngineDiff diff;
    std::uniform_int_distribution<uint32_t> any;
    const size_t changed = flows.size() / 5;
    diff.changed.reserve(changed);
    for (size_t i = 0; i < changed; ++i) {
        Flow& f = flows[any(rng) % flows.size()];
        f.bytesInAtTick = f.counters.bytesIn;
        f.bytesOutAtTick = f.counters.bytesOut;
        f.counters.bytesIn += any(rng) % 100'000;
        f.counters.bytesOut += any(rng) % 10'000;
        f.counters.packetsIn += 10;
        f.counters.packetsOut += 2;
        f.lastSeenNs = now;
        diff.changed.push_back(f);
    }
    return diff;
}

enum class Kind { ModelOnly, Ours, Baseline };

// Median ms per tick of applyDiff + proxy update.
double run(Kind kind, int rows, int ticks, int port) {
    std::mt19937 rng(42);
    std::vector<Flow> flows = makeFlows(rows, rng);
    ConnectionModel model;
    ConnectionProxy ours;
    QSortFilterProxyModel baseline;
    EngineDiff first;
    first.added = flows;
    model.applyDiff(first, 1'000'000'000);
    if (kind == Kind::ModelOnly) {
    } else if (kind == Kind::Ours) {
        ours.setSourceModel(&model);
        ours.sort(ConnectionModel::ColBytesIn, Qt::DescendingOrder);
        ours.setPortFilter(port);
    } else {
        baseline.setSortRole(ConnectionModel::RawRole);
        baseline.setDynamicSortFilter(true);
        baseline.setSourceModel(&model);
        baseline.sort(ConnectionModel::ColBytesIn, Qt::DescendingOrder);
        if (port >= 0) {
            // The same port filter, as the baseline would do it: a regexp on the endpoints'
            // display text ("...:443").
            baseline.setFilterKeyColumn(-1);
            baseline.setFilterRegularExpression(QStringLiteral(":%1$").arg(port));
        }
    }
    std::vector<double> ms;
    int64_t now = 1'800'000'000'000'000'000;
    for (int t = 0; t < ticks; ++t) {
        now += 1'000'000'000;
        const EngineDiff diff = nextTick(flows, rng, now);
        const auto start = std::chrono::steady_clock::now();
        model.applyDiff(diff, 1'000'000'000);
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("  %-22s rows visible %6d  median %7.2f ms/tick  (min %.2f, max %.2f)\n",
                kind == Kind::ModelOnly ? "model alone"
                : kind == Kind::Ours    ? "model+ConnectionProxy"
                                        : "model+QSortFilterProxy",
                kind == Kind::Ours       ? ours.rowCount()
                : kind == Kind::Baseline ? baseline.rowCount()
                                         : model.rowCount(),
                ms[ms.size() / 2], ms.front(), ms.back());
    return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int ticks = argc > 2 ? std::atoi(argv[2]) : 20;
    std::printf(
        "bench_model_update: %d rows, %d%% changed per tick, %d ticks, sorted by "
        "bytes in (descending)\n",
        rows, 20, ticks);
    for (int port : {-1, 443}) {
        std::printf(port < 0 ? "no filter:\n" : "port filter %d:\n", port);
        run(Kind::ModelOnly, rows, ticks, port);
        const double ours = run(Kind::Ours, rows, ticks, port);
        // The baseline takes seconds per tick at 100k rows: fewer ticks.
        const double base = run(Kind::Baseline, rows, std::max(3, ticks / 5), port);
        std::printf("  ratio baseline/ours: %.1fx\n", base / ours);
    }
    std::printf(
        "command: cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && "
        "ninja -C build-release bench_model_update && "
        "QT_QPA_PLATFORM=offscreen ./build-release/bench/bench_model_update 100000 20\n");
    return 0;
}
