// ConnectionModel and ConnectionProxy: model-tester clean over ticks, proxy order and filters
// against a reference (filter + stable sort of every source row), and a real capture.
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSet>
#include <QtTest>
#include <algorithm>
#include <map>
#include <mutex>
#include <random>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "tests/ui/model_test_support.h"
#include "ui/format.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::test;

class ModelsTest : public QObject {
    Q_OBJECT
private slots:
    void format();
    void modelTicks();
    void proxyRandomTicks_data();
    void proxyRandomTicks();
    void proxyPersistentIndex();
    void realCapture();
};

void ModelsTest::format() {
    QCOMPARE(formatBytes(512), QStringLiteral("512 B"));
    QCOMPARE(formatBytes(1'234'567), QStringLiteral("1.2 MB"));
    QCOMPARE(formatRate(1'200'000, RateUnit::Bytes), QStringLiteral("1.2 MB/s"));
    QCOMPARE(formatRate(1'200'000, RateUnit::Bits), QStringLiteral("9.6 Mbit/s"));
    QCOMPARE(formatRate(120, RateUnit::Packets), QStringLiteral("120 pkt/s"));
    QCOMPARE(protocolText(6), QStringLiteral("TCP"));
    QCOMPARE(protocolText(58), QStringLiteral("ICMPv6"));
    QCOMPARE(protocolText(47), QStringLiteral("IP 47"));
    QCOMPARE(endpointText({ip("1.2.3.4"), 443}, true), QStringLiteral("1.2.3.4:443"));
    QCOMPARE(endpointText({ip("2001:db8::1"), 443}, true), QStringLiteral("[2001:db8::1]:443"));
    QCOMPARE(endpointText({ip("2001:db8::1"), 0}, false), QStringLiteral("2001:db8::1"));
    QCOMPARE(formatTime(0), QString());
    QCOMPARE(formatTime(1'700'000'000'123'000'000).size(), 23);
    QVERIFY(formatTime(1'700'000'000'123'000'000).endsWith(QStringLiteral(".123")));
}

void ModelsTest::modelTicks() {
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FakeEngine engine(7);
    model.applyDiff(engine.tick(50, 0, 0), 1'000'000'000);
    QCOMPARE(model.rowCount(), 50);
    for (int t = 0; t < 20; ++t) {
        const EngineDiff diff = engine.tick(t % 3 == 0 ? 10 : 0, 15, t % 4 == 1 ? 6 : 0);
        model.applyDiff(diff, 2'000'000'000);
        QCOMPARE(model.rowCount(), static_cast<int>(engine.flows().size()));
        for (const Flow& f : diff.changed) {
            const int row = model.rowOfFlow(f.id);
            QVERIFY(row >= 0);
            QCOMPARE(model.flowAt(row).counters.bytesIn, f.counters.bytesIn);
            QCOMPARE(model.rateIn(row), (f.counters.bytesIn - f.bytesInAtTick) / 2.0);
            QVERIFY(model.isActive(row));
        }
        for (const Flow& f : diff.removed) {
            QCOMPARE(model.rowOfFlow(f.id), -1);
        }
        int active = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOfFlow(model.flowAt(row).id), row);
            active += model.isActive(row) ? 1 : 0;
        }
        QCOMPARE(active, static_cast<int>(diff.changed.size() + diff.added.size()));
    }
    // Right-aligned numbers, tooltips on endpoints, raw values.
    QCOMPARE(model.index(0, M::ColBytesIn).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
             int(Qt::AlignRight));
    QVERIFY(!model.index(0, M::ColRemote).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(0, M::ColBytesIn).data(M::RawRole).toULongLong(),
             model.flowAt(0).counters.bytesIn);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::proxyRandomTicks_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("filter");
    for (int column = -1; column < M::ColumnCount; ++column) {
        for (int order = 0; order < 2; ++order) {
            QTest::addRow("col%d-%s", column, order ? "desc" : "asc") << column << order << 0;
        }
    }
    for (int filter = 1; filter <= 10; ++filter) {
        QTest::addRow("filter%d-bytesIn", filter) << int(M::ColBytesIn) << 1 << filter;
        QTest::addRow("filter%d-remote", filter) << int(M::ColRemote) << 0 << filter;
        QTest::addRow("filter%d-unsorted", filter) << -1 << 0 << filter;
    }
}

