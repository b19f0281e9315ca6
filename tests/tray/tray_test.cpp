// The tray's parts without a tray (offscreen): the tooltip from synthetic snapshots, the
// state's icon variants, the menu and its adapter order, and the icon and tooltip following
// the bridge. The close policy is tray_close_test.cpp's, the real tray (Xvfb + trayer)
// tray_x11_test.py's.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include "core/capture/adapter_stats.h"
#include "core/capture/adapters.h"
#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/main_window.h"
#include "ui/models/adapter_model.h"
#include "ui/settings/settings.h"
#include "ui/shell/language.h"
#include "ui/tray/tray_adapters.h"
#include "ui/tray/tray_controller.h"
#include "ui/tray/tray_icon.h"
#include "ui/tray/tray_status.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

QTemporaryDir* g_root = nullptr;

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

Application app(uint32_t id, const char* name) {
    Application a;
    a.id = id;
    a.name = name;
    a.path = std::string("/usr/bin/") + name;
    return a;
}

ApplicationStat stat(uint32_t appId, uint64_t totalBytes, uint64_t intervalBytes) {
    ApplicationStat s;
    s.appId = appId;
    s.counters.bytesIn = totalBytes;
    s.interval.bytesIn = intervalBytes;
    return s;
}

// One second of live traffic: 1.2 MB in, 34 kB out; firefox has the most bytes of all time,
// curl the most in this tick; the third application is another user's.
EngineSnapshot liveSnapshot() {
    EngineSnapshot s;
    s.sequence = 7;
    s.state = EngineState::Running;
    s.intervalNs = 1'000'000'000;
    s.intervalTraffic.bytesIn = 1'200'000;
    s.intervalTraffic.bytesOut = 34'000;
    Application hidden;
    hidden.id = 3;
    hidden.ownerHidden = true;
    hidden.user = "alice";
    s.applications = std::make_shared<const std::vector<Application>>(
        std::vector<Application>{app(1, "firefox"), app(2, "curl"), hidden});
    s.topApplications = {stat(1, 90'000'000, 200'000), stat(2, 5'000'000, 900'000),
                         stat(3, 100, 0)};
    return s;
}

// The colour of the icon's background at the left edge, between border and bars.
QColor background(const QImage& image) {
    return image.pixelColor(image.width() * 2 / 16, image.height() / 2);
}

int whitePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 240 && c.green() > 240 && c.blue() > 240 ? 1 : 0;
        }
    }
    return count;
}

QStringList actionNames(const QMenu* menu) {
    QStringList names;
    for (QAction* action : menu->actions()) {
        names << (action->isSeparator() ? QStringLiteral("-")
                  : action->menu()      ? action->menu()->objectName()
                                        : action->objectName());
    }
    return names;
}

AdapterInfo adapter(const char* name, const char* description = "") {
    AdapterInfo info;
    info.name = name;
    info.description = description;
    info.up = true;
    info.running = true;
    return info;
}

AdapterCounters counters(const char* name, uint64_t rx, uint64_t tx) {
    AdapterCounters c;
    c.name = name;
    c.rxBytes = rx;
    c.txBytes = tx;
    return c;
}

// Three adapters and "any"; over two readings wlan0 moved 600 kB, lo 3 kB, eth0 nothing.
void fillAdapters(AdapterModel* model) {
    model->setAdapters(
        {adapter("eth0", "Ethernet"), adapter("lo"), adapter("wlan0"), adapter("any")},
        QStringLiteral("eth0"));
    model->addReading(
        {counters("eth0", 1000, 1000), counters("lo", 50, 50), counters("wlan0", 7000, 100)});
    model->addReading({counters("eth0", 1000, 1000), counters("lo", 1550, 1550),
                       counters("wlan0", 507'000, 100'100)});
}

}  // namespace

class TrayTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_settingsFile = g_root->filePath(QStringLiteral("settings-%1.conf").arg(++m_run));
        SettingsStore::setLocation(m_settingsFile);
    }
    void cleanup() { SettingsStore::setLocation({}); }

    void offscreenHasNoTray() {
        // Everything below assumes what the offscreen platform says.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }

    void ratesAndTopApplicationOfTheTick() {
        const TrayRates rates = trayRates(liveSnapshot());
        QCOMPARE(rates.inPerSecond, 1'200'000.0);
        QCOMPARE(rates.outPerSecond, 34'000.0);
        // curl, not firefox: the busiest of this tick, not of all time.
        QCOMPARE(rates.topApplication, QStringLiteral("curl"));
        QCOMPARE(rates.topPerSecond, 900'000.0);

        EngineSnapshot half = liveSnapshot();
        half.intervalNs = 500'000'000;  // rates are per second, whatever the interval
        QCOMPARE(trayRates(half).inPerSecond, 2'400'000.0);

        EngineSnapshot hidden = liveSnapshot();
        hidden.topApplications = {stat(3, 100, 5000)};
        QCOMPARE(trayRates(hidden).topApplication, QStringLiteral("hidden (user alice)"));

        EngineSnapshot quiet = liveSnapshot();
        quiet.topApplications = {stat(1, 100, 0)};
        QCOMPARE(trayRates(quiet).topApplication, QString());
        quiet.intervalNs = 0;  // the first snapshot of a capture
        QCOMPARE(trayRates(quiet).inPerSecond, 0.0);
    }

    void toolTipText() {
        const EngineSnapshot s = liveSnapshot();
        QCOMPARE(trayToolTip(EngineState::Running, QStringLiteral("eth0"), &s, 0),
                 QStringLiteral("Flowscope — eth0\nIn %1 · Out %2\nTop: curl (%3)")
                     .arg(formatRate(1.2e6, RateUnit::Bytes), formatRate(34e3, RateUnit::Bytes),
                          formatRate(9e5, RateUnit::Bytes)));
        QVERIFY2(trayToolTip(EngineState::Running, QStringLiteral("eth0"), &s, 0)
                     .contains(QStringLiteral("1.2 MB/s")),
                 "the rate as the pages format it");
        QCOMPARE(trayToolTip(EngineState::Running, QStringLiteral("eth0"), nullptr, 0),
                 QStringLiteral("Flowscope — eth0\nCapturing"));
        QCOMPARE(trayToolTip(EngineState::Paused, QStringLiteral("eth0"), &s, 0),
                 QStringLiteral("Flowscope — eth0\nPaused"));
        for (EngineState state : {EngineState::Idle, EngineState::Stopped, EngineState::Finished,
                                  EngineState::Failed}) {
            QCOMPARE(trayToolTip(state, QStringLiteral("eth0"), &s, 0),
                     QStringLiteral("Flowscope\nStopped"));
        }
        QCOMPARE(trayToolTip(EngineState::Idle, {}, nullptr, 1),
                 QStringLiteral("Flowscope\nStopped\n1 unread notification"));
        QCOMPARE(trayToolTip(EngineState::Paused, QStringLiteral("lo"), nullptr, 3),
                 QStringLiteral("Flowscope — lo\nPaused\n3 unread notifications"));
    }

    void stateToIconVariant() {
        QCOMPARE(trayStateOf(EngineState::Running), TrayState::Capturing);
        QCOMPARE(trayStateOf(EngineState::Paused), TrayState::Paused);
        for (EngineState state : {EngineState::Idle, EngineState::Stopped, EngineState::Finished,
                                  EngineState::Failed}) {
            QCOMPARE(trayStateOf(state), TrayState::Stopped);
        }
        QCOMPARE(activityLevel(0), 0);
        QCOMPARE(activityLevel(-1), 0);
        QCOMPARE(activityLevel(1), 1);
        QCOMPARE(activityLevel(49'999), 1);
        QCOMPARE(activityLevel(50'000), 2);
        QCOMPARE(activityLevel(1e6), 3);
        QCOMPARE(trayVariantName({TrayState::Capturing, 2, false}), QStringLiteral("capturing-2"));
        QCOMPARE(trayVariantName({TrayState::Paused, 0, true}), QStringLiteral("paused+alert"));
        QCOMPARE(trayVariantName({TrayState::Stopped, 0, false}), QStringLiteral("stopped"));
    }

    void activityRedrawsAtMostOncePerSecond() {
        const TrayLook capturing{TrayState::Capturing, 1, false};
        const TrayLook busier{TrayState::Capturing, 3, false};
        QVERIFY(!iconNeedsRedraw(capturing, capturing, 5000));
        QVERIFY(!iconNeedsRedraw(capturing, busier, 999));
        QVERIFY(iconNeedsRedraw(capturing, busier, 1000));
        // State and alerts show at once.
        QVERIFY(iconNeedsRedraw(capturing, {TrayState::Paused, 0, false}, 10));
        QVERIFY(iconNeedsRedraw(capturing, {TrayState::Capturing, 1, true}, 10));
        QVERIFY(iconNeedsRedraw(capturing, {TrayState::Stopped, 0, false}, 0));
    }

    void iconPicturesDiffer_data() {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32}) {
            QTest::addRow("%d px", size) << size;
        }
    }
    void iconPicturesDiffer() {
        QFETCH(int, size);
        const QImage capturing = paintTrayImage({TrayState::Capturing, 0, false}, size);
        const QImage paused = paintTrayImage({TrayState::Paused, 0, false}, size);
        const QImage stopped = paintTrayImage({TrayState::Stopped, 0, false}, size);
        QCOMPARE(capturing.size(), QSize(size, size));
        QCOMPARE(capturing.pixelColor(0, 0).alpha(), 0);  // rounded corner: the panel shows
        const QColor blue = background(capturing);
        QVERIFY2(blue.blue() > blue.red() + 80, qPrintable(blue.name()));
        const QColor amber = background(paused);
        QVERIFY2(amber.red() > amber.green() && amber.green() > amber.blue() + 80,
                 qPrintable(amber.name()));
        const QColor grey = background(stopped);
        QVERIFY2(grey.red() == grey.green() && grey.green() == grey.blue(),
                 qPrintable(grey.name()));
        // Activity: each level lights more of the bars.
        int previous = whitePixels(capturing);
        for (int level = 1; level <= TrayLook::kMaxLevel; ++level) {
            const int lit = whitePixels(paintTrayImage({TrayState::Capturing, level, false}, size));
            QVERIFY2(lit > previous, qPrintable(QStringLiteral("level %1").arg(level)));
            previous = lit;
        }
        // The stopped icon shows no activity whatever the level says.
        QCOMPARE(paintTrayImage({TrayState::Stopped, 3, false}, size), stopped);
        // The alert dot is red, in the top right corner, over every state.
        for (TrayState state : {TrayState::Capturing, TrayState::Paused, TrayState::Stopped}) {
            const QImage alert = paintTrayImage({state, 1, true}, size);
            const QColor dot = alert.pixelColor(size * 12 / 16, size * 4 / 16);
            QVERIFY2(dot.red() > 200 && dot.green() < 90 && dot.blue() < 90,
                     qPrintable(dot.name()));
        }
        const QIcon icon = trayIcon({TrayState::Capturing, 1, false});
        QVERIFY(icon.availableSizes().contains(QSize(22, 22)));
    }

    void adaptersWithTrafficFirst() {
        AdapterModel model;
        fillAdapters(&model);
        const auto choices = adapterChoices(model, 1000, 5);
        QStringList names;
        for (const AdapterChoice& choice : choices) {
            names << choice.name;
        }
        // Busiest first, "any" (the sum of all) after the real ones; then those without traffic.
        QCOMPARE(names, (QStringList{"wlan0", "lo", "any", "eth0"}));
        QCOMPARE(choices[0].bytesPerSecond, 600'000.0);
        QCOMPARE(choices[1].bytesPerSecond, 3'000.0);
        QCOMPARE(choices[2].bytesPerSecond, 603'000.0);
        QCOMPARE(choices[3].label, QStringLiteral("eth0 — Ethernet"));
        QCOMPARE(choices[3].bytesPerSecond, 0.0);
        // One reading after the baseline, three seconds apart.
        QCOMPARE(adapterChoices(model, 3000, 5)[0].bytesPerSecond, 200'000.0);
    }

    void menuContents() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        TrayController tray(&bridge, &window);
        QCOMPARE(actionNames(tray.menu()),
                 (QStringList{"trayShowAction", "-", "trayPauseAction", "trayStopAction",
                              "trayAdapterMenu", "-", "trayOverviewAction",
                              "trayApplicationsAction", "trayNotificationsAction", "trayMuteMenu",
                              "trayCompactAction", "-", "trayQuitAction"}));
        auto* pause = tray.menu()->findChild<QAction*>(QStringLiteral("trayPauseAction"));
        QVERIFY(pause);
        QVERIFY(!pause->isEnabled());  // nothing to pause
        QVERIFY(!tray.menu()->findChild<QAction*>(QStringLiteral("trayStopAction"))->isEnabled());

        // The adapter submenu: traffic first, with its rate; the one captured is checked.
        fillAdapters(tray.adapterActivity()->model());
        tray.refreshAdapterMenu();
        const QList<QAction*> adapters = tray.adapterMenu()->actions();
        QCOMPARE(adapters.size(), 4);
        QCOMPARE(adapters[0]->data().toString(), QStringLiteral("wlan0"));
        QCOMPARE(
            adapters[0]->text(),
            QStringLiteral("wlan0 — %1")
                .arg(formatRate(600'000.0 / AdapterActivity::kIntervalMs * 1000, RateUnit::Bytes)));
        QCOMPARE(adapters[1]->data().toString(), QStringLiteral("lo"));
        QCOMPARE(adapters[2]->data().toString(), QStringLiteral("any"));
        QCOMPARE(adapters[3]->text(), QStringLiteral("eth0 — Ethernet"));
        for (QAction* action : adapters) {
            QVERIFY(!action->isChecked());
        }

        // Opening the menu lists the system's adapters again and names the window's state.
        auto* show = tray.menu()->findChild<QAction*>(QStringLiteral("trayShowAction"));
        QCOMPARE(show->text(), QStringLiteral("Show Window"));
        show->trigger();
        QVERIFY(window.isVisible());
        emit tray.menu()->aboutToShow();
        QCOMPARE(show->text(), QStringLiteral("Hide Window"));
        QVERIFY(!tray.adapterMenu()->actions().isEmpty());
        show->trigger();
        QVERIFY(!window.isVisible());
    }

    void menuEntriesEmitAndOpenPages() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        TrayController tray(&bridge, &window);
        QSignalSpy notifications(&tray, &TrayController::notificationsRequested);
        QSignalSpy muteFor(&tray, &TrayController::muteForRequested);
        QSignalSpy muteTomorrow(&tray, &TrayController::muteUntilTomorrowRequested);
        QSignalSpy compact(&tray, &TrayController::compactToggled);
        QSignalSpy unmute(&tray, &TrayController::unmuteRequested);
        auto trigger = [&](const char* name) {
            auto* action = tray.menu()->findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action, name);
            action->trigger();
        };
        trigger("trayMuteHourAction");
        trigger("trayMuteTomorrowAction");
        trigger("trayCompactAction");
        trigger("trayUnmuteAction");
        QCOMPARE(unmute.size(), 1);
        QCOMPARE(notifications.size(), 0);
        QCOMPARE(muteFor.size(), 1);
        QCOMPARE(muteFor.first().first().toInt(), 3600);
        QCOMPARE(muteTomorrow.size(), 1);
        QCOMPARE(compact.size(), 1);

        QVERIFY(!window.isVisible());
        trigger("trayApplicationsAction");
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentPage(), int(MainWindow::PageApplications));
        trigger("trayOverviewAction");
        QCOMPARE(window.currentPage(), int(MainWindow::PageOverview));
        window.hide();
        trigger("trayNotificationsAction");
        QCOMPARE(notifications.size(), 1);
        QVERIFY(window.isVisible());  // the page is another's; the window is the tray's
    }

    void iconAndToolTipFollowTheCapture() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        TrayController tray(&bridge, &window);
        QCOMPARE(tray.look(), (TrayLook{TrayState::Stopped, 0, false}));
        QCOMPARE(tray.toolTip(), QStringLiteral("Flowscope\nStopped"));
        QCOMPARE(tray.icon()->toolTip(), tray.toolTip());
        tray.setUnreadAlerts(2);
        QCOMPARE(tray.look(), (TrayLook{TrayState::Stopped, 0, true}));
        QCOMPARE(tray.toolTip(), QStringLiteral("Flowscope\nStopped\n2 unread notifications"));
        tray.setUnreadAlerts(0);
        QVERIFY(!tray.look().alert);

        // A capture file: its snapshots reach the tray; once read, it shows "Stopped".
        QSignalSpy applied(&bridge, &EngineBridge::snapshotApplied);
        QCOMPARE(bridge.openFile(kExample2), QString());
        QTRY_COMPARE_WITH_TIMEOUT(bridge.state(), EngineState::Finished, 20000);
        QVERIFY(applied.size() > 0);
        QCOMPARE(tray.toolTip(), QStringLiteral("Flowscope\nStopped"));
        QCOMPARE(tray.look().state, TrayState::Stopped);
    }

    void switchAdapterErrorGoesToTheWindow() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        TrayController tray(&bridge, &window);
        QVERIFY(window.bannerText().isEmpty());
        tray.switchAdapter(QStringLiteral("no-such-adapter0"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty(), 10000);
        QVERIFY2(window.bannerText().contains(QStringLiteral("no-such-adapter0")),
                 qPrintable(window.bannerText()));
    }

private:
    QString m_settingsFile;
    int m_run = 0;
};

int main(int argc, char** argv) {
    QTemporaryDir root;
    if (!root.isValid()) {
        return 1;
    }
    g_root = &root;
    QDir().mkpath(root.filePath("home"));
    // Before QApplication: no test reads or writes the settings of the user who runs it.
    qputenv("XDG_CONFIG_HOME", root.filePath("config").toUtf8());
    qputenv("HOME", root.filePath("home").toUtf8());
    QApplication app(argc, argv);
    flowscope::ui::installLanguage(app, QStringLiteral("en"));  // as the app: plural forms
    TrayTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tray_test.moc"
