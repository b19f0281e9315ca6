// Recording in the desktop app, driven tick by tick: the settings of Settings → History and
// their effect on a running recorder, "Pause Recording" (tray and Capture menu), and a damaged
// database (the sentence, "Move it aside and start a new one", recording into a fresh file, the
// damaged one kept byte for byte). Real databases (core/store) in a temporary folder; the ticks
// are what the engine hands its sinks, consumed on the test's thread so each one is exact.
// FLOWSCOPE_SCREENSHOT_DIR, when set, receives settings-history.png and history-damaged.png.
#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "core/enrich/geo_resolver.h"
#include "core/enrich/service_table.h"
#include "core/store/history_reader.h"
#include "core/store/history_writer.h"
#include "tests/history_wiring/wiring_support.h"
#include "ui/engine_bridge.h"
#include "ui/geo_service.h"
#include "ui/history/history_recording.h"
#include "ui/history/recording_ui.h"
#include "ui/main_window.h"
#include "ui/settings/history_settings.h"
#include "ui/settings/history_tab.h"
#include "ui/settings_dialog.h"
#include "ui/tray/tray_controller.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::test;

namespace {

// Every byte the database holds, over a range around now.
history::Usage recorded(const QString& path) {
    auto reader = history::HistoryReader::open(path.toStdString());
    if (!reader) {
        qWarning("%s", reader.error().message.c_str());
        return {};
    }
    const int64_t now = wallNowNs() / 1'000'000'000;
    auto rows = reader.value()->totals({now - 86400, now + 86400}, history::Dimension::Application);
    history::Usage sum;
    if (rows) {
        for (const auto& row : rows.value()) {
            sum += row.usage;
        }
    }
    return sum;
}

// A database with one minute of traffic `ageSeconds` ago (and its roll-ups).
void fillOld(const QString& path, int64_t ageSeconds) {
    auto writer = history::HistoryWriter::open(path.toStdString(), {});
    QVERIFY2(writer, writer ? "" : writer.error().message.c_str());
    const int64_t now = wallNowNs() / 1'000'000'000;
    history::TickBatch batch;
    batch.now = now - ageSeconds;
    history::MinuteRecord record;
    record.minute = (now - ageSeconds) / 60 * 60;
    record.app = {"old-program", "/usr/bin/old-program", "tester"};
    record.remote = {"example.org", "", 0, ""};
    record.service = "https";
    record.usage = {1000, 2000, 10, 20};
    batch.traffic.push_back(record);
    QVERIFY(writer.value()->write(batch).ok());
}

int64_t firstMinute(const QString& path) {
    auto reader = history::HistoryReader::open(path.toStdString());
    if (!reader) {
        return -1;
    }
    auto info = reader.value()->info();
    return info ? info.value().firstMinute : -1;
}

}  // namespace

class RecordingTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void settingsRoundTrip();
    void databaseInfoReadOffTheGuiThread();
    void recordingOffGivesNoRecorder();
    void retentionReachesRunningRecorder();
    void pauseRecording();
    void damagedDatabaseMovedAside();
    void unusableFolderSaidOnce();
    void placesAndServicesRecorded();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void RecordingTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SettingsStore::setLocation(m_dir->filePath(QStringLiteral("flowscope.conf")));
    SettingsStore::clear();
    settings::historyDatabase.setValue(databasePath());
}

