// The desktop app's pipeline with Settings → Export on: EngineBridge reads a capture file
// (offscreen, as the other ui tests) and its exporter sends to a real collector, Debian's
// nfcapd (package nfdump) on 127.0.0.1; nfdump's per-record packets and bytes, summed per
// flow and direction, equal the flow table's counts the GUI shows (its connection model), and
// the tab under the real Settings dialog shows what was sent. A collector that is down (TCP
// to a closed port) is reported as unreachable, with the records dropped. Skipped without
// nfcapd (tools/packages/test-export.list installs it).
//
// FLOWSCOPE_SCREENSHOT_DIR, when set, receives settings-export.png (the tab after the run).
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <map>
#include <tuple>

#include "tests/export_ui/nfcapd_process.h"
#include "ui/engine_bridge.h"
#include "ui/export/export_connector.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/settings/export_settings.h"
#include "ui/settings/export_tab.h"
#include "ui/settings_dialog.h"
#include "ui/shell/language.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kCapture = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/ndpi-zoom.pcap");
constexpr uint64_t kEthernetHeader = 14;  // ndpi-zoom.pcap is Ethernet

// source, destination, source port, destination port, protocol
using Key = std::tuple<QString, QString, int, int, int>;
struct Sum {
    uint64_t packets = 0;
    uint64_t octets = 0;
    friend bool operator==(const Sum&, const Sum&) = default;
};

int protocolNumber(const QString& name) {
    if (name == QLatin1String("TCP")) {
        return 6;
    }
    if (name == QLatin1String("UDP")) {
        return 17;
    }
    if (name == QLatin1String("ICMP")) {
        return 1;
    }
    if (name == QLatin1String("ICMP6")) {
        return 58;
    }
    return name.toInt();
}

// The model's flows as IPFIX uniflows carry them: per direction, IP bytes and packets.
std::map<Key, Sum> modelSums(const ConnectionModel& model) {
    std::map<Key, Sum> sums;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Flow& f = model.flowAt(row);
        const Endpoint& l = f.local();
        const Endpoint& r = f.remote();
        const QString local = QString::fromStdString(l.address.toString());
        const QString remote = QString::fromStdString(r.address.toString());
        if (f.counters.packetsOut > 0) {
            Sum& s = sums[{local, remote, l.port, r.port, f.key.protocol}];
            s.packets += f.counters.packetsOut;
            s.octets += f.counters.bytesOut - kEthernetHeader * f.counters.packetsOut;
        }
        if (f.counters.packetsIn > 0) {
            Sum& s = sums[{remote, local, r.port, l.port, f.key.protocol}];
            s.packets += f.counters.packetsIn;
            s.octets += f.counters.bytesIn - kEthernetHeader * f.counters.packetsIn;
        }
    }
    return sums;
}

QString keyText(const Key& k) {
    return QStringLiteral("%1:%2 → %3:%4 (%5)")
        .arg(std::get<0>(k))
        .arg(std::get<2>(k))
        .arg(std::get<1>(k))
        .arg(std::get<3>(k))
        .arg(std::get<4>(k));
}

ExportTab* showExportTab(SettingsDialog& dialog) {
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    auto* tab = dialog.findChild<ExportTab*>(QStringLiteral("exportTab"));
    if (tabs && tab) {
        tabs->setCurrentWidget(tab);
    }
    return tab;
}

}  // namespace

class NfcapdGuiTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { SettingsStore::clear(); }
    void fileExportedToNfcapdMatchesTheFlowTable();
    void collectorDownIsReported();

private:
    QTemporaryDir m_dir;
};

void NfcapdGuiTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));  // as the app: plurals
    SettingsStore::setLocation(m_dir.filePath(QStringLiteral("flowscope.conf")));
}

