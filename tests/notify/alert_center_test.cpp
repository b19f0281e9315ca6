// The delivery side of notifications without a bus: the alert list under
// QAbstractItemModelTester, the mute rules at explicit times, the webhook's JSON body, the
// Notifications page and its place in the main window. The settings live in a temporary ini
// file; desktop delivery is off except where a test says otherwise (tests/notify/
// notify_test.py drives the real notification server, the fallback and the webhook).
#include <sched.h>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <thread>

#include "core/engine/snapshot.h"
#include "core/engine/snapshot_sink.h"
#include "ui/alerts/alert_center.h"
#include "ui/alerts/desktop_notifier.h"
#include "ui/alerts/webhook_sender.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/models/alert_model.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/pages/inspect_page.h"
#include "ui/pages/notifications_page.h"
#include "ui/settings/notification_settings.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

Alert makeAlert(AlertRule rule, const std::string& subject, int64_t timeNs = 0) {
    Alert alert;
    alert.rule = rule;
    alert.subject = subject;
    alert.title = "Alert about " + subject;
    alert.body = subject + " did something.";
    alert.timeNs = timeNs;
    return alert;
}

QDateTime utc(const char* iso) {
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

}  // namespace

class AlertCenterTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init() {
        SettingsStore::setLocation(m_dir.filePath(QStringLiteral("settings.ini")));
        SettingsStore::clear();
    }

    void modelNewestFirstUnderTester() {
        AlertModel model(nullptr, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AlertModel::ColumnCount));
        QCOMPARE(model.headerData(AlertModel::ColumnRule, Qt::Horizontal).toString(),
                 QStringLiteral("Rule"));
        for (int i = 1; i <= 4; ++i) {
            AlertEntry entry;
            entry.alert = makeAlert(AlertRule::Blocklist, "host" + std::to_string(i),
                                    int64_t(i) * 1'000'000'000);
            entry.muted = i == 2;
            entry.read = entry.muted;
            model.prepend(entry);
        }
        // At most 3 rows: the oldest went; the newest is the first row.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entry(0).alert.subject, std::string("host4"));
        QCOMPARE(model.entry(2).alert.subject, std::string("host2"));
        QCOMPARE(model.unread(), 2);  // host3, host4; host2 was muted
        QCOMPARE(model.index(0, AlertModel::ColumnDetails).data().toString(),
                 QStringLiteral("Alert about host4 — host4 did something."));
        QCOMPARE(model.index(0, AlertModel::ColumnRule).data().toString(),
                 QStringLiteral("Blocklisted address"));
        QCOMPARE(model.index(2, AlertModel::ColumnRule).data().toString(),
                 QStringLiteral("Blocklisted address (muted)"));
        QCOMPARE(model.index(0, 0).data(AlertModel::RuleNameRole).toString(),
                 QStringLiteral("blocklist"));
        QCOMPARE(model.index(0, 0).data(AlertModel::TimeNsRole).toLongLong(), 4'000'000'000LL);
        // The time column is the alert's capture time in the user's locale.
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(4000).toLocalTime();
        QCOMPARE(model.index(0, AlertModel::ColumnTime).data().toString(),
                 QLocale().toString(time, QLocale::ShortFormat));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        model.markAllRead();
        QCOMPARE(model.unread(), 0);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void muteForAndUntilTomorrow() {
        const QDateTime now = utc("2026-12-03T10:00:00Z");
        QVERIFY(!notifications::isMuted(now));
        notifications::muteFor(3600, now);
        QCOMPARE(settings::mutedUntil.value(), QStringLiteral("2026-12-03T11:00:00Z"));
        QVERIFY(notifications::isMuted(now.addSecs(3599)));
        QVERIFY(!notifications::isMuted(now.addSecs(3600)));
        notifications::unmute();
        QVERIFY(!notifications::isMuted(now));
        QVERIFY(settings::mutedUntil.value().isEmpty());

        // Until the next local midnight, whatever the time zone of the machine.
        const QDateTime evening(QDate(2026, 12, 3), QTime(23, 30), Qt::LocalTime);
        notifications::muteUntilTomorrow(evening);
        const QDateTime midnight(QDate(2026, 12, 4), QTime(0, 0), Qt::LocalTime);
        QCOMPARE(notifications::mutedUntil(), midnight.toUTC());
        QVERIFY(notifications::isMuted(midnight.addSecs(-1)));
        QVERIFY(!notifications::isMuted(midnight));

        // A value that is not a date-time mutes nothing.
        settings::mutedUntil.setValue(QStringLiteral("soon"));
        QVERIFY(!notifications::isMuted(now));
    }

    void mutedAlertsAreListedNotDelivered() {
        AlertCenter center;
        center.setDesktopDelivery(false);
        QSignalSpy added(&center, &AlertCenter::alertAdded);
        QSignalSpy unread(&center, &AlertCenter::unreadChanged);
        const QDateTime now = utc("2026-12-03T10:00:00Z");

        center.addAt(makeAlert(AlertRule::NewProgram, "/usr/bin/a"), {}, now);
        QCOMPARE(added.last().at(1).toBool(), true);
        QCOMPARE(unread.last().at(0).toInt(), 1);

        notifications::muteFor(600, now);
        center.addAt(makeAlert(AlertRule::NewProgram, "/usr/bin/b"), {}, now.addSecs(599));
        QCOMPARE(added.last().at(1).toBool(), false);
        QCOMPARE(center.unread(), 1);  // held back: not announced as unread either
        QCOMPARE(center.model()->rowCount(), 2);
        QVERIFY(center.model()->entry(0).muted);

        // The global mute is over; one rule stays muted.
        notifications::muteRule(QStringLiteral("new-program"));
        center.addAt(makeAlert(AlertRule::NewProgram, "/usr/bin/c"), {}, now.addSecs(600));
        QCOMPARE(added.last().at(1).toBool(), false);
        center.addAt(makeAlert(AlertRule::Blocklist, "192.0.2.1"), {}, now.addSecs(600));
        QCOMPARE(added.last().at(1).toBool(), true);
        QCOMPARE(center.unread(), 2);
        notifications::unmuteRule(QStringLiteral("new-program"));
        QVERIFY(!notifications::isRuleMuted(QStringLiteral("new-program")));

        center.markAllRead();
        QCOMPARE(center.unread(), 0);
        QCOMPARE(unread.last().at(0).toInt(), 0);
        QCOMPARE(center.model()->rowCount(), 4);
        center.clear();
        QCOMPARE(center.model()->rowCount(), 0);
    }

    void rulesConfigFromSettings() {
        RulesConfig config = notifications::rulesConfigFromSettings();
        QVERIFY(config.newPrograms);
        QVERIFY(QString::fromStdString(config.knownProgramsPath)
                    .endsWith(QStringLiteral("/flowscope/known-programs")));
        settings::notifyNewPrograms.setValue(false);
        QVERIFY(!notifications::rulesConfigFromSettings().newPrograms);
    }

    void webhookBody() {
        Alert alert = makeAlert(AlertRule::Blocklist, "203.0.113.9", 1'764'745'200'123'456'789);
        alert.address = *IpAddress::parse("203.0.113.9");
        alert.count = 1;
        const QJsonObject body =
            QJsonDocument::fromJson(WebhookSender::body(alert, QStringLiteral("curl"))).object();
        QCOMPARE(body.size(), 8);
        QCOMPARE(body.value("rule").toString(), QStringLiteral("blocklist"));
        QCOMPARE(body.value("subject").toString(), QStringLiteral("203.0.113.9"));
        QCOMPARE(body.value("title").toString(), QStringLiteral("Alert about 203.0.113.9"));
        QCOMPARE(body.value("body").toString(), QStringLiteral("203.0.113.9 did something."));
        QCOMPARE(body.value("count").toInt(), 1);
        QCOMPARE(body.value("time").toString(), QStringLiteral("2025-12-03T07:00:00.123Z"));
        QCOMPARE(body.value("address").toString(), QStringLiteral("203.0.113.9"));
        QCOMPARE(body.value("application").toString(), QStringLiteral("curl"));
    }

    void notifyArguments() {
        Alert alert = makeAlert(AlertRule::NewProgram, "/opt/a&b");
        const QVariantList quiet = DesktopNotifier::notifyArguments(alert, false);
        QCOMPARE(quiet.size(), 8);
        QCOMPARE(quiet.at(0).toString(), QStringLiteral("Flowscope"));
        // The icon and the desktop entry by the application id the packages install them as.
        QCOMPARE(quiet.at(2).toString(), QStringLiteral("io.github.flowscope.Flowscope"));
        QCOMPARE(quiet.at(6).toMap().value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.flowscope.Flowscope"));
        QCOMPARE(quiet.at(3).toString(), QStringLiteral("Alert about /opt/a&b"));
        QCOMPARE(quiet.at(4).toString(), QStringLiteral("/opt/a&amp;b did something."));
        QVERIFY(quiet.at(5).toStringList().contains(QStringLiteral("mute")));
        QVERIFY(!quiet.at(6).toMap().contains(QStringLiteral("sound-name")));
        const QVariantList loud = DesktopNotifier::notifyArguments(alert, true);
        QCOMPARE(loud.at(6).toMap().value(QStringLiteral("sound-name")).toString(),
                 QStringLiteral("message-new-instant"));
    }

    void webhookInvalidUrlReportedOnce() {
        WebhookSender sender;
        QSignalSpy failed(&sender, &WebhookSender::failed);
        const Alert alert = makeAlert(AlertRule::NewProgram, "/usr/bin/a");
        sender.post(QUrl(QStringLiteral("ftp://example.invalid/")), alert, {});
        sender.post(QUrl(QStringLiteral("not a url")), alert, {});
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("http://")));
    }

    void pageEmptyStateButtonsAndShow() {
        AlertCenter center;
        center.setDesktopDelivery(false);
        NotificationsPage page(&center);
        page.resize(800, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.emptyLabel()->isVisible());
        QVERIFY(!page.table()->isVisible());
        QVERIFY(!page.clearButton()->isEnabled());

        Alert alert = makeAlert(AlertRule::Blocklist, "198.51.100.4");
        alert.address = *IpAddress::parse("198.51.100.4");
        center.add(alert);
        center.add(makeAlert(AlertRule::NewProgram, "/usr/bin/b"));
        QVERIFY(!page.emptyLabel()->isVisible());
        QVERIFY(page.table()->isVisible());
        QVERIFY(page.markReadButton()->isEnabled());
        auto* summary = page.findChild<QLabel*>(QStringLiteral("notificationsSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("2 of 2 unread"));

        // Enter on the second row (the older alert) asks to show it.
        QSignalSpy show(&center, &AlertCenter::showRequested);
        page.table()->setFocus();
        page.table()->setCurrentIndex(center.model()->index(1, 0));
        QTest::keyClick(page.table(), Qt::Key_Return);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().at(0).value<Alert>().subject, std::string("198.51.100.4"));

        QTest::mouseClick(page.markReadButton(), Qt::LeftButton);
        QCOMPARE(center.unread(), 0);
        QVERIFY(!page.markReadButton()->isEnabled());
        QTest::mouseClick(page.clearButton(), Qt::LeftButton);
        QCOMPARE(center.model()->rowCount(), 0);
        QVERIFY(page.emptyLabel()->isVisible());
    }

    void mainWindowPageAndShowTarget() {
        EngineBridge bridge;
        bridge.alerts()->setDesktopDelivery(false);
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PageNotifications));
        window.showPage(MainWindow::PageStart);
        window.showNotifications();
        QCOMPARE(window.currentPage(), int(MainWindow::PageNotifications));

        Alert alert = makeAlert(AlertRule::Blocklist, "198.51.100.4");
        alert.address = *IpAddress::parse("198.51.100.4");
        bridge.alerts()->requestShow(alert);
        QCOMPARE(window.currentPage(), int(MainWindow::PageInspect));
        QCOMPARE(window.inspectPage()->filterBar()->addressEdit()->text(),
                 QStringLiteral("198.51.100.4"));

        // A failing webhook (or another delivery problem) reaches the banner.
        emit bridge.alerts()->problem(QStringLiteral("The webhook failed."));
        QCOMPARE(window.bannerText(), QStringLiteral("The webhook failed."));
    }

    void filesGetNoNotifier() {
        // Opening a capture file is viewing history: no notifier sink, so no alerts.
        EngineBridge bridge;
        QVERIFY(bridge.openFile(kExample2).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bridge.latest() && bridge.latest()->state != EngineState::Running,
                                 20000);
        for (const auto& sink : bridge.latest()->sinks) {
            QVERIFY(sink.name != "notifier");
        }
        QCOMPARE(bridge.alerts()->model()->rowCount(), 0);
    }

    void sinkPostsToTheGuiThread() {
        // The notifier of a live capture runs on a thread of its own and posts each alert to
        // the center, with the program's name from that tick's applications table.
        AlertCenter center;
        center.setDesktopDelivery(false);
        RulesConfig config;
        const QString known = m_dir.filePath(QStringLiteral("data/flowscope/known-programs"));
        config.knownProgramsPath = known.toStdString();
        QSignalSpy problem(&center, &AlertCenter::problem);
        std::shared_ptr<SnapshotSink> sink = center.createSink(config);
        QCOMPARE(sink->name(), std::string("notifier"));
        QCOMPARE(problem.count(), 0);

        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->timeNs = 5'000'000'000;
        snapshot->state = EngineState::Running;
        Application curl;
        curl.id = 1;
        curl.path = "/usr/bin/curl";
        curl.name = "curl";
        snapshot->applications =
            std::make_shared<const std::vector<Application>>(std::vector<Application>{curl});
        std::thread sinkThread([&] { QVERIFY(bool(sink->consume(snapshot, EngineDiff{}))); });
        sinkThread.join();
        QCOMPARE(center.model()->rowCount(), 0);  // queued: arrives through the event loop
        QTRY_COMPARE(center.model()->rowCount(), 1);
        const AlertEntry& entry = center.model()->entry(0);
        QCOMPARE(entry.alert.rule, AlertRule::NewProgram);
        QCOMPARE(entry.alert.subject, std::string("/usr/bin/curl"));
        QCOMPARE(entry.application, QStringLiteral("curl"));
        QVERIFY(QFileInfo::exists(known));  // remembered for the next run

        // A known-programs path that is a folder cannot be used: said once, as one sentence.
        config.knownProgramsPath = m_dir.path().toStdString();
        center.createSink(config);
        center.createSink(config);
        QCOMPARE(problem.count(), 1);
        QVERIFY(problem.first().at(0).toString().contains(QStringLiteral("known-programs")));
    }

    void liveCaptureNotifiesNewProgram() {
        // The wiring end to end: a live capture on lo gets the notifier, and a program that
        // uses the network for the first time is listed (and delivered). The programs are a
        // copy of bash under a new path, holding a loopback connection open, and this test,
        // whose server it connects to (either end may be the one attributed). In a private
        // network namespace, apart from other programs' loopback traffic; it runs last, as
        // the namespace is the whole test process's from then on.
        if (unshare(CLONE_NEWNET) != 0) {
            QSKIP("no private network namespace here (unshare needs CAP_SYS_ADMIN)");
        }
        if (std::system("ip link set lo up") != 0) {
            QSKIP("cannot bring lo up with `ip link`");
        }
        QFile::remove(notifications::knownProgramsPath());
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY(!bash.isEmpty());
        const QString clientPath = m_dir.filePath(QStringLiteral("flowscope-notify-client"));
        QFile::remove(clientPath);
        QVERIFY(QFile::copy(bash, clientPath));
        EngineBridge bridge;
        bridge.alerts()->setDesktopDelivery(false);
        const QString error = bridge.startLive(QStringLiteral("lo"));
        if (!error.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("no live capture here: ") + error));
        }
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QProcess client;
        // bash's /dev/tcp; `read` is a builtin, so the copy itself keeps the socket.
        client.start(clientPath, {QStringLiteral("-c"),
                                  QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1; read -t 10 -u 3")
                                      .arg(server.serverPort())});
        QVERIFY(client.waitForStarted());
        const QStringList expected = {
            QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath(),
            QFileInfo(clientPath).canonicalFilePath()};
        QStringList seen;
        auto named = [&bridge, &expected, &seen] {
            const AlertModel* model = bridge.alerts()->model();
            seen.clear();
            for (int row = 0; row < model->rowCount(); ++row) {
                const Alert& alert = model->entry(row).alert;
                seen << QString::fromStdString(alert.subject);
                if (alert.rule == AlertRule::NewProgram && expected.contains(seen.last())) {
                    return true;
                }
            }
            return false;
        };
        auto describe = [&bridge, &seen] {
            const SnapshotPtr latest = bridge.latest();
            const size_t apps = latest && latest->applications ? latest->applications->size() : 0;
            return QStringLiteral("alerts about: %1; %2 applications, %3 packets")
                .arg(seen.join(QStringLiteral(", ")))
                .arg(apps)
                .arg(latest ? qulonglong(latest->totals.packets) : 0);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(named(), qPrintable(describe()), 10000);
        // The alert is posted by the notifier sink, the snapshot by the next tick: with socket
        // events, the alert can come first.
        QTRY_VERIFY_WITH_TIMEOUT(bridge.latest() != nullptr, 5000);
        bool hasNotifier = false;
        for (const auto& sink : bridge.latest()->sinks) {
            hasNotifier = hasNotifier || sink.name == "notifier";
        }
        QVERIFY(hasNotifier);
        client.kill();
        client.waitForFinished();
        bridge.stop();
    }
};

QTEST_MAIN(AlertCenterTest)
#include "alert_center_test.moc"
