// GUI-thread cost of one tick of the connection table: ConnectionModel::applyDiff plus the
// sorting/filtering proxy, at 100,000 rows with 20% of them changed per tick, sorted by
// bytes-in descending. Baseline in the same run: the same model under QSortFilterProxyModel
// (dynamic sort filter, RawRole as sort role). "annotated" is our proxy with what the desktop
// app adds to each row: applications, host names, and country + AS from the built-in
// databases (looked up once per new row's remote address, not per tick).
// Last, the cost of ConnectionModel::data per cell and role.
//   bench_model_update [rows] [ticks] [ours|cells]
#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

#include "core/enrich/geo_resolver.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

Flow makeFlow(uint64_t id, std::mt19937& rng) {
    std::uniform_int_distribution<uint32_t> any;
    static const uint16_t kPorts[] = {53, 80, 443, 8080, 22, 123};
    Flow f;
    f.id = id;
    {
        const uint64_t i = id - 1;
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
        f.firstSeenNs = 1'700'000'000'000'000'000 + int64_t(i);
        f.lastSeenNs = f.firstSeenNs;
        f.appId = static_cast<uint32_t>(1 + i % 50);
        f.nameId = i % 2 == 0 ? static_cast<uint32_t>(1 + i % 1000) : 0;
    }
    return f;
}

std::vector<Flow> makeFlows(int count, std::mt19937& rng) {
    std::vector<Flow> flows;
    flows.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        flows.push_back(makeFlow(static_cast<uint64_t>(i) + 1, rng));
    }
    return flows;
}

