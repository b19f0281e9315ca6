// The desktop app records its live captures and never a file opened for viewing: EngineBridge
// with the engine's real live source on `lo` in a private network namespace (unshare), real UDP
// traffic of a known size, and the history database read back afterwards. Exact: every frame on
// the private loopback is this test's, and a capture that stops cleanly loses no tick.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>

#include "core/store/history_reader.h"
#include "tests/history_wiring/wiring_support.h"
#include "ui/engine_bridge.h"
#include "ui/history/history_recording.h"
#include "ui/settings/history_settings.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::test;

namespace {

constexpr int kDatagrams = 40;
constexpr int kPayload = 300;
constexpr uint64_t kFrameOverhead = 14 + 20 + 8;  // Ethernet (loopback), IPv4, UDP

bool ended(const EngineBridge& bridge) {
    const EngineState s = bridge.state();
    return s == EngineState::Finished || s == EngineState::Failed || s == EngineState::Stopped;
}

// Sends kDatagrams of kPayload bytes from one UDP socket to another on 127.0.0.1.
bool sendDatagrams() {
    const int receiver = socket(AF_INET, SOCK_DGRAM, 0);
    const int sender = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    bool ok = receiver >= 0 && sender >= 0 &&
              bind(receiver, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
              getsockname(receiver, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    char payload[kPayload] = {};
    char buffer[kPayload];
    for (int i = 0; ok && i < kDatagrams; ++i) {
        ok = sendto(sender, payload, sizeof(payload), 0, reinterpret_cast<sockaddr*>(&address),
                    sizeof(address)) == kPayload &&
             recv(receiver, buffer, sizeof(buffer), 0) == kPayload;
        QTest::qWait(20);
    }
    close(sender);
    close(receiver);
    return ok;
}

}  // namespace

class LiveRecordingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fileIsNotRecorded();
    void liveCaptureIsRecorded();

private:
    QString databasePath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
    QTemporaryDir m_dir;
};

void LiveRecordingTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    SettingsStore::setLocation(m_dir.filePath(QStringLiteral("flowscope.conf")));
    SettingsStore::clear();
    settings::historyDatabase.setValue(databasePath());
}

void LiveRecordingTest::fileIsNotRecorded() {
    EngineBridge bridge;
    QSignalSpy recordingChanged(bridge.recording(), &HistoryRecording::recordingChanged);
    const QString error =
        bridge.openFile(QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(ended(bridge), 30000);
    QCOMPARE(bridge.state(), EngineState::Finished);
    QVERIFY(bridge.latest() && bridge.latest()->totals.packets > 0);
    for (const SinkCounters& sink : bridge.latest()->sinks) {
        QVERIFY2(sink.name != "history", "a file got a history recorder");
    }
    QVERIFY(!QFile::exists(databasePath()));
    QCOMPARE(recordingChanged.count(), 0);
}

void LiveRecordingTest::liveCaptureIsRecorded() {
    if (unshare(CLONE_NEWNET) != 0) {
        QSKIP("no private network namespace here (unshare needs CAP_SYS_ADMIN)");
    }
    if (std::system("ip link set lo up") != 0) {
        QSKIP("cannot bring up the private loopback with `ip link`");
    }
    EngineBridge bridge;
    const QString error = bridge.startLive(QStringLiteral("lo"));
    if (!error.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("cannot capture on lo here: ") + error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(bridge.recording()->recording(), 10000);  // opened at the 1st tick
    QCOMPARE(bridge.recording()->databasePath(), databasePath());
    QVERIFY(sendDatagrams());
    QTest::qWait(1500);  // a tick with the traffic, then the final one at stop
    bridge.stop();
    QTRY_VERIFY_WITH_TIMEOUT(ended(bridge), 15000);
    QVERIFY(!bridge.recording()->recording());
    bool hadRecorder = false;
    for (const SinkCounters& sink : bridge.latest()->sinks) {
        if (sink.name == "history") {
            hadRecorder = true;
            QVERIFY2(!sink.detached, sink.error.c_str());
        }
    }
    QVERIFY(hadRecorder);

    auto reader = history::HistoryReader::open(databasePath().toStdString());
    QVERIFY2(reader, reader ? "" : reader.error().message.c_str());
    const int64_t now = wallNowNs() / 1'000'000'000;
    auto rows = reader.value()->totals({now - 3600, now + 3600}, history::Dimension::Application);
    QVERIFY(rows);
    history::Usage sum;
    for (const auto& row : rows.value()) {
        sum += row.usage;
    }
    QCOMPARE(sum.packets(), uint64_t(kDatagrams));
    QCOMPARE(sum.bytes(), uint64_t(kDatagrams) * (kFrameOverhead + kPayload));
}

QTEST_MAIN(LiveRecordingTest)
#include "live_recording_test.moc"
