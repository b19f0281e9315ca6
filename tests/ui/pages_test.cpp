// The Start and Overview pages, offscreen: TopListModel under QAbstractItemModelTester, the
// Overview page fed by a real EngineBridge reading a capture file, and the Start page's
// adapter list, filter validation and recent files.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <algorithm>
#include <vector>

#include "core/capture/bpf_filter.h"
#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/models/adapter_model.h"
#include "ui/models/top_list_model.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/start_page.h"
#include "ui/settings/settings.h"
#include "ui/shell/language.h"
#include "ui/widgets/sparkline_delegate.h"
#include "ui/widgets/timeline.h"
#include "ui/widgets/traffic_chart.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

QVector<TopListModel::Entry> entries(int count, uint64_t scale) {
    QVector<TopListModel::Entry> list;
    for (int i = 0; i < count; ++i) {
        TopListModel::Entry e;
        e.name = e.key = QStringLiteral("10.0.0.%1").arg(i + 1);
        e.bytes = scale * uint64_t(count - i);
        e.bytesIn = e.bytes / 2;
        e.bytesOut = e.bytes - e.bytesIn;
        list.append(e);
    }
    return list;
}

void waitFinished(EngineBridge& bridge) {
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(bridge.latest() && bridge.latest()->state == EngineState::Finished,
                             30000);
}

}  // namespace

class PagesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void topListModelPassesTester();
    void overviewShowsFile();
    void overviewServiceClick();
    void sparklineVisibleWhenIdle();
    void startPageListsAdapters();
    void startPageValidatesFilter();
    void startPageOpensFileAndRemembersIt();

private:
    QTemporaryDir m_settingsDir;
};

void PagesTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName("FlowscopeTest");
    QCoreApplication::setApplicationName("ui_pages_tests");
    SettingsStore::setLocation(m_settingsDir.filePath("flowscope.conf"));
    SettingsStore::clear();
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));  // as the app: plurals
}

