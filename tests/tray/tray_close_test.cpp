// What closing the window does, without a tray (offscreen): the close policy with the
// settings in a temporary file, the close question (the real dialog), the Settings group, and
// what --minimized does where no tray exists. With a real tray: tray_x11_test.py.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/settings/settings.h"
#include "ui/settings/tray_settings.h"
#include "ui/settings_dialog.h"
#include "ui/tray/close_policy.h"
#include "ui/tray/tray_controller.h"
#include "ui/tray/tray_settings_group.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

QTemporaryDir* g_root = nullptr;

}  // namespace

class TrayCloseTest : public QObject {
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

    void closeActionNamesAndSetting() {
        QCOMPARE(closeActionFrom(QStringLiteral("tray")), CloseAction::Tray);
        QCOMPARE(closeActionFrom(QStringLiteral("quit")), CloseAction::Quit);
        QCOMPARE(closeActionFrom(QStringLiteral("ask")), CloseAction::Ask);
        QCOMPARE(closeActionFrom(QStringLiteral("minimize")), CloseAction::Ask);
        QCOMPARE(closeActionFrom(QString()), CloseAction::Ask);
        QCOMPARE(storedCloseAction(), CloseAction::Ask);  // the default: ask the first time
        storeCloseAction(CloseAction::Tray);
        QCOMPARE(storedCloseAction(), CloseAction::Tray);
        QCOMPARE(SettingsStore::location(), m_settingsFile);
        QFile file(m_settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("closeAction=tray"), "the documented key and value");
        settings::closeAction.setValue(QStringLiteral("bogus"));
        QCOMPARE(storedCloseAction(), CloseAction::Ask);
    }

    void closeOutcomes() {
        QCOMPARE(closeOutcome(CloseAction::Ask, true), CloseOutcome::AskUser);
        QCOMPARE(closeOutcome(CloseAction::Tray, true), CloseOutcome::HideToTray);
        QCOMPARE(closeOutcome(CloseAction::Quit, true), CloseOutcome::Quit);
        // Without a tray nothing could bring the window back: closing quits.
        for (CloseAction action : {CloseAction::Ask, CloseAction::Tray, CloseAction::Quit}) {
            QCOMPARE(closeOutcome(action, false), CloseOutcome::Quit);
        }
    }

    void closeWithoutTrayQuitsWithoutAsking() {
        storeCloseAction(CloseAction::Tray);
        EngineBridge bridge;
        MainWindow window(&bridge);
        TrayController tray(&bridge, &window);
        int asked = 0;
        tray.setCloseAsker([&asked](QWidget*) {
            ++asked;
            return CloseAnswer{CloseAction::Tray, true};
        });
        tray.start(0);
        QVERIFY(!tray.trayAvailable());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(tray.handleUserClose());
        settings::closeAction.reset();
        QVERIFY(tray.handleUserClose());
        QCOMPARE(asked, 0);
        window.show();
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }

    void closeQuestion() {
        // The real dialog: Quit with "Do not ask again" cleared, then cancelled.
        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("closeActionBox"));
            auto* remember = box->findChild<QCheckBox*>(QStringLiteral("rememberCheck"));
            QVERIFY(remember && remember->isChecked());
            remember->setChecked(false);
            box->findChild<QPushButton*>(QStringLiteral("quitButton"))->click();
        });
        CloseAnswer answer = askCloseAction(nullptr);
        QCOMPARE(answer.action, CloseAction::Quit);
        QVERIFY(!answer.remember);

        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        });
        answer = askCloseAction(nullptr);
        QCOMPARE(answer.action, CloseAction::Ask);

        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->findChild<QPushButton*>(QStringLiteral("keepInTrayButton"))->click();
        });
        answer = askCloseAction(nullptr);
        QCOMPARE(answer.action, CloseAction::Tray);
        QVERIFY(answer.remember);
    }

    void settingsGroup() {
        storeCloseAction(CloseAction::Tray);
        {
            QDialog dialog;
            TraySettingsGroup group(&dialog, true);
            QVERIFY(group.closeActionCombo()->isEnabled());
            QCOMPARE(group.closeActionCombo()->currentData().toInt(), int(CloseAction::Tray));
            QVERIFY(group.unavailableLabel()->isHidden());
            group.closeActionCombo()->setCurrentIndex(
                group.closeActionCombo()->findData(int(CloseAction::Quit)));
            dialog.reject();
            QCOMPARE(storedCloseAction(), CloseAction::Tray);  // Cancel keeps the old choice
            dialog.accept();
            QCOMPARE(storedCloseAction(), CloseAction::Quit);
        }
        {
            QDialog dialog;
            TraySettingsGroup group(&dialog, false);
            QVERIFY(!group.closeActionCombo()->isEnabled());
            QVERIFY(!group.unavailableLabel()->isHidden());
            QVERIFY(group.unavailableLabel()->text().contains(QStringLiteral("AppIndicator")));
            dialog.accept();
            QCOMPARE(storedCloseAction(), CloseAction::Quit);
        }
        // The app's Settings dialog carries the group; offscreen has no tray, so it says why.
        EngineBridge bridge;
        SettingsDialog dialog(&bridge);
        auto* group = dialog.findChild<TraySettingsGroup*>(QStringLiteral("traySettingsGroup"));
        QVERIFY(group);
        QVERIFY(!group->unavailableLabel()->isHidden());
    }

    void minimizedWithoutTrayShowsTheWindow() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        TrayController tray(&bridge, &window);
        QStringList reasons;
        tray.startMinimized([&reasons](const QString& why) { reasons << why; }, 300);
        // Waits for a panel that starts late before giving up on the tray.
        QVERIFY(!tray.settled());
        QVERIFY(!window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(tray.settled(), 5000);
        QVERIFY(window.isVisible());
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first(), TrayController::minimizedReason());
        QVERIFY(reasons.first().endsWith(QLatin1Char('.')));
        QVERIFY(!tray.icon()->isVisible());
        QVERIFY(!tray.showMessage(QStringLiteral("t"), QStringLiteral("b")));
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
    TrayCloseTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tray_close_test.moc"
