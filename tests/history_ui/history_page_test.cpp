// The History page as a user meets it, over a database filled with known numbers: the totals
// table, the chart's stacked values per group and bucket, a click on a bucket listing its
// connections, an application's bars per day and top hosts, the export, "Loading…" and the
// sentences for a missing and a damaged database; and the page in the main window (Ctrl+5,
// File → Export report…).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/history_ui/history_test_data.h"
#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/main_window.h"
#include "ui/models/history_connections_model.h"
#include "ui/models/history_loader.h"
#include "ui/models/history_totals_model.h"
#include "ui/pages/history_app_detail.h"
#include "ui/pages/history_page.h"
#include "ui/widgets/history_chart.h"
#include "ui/widgets/history_day_bars.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::historytest;
using flowscope::history::Dimension;
using Tester = QAbstractItemModelTester;

class HistoryPageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void totalsAndChartForSevenDays();
    void customRangeInMinutes();
    void clickOnABucketListsItsConnections();
    void applicationShowsDaysAndHosts();
    void exportFromThePage();
    void missingDatabaseSaysWhereItWillBe();
    void damagedDatabaseSaysSo();
    void pageInTheMainWindow();
    void chartUpdateTime();

private:
    void load(HistoryPreset preset);
    int bucketOf(int64_t time) const;
    int groupNamed(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_path;
    Known m_known;
    std::unique_ptr<HistoryPage> m_page;
};

void HistoryPageTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    m_known = fillDatabase(m_path);
}

void HistoryPageTest::init() {
    m_page = std::make_unique<HistoryPage>(nullptr);
    m_page->setDatabase(m_path);
    const int64_t now = m_known.now;
    m_page->setClock([now] { return now; });
    m_page->resize(1100, 800);
}

void HistoryPageTest::cleanup() {
    m_page.reset();
}

void HistoryPageTest::load(HistoryPreset preset) {
    m_page->setPreset(preset);
    m_page->show();
    m_page->refresh();
    QVERIFY(m_page->loader()->waitIdle());
}

int HistoryPageTest::bucketOf(int64_t time) const {
    return m_page->chart()->bucketAt(double(time) * 1000.0 + 1);
}

int HistoryPageTest::groupNamed(const QString& name) const {
    for (int g = 0; g < m_page->chart()->groupCount(); ++g) {
        if (m_page->chart()->groupName(g) == name) {
            return g;
        }
    }
    return -1;
}