void PagesTest::topListModelPassesTester() {
    TopListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(entries(3, 100), 1000);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, TopListModel::ColShare), TopListModel::ShareRole).toDouble(),
             0.3);
    QCOMPARE(model.data(model.index(0, TopListModel::ColBytes)).toString(), formatBytes(300));
    model.setEntries(entries(10, 1000), 0);  // grows; shares relative to the sum
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(
        model.data(model.index(1, TopListModel::ColBytes), TopListModel::RawRole).toULongLong(),
        9000ULL);
    model.setEntries(entries(10, 1000), 0);  // unchanged
    model.setEntries(entries(4, 7), 28);     // shrinks
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entry(0).bytes, 28ULL);
    model.setEntries({}, 0);
    QCOMPARE(model.rowCount(), 0);
    model.setEntries(entries(2, 5), 10);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void PagesTest::overviewShowsFile() {
    EngineBridge bridge;
    OverviewPage page(&bridge);
    page.resize(1100, 800);
    page.show();
    std::vector<TickSample> samples;
    int64_t tickNs = 0;
    connect(&bridge, &EngineBridge::snapshotApplied, &page, [&](const SnapshotPtr& s) {
        samples.insert(samples.end(), s->samples.begin(), s->samples.end());
        tickNs = s->tickNs;
    });
    QCOMPARE(bridge.openFile(kExample2), QString());
    waitFinished(bridge);
    const SnapshotPtr snapshot = bridge.latest();
    QCOMPARE(snapshot->totals.packets, 4709ULL);

    auto* packets = page.findChild<QLabel*>("totalPackets");
    QVERIFY(packets);
    QCOMPARE(packets->text(), formatCount(4709));
    QCOMPARE(page.findChild<QLabel*>("totalBytesIn")->text(),
             formatBytes(snapshot->totals.direction.bytesIn));
    QCOMPARE(page.findChild<QLabel*>("totalBytesOut")->text(),
             formatBytes(snapshot->totals.direction.bytesOut));
    QCOMPARE(page.findChild<QLabel*>("totalFlows")->text(), formatCount(snapshot->totals.flows));
    QCOMPARE(page.findChild<QLabel*>("totalDropped")->text(), formatCount(0));
    QVERIFY(!page.findChild<QLabel*>("totalDuration")->text().isEmpty());

    // The top host is the one with the most bytes.
    QVERIFY(!snapshot->topHosts.empty());
    const auto top = std::max_element(snapshot->topHosts.begin(), snapshot->topHosts.end(),
                                      [](const HostStat& a, const HostStat& b) {
                                          return a.counters.bytes() < b.counters.bytes();
                                      });
    const QString topAddress = QString::fromStdString(top->address.toString());
    auto* hostsView = page.findChild<QTableView*>("topHosts");
    QVERIFY(hostsView);
    QCOMPARE(
        hostsView->model()->index(0, TopListModel::ColName).data(TopListModel::KeyRole).toString(),
        topAddress);
    // Shown with its host name when one was learned: "name (address)".
    QVERIFY(
        hostsView->model()->index(0, TopListModel::ColName).data().toString().contains(topAddress));
    QCOMPARE(hostsView->model()->rowCount(),
             int(std::min<size_t>(snapshot->topHosts.size(), OverviewPage::kTopRows)));
    QVERIFY(page.findChild<QTableView*>("topServices")->model()->rowCount() > 0);

    // One point per sample and series, plus a zero at each edge of a gap (ticks without
    // traffic are not sampled; the line drops to 0 there instead of bridging the gap).
    QCOMPARE(samples.size(), size_t(52));
    int gapPoints = 0;
    for (size_t i = 1; i < samples.size(); ++i) {
        const int64_t step = samples[i].startNs - samples[i - 1].startNs;
        gapPoints += step > tickNs ? (step > 2 * tickNs ? 2 : 1) : 0;
    }
    auto* chart = page.findChild<TrafficChart*>("trafficChart");
    QVERIFY(chart);
    QCOMPARE(chart->sampleCount(), 52);
    // Redraws are coalesced for files: the last one follows within kFileRedrawMs.
    QTRY_COMPARE(chart->incomingSeries()->count(), 52 + gapPoints);
    QVERIFY(!chart->redrawPending());
    QCOMPARE(chart->outgoingSeries()->count(), 52 + gapPoints);
    int zeros = 0;
    for (const QPointF& p : chart->incomingSeries()->points()) {
        zeros += p.y() == 0 ? 1 : 0;
    }
    QVERIFY(zeros >= gapPoints);
    const double lastX = chart->incomingSeries()->points().constLast().x();
    QCOMPARE(lastX, chart->timeline().xOf(samples.back().startNs));

    // The file spans 4.5 years with traffic in two stretches of under a minute: the gap
    // between them is a narrow marked band, each stretch gets its share of the width.
    const Timeline& timeline = chart->timeline();
    QVERIFY(timeline.hasBreaks());
    QCOMPARE(timeline.segments().size(), size_t(2));
    QCOMPARE(timeline.gaps().size(), size_t(1));
    const TimelineGap& gap = timeline.gaps().front();
    QVERIFY(gap.toNs - gap.fromNs > 4 * 365LL * 86'400 * 1'000'000'000);
    QVERIFY((gap.x1 - gap.x0) < 0.2 * timeline.width());
    QVERIFY((gap.x1 - gap.x0) > 0.02 * timeline.width());
    QVERIFY(chart->breakAxis());
    QVERIFY(chart->breakAxis()->count() >= 2);  // labels at both stretches at least
    QCOMPARE(chart->gapLabels(), QStringList{QStringLiteral("no traffic for 4.5 years")});
    // Every sample lies in a stretch, in time order.
    double previousX = -1;
    for (const TickSample& sample : samples) {
        const double x = timeline.xOf(sample.startNs);
        QVERIFY(x > previousX);
        QVERIFY(x < gap.x0 || x >= gap.x1);
        QCOMPARE(timeline.timeAt(x), sample.startNs);
        previousX = x;
    }

    // Clicking the top host asks for it to be inspected.
    QSignalSpy hostSpy(&page, &OverviewPage::hostActivated);
    const QRect cell = hostsView->visualRect(hostsView->model()->index(0, 0));
    QTest::mouseClick(hostsView->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(hostSpy.count(), 1);
    QCOMPARE(hostSpy.at(0).at(0).toString(), topAddress);

    // Changing the unit keeps the points (redrawn at once).
    page.findChild<QComboBox*>("unitSelector")->setCurrentIndex(1);
    QCOMPARE(chart->unit(), RateUnit::Bits);
    QCOMPARE(chart->incomingSeries()->count(), 52 + gapPoints);
}

void PagesTest::overviewServiceClick() {
    EngineBridge bridge;
    OverviewPage page(&bridge);
    page.resize(1100, 800);
    page.show();
    QCOMPARE(bridge.openFile(kExample2), QString());
    waitFinished(bridge);
    auto* view = page.findChild<QTableView*>("topServices");
    QVERIFY(view && view->model()->rowCount() > 0);
    const auto& first = bridge.latest()->topServices.front();
    QSignalSpy spy(&page, &OverviewPage::serviceActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), int(first.service.protocol));
    QCOMPARE(spy.at(0).at(1).toInt(), int(first.service.port));
    // The keyboard's way: Enter on the current row.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).toInt(), int(first.service.port));
}

