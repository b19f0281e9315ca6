// Settings → Export: the settings round-trip with their defaults, the one-sentence validation
// of host and port (and a name that does not resolve), and the tab's widgets under the real
// Settings dialog: they show the stored values, OK saves them, Cancel does not.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ui/engine_bridge.h"
#include "ui/export/export_connector.h"
#include "ui/settings/export_settings.h"
#include "ui/settings/export_tab.h"
#include "ui/settings_dialog.h"

using namespace flowscope::ui;

class ExportTabTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { SettingsStore::clear(); }
    void defaultsAreTheExportersOwn();
    void settingsRoundTrip();
    void validationSaysWhatIsWrong_data();
    void validationSaysWhatIsWrong();
    void tabShowsStoredValuesAndOkSavesThem();
    void cancelKeepsTheSettings();
    void tabSaysBadInputAsTyped();
    void nameThatDoesNotResolveIsSaid();
    void filesAreSentOnlyWhenAskedFor();

private:
    static ExportTab* openTab(SettingsDialog& dialog);
    QTemporaryDir m_dir;
};

void ExportTabTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    SettingsStore::setLocation(m_dir.filePath(QStringLiteral("flowscope.conf")));
}

void ExportTabTest::defaultsAreTheExportersOwn() {
    const settings::ExportSettingsValues v = settings::exportSettings();
    QCOMPARE(v.enabled, false);
    QCOMPARE(v.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(v.port, QStringLiteral("4739"));
    QCOMPARE(v.tcp, false);
    QCOMPARE(v.activeTimeout, 60);
    QCOMPARE(v.idleTimeout, 15);
    QCOMPARE(v.observationDomain, 1);
    QCOMPARE(v.enterpriseNumber, 32473);  // RFC 5612's documentation number
    QCOMPARE(v.files, false);
}

void ExportTabTest::settingsRoundTrip() {
    settings::ExportSettingsValues v;
    v.enabled = true;
    v.host = QStringLiteral(" collector.example.org ");
    v.port = QStringLiteral("2055");
    v.tcp = true;
    v.activeTimeout = 300;
    v.idleTimeout = 30;
    v.observationDomain = 77;
    v.enterpriseNumber = 12345;
    v.files = true;
    settings::saveExportSettings(v);
    const settings::ExportSettingsValues back = settings::exportSettings();
    QCOMPARE(back.enabled, true);
    QCOMPARE(back.host, QStringLiteral("collector.example.org"));
    QCOMPARE(back.port, QStringLiteral("2055"));
    QCOMPARE(back.tcp, true);
    QCOMPARE(back.activeTimeout, 300);
    QCOMPARE(back.idleTimeout, 30);
    QCOMPARE(back.observationDomain, 77);
    QCOMPARE(back.enterpriseNumber, 12345);
    QCOMPARE(back.files, true);
    // Out-of-range stored timeouts are clamped to what the tab offers.
    settings::exportActiveTimeout.setValue(0);
    settings::exportIdleTimeout.setValue(10'000'000);
    QCOMPARE(settings::exportSettings().activeTimeout, 1);
    QCOMPARE(settings::exportSettings().idleTimeout, settings::kExportMaxTimeoutSeconds);
}

void ExportTabTest::validationSaysWhatIsWrong_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("contains");  // "" when valid
    QTest::newRow("ipv4") << "127.0.0.1"
                          << "4739"
                          << "";
    QTest::newRow("ipv6") << "::1"
                          << "4739"
                          << "";
    QTest::newRow("name") << "collector.example.org"
                          << "1"
                          << "";
    QTest::newRow("top port") << "localhost"
                              << "65535"
                              << "";
    QTest::newRow("empty host") << "  "
                                << "4739"
                                << "Give the collector's address";
    QTest::newRow("space") << "my collector"
                           << "4739"
                           << "neither an IP address nor a host name";
    QTest::newRow("url") << "http://x/"
                         << "4739"
                         << "neither an IP address nor a host name";
    QTest::newRow("bad v4") << "300.1.2.3.4."
                            << "4739"
                            << "";  // a (numeric) name: looked up
    QTest::newRow("port zero") << "127.0.0.1"
                               << "0"
                               << "out of range";
    QTest::newRow("port high") << "127.0.0.1"
                               << "70000"
                               << "out of range";
    QTest::newRow("port text") << "127.0.0.1"
                               << "ipfix"
                               << "out of range";
    QTest::newRow("port empty") << "127.0.0.1"
                                << ""
                                << "out of range";
}