void HistoryPageTest::totalsAndChartForSevenDays() {
    Tester totalsTester(m_page->totalsModel(), Tester::FailureReportingMode::QtTest);
    Tester proxyTester(m_page->totalsProxy(), Tester::FailureReportingMode::QtTest);
    load(HistoryPreset::Week);
    QCOMPARE(m_page->messageText(), QString());
    QCOMPARE(m_page->rangeChoice().granularity, history::Granularity::Hour);
    QSortFilterProxyModel* proxy = m_page->totalsProxy();
    QCOMPARE(proxy->rowCount(), 2);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("firefox"));  // Total ▼
    QCOMPARE(
        proxy->index(0, HistoryTotalsModel::ColIn).data(HistoryTotalsModel::RawRole).toULongLong(),
        Known::kFirefoxIn);
    QCOMPARE(
        proxy->index(1, HistoryTotalsModel::ColOut).data(HistoryTotalsModel::RawRole).toULongLong(),
        Known::kCurlOut);
    QVERIFY(m_page->exportAction()->isEnabled());

    HistoryChart* chart = m_page->chart();
    QCOMPARE(chart->bucketCount(), 168);
    QCOMPARE(chart->groupCount(), 2);
    const int ff = groupNamed(QStringLiteral("firefox"));
    const int cu = groupNamed(QStringLiteral("curl"));
    QVERIFY(ff >= 0 && cu >= 0);
    for (int h = 0; h < 3; ++h) {
        const int b = bucketOf(m_known.hours[h]);
        QCOMPARE(b, 164 + h);
        QCOMPARE(chart->shownBytes(ff, b, true), double(m_known.firefoxIn(h)));
        QCOMPARE(chart->shownBytes(ff, b, false), double(m_known.firefoxOut(h)));
        QCOMPARE(chart->shownBytes(cu, b, true), 500.0);
        QCOMPARE(chart->shownBytes(cu, b, false), 50.0);
    }
    QCOMPARE(chart->shownBytes(ff, bucketOf(m_known.hours[2] + kHour), true), 0.0);
    // Stacked: the second group's area starts where the first one's ends; sent is below 0.
    // Read at the middle of hour 2, from the points given to Qt Charts (a step's y is that of
    // the last point at or before x).
    const double middle = double(m_known.hours[2] + kHour / 2) * 1000.0;
    auto levelAt = [middle](QLineSeries* line) {
        double y = 0;
        for (const QPointF& p : line->points()) {
            if (p.x() <= middle) {
                y = p.y();
            }
        }
        return y;
    };
    const double firstTop = levelAt(chart->areaSeries(0, true)->upperSeries());
    QCOMPARE(levelAt(chart->areaSeries(1, true)->lowerSeries()), firstTop);
    QVERIFY(firstTop > 0);
    QVERIFY(levelAt(chart->areaSeries(0, false)->upperSeries()) < 0);
    // Quiet hours cost no points: 168 buckets, far fewer than two points each.
    QVERIFY(chart->areaSeries(0, true)->upperSeries()->count() < 2 * 10);
    // The hover text: the bucket, the group under the pointer and the bucket's totals.
    const double y = (double(m_known.firefoxIn(2)) / 2) / chart->scale().divisor;
    const QString tip = chart->toolTipAt(
        {double(m_known.hours[2] + 60) * 1000.0, ff == 0 ? y : y + 500 / chart->scale().divisor});
    QVERIFY2(tip.contains(QStringLiteral("firefox: ") + formatBytes(m_known.firefoxIn(2))),
             qPrintable(tip));
    QVERIFY2(tip.contains(formatBytes(m_known.firefoxIn(2) + 500)), qPrintable(tip));
    // The text alternative: the range's totals (the table's), the group with the most traffic
    // and the busiest hour.
    uint64_t in = 0, out = 0, most = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        in += proxy->index(row, HistoryTotalsModel::ColIn)
                  .data(HistoryTotalsModel::RawRole)
                  .toULongLong();
        out += proxy->index(row, HistoryTotalsModel::ColOut)
                   .data(HistoryTotalsModel::RawRole)
                   .toULongLong();
    }
    int busiest = 0;
    for (int h = 0; h < 3; ++h) {
        const uint64_t bytes = m_known.firefoxIn(h) + m_known.firefoxOut(h) + 550;
        if (bytes > most) {
            most = bytes;
            busiest = h;
        }
    }
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(m_known.hours[busiest]),
                                            QLocale::ShortFormat);
    QCOMPARE(chart->accessibleDescription(),
             QStringLiteral("In this range: received %1, sent %2. The most traffic: firefox (%3). "
                            "The busiest time: %4 (%5).")
                 .arg(formatBytes(in), formatBytes(out),
                      formatBytes(proxy->index(0, HistoryTotalsModel::ColTotal)
                                      .data(HistoryTotalsModel::RawRole)
                                      .toULongLong()),
                      when, formatBytes(most)));
}

void HistoryPageTest::customRangeInMinutes() {
    m_page->show();
    m_page->setCustomRange(QDateTime::fromSecsSinceEpoch(m_known.hours[0]),
                           QDateTime::fromSecsSinceEpoch(m_known.hours[2] + kHour));
    QVERIFY(m_page->loader()->waitIdle());
    QCOMPARE(m_page->preset(), HistoryPreset::Custom);
    QCOMPARE(m_page->rangeChoice().granularity, history::Granularity::Minute);
    HistoryChart* chart = m_page->chart();
    QCOMPARE(chart->bucketCount(), 180);
    const int ff = groupNamed(QStringLiteral("firefox"));
    QCOMPARE(chart->shownBytes(ff, 5, true), 1000.0);
    QCOMPARE(chart->shownBytes(ff, 4, true), 0.0);
    QCOMPARE(chart->shownBytes(ff, 125, true), 5000.0);  // both hosts in hour 2's minute 5
    m_page->setDimension(Dimension::Country);
    QVERIFY(m_page->loader()->waitIdle());
    QCOMPARE(m_page->totalsProxy()->rowCount(), 3);
    QCOMPARE(chart->groupCount(), 3);
}

