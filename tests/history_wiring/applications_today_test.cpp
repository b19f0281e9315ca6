// The Applications page's new columns: a sparkline of each application's last minute
// (ActivityRole, from the snapshots' ApplicationStat::interval) and "Today", its total since
// local midnight from a history database filled here with HistoryWriter, matched by program
// path, name and user, read by TodayTotals on its worker thread. The model runs under
// QAbstractItemModelTester throughout.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

#include "core/store/history_time.h"
#include "core/store/history_writer.h"
#include "tests/history_wiring/wiring_support.h"
#include "ui/format.h"
#include "ui/history/today_totals.h"
#include "ui/models/application_model.h"
#include "ui/pages/applications_page.h"
#include "ui/settings/history_settings.h"
#include "ui/widgets/sparkline_delegate.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::test;

namespace {

using M = ApplicationModel;

// Two applications of a live capture: alpha (user tester) and beta.
struct Apps {
    std::shared_ptr<const std::vector<Application>> table;
    Apps() {
        auto apps = std::make_shared<std::vector<Application>>();
        apps->push_back(testApplication(1, "alpha"));
        apps->push_back(testApplication(2, "beta"));
        table = apps;
    }
    // One tick in which alpha moved `alpha` bytes (in, and half of it out) and beta `beta`.
    EngineSnapshot tick(uint64_t alpha, uint64_t beta, int64_t intervalNs = 1'000'000'000) {
        EngineSnapshot s;
        s.intervalNs = intervalNs;
        s.applications = table;
        ApplicationStat a{1, {}, {}, 1};
        a.interval.bytesIn = alpha;
        a.interval.bytesOut = alpha / 2;
        m_alpha.bytesIn += a.interval.bytesIn;
        m_alpha.bytesOut += a.interval.bytesOut;
        a.counters = m_alpha;
        ApplicationStat b{2, {}, {}, 1};
        b.interval.bytesIn = beta;
        m_beta.bytesIn += beta;
        b.counters = m_beta;
        s.topApplications = {a, b};
        return s;
    }

private:
    FlowCounters m_alpha;
    FlowCounters m_beta;
};

history::MinuteRecord minute(int64_t at, const char* name, const char* user, uint64_t in,
                             uint64_t out) {
    history::MinuteRecord r;
    r.minute = at / 60 * 60;
    r.app = {name, std::string("/usr/bin/") + name, user};
    r.remote = {"example.org", "", 0, ""};
    r.service = "https";
    r.usage = {in, out, 1, 1};
    return r;
}

}  // namespace

class ApplicationsTodayTest : public QObject {
    Q_OBJECT
private slots:
    void activitySparkline();
    void todayFromHistory();
    void pageHasTheNewColumns();
};