void ExportTabTest::validationSaysWhatIsWrong() {
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, contains);
    const QString sentence = settings::validateExportTarget(host, port);
    if (contains.isEmpty()) {
        QVERIFY2(sentence.isEmpty(), qPrintable(sentence));
        return;
    }
    QVERIFY2(sentence.contains(contains), qPrintable(sentence));
    // One sentence that says what to do.
    QVERIFY(sentence.endsWith(QLatin1Char('.')));
    QCOMPARE(QString(sentence).remove(QStringLiteral("e.g. ")).count(QStringLiteral(". ")), 0);
}

ExportTab* ExportTabTest::openTab(SettingsDialog& dialog) {
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    auto* tab = dialog.findChild<ExportTab*>(QStringLiteral("exportTab"));
    if (tabs && tab) {
        tabs->setCurrentWidget(tab);
    }
    return tab;
}

void ExportTabTest::tabShowsStoredValuesAndOkSavesThem() {
    settings::exportHost.setValue(QStringLiteral("192.0.2.10"));
    settings::exportPort.setValue(9995);
    settings::exportIdleTimeout.setValue(20);
    EngineBridge bridge;
    SettingsDialog dialog(&bridge);
    ExportTab* tab = openTab(dialog);
    QVERIFY(tab);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("Export"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(tab->isVisible());
    QCOMPARE(tab->enabledCheck()->isChecked(), false);
    QCOMPARE(tab->hostEdit()->text(), QStringLiteral("192.0.2.10"));
    QCOMPARE(tab->portEdit()->text(), QStringLiteral("9995"));
    QCOMPARE(tab->transportCombo()->currentIndex(), 0);
    QCOMPARE(tab->activeTimeoutSpin()->value(), 60);
    QCOMPARE(tab->idleTimeoutSpin()->value(), 20);
    QCOMPARE(tab->observationDomainSpin()->value(), 1);
    QCOMPARE(tab->enterpriseNumberSpin()->value(), 32473);
    QVERIFY(tab->statusLabel()->text().contains(QStringLiteral("Nothing is being sent")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportWhenLabel"))
                ->text()
                .contains(QStringLiteral("next capture")));

    tab->enabledCheck()->click();
    tab->hostEdit()->clear();
    QTest::keyClicks(tab->hostEdit(), QStringLiteral("::1"));
    tab->portEdit()->clear();
    QTest::keyClicks(tab->portEdit(), QStringLiteral("4740"));
    tab->transportCombo()->setCurrentIndex(1);
    tab->activeTimeoutSpin()->setValue(120);
    tab->observationDomainSpin()->setValue(9);
    tab->enterpriseNumberSpin()->setValue(54321);
    tab->filesCheck()->click();
    QVERIFY(tab->errorLabel()->isHidden());
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const settings::ExportSettingsValues v = settings::exportSettings();
    QCOMPARE(v.enabled, true);
    QCOMPARE(v.host, QStringLiteral("::1"));
    QCOMPARE(v.port, QStringLiteral("4740"));
    QCOMPARE(v.tcp, true);
    QCOMPARE(v.activeTimeout, 120);
    QCOMPARE(v.idleTimeout, 20);
    QCOMPARE(v.observationDomain, 9);
    QCOMPARE(v.enterpriseNumber, 54321);
    QCOMPARE(v.files, true);
}

void ExportTabTest::cancelKeepsTheSettings() {
    EngineBridge bridge;
    SettingsDialog dialog(&bridge);
    ExportTab* tab = openTab(dialog);
    QVERIFY(tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    tab->enabledCheck()->click();
    tab->portEdit()->setText(QStringLiteral("1234"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(settings::exportEnabled.value(), false);
    QVERIFY(!settings::exportPort.isSet());
}

void ExportTabTest::tabSaysBadInputAsTyped() {
    EngineBridge bridge;
    SettingsDialog dialog(&bridge);
    ExportTab* tab = openTab(dialog);
    QVERIFY(tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    tab->portEdit()->selectAll();
    QTest::keyClicks(tab->portEdit(), QStringLiteral("99999"));
    QVERIFY(tab->errorLabel()->isVisible());
    QVERIFY2(tab->errorLabel()->text().contains(QStringLiteral("\"99999\" is out of range")),
             qPrintable(tab->errorLabel()->text()));
    tab->portEdit()->selectAll();
    QTest::keyClicks(tab->portEdit(), QStringLiteral("4739"));
    QVERIFY(tab->errorLabel()->isHidden());
    tab->hostEdit()->selectAll();
    QTest::keyClicks(tab->hostEdit(), QStringLiteral("bad host"));
    QVERIFY(tab->errorLabel()->isVisible());
    QVERIFY(tab->errorLabel()->text().contains(QStringLiteral("\"bad host\" is neither")));
}

void ExportTabTest::nameThatDoesNotResolveIsSaid() {
    EngineBridge bridge;
    SettingsDialog dialog(&bridge);
    ExportTab* tab = openTab(dialog);
    QVERIFY(tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy checked(tab, &ExportTab::hostChecked);
    // RFC 2606: .invalid never resolves.
    tab->hostEdit()->setFocus();
    tab->hostEdit()->selectAll();
    QTest::keyClicks(tab->hostEdit(), QStringLiteral("no-such-collector.invalid"));
    QVERIFY(tab->errorLabel()->isHidden());  // a well-formed name
    QMetaObject::invokeMethod(tab->hostEdit(), "editingFinished");
    QVERIFY(checked.wait(20000));
    QVERIFY(tab->errorLabel()->isVisible());
    QCOMPARE(tab->errorLabel()->text(),
             QStringLiteral("The host name \"no-such-collector.invalid\" does not resolve to an "
                            "address; check its spelling or give the collector's IP address."));
    // A name that resolves clears it.
    tab->hostEdit()->selectAll();
    QTest::keyClicks(tab->hostEdit(), QStringLiteral("localhost"));
    QMetaObject::invokeMethod(tab->hostEdit(), "editingFinished");
    QVERIFY(checked.wait(20000));
    QVERIFY(tab->errorLabel()->isHidden());

    // The same settings at the start of a capture: the exporter says it in the status.
    settings::exportEnabled.setValue(true);
    settings::exportFiles.setValue(true);
    settings::exportHost.setValue(QStringLiteral("no-such-collector.invalid"));
    QCOMPARE(bridge.openFile(QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/ndpi-zoom.pcap")),
             QString());
    const ExportConnector::Status status = bridge.exporting()->status();
    QCOMPARE(status.state, ExportConnector::State::Failed);
    QVERIFY2(status.problem.contains(QStringLiteral("could not be resolved")),
             qPrintable(status.problem));
    QTRY_VERIFY(tab->statusLabel()->text().startsWith(
        QStringLiteral("Flows of this capture are not sent: ")));
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == flowscope::EngineState::Finished, 20000);
}

void ExportTabTest::filesAreSentOnlyWhenAskedFor() {
    EngineBridge bridge;
    const QString capture = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/ndpi-zoom.pcap");
    QCOMPARE(bridge.openFile(capture), QString());  // exporting off: nothing to say
    QCOMPARE(bridge.exporting()->status().state, ExportConnector::State::Idle);
    QCOMPARE(bridge.exporting()->statusText(), QStringLiteral("Nothing is being sent."));
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == flowscope::EngineState::Finished, 20000);
    settings::exportEnabled.setValue(true);
    QCOMPARE(bridge.openFile(capture), QString());
    QCOMPARE(bridge.exporting()->status().state, ExportConnector::State::NotExported);
    QVERIFY(bridge.exporting()->statusText().startsWith(
        QStringLiteral("Capture files opened for viewing are not sent")));
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == flowscope::EngineState::Finished, 20000);
    for (const flowscope::SinkCounters& sink : bridge.latest()->sinks) {
        QVERIFY2(sink.name != "ipfix", "a file got an exporter");
    }
}

QTEST_MAIN(ExportTabTest)
#include "export_tab_test.moc"