// Pixels close to the sparkline's colour: what the user sees of it.
static int coloredPixels(const QList<double>& values) {
    QImage image(120, 28, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QColor color(0x2a, 0x82, 0xda);
    {
        QPainter painter(&image);
        paintSparkline(painter, QRectF(image.rect()), values, 60, color);
    }
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c(image.pixel(x, y));
            if (c.hue() >= 0 && std::abs(c.hue() - color.hue()) < 12 && c.saturation() > 60) {
                ++count;
            }
        }
    }
    return count;
}

// An idle adapter's sparkline (all readings 0), and one before its first reading, still draw
// a line the user can see; traffic draws more.
void PagesTest::sparklineVisibleWhenIdle() {
    QList<double> values;
    const int waiting = coloredPixels(values);
    QVERIFY2(waiting >= 20, qPrintable(QString::number(waiting)));
    for (int i = 0; i < 10; ++i) {
        values.append(0);
    }
    const int idle = coloredPixels(values);
    // A solid line under the readings (10 of 60: a sixth of the width, two pixels high).
    QVERIFY2(idle >= 30, qPrintable(QString::number(idle)));
    for (int i = 0; i < 10; ++i) {
        values.append(i % 3 == 0 ? 5000 : 100);
    }
    QVERIFY(coloredPixels(values) > idle);
}

// In a grabbed cell, the pixels drawn over its background: either lighter than it (the
// selection's text colour on a selected row) or of the sparkline's hue (any other row).
static int drawnPixels(const QImage& cell, bool lighter) {
    const QColor background(cell.pixel(1, 1));  // the line stays 3 px clear of the top
    const QColor spark = SparklineDelegate::kColor;
    int count = 0;
    for (int y = 0; y < cell.height(); ++y) {
        for (int x = 0; x < cell.width(); ++x) {
            const QColor c(cell.pixel(x, y));
            if (lighter) {
                count += c.lightness() > background.lightness() + 40;
            } else {
                count += c.saturation() > 60 && std::abs(c.hue() - spark.hue()) < 12 &&
                         c.lightness() < background.lightness() - 40;
            }
        }
    }
    return count;
}