// What the tab shows is what is stored, and the store's options follow from it.
void RecordingTest::settingsRoundTrip() {
    settings::historyDatabase.reset();
    {
        HistoryTab tab(nullptr);
        QVERIFY(tab.recordCheck()->isChecked());
        QCOMPARE(tab.minuteDaysSpin()->value(), 7);
        QCOMPARE(tab.hourDaysSpin()->value(), 90);
        QCOMPARE(tab.dayDaysSpin()->value(), 0);
        QCOMPARE(tab.dayDaysSpin()->text(), QStringLiteral("for ever"));
        QCOMPARE(tab.maxConnectionsSpin()->value(), 1'000'000);
        QCOMPARE(tab.maxMegabytesSpin()->value(), 1024);
        QVERIFY(tab.databaseEdit()->text().isEmpty());
        QCOMPARE(tab.databaseEdit()->placeholderText(), settings::defaultHistoryDatabasePath());
        QCOMPARE(tab.databasePath(), settings::defaultHistoryDatabasePath());
        const history::RetentionOptions defaults = settings::historyRetention();
        const history::RetentionOptions store;
        QCOMPARE(defaults.minuteDays, store.minuteDays);
        QCOMPARE(defaults.hourDays, store.hourDays);
        QCOMPARE(defaults.dayDays, store.dayDays);
        QCOMPARE(defaults.maxConnections, store.maxConnections);
        QCOMPARE(defaults.maxBytes, store.maxBytes);

        tab.recordCheck()->setChecked(false);
        tab.minuteDaysSpin()->setValue(2);
        tab.hourDaysSpin()->setValue(30);
        tab.dayDaysSpin()->setValue(400);
        tab.maxConnectionsSpin()->setValue(5000);
        tab.maxMegabytesSpin()->setValue(0);
        tab.databaseEdit()->setText(databasePath());
        tab.apply();
    }
    QCOMPARE(settings::historyRecord.value(), false);
    QCOMPARE(settings::historyDatabasePath(), databasePath());
    const history::RetentionOptions chosen = settings::historyRetention();
    QCOMPARE(chosen.minuteDays, 2);
    QCOMPARE(chosen.hourDays, 30);
    QCOMPARE(chosen.dayDays, 400);
    QCOMPARE(chosen.maxConnections, uint64_t(5000));
    QCOMPARE(chosen.maxBytes, uint64_t(0));  // no limit
    HistoryTab again(nullptr);
    QVERIFY(!again.recordCheck()->isChecked());
    QCOMPARE(again.dayDaysSpin()->value(), 400);
    QCOMPARE(again.maxMegabytesSpin()->text(), QStringLiteral("no limit"));
    QCOMPARE(again.databaseEdit()->text(), databasePath());
    again.defaultButton()->click();  // back to the default place
    QVERIFY(again.databaseEdit()->text().isEmpty());
    again.apply();
    QCOMPARE(settings::historyDatabasePath(), settings::defaultHistoryDatabasePath());
}

void RecordingTest::databaseInfoReadOffTheGuiThread() {
    HistoryTab tab(nullptr);
    QTRY_VERIFY(tab.infoReads() >= 1);
    QVERIFY2(tab.infoLabel()->text().contains(QStringLiteral("Nothing recorded yet")),
             qPrintable(tab.infoLabel()->text()));
    fillOld(databasePath(), 3 * 86400);
    const int64_t minute = firstMinute(databasePath());
    QVERIFY(minute > 0);
    QSignalSpy read(&tab, &HistoryTab::infoRead);
    tab.refreshInfo();
    QVERIFY(read.wait());
    const QString text = tab.infoLabel()->text();
    QCOMPARE(text, describeHistoryDatabase(databasePath()));
    QVERIFY2(text.contains(
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(minute), QLocale::ShortFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" kB") + QStringLiteral(",")), qPrintable(text));

    const QString dir = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EngineBridge bridge;
        SettingsDialog dialog(&bridge);
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        auto* history = dialog.findChild<HistoryTab*>();
        QVERIFY(history);
        tabs->setCurrentWidget(history);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(history->infoReads() >= 1);
        QTest::qWait(200);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings-history.png"))));
    }
}

void RecordingTest::recordingOffGivesNoRecorder() {
    HistoryRecording recording(nullptr);
    settings::historyRecord.setValue(false);
    QVERIFY(!recording.createSink());
    settings::historyRecord.setValue(true);
    QVERIFY(recording.createSink());
}

// Settings → OK hands the new retention to the recorder of the running capture: minutes older
// than it are pruned at its next tick.
void RecordingTest::retentionReachesRunningRecorder() {
    fillOld(databasePath(), 3 * 86400);
    const int64_t old = firstMinute(databasePath());
    QVERIFY(old > 0);
    HistoryRecording recording(nullptr);
    auto sink = recording.createSink();
    QVERIFY(sink);
    Ticker ticker;
    auto [s1, d1] = ticker.tick(500, 700);
    QVERIFY(sink->consume(s1, d1).ok());
    QTRY_VERIFY(recording.recording());
    QCOMPARE(firstMinute(databasePath()), old);  // 3 days < 7 days: kept

    HistoryTab tab(&recording);
    tab.minuteDaysSpin()->setValue(1);
    tab.hourDaysSpin()->setValue(1);
    tab.dayDaysSpin()->setValue(1);
    tab.apply();
    for (int i = 0; i < 3; ++i) {
        auto [s, d] = ticker.tick(100, 100);
        QVERIFY(sink->consume(s, d).ok());
    }
    sink->finish();
    const int64_t now = ticker.nowNs() / 1'000'000'000;
    const int64_t first = firstMinute(databasePath());
    QVERIFY2(first >= now - 86400 - 60, qPrintable(QString::number(now - first)));
}