void NfcapdGuiTest::fileExportedToNfcapdMatchesTheFlowTable() {
    if (QStandardPaths::findExecutable(QStringLiteral("nfcapd")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("nfdump")).isEmpty()) {
        QSKIP("nfcapd is not installed (apt-get install nfdump)");
    }
    const QString flows = m_dir.filePath(QStringLiteral("flows"));
    QVERIFY(QDir().mkpath(flows));
    const quint16 port = test::freeUdpPort();
    QProcess nfcapd;
    nfcapd.setProcessChannelMode(QProcess::MergedChannels);
    QVERIFY(test::startNfcapd(nfcapd, port, flows));
    QTRY_VERIFY_WITH_TIMEOUT(test::udpPortTaken(port), 5000);

    // What a user sets in Settings → Export, through the real dialog.
    EngineBridge bridge;
    {
        SettingsDialog dialog(&bridge);
        ExportTab* tab = showExportTab(dialog);
        QVERIFY(tab);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tab->enabledCheck()->setChecked(true);
        tab->filesCheck()->setChecked(true);
        tab->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        tab->portEdit()->setText(QString::number(port));
        // The default timeouts (60 s active, 15 s idle); the sums of several records per
        // flow are tested in tests/export.
        QCOMPARE(tab->activeTimeoutSpin()->value(), 60);
        QCOMPARE(tab->idleTimeoutSpin()->value(), 15);
        QCOMPARE(tab->validate(), QString());
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }

    ExportConnector* connector = bridge.exporting();
    MainWindow window(&bridge);
    auto* barLabel = window.findChild<QLabel*>(QStringLiteral("exportStatusBarLabel"));
    QVERIFY(barLabel);
    QVERIFY(barLabel->isHidden());  // nothing sent yet
    QCOMPARE(bridge.openFile(kCapture), QString());
    QCOMPARE(connector->status().state, ExportConnector::State::Exporting);
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 30000);
    // Once the engine has flushed and let go of the exporter, the counts are final.
    QTRY_COMPARE_WITH_TIMEOUT(connector->status().state, ExportConnector::State::Finished, 10000);
    const ExportConnector::Status status = connector->status();
    QVERIFY(status.recordsSent > 0);
    QCOMPARE(status.recordsDropped, uint64_t(0));
    QVERIFY(!status.unreachable);
    QCOMPARE(barLabel->text(), QStringLiteral("IPFIX: %1 records sent")
                                   .arg(QLocale().toString(qulonglong(status.recordsSent))));

    // nfcapd writes its file when it stops.
    QTest::qWait(500);
    nfcapd.terminate();
    QVERIFY(nfcapd.waitForFinished(10000));
    QProcess nfdump;
    nfdump.start(QStringLiteral("nfdump"),
                 {QStringLiteral("-R"), flows, QStringLiteral("-q"), QStringLiteral("-N"),
                  QStringLiteral("-6"), QStringLiteral("-o"),
                  QStringLiteral("fmt:%sa|%da|%sp|%dp|%pr|%pkt|%byt")});
    QVERIFY(nfdump.waitForFinished(30000));
    const QString listing = QString::fromUtf8(nfdump.readAllStandardOutput());
    std::map<Key, Sum> collected;
    uint64_t records = 0;
    for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('|'));
        QVERIFY2(parts.size() == 7, qPrintable(line));
        Sum& s = collected[{parts[0].trimmed(), parts[1].trimmed(), parts[2].trimmed().toInt(),
                            parts[3].trimmed().toInt(), protocolNumber(parts[4].trimmed())}];
        s.packets += parts[5].trimmed().toULongLong();
        s.octets += parts[6].trimmed().toULongLong();
        ++records;
    }
    QCOMPARE(records, status.recordsSent);
    const std::map<Key, Sum> counted = modelSums(*bridge.connections());
    QVERIFY(!counted.empty());
    QCOMPARE(collected.size(), counted.size());
    for (const auto& [key, sum] : counted) {
        const auto it = collected.find(key);
        QVERIFY2(it != collected.end(), qPrintable(keyText(key)));
        QVERIFY2(it->second == sum,
                 qPrintable(keyText(key) + QStringLiteral(": nfcapd %1 packets %2 bytes, the "
                                                          "flow table %3 packets %4 bytes")
                                               .arg(it->second.packets)
                                               .arg(it->second.octets)
                                               .arg(sum.packets)
                                               .arg(sum.octets)));
    }

    // The tab shows what was sent.
    SettingsDialog dialog(&bridge);
    ExportTab* tab = showExportTab(dialog);
    dialog.resize(620, dialog.height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString text = tab->statusLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("The last capture is over. Sent to 127.0.0.1:%1 over "
                                            "UDP: %2 records in ")
                                 .arg(port)
                                 .arg(QLocale().toString(qulonglong(records)))),
             qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral(", 0 records dropped.")), qPrintable(text));
    const QString dir = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("settings-export.png"))));
    }
}

void NfcapdGuiTest::collectorDownIsReported() {
    // Nothing listens on this TCP port of 127.0.0.1: every connect is refused.
    const quint16 port = test::freeUdpPort();
    settings::exportEnabled.setValue(true);
    settings::exportFiles.setValue(true);
    settings::exportPort.setValue(port);
    settings::exportTransport.setValue(QStringLiteral("tcp"));
    EngineBridge bridge;
    MainWindow window(&bridge);
    auto* barLabel = window.findChild<QLabel*>(QStringLiteral("exportStatusBarLabel"));
    QVERIFY(barLabel);
    SettingsDialog dialog(&bridge);
    ExportTab* tab = showExportTab(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(bridge.openFile(kCapture), QString());
    QTRY_VERIFY_WITH_TIMEOUT(bridge.exporting()->status().unreachable, 10000);
    QTRY_COMPARE(barLabel->text(), QStringLiteral("IPFIX: collector unreachable"));
    QTRY_VERIFY(
        tab->statusLabel()->text().contains(QStringLiteral("The collector is unreachable")));
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(bridge.exporting()->status().state, ExportConnector::State::Finished,
                              10000);
    const ExportConnector::Status status = bridge.exporting()->status();
    QCOMPARE(status.recordsSent, uint64_t(0));
    QVERIFY(status.recordsDropped > 0);  // the backlog that never reached the collector
    // The capture went on: every flow is in the model.
    QVERIFY(bridge.connections()->rowCount() > 0);
    QTRY_VERIFY(tab->statusLabel()->text().contains(
        QStringLiteral("%1 records dropped")
            .arg(QLocale().toString(qulonglong(status.recordsDropped)))));
}

QTEST_MAIN(NfcapdGuiTest)
#include "nfcapd_gui_test.moc"
