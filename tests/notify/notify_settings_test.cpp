// Notification settings meeting a running capture: Settings → OK and stars hand new rules to the
// notifier from its next tick; blocklist files load on a worker, once until they change; the
// delivery rows (new programs, sound, webhook) save on OK; a mute is shown and can be ended.
// The settings live in a temporary ini file.
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/alerts/rules_config.h"
#include "core/engine/snapshot.h"
#include "core/engine/snapshot_sink.h"
#include "ui/alerts/alert_center.h"
#include "ui/alerts/blocklist_loader.h"
#include "ui/models/alert_model.h"
#include "ui/settings/delivery_settings_rows.h"
#include "ui/settings/notification_settings.h"
#include "ui/settings/notifications_tab.h"
#include "ui/settings/rule_settings.h"
#include "ui/settings/settings.h"

using namespace flowscope;
using namespace flowscope::ui;

class NotifySettingsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init() {
        SettingsStore::setLocation(m_dir.filePath(QStringLiteral("settings.ini")));
        SettingsStore::clear();
    }

    void settingsChangesReachTheRunningNotifier() {
        // Settings → OK (and a star) call reloadRules(): the running capture's notifier takes
        // the new rules from its next tick, and their problems reach the banner.
        AlertCenter center;
        center.setDesktopDelivery(false);
        QSignalSpy problem(&center, &AlertCenter::problem);
        std::shared_ptr<SnapshotSink> sink = center.createSink(RulesConfig{});
        const std::string unique =
            "/opt/reload-" + std::to_string(QDateTime::currentMSecsSinceEpoch());
        auto tick = [&](int64_t second, const std::vector<std::string>& paths) {
            auto snapshot = std::make_shared<EngineSnapshot>();
            snapshot->timeNs = second * 1'000'000'000;
            snapshot->sequence = uint64_t(second);
            snapshot->state = EngineState::Running;
            std::vector<Application> apps;
            for (const auto& path : paths) {
                Application app;
                app.id = uint32_t(apps.size() + 1);
                app.path = path;
                apps.push_back(app);
            }
            snapshot->applications = std::make_shared<const std::vector<Application>>(apps);
            std::thread sinkThread([&] { QVERIFY(bool(sink->consume(snapshot, EngineDiff{}))); });
            sinkThread.join();
            QCoreApplication::processEvents();
        };
        tick(1, {unique + "/a"});
        QTRY_COMPARE(center.model()->rowCount(), 1);

        settings::notifyNewPrograms.setValue(false);
        settings::blocklistFiles.setValue({m_dir.filePath(QStringLiteral("no-such.netset"))});
        center.reloadRules();
        QTRY_COMPARE(problem.count(), 1);  // the missing list, in one sentence, once loaded
        QVERIFY(problem.first().at(0).toString().contains(QStringLiteral("no-such.netset")));
        tick(2, {unique + "/a", unique + "/b"});
        QTest::qWait(50);
        QCOMPARE(center.model()->rowCount(), 1);  // the rule is off now

        settings::notifyNewPrograms.setValue(true);
        settings::blocklistFiles.reset();
        center.reloadRules();
        tick(3, {unique + "/a", unique + "/b", unique + "/c"});
        QTRY_VERIFY(center.model()->rowCount() > 1);
        sink.reset();
        center.reloadRules();  // the capture is gone: nothing to reconfigure, no crash
    }

    void deliveryRowsSaveOnOk() {
        QDialog dialog;
        auto* tab = new NotificationsTab(&dialog);
        new DeliverySettingsRows(tab, &dialog);
        auto* newPrograms = tab->findChild<QCheckBox*>(QStringLiteral("notifyNewPrograms"));
        auto* sound = tab->findChild<QCheckBox*>(QStringLiteral("notifySound"));
        auto* url = tab->findChild<QLineEdit*>(QStringLiteral("webhookUrl"));
        auto* urlProblem = tab->findChild<QLabel*>(QStringLiteral("webhookProblem"));
        QVERIFY(newPrograms && sound && url && urlProblem);
        QVERIFY(newPrograms->isChecked());  // the defaults
        QVERIFY(!sound->isChecked());
        newPrograms->setChecked(false);
        sound->setChecked(true);
        url->setText(QStringLiteral("ftp://example.org/hook"));
        QVERIFY(!urlProblem->isHidden());
        QVERIFY(urlProblem->text().contains(QStringLiteral("http")));
        url->setText(QStringLiteral(" https://example.org/hook "));
        QVERIFY(urlProblem->isHidden());
        QVERIFY(settings::notifyNewPrograms.value());  // nothing saved before OK
        dialog.accept();
        QVERIFY(!settings::notifyNewPrograms.value());
        QVERIFY(settings::notifySound.value());
        QCOMPARE(settings::webhookUrl.value(), QStringLiteral("https://example.org/hook"));
    }

    void blocklistsLoadOnAWorkerOnceUntilTheFilesChange() {
        // The lists are read off the GUI thread; the running notifier gets them when loaded,
        // and a star or Settings → OK with unchanged files does not read them again.
        const QString list = m_dir.filePath(QStringLiteral("lab.netset"));
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# lab\n198.51.100.0/24\nnot-an-address\n");
        }
        settings::blocklistFiles.setValue({list});
        AlertCenter center;
        center.setDesktopDelivery(false);
        QSignalSpy problem(&center, &AlertCenter::problem);
        std::shared_ptr<SnapshotSink> sink = center.createSink();
        QTRY_COMPARE(center.blocklists()->loads(), 1);
        QTRY_COMPARE(problem.count(), 1);  // line 3, once
        QVERIFY(problem.first().at(0).toString().contains(QStringLiteral("lab.netset — Line 3")));

        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->timeNs = 2'000'000'000;
        snapshot->sequence = 1;
        snapshot->state = EngineState::Running;
        EngineDiff diff;
        Flow flow;
        flow.key.protocol = 6;
        flow.key.hasPorts = true;
        flow.key.a = {*IpAddress::parse("10.0.0.2"), 40000};
        flow.key.b = {*IpAddress::parse("198.51.100.7"), 443};
        flow.localIsA = true;
        diff.added.push_back(flow);
        std::thread sinkThread([&] { QVERIFY(bool(sink->consume(snapshot, diff))); });
        sinkThread.join();
        QTRY_VERIFY(center.model()->rowCount() > 0);
        bool listed = false;
        for (int row = 0; row < center.model()->rowCount(); ++row) {
            listed |= center.model()->entry(row).alert.rule == AlertRule::Blocklist;
        }
        QVERIFY(listed);

        center.reloadRules();  // as a star or Settings → OK does
        center.reloadRules();
        QTest::qWait(100);
        QCOMPARE(center.blocklists()->loads(), 1);  // unchanged files: not read again
        QTest::qWait(1100);  // a modification time of its own (some file systems keep seconds)
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::Append));
            f.write("203.0.113.0/24\n");
        }
        center.reloadRules();
        QTRY_COMPARE(center.blocklists()->loads(), 2);
    }

    void settingsShowAndEndAMute() {
        QDialog dialog;
        auto* tab = new NotificationsTab(&dialog);
        notifications::muteFor(3600);
        notifications::muteRule(QStringLiteral("new-program"));
        new DeliverySettingsRows(tab, &dialog);
        auto* state = tab->findChild<QLabel*>(QStringLiteral("muteState"));
        auto* unmute = tab->findChild<QPushButton*>(QStringLiteral("unmuteButton"));
        QVERIFY(state && unmute);
        QVERIFY2(state->text().startsWith(QStringLiteral("All notifications until ")),
                 qPrintable(state->text()));
        QVERIFY2(state->text().endsWith(QStringLiteral("These rules: New program.")),
                 qPrintable(state->text()));
        QVERIFY(unmute->isEnabled());
        unmute->click();  // at once, without OK
        QVERIFY(!notifications::isMuted());
        QVERIFY(!notifications::isRuleMuted(QStringLiteral("new-program")));
        QCOMPARE(state->text(), QStringLiteral("Nothing is muted."));
        QVERIFY(!unmute->isEnabled());
    }
};

QTEST_MAIN(NotifySettingsTest)
#include "notify_settings_test.moc"
