// The model's and proxy's update machinery at scale: many scattered removals in one tick
// (one layout change, persistent indexes kept), coalesced dataChanged ranges, the flow id ->
// row table and the radix sort, each against a reference; models under
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <map>
#include <random>

#include "tests/ui/model_test_support.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/models/flow_row_index.h"
#include "ui/models/radix_sort.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::test;

class ModelUpdateTest : public QObject {
    Q_OBJECT
private slots:
    void scatteredRemovals_data();
    void scatteredRemovals();
    void dataChangedCoversEveryChange();
    void flowRowIndex();
    void radixSort();
};

void ModelUpdateTest::scatteredRemovals_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("filter");
    QTest::addRow("unsorted") << -1 << 0;
    QTest::addRow("bytesIn") << int(M::ColBytesIn) << 0;
    QTest::addRow("remote") << int(M::ColRemote) << 0;
    QTest::addRow("rateOut") << int(M::ColRateOut) << 0;
    QTest::addRow("bytesIn-tcp") << int(M::ColBytesIn) << 1;
    QTest::addRow("unsorted-active") << -1 << 9;
}

// Many flows expiring in one tick (far apart in the table): the model moves them to the end
// in one layout change and removes one range; the proxy follows. Persistent indexes of the
// remaining rows stay on their flow, on both models.
void ModelUpdateTest::scatteredRemovals() {
    QFETCH(int, column);
    QFETCH(int, filter);
    M model;
    ConnectionProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Filter f = filterNumber(filter);
    proxy.sort(column, Qt::DescendingOrder);
    applyFilter(proxy, f);
    FakeEngine engine(static_cast<uint32_t>(500 + column + filter));
    model.applyDiff(engine.tick(200, 0, 0), 1'000'000'000);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    for (int t = 0; t < 12; ++t) {
        // A source and a proxy index on a flow that survives this tick.
        const int keepRow = model.rowCount() / 2;
        const uint64_t keepId = model.flowAt(keepRow).id;
        QPersistentModelIndex sourceHeld(model.index(keepRow, M::ColRemote));
        QPersistentModelIndex proxyHeld;
        const QModelIndex proxyIndex = proxy.mapFromSource(model.index(keepRow, M::ColRemote));
        if (proxyIndex.isValid()) {
            proxyHeld = proxyIndex;
        }
        EngineDiff diff = engine.tick(5, 30, 25);
        diff.removed.erase(std::remove_if(diff.removed.begin(), diff.removed.end(),
                                          [&](const Flow& flow) { return flow.id == keepId; }),
                           diff.removed.end());
        model.applyDiff(diff, 1'000'000'000);
        QCOMPARE(model.rowCount(),
                 static_cast<int>(engine.flows().size()) + (engine.flows().count(keepId) ? 0 : 1));
        QVERIFY(sourceHeld.isValid());
        QCOMPARE(sourceHeld.data(M::FlowIdRole).toULongLong(), qulonglong(keepId));
        QCOMPARE(sourceHeld.column(), int(M::ColRemote));
        if (proxyIndex.isValid() && proxy.mapFromSource(sourceHeld).isValid()) {
            QVERIFY(proxyHeld.isValid());
            QCOMPARE(proxyHeld.data(M::FlowIdRole).toULongLong(), qulonglong(keepId));
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOfFlow(model.flowAt(row).id), row);
        }
        for (const Flow& gone : diff.removed) {
            QCOMPARE(model.rowOfFlow(gone.id), -1);
        }
        // The fake engine forgets the kept flow if it picked it: keep the reference equal.
        if (!engine.flows().count(keepId)) {
            EngineDiff drop;
            drop.removed.push_back(model.flowAt(model.rowOfFlow(keepId)));
            model.applyDiff(drop, 1'000'000'000);
        }
        compareWithReference(model, proxy, f);
        if (QTest::currentTestFailed()) {
            qWarning("failed after tick %d", t);
            return;
        }
    }
    QVERIFY(layouts.count() >= 6);  // the scattered path was taken (while rows were many)
}

// Every changed or quiet row lies inside one of the (coalesced) dataChanged ranges, and the
// ranges are fewer than the changed rows.
void ModelUpdateTest::dataChangedCoversEveryChange() {
    M model;
    FakeEngine engine(11);
    model.applyDiff(engine.tick(3000, 0, 0), 1'000'000'000);
    model.applyDiff(engine.tick(0, 600, 0), 1'000'000'000);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    const EngineDiff diff = engine.tick(0, 500, 0);
    model.applyDiff(diff, 1'000'000'000);
    QVector<int> expected = model.lastChangedRows();
    expected += model.lastStoppedRows();
    QCOMPARE(model.lastChangedRows().size(), 500);
    QVERIFY(model.lastStoppedRows().size() > 300);
    QVERIFY(spy.count() > 0);
    QVERIFY(spy.count() < 100);
    for (int row : expected) {
        bool covered = false;
        for (const QList<QVariant>& args : spy) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            covered |= topLeft.row() <= row && row <= bottomRight.row() &&
                       topLeft.column() <= M::ColRateIn && bottomRight.column() >= M::ColRateOut;
        }
        QVERIFY2(covered, qPrintable(QStringLiteral("row %1").arg(row)));
        QVERIFY(model.isActive(row) || model.rateIn(row) == 0);
    }
    for (int row : model.lastStoppedRows()) {
        QVERIFY(!model.isActive(row));
        QCOMPARE(model.rateIn(row), 0.0);
        QCOMPARE(model.rateOut(row), 0.0);
    }
}

// The id -> row table against std::map over random inserts, updates and erasures (many
// collisions: small table, sequential ids, erasures inside probe runs).
void ModelUpdateTest::flowRowIndex() {
    FlowRowIndex index;
    std::map<uint64_t, int> reference;
    std::mt19937 rng(5);
    for (int step = 0; step < 40000; ++step) {
        const uint64_t id = 1 + rng() % 3000;
        switch (rng() % 3) {
            case 0:
            case 1:
                index.set(id, step);
                reference[id] = step;
                break;
            default:
                index.erase(id);
                reference.erase(id);
                break;
        }
        if (step % 997 == 0) {
            for (uint64_t probe = 0; probe <= 3001; ++probe) {
                const auto it = reference.find(probe);
                QCOMPARE(index.find(probe), it == reference.end() ? -1 : it->second);
            }
        }
    }
    QCOMPARE(index.size(), static_cast<int>(reference.size()));
    index.set(~uint64_t{0}, 7);  // the table's empty marker is still a valid id
    QCOMPARE(index.find(~uint64_t{0}), 7);
    index.erase(~uint64_t{0});
    QCOMPARE(index.find(~uint64_t{0}), -1);
    index.clear();
    QCOMPARE(index.find(reference.begin()->first), -1);
    QCOMPARE(index.size(), 0);
}

void ModelUpdateTest::radixSort() {
    std::mt19937_64 rng(9);
    std::vector<KeyedRow> scratch;
    for (size_t count : {size_t(0), size_t(1), size_t(50), size_t(5000)}) {
        for (int kind = 0; kind < 3; ++kind) {
            std::vector<KeyedRow> entries;
            for (size_t i = 0; i < count; ++i) {
                const uint64_t r = rng();
                // Full 64-bit keys, small counters (high bytes equal), descending (~small).
                const uint64_t key = kind == 0 ? r : kind == 1 ? r % 5000 : ~(r % 70000);
                entries.push_back({key, static_cast<int>(i)});
            }
            std::vector<KeyedRow> expected = entries;
            std::stable_sort(expected.begin(), expected.end(),
                             [](const KeyedRow& a, const KeyedRow& b) { return a.key < b.key; });
            radixSortByKey(entries, scratch);
            QCOMPARE(entries.size(), expected.size());
            for (size_t i = 0; i < count; ++i) {
                QCOMPARE(entries[i].key, expected[i].key);
                QCOMPARE(entries[i].row, expected[i].row);  // stable
            }
        }
    }
}

QTEST_GUILESS_MAIN(ModelUpdateTest)
#include "model_update_test.moc"
