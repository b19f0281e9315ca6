// The compact window, offscreen: fed synthetic live snapshots, its rate labels, chart and top
// three applications show what they carry; a file shows no rates; toggle() swaps it with the
// main window; a drag moves it and its place is kept across instances; attach() puts its
// action in the main window's View menu.
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ui/compact/compact_window.h"
#include "ui/compact/mini_chart.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/settings/settings.h"
#include "ui/settings/startup_settings.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

constexpr int64_t kSecond = 1'000'000'000;

struct App {
    const char* name;
    uint64_t intervalIn;
    uint64_t intervalOut;
    uint64_t total;
    bool hidden = false;
};

// One live tick of `seconds` with the given traffic and applications (topApplications in the
// engine's order: largest total first).
SnapshotPtr liveTick(uint64_t sequence, uint64_t in, uint64_t out, const std::vector<App>& apps,
                     int64_t seconds = 1) {
    auto s = std::make_shared<EngineSnapshot>();
    s->sequence = sequence;
    s->tickNs = kSecond;
    s->intervalNs = seconds * kSecond;
    s->timeNs = int64_t(sequence) * kSecond;
    s->state = EngineState::Running;
    s->intervalTraffic.bytesIn = in;
    s->intervalTraffic.bytesOut = out;
    TickSample sample;
    sample.startNs = s->timeNs - kSecond;
    sample.traffic.bytesIn = in;
    sample.traffic.bytesOut = out;
    s->samples.push_back(sample);
    auto table = std::make_shared<std::vector<Application>>();
    for (const App& a : apps) {
        Application app;
        app.id = uint32_t(table->size() + 1);
        app.name = a.name;
        app.path = std::string("/usr/bin/") + a.name;
        app.user = "alice";
        app.ownerHidden = a.hidden;
        app.pids = {100 + app.id};
        table->push_back(app);
        ApplicationStat stat;
        stat.appId = app.id;
        stat.interval.bytesIn = a.intervalIn;
        stat.interval.bytesOut = a.intervalOut;
        stat.counters.bytesIn = a.total;
        s->topApplications.push_back(stat);
    }
    std::sort(s->topApplications.begin(), s->topApplications.end(),
              [](const ApplicationStat& a, const ApplicationStat& b) {
                  return a.counters.bytes() > b.counters.bytes();
              });
    s->applications = table;
    return s;
}