// Paused: nothing of the traffic is written; resumed: written again. Through the tray's and
// the Capture menu's "Pause Recording", which show only while a capture is recorded.
void RecordingTest::pauseRecording() {
    EngineBridge bridge;
    MainWindow window(&bridge);
    TrayController tray(&bridge, &window);
    attachHistoryRecording(&tray, bridge.recording());
    QAction* trayPause = nullptr;
    for (QAction* a : tray.menu()->actions()) {
        if (a->objectName() == QStringLiteral("trayPauseRecordingAction")) {
            trayPause = a;
        }
    }
    QVERIFY(trayPause);
    const QList<QAction*> trayActions = tray.menu()->actions();
    const qsizetype stopAt =
        std::find_if(trayActions.begin(), trayActions.end(),
                     [](QAction* a) { return a->objectName() == "trayStopAction"; }) -
        trayActions.begin();
    QCOMPARE(trayActions.indexOf(trayPause), stopAt + 1);  // right after Stop
    auto* menuPause = window.findChild<QAction*>(QStringLiteral("pauseRecordingAction"));
    QVERIFY(menuPause);
    auto* captureMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("captureMenu"));
    QVERIFY(captureMenu && captureMenu->actions().contains(menuPause));
    QVERIFY(!trayPause->isVisible());  // nothing is recorded yet
    QVERIFY(!menuPause->isVisible());

    HistoryRecording* recording = bridge.recording();
    auto sink = recording->createSink();
    QVERIFY(sink);
    Ticker ticker;
    auto [s1, d1] = ticker.tick(1000, 3000);
    QVERIFY(sink->consume(s1, d1).ok());
    QTRY_VERIFY(trayPause->isVisible());
    QVERIFY(menuPause->isVisible());
    QVERIFY(!trayPause->isChecked());

    trayPause->trigger();  // Pause Recording
    QVERIFY(recording->paused());
    QVERIFY(menuPause->isChecked());
    auto [s2, d2] = ticker.tick(50'000, 70'000);
    QVERIFY(sink->consume(s2, d2).ok());
    auto [s3, d3] = ticker.tick(40'000, 0);
    QVERIFY(sink->consume(s3, d3).ok());

    menuPause->trigger();  // resumed from the Capture menu
    QVERIFY(!recording->paused());
    QVERIFY(!trayPause->isChecked());
    auto [s4, d4] = ticker.tick(200, 400);
    QVERIFY(sink->consume(s4, d4).ok());
    sink->finish();

    const history::Usage usage = recorded(databasePath());
    QCOMPARE(usage.bytesOut, uint64_t(1000 + 200));
    QCOMPARE(usage.bytesIn, uint64_t(3000 + 400));

    recording->captureEnded();  // the capture ended: nothing to pause any more
    QVERIFY(!trayPause->isVisible());
    QVERIFY(!menuPause->isVisible());
}

// A damaged database: one sentence with the offer; the offer moves the file aside (kept byte for
// byte) and the running capture goes on recording into a new file.
void RecordingTest::damagedDatabaseMovedAside() {
    fillOld(databasePath(), 3600);
    {
        // The schema page overwritten: SQLite reports the file as malformed.
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        QVERIFY(file.seek(100));
        QVERIFY(file.write(QByteArray(4096 - 100, char(0x5a))) == 4096 - 100);
    }
    const QByteArray damaged = readAll(databasePath());
    QVERIFY(!QFile::exists(databasePath() + QStringLiteral("-wal")));

    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* notice = window.findChild<RecordingNotice*>();
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    HistoryRecording* recording = bridge.recording();
    auto sink = recording->createSink();
    QVERIFY(sink);
    Ticker ticker;
    auto [s1, d1] = ticker.tick(1000, 1000);
    QVERIFY(sink->consume(s1, d1).ok());  // the capture goes on: the sink stays attached
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(!recording->recording());
    QVERIFY(recording->canMoveAside());
    const QString sentence = notice->textLabel()->text();
    QCOMPARE(sentence, recording->problem());
    QVERIFY2(sentence.startsWith(QStringLiteral("The history database %1 is damaged")
                                     .arg(QDir::toNativeSeparators(databasePath()))),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("moving it aside keeps it")), qPrintable(sentence));
    QVERIFY(notice->moveAsideButton()->isVisible());
    QCOMPARE(window.bannerText(), QString());  // said once, in the notice
    if (const QString dir = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(1280, 500);
        QTest::qWait(200);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("history-damaged.png"))));
    }

    notice->moveAsideButton()->click();
    QVERIFY(!notice->isVisible());
    QVERIFY(!QFile::exists(databasePath()));
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readAll(m_dir->filePath(aside.first())), damaged);  // kept byte for byte
    QVERIFY2(window.statusBar()->currentMessage().contains(aside.first()),
             qPrintable(window.statusBar()->currentMessage()));

    auto [s2, d2] = ticker.tick(300, 600);
    QVERIFY(sink->consume(s2, d2).ok());
    QTRY_VERIFY(recording->recording());
    QVERIFY(recording->problem().isEmpty());
    auto [s3, d3] = ticker.tick(10, 20);
    QVERIFY(sink->consume(s3, d3).ok());
    sink->finish();
    QVERIFY(QFile::exists(databasePath()));
    const history::Usage usage = recorded(databasePath());
    // The new file holds the ticks after the move (at least the last one's traffic); nothing
    // of the damaged file's old program.
    QVERIFY(usage.bytesOut >= 10);
    QVERIFY(usage.bytesOut <= 1000 + 300 + 10);
    QCOMPARE(readAll(m_dir->filePath(aside.first())), damaged);
}