void HistoryPageTest::clickOnABucketListsItsConnections() {
    Tester tester(m_page->connectionsModel(), Tester::FailureReportingMode::QtTest);
    load(HistoryPreset::Week);
    HistoryChart* chart = m_page->chart();
    QSignalSpy clicked(chart, &HistoryChart::bucketClicked);
    // A real click in the middle of hour 1's bucket, just above the axis.
    const QPointF value(double(m_known.hours[1] + 1800) * 1000.0, 0.1);
    const QPointF scene = chart->chart()->mapToScene(chart->chart()->mapToPosition(value));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->mapFromScene(scene));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked[0][0].toLongLong(), m_known.hours[1]);
    QCOMPARE(clicked[0][1].toLongLong(), m_known.hours[1] + kHour);
    QVERIFY(m_page->loader()->waitIdle());
    QCOMPARE(m_page->detailTabs()->currentWidget(), m_page->connectionsTable()->parentWidget());
    HistoryConnectionsModel* model = m_page->connectionsModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, HistoryConnectionsModel::ColApplication).data().toString(),
             QStringLiteral("firefox"));
    QCOMPARE(model->index(0, HistoryConnectionsModel::ColIn)
                 .data(HistoryConnectionsModel::RawRole)
                 .toULongLong(),
             uint64_t(2000));
}

void HistoryPageTest::applicationShowsDaysAndHosts() {
    load(HistoryPreset::Week);
    HistoryAppDetail* detail = m_page->appDetail();
    Tester hostsTester(detail->hostsModel(), Tester::FailureReportingMode::QtTest);
    Tester proxyTester(detail->hostsProxy(), Tester::FailureReportingMode::QtTest);
    m_page->totalsTable()->selectRow(0);  // firefox
    QVERIFY(m_page->loader()->waitIdle());
    QCOMPARE(m_page->detailTabs()->currentWidget(), detail);
    QCOMPARE(detail->application(), QStringLiteral("firefox"));
    QSortFilterProxyModel* hosts = detail->hostsProxy();
    QCOMPARE(hosts->rowCount(), 2);
    QCOMPARE(hosts->index(0, 0).data().toString(), QStringLiteral("example.org"));
    QCOMPARE(
        hosts->index(0, HistoryTotalsModel::ColIn).data(HistoryTotalsModel::RawRole).toULongLong(),
        uint64_t(6000));
    QCOMPARE(hosts->index(1, 0).data().toString(), QStringLiteral("cdn.example.net"));
    QCOMPARE(
        hosts->index(1, HistoryTotalsModel::ColOut).data(HistoryTotalsModel::RawRole).toULongLong(),
        uint64_t(200));
    // The bars: 30 days up to the range's last day; each hour adds to its local day.
    HistoryDayBars* bars = detail->dayBars();
    const QDate lastDay =
        QDateTime::fromSecsSinceEpoch(m_page->rangeChoice().range.until - 1).date();
    QCOMPARE(bars->dayCount(), HistoryDayBars::kDays);
    QCOMPARE(bars->firstDay(), lastDay.addDays(1 - HistoryDayBars::kDays));
    std::map<QDate, double> expectedIn;
    for (int h = 0; h < 3; ++h) {
        expectedIn[QDateTime::fromSecsSinceEpoch(m_known.hours[h]).date()] +=
            double(m_known.firefoxIn(h));
    }
    double sum = 0;
    for (int d = 0; d < bars->dayCount(); ++d) {
        const QDate day = bars->firstDay().addDays(d);
        QCOMPARE(bars->shownBytes(day, true), expectedIn.count(day) ? expectedIn[day] : 0.0);
        sum += bars->shownBytes(day, true);
    }
    QCOMPARE(sum, double(Known::kFirefoxIn));
    const QString description = bars->accessibleDescription();
    QVERIFY2(description.startsWith(
                 QStringLiteral("Over 30 days: received %1, sent %2. The busiest day: ")
                     .arg(formatBytes(Known::kFirefoxIn), formatBytes(Known::kFirefoxOut))),
             qPrintable(description));
    // Curl selected: its own numbers (and the reload keeps the selection).
    m_page->totalsTable()->selectRow(1);
    QVERIFY(m_page->loader()->waitIdle());
    QCOMPARE(detail->application(), QStringLiteral("curl"));
    QCOMPARE(hosts->rowCount(), 1);
    m_page->refresh();
    QVERIFY(m_page->loader()->waitIdle());
    QCOMPARE(detail->application(), QStringLiteral("curl"));
    QCOMPARE(m_page->totalsTable()->selectionModel()->selectedRows().size(), 1);
}