void ApplicationsTodayTest::activitySparkline() {
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Apps apps;
    model.applySnapshot(apps.tick(1000, 0));
    model.applySnapshot(apps.tick(3000, 100, 2'000'000'000));  // a 2-second interval
    model.applySnapshot(apps.tick(0, 0));
    const int alpha = model.rowOfApp(1);
    const int beta = model.rowOfApp(2);
    QVERIFY(alpha >= 0 && beta >= 0);
    const QList<double> expected = {1500.0, 2250.0, 0.0};  // (in + out) per second
    QCOMPARE(model.index(alpha, M::ColActivity).data(M::ActivityRole).value<QList<double>>(),
             expected);
    QCOMPARE(model.index(beta, M::ColActivity).data(M::ActivityRole).value<QList<double>>(),
             (QList<double>{0.0, 50.0, 0.0}));
    QCOMPARE(model.index(alpha, M::ColActivity).data(M::RawRole).toDouble(), 0.0);
    QVERIFY(model.index(alpha, M::ColActivity).data().toString().isEmpty());
    QCOMPARE(model.headerData(M::ColActivity, Qt::Horizontal).toString(),
             QStringLiteral("Activity"));
    for (int i = 0; i < 70; ++i) {
        model.applySnapshot(apps.tick(uint64_t(i) * 10, 0));
    }
    const QList<double> last =
        model.index(alpha, M::ColActivity).data(M::ActivityRole).value<QList<double>>();
    QCOMPARE(last.size(), M::kActivityTicks);
    QCOMPARE(last.last(), 690.0 * 1.5);
    QCOMPARE(last.first(), 100.0 * 1.5);  // readings 10 .. 69 of the loop
}

void ApplicationsTodayTest::todayFromHistory() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    // "Now" is 13:00 local on the day of the real now; midnight is the local one.
    const int64_t midnight = history::floorDay(int64_t(std::time(nullptr)));
    const int64_t now = midnight + 13 * 3600;
    {
        auto writer = history::HistoryWriter::open(path.toStdString(), {});
        QVERIFY2(writer, writer ? "" : writer.error().message.c_str());
        history::TickBatch batch;
        batch.now = now;
        batch.traffic = {
            minute(midnight + 60, "alpha", "tester", 100, 50),     // today
            minute(midnight + 3600, "alpha", "tester", 1000, 10),  // today
            minute(now - 120, "alpha", "tester", 7, 3),            // today
            minute(now, "alpha", "tester", 20, 2),  // the minute that begins this second
            minute(midnight - 120, "alpha", "tester", 77'777, 1),  // yesterday
            minute(now + 600, "alpha", "tester", 55'555, 0),       // after now
            minute(midnight + 7200, "alpha", "root", 90'000, 9),   // another user's alpha
            minute(midnight + 7200, "gamma", "tester", 4242, 0),   // not running now
        };
        QVERIFY(writer.value()->write(batch).ok());
    }
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Apps apps;
    model.applySnapshot(apps.tick(10, 10));
    TodayTotals today;
    today.setDatabase(path);
    today.setClock([now] { return now; });
    QSignalSpy loaded(&today, &TodayTotals::loaded);
    QObject::connect(&today, &TodayTotals::loaded, &model,
                     [&model](const std::vector<history::TotalRow>& rows, const QString& problem) {
                         QVERIFY2(problem.isEmpty(), qPrintable(problem));
                         model.setTodayTotals(rows);
                     });
    today.refresh();
    QVERIFY(loaded.wait());
    const int alpha = model.rowOfApp(1);
    const int beta = model.rowOfApp(2);
    const uint64_t alphaToday = 100 + 50 + 1000 + 10 + 7 + 3 + 20 + 2;
    QCOMPARE(model.index(alpha, M::ColToday).data(M::RawRole).toULongLong(), alphaToday);
    QCOMPARE(model.index(alpha, M::ColToday).data().toString(), formatBytes(alphaToday));
    QCOMPARE(model.index(alpha, M::ColToday).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Today since midnight (history): %1 in, %2 out")
                 .arg(formatBytes(1127), formatBytes(65)));
    QCOMPARE(model.index(beta, M::ColToday).data(M::RawRole).toULongLong(), uint64_t(0));
    QVERIFY(model.index(beta, M::ColToday).data().toString().isEmpty());
    QCOMPARE(model.headerData(M::ColToday, Qt::Horizontal).toString(), QStringLiteral("Today"));

    // Kept over the next snapshots (rates change, the day's totals stay until the next read).
    model.applySnapshot(apps.tick(500, 0));
    QCOMPARE(model.index(alpha, M::ColToday).data(M::RawRole).toULongLong(), alphaToday);
    // A database that does not exist: no totals, no complaint (nothing recorded yet).
    today.setDatabase(dir.filePath(QStringLiteral("missing.sqlite")));
    today.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(model.index(alpha, M::ColToday).data(M::RawRole).toULongLong(), uint64_t(0));
    QCOMPARE(today.reads(), 2);
}

void ApplicationsTodayTest::pageHasTheNewColumns() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsStore::setLocation(dir.filePath(QStringLiteral("flowscope.conf")));
    settings::historyDatabase.setValue(dir.filePath(QStringLiteral("history.sqlite")));
    ApplicationsPage page(nullptr);
    QVERIFY(qobject_cast<SparklineDelegate*>(page.table()->itemDelegateForColumn(M::ColActivity)));
    QCOMPARE(page.todayTotals()->reads(), 0);
    page.show();  // reads today's totals when shown, off the GUI thread
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.todayTotals()->reads(), 1);
}

QTEST_MAIN(ApplicationsTodayTest)
#include "applications_today_test.moc"