void PagesTest::startPageListsAdapters() {
    EngineBridge bridge;
    StartPage page(&bridge);
    page.resize(1000, 700);
    page.show();
    auto* list = page.findChild<QTreeView*>("adapterList");
    QVERIFY(list && list->model() == page.adapters());
    bool foundLo = false;
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        foundLo |= list->model()->index(i, 0).data(Qt::UserRole + 1).toString() == "lo";
    }
    QVERIFY(foundLo);
    QVERIFY(!page.selectedAdapter().isEmpty());
    // The sparklines are fed once a second from the adapters' counters.
    AdapterModel* model = page.adapters();
    QTRY_VERIFY_WITH_TIMEOUT(!model->history("lo").isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page.activitySamples() >= 1, 5000);
    // libpcap's "any" adapter has no counters of its own: it shows the sum of all.
    if (model->rowOf("any") >= 0) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->history("any").isEmpty(), 5000);
    }
    // The selected adapter's sparkline is drawn in the selection's text colour; another
    // adapter's in the sparkline colour.
    const QString selected = page.selectedAdapter();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto sparkPixels = [&](const QString& adapter, bool selectedColour) {
        const QModelIndex cell = model->index(model->rowOf(adapter), AdapterModel::ColActivity);
        return drawnPixels(list->viewport()->grab(list->visualRect(cell)).toImage(),
                           selectedColour);
    };
    QVERIFY2(sparkPixels(selected, true) >= 20, qPrintable(selected));
    QCOMPARE(sparkPixels(selected, false), 0);
    if (selected != QStringLiteral("lo")) {
        QVERIFY(sparkPixels("lo", false) >= 20);
        QCOMPARE(sparkPixels("lo", true), 0);
    }
}

void PagesTest::startPageValidatesFilter() {
    EngineBridge bridge;
    StartPage page(&bridge);
    page.show();
    auto* edit = page.findChild<QLineEdit*>("filterEdit");
    auto* status = page.findChild<QLabel*>("filterStatus");
    auto* start = page.findChild<QPushButton*>("startButton");
    QVERIFY(edit && status && start);

    edit->setText("tcp port 80");
    QVERIFY(page.filterIsValid());
    QCOMPARE(status->text(), QStringLiteral("valid"));
    QVERIFY(start->isEnabled());

    edit->setText("tcp port banana");
    QVERIFY(!page.filterIsValid());
    QVERIFY(!start->isEnabled());
    const Status reason = BpfFilter::validate("tcp port banana", 1);
    QVERIFY(!reason.ok());
    QCOMPARE(status->text(), QString::fromStdString(reason.error().message));
    QVERIFY(status->text().contains("banana"));

    edit->clear();
    QVERIFY(page.filterIsValid());
    QVERIFY(start->isEnabled());
}

void PagesTest::startPageOpensFileAndRemembersIt() {
    EngineBridge bridge;
    StartPage page(&bridge);
    page.show();
    QSignalSpy started(&page, &StartPage::captureStarted);
    page.openFile(QStringLiteral("/nonexistent/missing.pcap"));
    QCOMPARE(started.count(), 0);
    QVERIFY(!page.errorText().isEmpty());
    QVERIFY(page.findChild<QLabel*>("errorLabel")->isVisible());

    page.openFile(kExample2);
    QCOMPARE(started.count(), 1);
    QVERIFY(page.errorText().isEmpty());
    auto* recent = page.findChild<QListWidget*>("recentFiles");
    QVERIFY(recent);
    QCOMPARE(recent->item(0)->data(Qt::UserRole + 1).toString(), kExample2);
    QCOMPARE(settings::recentFiles.value().value(0), kExample2);
    waitFinished(bridge);

    // Clicking a recent file opens it again.
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {},
                      recent->visualItemRect(recent->item(0)).center());
    QCOMPARE(started.count(), 2);
    QCOMPARE(settings::recentFiles.value().size(), 1);
    waitFinished(bridge);
    // And Enter on the current one (keyboard).
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    QCOMPARE(started.count(), 3);
    waitFinished(bridge);
}

QTEST_MAIN(PagesTest)
#include "pages_test.moc"
