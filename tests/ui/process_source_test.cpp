// Settings → General → Programs behind connections and the About box: the choice is saved
// and reaches the next live capture's engine; the running capture's source (eBPF socket
// events or snapshots, and why) is said in a translated sentence. The live part captures on
// lo (root, as CI runs; skipped with the reason otherwise).
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/process_source_text.h"
#include "ui/settings/process_source_group.h"
#include "ui/settings/process_source_settings.h"
#include "ui/settings/settings.h"
#include "ui/settings_dialog.h"
#include "ui/shell/language.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

// What core says when the kernel refuses the tracker (core/process/linux/socket_event_choice).
Phrase refusedNote() {
    return phrase(FS_PHRASE("Core",
                            "eBPF socket events are off: %1; snapshots of the socket table find "
                            "the owners instead."),
                  {phrase(FS_PHRASE("Core", "the kernel refused the tracker (%1)"),
                          {verbatim("verifier said no")})});
}

}  // namespace

class ProcessSourceTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        SettingsStore::setLocation(m_settingsDir.filePath("flowscope.conf"));
        installLanguage(*QCoreApplication::instance(),
                        QStringLiteral("en"));  // as the app: plurals
    }

    void everyStatusHasItsOwnSentence() {
        QSet<QString> seen;
        for (int v = 0; v <= int(SocketEventsStatus::Last); ++v) {
            for (bool helper : {false, true}) {
                ProcessResolverStats s;
                s.eventStatus = SocketEventsStatus(v);
                s.eventsFromHelper = helper;
                s.eventNote = refusedNote();
                const QString text = processSourceText(s);
                const bool refused = s.eventStatus == SocketEventsStatus::KernelRefused ||
                                     s.eventStatus == SocketEventsStatus::NotOpened;
                QVERIFY2(text.startsWith(refused ? "eBPF socket events are off: "
                                                 : "Programs are found from "),
                         qPrintable(text));
                QVERIFY2(!text.endsWith(": "), qPrintable(text));  // a reason always follows
                seen.insert(text);
            }
        }
        // On and NoPrivileges differ with the helper; KernelRefused/NotOpened share a text.
        QCOMPARE(seen.size(), int(SocketEventsStatus::Last) + 1 + 2 - 1);
        ProcessResolverStats refused;
        refused.eventStatus = SocketEventsStatus::KernelRefused;
        refused.eventNote = refusedNote();
        QCOMPARE(processSourceText(refused),
                 QStringLiteral("eBPF socket events are off: the kernel refused the tracker "
                                "(verifier said no); snapshots of the socket table find the "
                                "owners instead."));
        ProcessResolverStats lossy;
        lossy.eventStatus = SocketEventsStatus::On;
        lossy.events.lost = 12;
        QVERIFY2(processSourceText(lossy).endsWith(
                     "12 socket events lost because the event buffer was full; a larger buffer "
                     "keeps them."),
                 qPrintable(processSourceText(lossy)));
    }

    void theChoiceIsSavedAndUsedByTheNextCapture() {
        SettingsStore::clear();
        SettingsDialog dialog(nullptr);
        auto* combo = dialog.findChild<QComboBox*>("processSourceCombo");
        auto* buffer = dialog.findChild<QSpinBox*>("eventBufferSpin");
        auto* status = dialog.findChild<QLabel*>("processSourceStatus");
        QVERIFY(combo && buffer && status);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("auto"));
        QCOMPARE(status->text(), QStringLiteral("Used from the next live capture."));
        QVERIFY(!combo->accessibleName().isEmpty() && !buffer->accessibleName().isEmpty());
        combo->setCurrentIndex(combo->findData(QStringLiteral("snapshot")));
        buffer->setValue(4096);
        dialog.accept();
        QCOMPARE(settings::processSource.value(), QStringLiteral("snapshot"));
        QCOMPARE(settings::socketEventBufferKiB.value(), 4096);

        EngineBridge bridge;
        if (const QString error = bridge.startLive(QStringLiteral("lo")); !error.isEmpty()) {
            QSKIP(qPrintable(error));
        }
        const auto stats = bridge.processStats();
        QVERIFY(stats);
        QCOMPARE(stats->eventStatus, SocketEventsStatus::SnapshotChosen);
        QCOMPARE(stats->eventSource, std::string());
        bridge.stop();
    }

    void aLiveCaptureSaysItsSourceInSettingsAndAbout() {
        SettingsStore::clear();  // automatic
        EngineBridge bridge;
        QVERIFY(!MainWindow::aboutText(&bridge).contains("socket"));
        QVERIFY(
            MainWindow::aboutText(&bridge).contains("Programs are found during live captures."));
        if (const QString error = bridge.startLive(QStringLiteral("lo")); !error.isEmpty()) {
            QSKIP(qPrintable(error));
        }
        const auto stats = bridge.processStats();
        QVERIFY(stats);
        const QString text = processSourceText(*stats);
        SettingsDialog dialog(&bridge);
        QCOMPARE(dialog.findChild<QLabel*>("processSourceStatus")->text(), text);
        // FLOWSCOPE_SCREENSHOT_DIR set: a picture of the General tab with the group.
        if (const QString shots = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(shots).filePath("settings-programs.png")));
        }
        QVERIFY(MainWindow::aboutText(&bridge).contains(text.toHtmlEscaped()));
        // Where this process may load the tracker (root with a BTF kernel), it is in use.
        if (chooseSocketEventSource(ProcessSource::Ebpf).source) {
            QCOMPARE(stats->eventStatus, SocketEventsStatus::On);
            QVERIFY2(text.contains("eBPF socket events"), qPrintable(text));
        } else {
            QVERIFY2(text.contains("snapshots of the socket table: "), qPrintable(text));
        }
        bridge.stop();
    }
};

QTEST_MAIN(ProcessSourceTest)
#include "process_source_test.moc"