// A place where no database can be made (its folder would be inside a file): the sentence says
// why, offers no moving aside, and the sink stays attached so the capture goes on.
void RecordingTest::unusableFolderSaidOnce() {
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }
    settings::historyDatabase.setValue(blocker + QStringLiteral("/sub/history.sqlite"));
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* notice = window.findChild<RecordingNotice*>();
    QVERIFY(notice);
    QSignalSpy problems(bridge.recording(), &HistoryRecording::problemChanged);
    auto sink = bridge.recording()->createSink();
    QVERIFY(sink);
    Ticker ticker;
    for (int i = 0; i < 3; ++i) {
        auto [s, d] = ticker.tick(100, 100);
        QVERIFY(sink->consume(s, d).ok());
    }
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(problems.count(), 1);  // once, not once per tick
    QVERIFY(!bridge.recording()->recording());
    QVERIFY(!notice->moveAsideButton()->isVisible());
    const QString sentence = notice->textLabel()->text();
    QVERIFY2(sentence.contains(QStringLiteral("cannot be created")), qPrintable(sentence));
    QVERIFY2(sentence.endsWith(QStringLiteral("This capture is not being recorded; the live view "
                                              "goes on.")),
             qPrintable(sentence));
    sink->finish();
}

// The recorder gets the app's geo resolver (the built-in databases here) and the service table:
// the remote end's country and AS and the service are stored as the live view shows them.
void RecordingTest::placesAndServicesRecorded() {
    EngineBridge bridge;
    QTRY_VERIFY(bridge.geo()->resolver());  // loaded on its worker
    Ticker ticker;
    const GeoRecord place = bridge.geo()->resolver()->lookup(ticker.flow().remote().address);
    QVERIFY(place.hasCountry() && place.hasAs());
    const auto services = ServiceTable::loadEmbedded();
    QVERIFY(services);
    const std::string service = std::string(services.value().serviceFor(
        ticker.flow().key.protocol, ticker.flow().local().port, ticker.flow().remote().port));
    QVERIFY(!service.empty());

    auto sink = bridge.recording()->createSink();
    QVERIFY(sink);
    auto [s1, d1] = ticker.tick(120, 480);
    QVERIFY(sink->consume(s1, d1).ok());
    sink->finish();
    auto reader = history::HistoryReader::open(databasePath().toStdString());
    QVERIFY(reader);
    const int64_t now = ticker.nowNs() / 1'000'000'000;
    auto labels = [&](history::Dimension by) {
        QStringList out;
        auto rows = reader.value()->totals({now - 86400, now + 86400}, by);
        for (const auto& row : rows.value()) {
            out << QString::fromStdString(row.label);
        }
        return out;
    };
    QCOMPARE(labels(history::Dimension::Country),
             QStringList{QString::fromStdString(place.countryCode)});
    QCOMPARE(labels(history::Dimension::As),
             QStringList{QStringLiteral("AS%1").arg(place.asNumber)});
    QCOMPARE(labels(history::Dimension::Service), QStringList{QString::fromStdString(service)});
    QCOMPARE(labels(history::Dimension::Application), QStringList{QStringLiteral("wiring-test")});
}

QTEST_MAIN(RecordingTest)
#include "recording_test.moc"