void sendMouse(QWidget* w, QEvent::Type type, QPoint local, Qt::MouseButtons buttons) {
    QMouseEvent event(type, QPointF(local), QPointF(w->mapToGlobal(local)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

}  // namespace

class CompactWindowTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ratesAndTopThreeBusiestNow();
    void bitsFollowTheOverviewUnit();
    void chartKeepsTheLastMinute();
    void chartDrawsTheNewestRateAtTheRightEdge();
    void fileShowsNoRates();
    void toggleSwapsWithTheMainWindow();
    void dragMovesAndThePlaceIsKept();
    void viewMenuToggles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void CompactWindowTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SettingsStore::setLocation(m_dir->filePath("flowscope.conf"));
}

void CompactWindowTest::cleanup() {
    SettingsStore::setLocation({});
    m_dir.reset();
}

void CompactWindowTest::ratesAndTopThreeBusiestNow() {
    CompactWindow compact(nullptr);
    QCOMPARE(compact.incomingText(), QStringLiteral("—"));
    QCOMPARE(compact.applicationTexts(), QStringList());
    QCOMPARE(compact.sourceText(), QStringLiteral("Not capturing"));
    // Over two seconds: 3 MB in and 500 kB out make 1.5 MB/s and 250 kB/s.
    compact.applySnapshot(liveTick(1, 3'000'000, 500'000,
                                   {{"sshd", 0, 0, 90'000'000},
                                    {"firefox", 1'800'000, 200'000, 5'000'000},
                                    {"curl", 20'000, 0, 40'000},
                                    {"python3", 400'000, 200'000, 1'000'000},
                                    {"", 10'000, 0, 10'000, true}},
                                   2),
                          true);
    QCOMPARE(compact.incomingText(), QStringLiteral("1.5 MB/s"));
    QCOMPARE(compact.outgoingText(), QStringLiteral("250 kB/s"));
    QCOMPARE(compact.applicationTexts(),
             (QStringList{"firefox\t1.0 MB/s", "python3\t300 kB/s", "curl\t10.0 kB/s"}));
    compact.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compact));
    auto* first = compact.findChild<QLabel*>("compactApplication0");
    QVERIFY(first && first->isVisible());
    QCOMPARE(first->text(), QStringLiteral("firefox"));
    QVERIFY(first->toolTip().contains("/usr/bin/firefox"));
    // All quiet now: the largest so far lead, at 0 B/s; fewer than three applications.
    compact.applySnapshot(liveTick(2, 0, 0, {{"sshd", 0, 0, 90'000'000}, {"curl", 0, 0, 40'000}}),
                          true);
    QCOMPARE(compact.incomingText(), QStringLiteral("0 B/s"));
    QCOMPARE(compact.applicationTexts(), (QStringList{"sshd\t0 B/s", "curl\t0 B/s"}));
    QVERIFY(!compact.findChild<QLabel*>("compactApplication2")->isVisible());
    // Another user's program.
    compact.applySnapshot(liveTick(3, 0, 0, {{"", 1000, 0, 1000, true}}), true);
    QCOMPARE(compact.applicationTexts(), (QStringList{"hidden (user alice)\t1.0 kB/s"}));
}

void CompactWindowTest::bitsFollowTheOverviewUnit() {
    settings::overviewUnit.setValue(int(RateUnit::Bits));
    CompactWindow compact(nullptr);
    compact.applySnapshot(liveTick(1, 125'000, 0, {{"curl", 125'000, 0, 125'000}}), true);
    QCOMPARE(compact.incomingText(), QStringLiteral("1.0 Mbit/s"));
    QCOMPARE(compact.applicationTexts(), (QStringList{"curl\t1.0 Mbit/s"}));
    settings::overviewUnit.setValue(int(RateUnit::Packets));  // applications have no packets
    compact.applySnapshot(liveTick(2, 125'000, 0, {}), true);
    QCOMPARE(compact.incomingText(), QStringLiteral("125 kB/s"));
}

void CompactWindowTest::chartKeepsTheLastMinute() {
    CompactWindow compact(nullptr);
    for (uint64_t i = 1; i <= 75; ++i) {
        compact.applySnapshot(liveTick(i, i * 1000, 10, {}), true);
    }
    const auto& rates = compact.chart()->rates();
    QCOMPARE(rates.size(), size_t(MiniChart::kSeconds));
    QCOMPARE(rates.front().in, 16000.0);  // ticks 16 .. 75
    QCOMPARE(rates.back().in, 75000.0);
    QCOMPARE(rates.back().out, 10.0);
    QCOMPARE(compact.chart()->scaleMax(), 100000.0);
    compact.chart()->clear();
    QVERIFY(compact.chart()->rates().empty());
}

void CompactWindowTest::chartDrawsTheNewestRateAtTheRightEdge() {
    MiniChart chart;
    chart.resize(240, 64);
    std::vector<TickSample> samples(MiniChart::kSeconds);
    samples.back().traffic.bytesIn = 50'000;  // quiet, then 50 kB/s in the newest second
    chart.addSamples(samples, kSecond);
    QCOMPARE(chart.scaleMax(), 50'000.0);
    const QImage image = chart.grab().toImage();
    // Rows with the incoming line's colour in a column near the right edge, and near the left.
    auto blueRows = [&image](int x) {
        QList<int> rows;
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > 150 && c.red() < 120) {
                rows << y;
            }
        }
        return rows;
    };
    int top = image.height();
    for (int x = image.width() - 4; x < image.width(); ++x) {
        const QList<int> rows = blueRows(x);
        top = rows.isEmpty() ? top : std::min(top, rows.first());
    }
    QVERIFY2(top < 24, qPrintable(QString::number(top)));  // the scale's top is 14 px down
    // Left: quiet, both lines lie on the bottom, the outgoing one (drawn last) on top; no
    // incoming line above it (below the scale's label in the top corner).
    QList<int> left = blueRows(20);
    left.removeIf([](int y) { return y < 20; });
    QVERIFY2(left.isEmpty(), qPrintable(QString::number(left.value(0))));
    const QColor bottom = image.pixelColor(20, image.height() - 1);
    QVERIFY2(bottom.red() > 200 && bottom.blue() < 100, qPrintable(bottom.name()));
}

void CompactWindowTest::fileShowsNoRates() {
    CompactWindow compact(nullptr);
    compact.applySnapshot(liveTick(1, 5000, 5000, {{"curl", 5000, 0, 5000}}), true);
    QCOMPARE(compact.incomingText(), QStringLiteral("5.0 kB/s"));
    compact.applySnapshot(liveTick(2, 5000, 5000, {{"curl", 5000, 0, 5000}}), false);
    QCOMPARE(compact.incomingText(), QStringLiteral("—"));
    QCOMPARE(compact.outgoingText(), QStringLiteral("—"));
    QCOMPARE(compact.applicationTexts(), QStringList());
    QCOMPARE(compact.chart()->rates().size(), size_t(1));  // file ticks are not live rates
}

void CompactWindowTest::toggleSwapsWithTheMainWindow() {
    QWidget main;
    main.show();
    CompactWindow compact(nullptr, &main);
    QVERIFY(compact.windowFlags() & Qt::WindowStaysOnTopHint);
    QVERIFY(compact.windowFlags() & Qt::FramelessWindowHint);
    QSignalSpy shown(&compact, &CompactWindow::shownChanged);
    compact.toggle();
    QVERIFY(compact.isVisible());
    QVERIFY(!main.isVisible());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.last().at(0).toBool(), true);
    compact.toggle();
    QVERIFY(!compact.isVisible());
    QVERIFY(main.isVisible());
    QCOMPARE(shown.last().at(0).toBool(), false);
    // A double-click goes back to the main window too.
    compact.toggle();
    QVERIFY(QTest::qWaitForWindowExposed(&compact));
    QTest::mouseDClick(&compact, Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
    QVERIFY(!compact.isVisible());
    QVERIFY(main.isVisible());
}

void CompactWindowTest::dragMovesAndThePlaceIsKept() {
    QPoint moved;
    {
        CompactWindow compact(nullptr);
        compact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compact));
        compact.move(100, 120);
        const QPoint before = compact.pos();
        QCOMPARE(before, QPoint(100, 120));
        const QPoint grip(30, 30);
        sendMouse(&compact, QEvent::MouseButtonPress, grip, Qt::LeftButton);
        sendMouse(&compact, QEvent::MouseMove, grip + QPoint(2, 1), Qt::LeftButton);
        QCOMPARE(compact.pos(), before);  // within the drag distance: a click, not a drag
        sendMouse(&compact, QEvent::MouseMove, grip + QPoint(50, 30), Qt::LeftButton);
        // mapToGlobal follows the window: the second move is relative to the new place.
        sendMouse(&compact, QEvent::MouseButtonRelease, grip, Qt::NoButton);
        QCOMPARE(compact.pos(), before + QPoint(50, 30));
        moved = compact.pos();
        const QByteArray saved = settings::compactGeometry.value();
        QTRY_VERIFY(settings::compactGeometry.value() != saved);  // once it rests
    }
    CompactWindow again(nullptr);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.pos(), moved);
}

void CompactWindowTest::viewMenuToggles() {
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    CompactWindow* compact = CompactWindow::attach(&window);
    QPointer<CompactWindow> guard(compact);
    QMenu* view = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->text() == MainWindow::tr("&View")) {
            view = a->menu();
        }
    }
    QVERIFY(view);
    const QList<QAction*> items = view->actions();
    auto* action = window.findChild<QAction*>("compactWindowAction");
    QVERIFY(action);
    const qsizetype at = items.indexOf(action);
    QVERIFY(at > 0);
    QVERIFY(items.at(at + 1)->isSeparator());
    QCOMPARE(items.at(at + 2)->objectName(), QStringLiteral("settingsAction"));
    QCOMPARE(action->shortcut(), QKeySequence("Ctrl+Shift+M"));
    action->trigger();
    QVERIFY(compact->isVisible());
    QVERIFY(action->isChecked());
    QVERIFY(!window.isVisible());
    compact->toggle();  // as the tray's compactToggled() does
    QVERIFY(!compact->isVisible());
    QVERIFY(!action->isChecked());
    QVERIFY(window.isVisible());
    QVERIFY(guard);
}

QTEST_MAIN(CompactWindowTest)
#include "compact_window_test.moc"
