// A live capture in the desktop app with Settings → Export on: EngineBridge captures `lo` in a
// private network namespace (unshare; skipped where that is not allowed) while nfcapd listens
// on its 127.0.0.1, real UDP traffic of a known size goes over it, and the capture is
// stopped: the exporter's last records are flushed at the stop, and nfcapd reads back exactly
// the datagrams' packets and IP bytes (the loopback's Ethernet header not counted), equal to
// what the GUI's flow table shows for that flow.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <cstdlib>

#include "tests/export_ui/nfcapd_process.h"
#include "ui/engine_bridge.h"
#include "ui/export/export_connector.h"
#include "ui/models/connection_model.h"
#include "ui/settings/export_settings.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

constexpr int kDatagrams = 40;
constexpr int kPayload = 300;
constexpr uint64_t kIpBytes = 20 + 8 + kPayload;  // IPv4 + UDP + payload: what IPFIX counts
constexpr uint64_t kEthernetHeader = 14;          // Linux loopback's link type is Ethernet

// Sends kDatagrams of kPayload bytes from one UDP socket to another on 127.0.0.1; gives their
// ports.
bool sendDatagrams(uint16_t& fromPort, uint16_t& toPort) {
    const int receiver = socket(AF_INET, SOCK_DGRAM, 0);
    const int sender = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sockaddr_in from = to;
    socklen_t length = sizeof(to);
    bool ok = receiver >= 0 && sender >= 0 &&
              bind(receiver, reinterpret_cast<sockaddr*>(&to), sizeof(to)) == 0 &&
              getsockname(receiver, reinterpret_cast<sockaddr*>(&to), &length) == 0 &&
              bind(sender, reinterpret_cast<sockaddr*>(&from), sizeof(from)) == 0 &&
              getsockname(sender, reinterpret_cast<sockaddr*>(&from), &length) == 0;
    char payload[kPayload] = {};
    char buffer[kPayload];
    for (int i = 0; ok && i < kDatagrams; ++i) {
        ok = sendto(sender, payload, sizeof(payload), 0, reinterpret_cast<sockaddr*>(&to),
                    sizeof(to)) == kPayload &&
             recv(receiver, buffer, sizeof(buffer), 0) == kPayload;
        QTest::qWait(20);
    }
    close(sender);
    close(receiver);
    fromPort = ntohs(from.sin_port);
    toPort = ntohs(to.sin_port);
    return ok;
}

}  // namespace

class LiveExportTest : public QObject {
    Q_OBJECT
private slots:
    void liveCaptureStoppedSendsItsLastRecords();
};

void LiveExportTest::liveCaptureStoppedSendsItsLastRecords() {
    if (QStandardPaths::findExecutable(QStringLiteral("nfcapd")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("nfdump")).isEmpty()) {
        QSKIP("nfcapd is not installed (apt-get install nfdump)");
    }
    if (unshare(CLONE_NEWNET) != 0) {
        QSKIP("no private network namespace here (unshare needs CAP_SYS_ADMIN)");
    }
    if (std::system("ip link set lo up") != 0) {
        QSKIP("cannot bring up the private loopback with `ip link`");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SettingsStore::setLocation(dir.filePath(QStringLiteral("flowscope.conf")));
    const quint16 port = 4739;  // the namespace is this test's own
    const QString flows = dir.filePath(QStringLiteral("flows"));
    QVERIFY(QDir().mkpath(flows));
    QProcess nfcapd;
    QVERIFY(test::startNfcapd(nfcapd, port, flows));
    QTRY_VERIFY_WITH_TIMEOUT(test::udpPortTaken(port), 5000);
    settings::exportEnabled.setValue(true);
    settings::exportPort.setValue(port);

    EngineBridge bridge;
    const QString error = bridge.startLive(QStringLiteral("lo"));
    if (!error.isEmpty()) {
        nfcapd.terminate();
        nfcapd.waitForFinished();
        QSKIP(qPrintable(QStringLiteral("cannot capture on lo here: ") + error));
    }
    QCOMPARE(bridge.exporting()->status().state, ExportConnector::State::Exporting);
    QTest::qWait(500);
    uint16_t fromPort = 0;
    uint16_t toPort = 0;
    QVERIFY(sendDatagrams(fromPort, toPort));
    QTest::qWait(1500);
    // Nothing was due yet (60 s active, 15 s idle): the stop itself sends the flow's record.
    bridge.stop();
    QTRY_COMPARE_WITH_TIMEOUT(bridge.exporting()->status().state, ExportConnector::State::Finished,
                              15000);
    QVERIFY(bridge.exporting()->status().recordsSent > 0);

    // The GUI's flow table for that flow.
    const ConnectionModel* model = bridge.connections();
    uint64_t tablePackets = 0;
    uint64_t tableBytes = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Flow& f = model->flowAt(row);
        if (f.key.protocol == 17 && ((f.key.a.port == fromPort && f.key.b.port == toPort) ||
                                     (f.key.a.port == toPort && f.key.b.port == fromPort))) {
            tablePackets += f.counters.packetsIn + f.counters.packetsOut;
            tableBytes += f.counters.bytesIn + f.counters.bytesOut;
        }
    }
    QCOMPARE(tablePackets, uint64_t(kDatagrams));
    QCOMPARE(tableBytes, uint64_t(kDatagrams) * (kEthernetHeader + kIpBytes));

    QTest::qWait(500);
    nfcapd.terminate();  // writes its file on the way out
    QVERIFY(nfcapd.waitForFinished(10000));
    QProcess nfdump;
    nfdump.start(
        QStringLiteral("nfdump"),
        {QStringLiteral("-R"), flows, QStringLiteral("-q"), QStringLiteral("-N"),
         QStringLiteral("-o"), QStringLiteral("fmt:%sp|%dp|%pr|%pkt|%byt"),
         QStringLiteral("proto udp and src port %1 and dst port %2").arg(fromPort).arg(toPort)});
    QVERIFY(nfdump.waitForFinished(30000));
    uint64_t packets = 0;
    uint64_t bytes = 0;
    const QString listing = QString::fromUtf8(nfdump.readAllStandardOutput());
    for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('|'));
        QVERIFY2(parts.size() == 5, qPrintable(line));
        packets += parts[3].trimmed().toULongLong();
        bytes += parts[4].trimmed().toULongLong();
    }
    QCOMPARE(packets, uint64_t(kDatagrams));
    QCOMPARE(bytes, uint64_t(kDatagrams) * kIpBytes);
    QCOMPARE(bytes, tableBytes - kEthernetHeader * tablePackets);
}

QTEST_MAIN(LiveExportTest)
#include "live_export_test.moc"