// 20% of the flows get random increments, and `churnPercent` % of them end (expire) while as
// many new ones start; returns that tick's diff.
EngineDiff nextTick(std::vector<Flow>& flows, std::mt19937& rng, int64_t now, int churnPercent,
                    uint64_t& nextId) {
    EngineDiff diff;
    std::uniform_int_distribution<uint32_t> any;
    const size_t churn = flows.size() * size_t(churnPercent) / 100;
    for (size_t i = 0; i < churn; ++i) {
        const size_t victim = any(rng) % flows.size();
        diff.removed.push_back(flows[victim]);
        flows[victim] = flows.back();
        flows.pop_back();
    }
    for (size_t i = 0; i < churn; ++i) {
        Flow f = makeFlow(nextId++, rng);
        f.firstSeenNs = f.lastSeenNs = now;
        flows.push_back(f);
        diff.added.push_back(f);
    }
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

enum class Kind { ModelOnly, Ours, Annotated, OursWithView, Baseline };

// 50 applications and 1,000 host names for the annotated run, and the real geo databases.
struct Annotations {
    std::shared_ptr<std::vector<Application>> apps = std::make_shared<std::vector<Application>>();
    std::shared_ptr<std::vector<HostName>> names = std::make_shared<std::vector<HostName>>();
    std::shared_ptr<GeoResolver> geo = std::make_shared<GeoResolver>();
    Annotations() {
        for (uint32_t i = 1; i <= 50; ++i) {
            Application a;
            a.id = i;
            a.name = "program-" + std::to_string(i);
            a.path = "/usr/bin/" + a.name;
            a.pids = {1000 + i};
            apps->push_back(a);
        }
        for (int i = 1; i <= 1000; ++i) {
            names->push_back({"host" + std::to_string(i) + ".example.com", HostNameSource::Sni});
        }
    }
};

Annotations& annotations() {
    static Annotations a;
    return a;
}

// Median ms per tick of applyDiff + proxy update.
double run(Kind kind, int rows, int ticks, int port, int churnPercent) {
    std::mt19937 rng(42);
    std::vector<Flow> flows = makeFlows(rows, rng);
    uint64_t nextId = uint64_t(rows) + 1;
    ConnectionModel model;
    ConnectionProxy ours;
    QSortFilterProxyModel baseline;
    EngineDiff first;
    first.added = flows;
    if (kind == Kind::Annotated) {
        model.setTables(annotations().apps, annotations().names);
        model.setGeoResolver(annotations().geo);
    }
    model.applyDiff(first, 1'000'000'000);
    QTableView view;  // set up like the Inspect page's table
    if (kind == Kind::ModelOnly) {
    } else if (kind == Kind::Ours || kind == Kind::Annotated || kind == Kind::OursWithView) {
        ours.setSourceModel(&model);
        ours.sort(ConnectionModel::ColBytesIn, Qt::DescendingOrder);
        ours.setPortFilter(port);
        if (kind == Kind::OursWithView) {
            view.verticalHeader()->setVisible(false);
            view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            view.setSelectionBehavior(QAbstractItemView::SelectRows);
            view.setModel(&ours);
            view.resize(1200, 700);
            view.show();
            view.selectRow(5);
            QCoreApplication::processEvents();
        }
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
    std::vector<double> paintMs;
    int64_t now = 1'800'000'000'000'000'000;
    for (int t = 0; t < ticks; ++t) {
        now += 1'000'000'000;
        const EngineDiff diff = nextTick(flows, rng, now, churnPercent, nextId);
        const auto start = std::chrono::steady_clock::now();
        model.applyDiff(diff, 1'000'000'000);
        if (kind == Kind::OursWithView) {
            QCoreApplication::processEvents();  // the view's reaction to the layout change
            const auto painting = std::chrono::steady_clock::now();
            view.viewport()->repaint();  // painting the ~30 visible rows
            paintMs.push_back(std::chrono::duration<double, std::milli>(
                                  std::chrono::steady_clock::now() - painting)
                                  .count());
        }
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("  %-22s rows visible %6d  median %7.2f ms/tick  (min %.2f, max %.2f)\n",
                kind == Kind::ModelOnly      ? "model alone"
                : kind == Kind::Ours         ? "model+ConnectionProxy"
                : kind == Kind::Annotated    ? "annotated+Proxy"
                : kind == Kind::OursWithView ? "ConnectionProxy+view"
                                             : "model+QSortFilterProxy",
                kind == Kind::Ours || kind == Kind::Annotated || kind == Kind::OursWithView
                    ? ours.rowCount()
                : kind == Kind::Baseline ? baseline.rowCount()
                                         : model.rowCount(),
                ms[ms.size() / 2], ms.front(), ms.back());
    if (!paintMs.empty()) {
        std::sort(paintMs.begin(), paintMs.end());
        std::printf("  %-22s of which painting the visible rows: median %.2f ms\n", "",
                    paintMs[paintMs.size() / 2]);
    }
    return ms[ms.size() / 2];
}

// What a view pays per cell it paints or a proxy per value it sorts by: ConnectionModel::data
// for every cell of an annotated table, per role; median ns per cell over `passes` passes.
void cellReads(int rows, int passes) {
    std::mt19937 rng(42);
    ConnectionModel model;
    model.setTables(annotations().apps, annotations().names);
    model.setGeoResolver(annotations().geo);
    EngineDiff first;
    first.added = makeFlows(rows, rng);
    model.applyDiff(first, 1'000'000'000);
    while (model.pendingGeoLookups() > 0) {
        QCoreApplication::processEvents();
    }
    const struct {
        const char* name;
        int role;
    } roles[] = {{"display", Qt::DisplayRole},
                 {"raw", ConnectionModel::RawRole},
                 {"tooltip", Qt::ToolTipRole},
                 {"decoration", Qt::DecorationRole},
                 {"alignment", Qt::TextAlignmentRole}};
    std::printf("data() per cell, %d rows x %d columns, annotated (median of %d passes):\n", rows,
                int(ConnectionModel::ColumnCount), passes);
    size_t sink = 0;
    for (const auto& role : roles) {
        std::vector<double> ns;
        for (int pass = 0; pass < passes; ++pass) {
            const auto start = std::chrono::steady_clock::now();
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < ConnectionModel::ColumnCount; ++column) {
                    sink += model.data(model.index(row, column), role.role).isValid() ? 1 : 0;
                }
            }
            ns.push_back(
                std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start)
                    .count() /
                (double(rows) * int(ConnectionModel::ColumnCount)));
        }
        std::sort(ns.begin(), ns.end());
        std::printf("  %-10s %7.1f ns/cell\n", role.name, ns[ns.size() / 2]);
    }
    std::printf("  (%zu valid values)\n", sink);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int ticks = argc > 2 ? std::atoi(argv[2]) : 20;
    // "ours": skip the (slow) QSortFilterProxyModel baseline, for profiling only; "cells": only
    // the data() cost per cell.
    const bool baselineToo = !(argc > 3 && std::strcmp(argv[3], "ours") == 0);
    if (argc > 3 && std::strcmp(argv[3], "cells") == 0) {
        cellReads(std::min(rows, 20'000), ticks);
        return 0;
    }
    std::printf(
        "bench_model_update: %d rows, %d%% changed per tick, %d ticks, sorted by "
        "bytes in (descending)\n",
        rows, 20, ticks);
    const struct {
        const char* title;
        int port;
        int churnPercent;
    } scenarios[] = {{"no filter", -1, 0},
                     {"port filter 443", 443, 0},
                     {"no filter, and 1% of the flows end and 1% start per tick", -1, 1}};
    for (const auto& scenario : scenarios) {
        std::printf("%s:\n", scenario.title);
        const int port = scenario.port;
        const int churn = scenario.churnPercent;
        run(Kind::ModelOnly, rows, ticks, port, churn);
        const double ours = run(Kind::Ours, rows, ticks, port, churn);
        const double annotated = run(Kind::Annotated, rows, ticks, port, churn);
        std::printf("  ratio annotated/plain: %.2fx\n", annotated / ours);
        run(Kind::OursWithView, rows, ticks, port, churn);
        // The baseline takes seconds per tick at 100k rows: fewer ticks.
        if (baselineToo) {
            const double base = run(Kind::Baseline, rows, std::max(3, ticks / 5), port, churn);
            std::printf("  ratio baseline/ours: %.1fx\n", base / ours);
        }
    }
    cellReads(std::min(rows, 20'000), 5);
    std::printf(
        "command: cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && "
        "ninja -C build-release bench_model_update && "
        "QT_QPA_PLATFORM=offscreen ./build-release/bench/bench_model_update 100000 20\n");
    return 0;
}