void HistoryPageTest::exportFromThePage() {
    load(HistoryPreset::Week);
    m_page->totalsTable()->sortByColumn(HistoryTotalsModel::ColName, Qt::AscendingOrder);
    const QString path = m_dir.filePath(QStringLiteral("page.csv"));
    QCOMPARE(m_page->exportReport(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(QStringLiteral("curl,")));  // sorted by name, as shown
    QCOMPARE(lines[2].section(QLatin1Char(','), 3, 3).toULongLong(), Known::kFirefoxIn);
    QSignalSpy problem(m_page.get(), &HistoryPage::problem);
    const QString bad = m_dir.filePath(QStringLiteral("missing/page.csv"));
    QVERIFY(!m_page->exportReport(bad).isEmpty());
    QCOMPARE(problem.size(), 1);
}

void HistoryPageTest::missingDatabaseSaysWhereItWillBe() {
    const QString missing = m_dir.filePath(QStringLiteral("not-yet.sqlite"));
    m_page->setDatabase(missing);
    m_page->show();
    m_page->refresh();
    QCOMPARE(m_page->messageText(), QStringLiteral("Loading…"));
    QVERIFY(m_page->loader()->waitIdle());
    QVERIFY2(m_page->messageText().startsWith(
                 QStringLiteral("No history yet: live captures are recorded into ") + missing),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_page->totalsModel()->rowCount(), 0);
    QVERIFY(!m_page->exportAction()->isEnabled());
}

void HistoryPageTest::damagedDatabaseSaysSo() {
    load(HistoryPreset::Week);
    QCOMPARE(m_page->totalsModel()->rowCount(), 2);
    const QString junk = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 4096; ++i) {
        file.write(QByteArray::number(i * 2654435761u, 16));
    }
    file.close();
    m_page->setDatabase(junk);
    m_page->refresh();
    QVERIFY(m_page->loader()->waitIdle());
    QVERIFY2(m_page->messageText().contains(QStringLiteral(" is damaged")),
             qPrintable(m_page->messageText()));
    QCOMPARE(m_page->totalsModel()->rowCount(), 0);  // nothing of the other database stays
    QCOMPARE(m_page->chart()->groupCount(), 0);
}

void HistoryPageTest::pageInTheMainWindow() {
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), int(MainWindow::PageHistory));
    QVERIFY(window.historyPage()->isVisible());
    bool inFileMenu = false;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() &&
            menu->menu()->actions().contains(window.historyPage()->exportAction())) {
            inFileMenu = menu->text() == MainWindow::tr("&File");
        }
    }
    QVERIFY(inFileMenu);
}

// The GUI thread's cost of one chart update: 30 days by day (the "Last 30 days" preset) and, as
// a stress, 30 days by hour (720 buckets), each with 8 groups and "Other". The median of 9
// runs is printed (docs/benchmarks.md); the bound only catches a gross regression.
void HistoryPageTest::chartUpdateTime() {
    HistoryChart chart;
    chart.resize(1100, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (auto [granularity, buckets] :
         {std::pair{history::Granularity::Day, 30}, std::pair{history::Granularity::Hour, 168},
          std::pair{history::Granularity::Minute, 360}}) {
        history::Series series;
        series.granularity = granularity;
        const int64_t step = granularity == history::Granularity::Day    ? 24 * kHour
                             : granularity == history::Granularity::Hour ? kHour
                                                                         : 60;
        for (int b = 0; b < buckets; ++b) {
            series.buckets.push_back(m_known.hours[0] - int64_t(buckets - b) * step);
        }
        for (int k = 0; k < 9; ++k) {
            history::TotalRow key;
            key.key = k == 8 ? "other" : "app" + std::to_string(k);
            key.label = key.key;
            series.keys.push_back(key);
            std::vector<history::Usage> values;
            for (int b = 0; b < buckets; ++b) {
                const uint64_t bytes = uint64_t((b * 7919 + k * 104729) % 1000000);
                values.push_back({bytes, bytes / 5, bytes / 1000, bytes / 5000});
            }
            series.values.push_back(values);
        }
        std::vector<qint64> times;
        for (int run = 0; run < 9; ++run) {
            QElapsedTimer timer;
            timer.start();
            chart.setSeries(series, Dimension::Application);
            chart.repaint();
            times.push_back(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        const double ms = double(times[times.size() / 2]) / 1e6;
        qInfo("History chart update, %d buckets x 9 groups: %.2f ms (median of 9)", buckets, ms);
        QVERIFY2(ms < 100, qPrintable(QString::number(ms)));
    }
}

QTEST_MAIN(HistoryPageTest)
#include "history_page_test.moc"