void ModelsTest::proxyRandomTicks() {
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, filter);
    M model;
    ConnectionProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Filter f = filterNumber(filter);
    FakeEngine engine(static_cast<uint32_t>(100 + column * 7 + order * 3 + filter * 31));
    model.applyDiff(engine.tick(40, 0, 0), 1'000'000'000);
    proxy.sort(column, order ? Qt::DescendingOrder : Qt::AscendingOrder);
    applyFilter(proxy, f);
    compareWithReference(model, proxy, f);
    int seenRows = 0;
    for (int t = 0; t < 25; ++t) {
        seenRows += proxy.rowCount();
        const int add = t % 5 == 4 ? 0 : 1 + t % 7;
        model.applyDiff(engine.tick(add, 5 + t % 11, t % 3 == 2 ? 1 + t % 4 : 0), 1'000'000'000);
        compareWithReference(model, proxy, f);
        if (QTest::currentTestFailed()) {
            qWarning("failed after tick %d", t);
            return;
        }
        if (t == 12) {  // re-sort and re-filter while rows exist
            proxy.sort(column, order ? Qt::AscendingOrder : Qt::DescendingOrder);
            proxy.sort(column, order ? Qt::DescendingOrder : Qt::AscendingOrder);
            applyFilter(proxy, Filter{});
            applyFilter(proxy, f);
            compareWithReference(model, proxy, f);
        }
    }
    QVERIFY(seenRows > 0);
    QVERIFY(proxy.rowCount() < model.rowCount() || filter == 0);
    QVERIFY(!proxy.setAddressFilter(QStringLiteral("not an address")));
    QVERIFY(!proxy.setAddressFilter(QStringLiteral("10.0.0.0/33")));
}

void ModelsTest::proxyPersistentIndex() {
    M model;
    ConnectionProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(M::ColBytesIn, Qt::DescendingOrder);
    FakeEngine engine(3);
    model.applyDiff(engine.tick(60, 0, 0), 1'000'000'000);
    QPersistentModelIndex held(proxy.index(30, M::ColRemote));
    const qulonglong id = held.data(M::FlowIdRole).toULongLong();
    for (int t = 0; t < 10; ++t) {
        model.applyDiff(engine.tick(3, 20, 0), 1'000'000'000);
        QVERIFY(held.isValid());
        QCOMPARE(held.data(M::FlowIdRole).toULongLong(), id);
        QCOMPARE(held.column(), int(M::ColRemote));
    }
}

void ModelsTest::realCapture() {
    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap";
    Engine engine(config);
    std::mutex mutex;
    std::vector<std::pair<EngineDiff, int64_t>> diffs;
    SnapshotPtr last;
    engine.setTickCallback([&](const SnapshotPtr& snapshot, EngineDiff&& diff) {
        const std::lock_guard lock(mutex);
        diffs.emplace_back(std::move(diff), snapshot->intervalNs);
        last = snapshot;
    });
    QVERIFY(engine.start().ok());
    engine.wait();

    M model;
    ConnectionProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::ColBytesIn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto& [diff, intervalNs] : diffs) {
        model.applyDiff(diff, intervalNs);
    }
    QVERIFY(last);
    QCOMPARE(last->flowCount, size_t(257));
    QCOMPARE(model.rowCount(), static_cast<int>(last->flowCount));
    QCOMPARE(proxy.rowCount(), model.rowCount());
    uint64_t bytes = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        bytes += model.flowAt(row).counters.bytes();
    }
    QCOMPARE(last->totals.bytes, uint64_t(2856009));
    QCOMPARE(bytes, last->totals.ipBytes);
    QVERIFY(bytes < 2856009);
    compareWithReference(model, proxy, Filter{});
}

QTEST_GUILESS_MAIN(ModelsTest)
#include "models_test.moc"
