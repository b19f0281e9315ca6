// The history database on a full disk (a 1 MiB tmpfs in a private mount namespace): the write
// that does not fit is reported once, in one sentence, the recorder stops while the capture
// (the sink) goes on, and what was recorded before stays readable. The test re-runs itself
// under `unshare -m` (skipped where that is not allowed).
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/store/history_reader.h"
#include "tests/history_wiring/wiring_support.h"
#include "ui/engine_bridge.h"
#include "ui/history/history_recording.h"
#include "ui/history/recording_ui.h"
#include "ui/main_window.h"
#include "ui/settings/history_settings.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::test;

namespace {

constexpr const char* kInsideVariable = "FLOWSCOPE_HISTORY_IN_MOUNTNS";

// A tick in which `count` new connections of one application to distinct public addresses
// appear (new minute rows, new host names: the database must grow).
std::pair<SnapshotPtr, EngineDiff> bulkTick(uint64_t sequence, int count, uint64_t& nextId) {
    static const auto apps = [] {
        auto table = std::make_shared<std::vector<Application>>();
        table->push_back(testApplication(1, "disk-filler"));
        return std::shared_ptr<const std::vector<Application>>(table);
    }();
    auto snapshot = std::make_shared<EngineSnapshot>();
    snapshot->sequence = sequence;
    snapshot->timeNs = wallNowNs();
    snapshot->intervalNs = 1'000'000'000;
    snapshot->tickNs = 1'000'000'000;
    snapshot->state = EngineState::Running;
    snapshot->applications = apps;
    EngineDiff diff;
    for (int i = 0; i < count; ++i) {
        Flow f;
        f.id = ++nextId;
        f.key.protocol = 6;
        f.key.hasPorts = true;
        f.key.a = {*IpAddress::parse("10.0.0.5"), uint16_t(30000 + nextId % 30000)};
        const std::string remote = "8." + std::to_string(nextId / 65536 % 256) + "." +
                                   std::to_string(nextId / 256 % 256) + "." +
                                   std::to_string(nextId % 256);
        f.key.b = {*IpAddress::parse(remote), 443};
        f.appId = 1;
        f.counters = {3, 4, 1500, 6000};
        f.firstSeenNs = snapshot->timeNs - 500'000'000;
        f.lastSeenNs = snapshot->timeNs;
        diff.added.push_back(f);
    }
    snapshot->flowCount = size_t(count);
    return {snapshot, std::move(diff)};
}

}  // namespace

class DiskFullTest : public QObject {
    Q_OBJECT
private slots:
    void fullDiskSaidOnce();

private:
    void checkRecordedBefore(const QString& database);
};

void DiskFullTest::fullDiskSaidOnce() {
    if (!qEnvironmentVariableIsSet(kInsideVariable)) {
        QSKIP("no private mount namespace here (unshare -m needs CAP_SYS_ADMIN)");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsStore::setLocation(dir.filePath(QStringLiteral("flowscope.conf")));
    const QString disk = dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    const std::string mount = "mount -t tmpfs -o size=1m tmpfs '" + disk.toStdString() + "'";
    if (std::system(mount.c_str()) != 0) {
        QSKIP("cannot mount a small tmpfs");
    }
    const QString database = disk + QStringLiteral("/history.sqlite");
    settings::historyDatabase.setValue(database);

    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* notice = window.findChild<RecordingNotice*>();
    QVERIFY(notice);
    QSignalSpy problems(bridge.recording(), &HistoryRecording::problemChanged);
    auto sink = bridge.recording()->createSink();
    QVERIFY(sink);
    uint64_t sequence = 0;
    uint64_t nextId = 0;
    {
        auto [s, d] = bulkTick(++sequence, 20, nextId);
        QVERIFY(sink->consume(s, d).ok());
    }
    QTRY_VERIFY(bridge.recording()->recording());
    {
        // Everything else on the disk: the next writes find no room.
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    for (int i = 0; i < 40 && bridge.recording()->recording(); ++i) {
        auto [s, d] = bulkTick(++sequence, 500, nextId);
        QVERIFY(sink->consume(s, d).ok());  // the capture goes on either way
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(!bridge.recording()->recording());
    QCOMPARE(problems.count(), 1);
    const QString sentence = notice->textLabel()->text();
    QVERIFY2(sentence.contains(QStringLiteral("is full")), qPrintable(sentence));
    QVERIFY(!notice->moveAsideButton()->isVisible());
    for (int i = 0; i < 3; ++i) {  // said once: later ticks add nothing
        auto [s, d] = bulkTick(++sequence, 5, nextId);
        QVERIFY(sink->consume(s, d).ok());
    }
    QTest::qWait(50);
    QCOMPARE(problems.count(), 1);
    sink->finish();

    QVERIFY(QFile::remove(disk + QStringLiteral("/filler")));
    checkRecordedBefore(database);
    QCOMPARE(std::system(("umount '" + disk.toStdString() + "'").c_str()), 0);
}

// What was recorded before the disk filled up is intact.
void DiskFullTest::checkRecordedBefore(const QString& database) {
    auto reader = history::HistoryReader::open(database.toStdString());
    QVERIFY2(reader, reader ? "" : reader.error().message.c_str());
    auto info = reader.value()->info();
    QVERIFY(info && info.value().firstMinute > 0);
    // The recorded minutes themselves (their hour is rolled up once they close).
    auto rows = reader.value()->totals({info.value().firstMinute, info.value().lastMinute + 60},
                                       history::Dimension::Application);
    QVERIFY2(rows, rows ? "" : rows.error().message.c_str());
    QVERIFY(!rows.value().empty());
    QVERIFY(rows.value().front().usage.bytes() >= 20 * 7500);
}

int main(int argc, char** argv) {
    // Re-run inside a private mount namespace, so that the tmpfs is seen by this test only.
    if (!qEnvironmentVariableIsSet(kInsideVariable) &&
        std::system("unshare -m --propagation private true >/dev/null 2>&1") == 0) {
        setenv(kInsideVariable, "1", 1);
        std::vector<char*> args = {const_cast<char*>("unshare"), const_cast<char*>("-m"),
                                   const_cast<char*>("--propagation"),
                                   const_cast<char*>("private")};
        for (int i = 0; i < argc; ++i) {
            args.push_back(argv[i]);
        }
        args.push_back(nullptr);
        execvp("unshare", args.data());
        unsetenv(kInsideVariable);  // exec failed: run here, and skip
    }
    QApplication app(argc, argv);
    DiskFullTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "disk_full_test.moc"
