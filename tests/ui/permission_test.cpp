// The Start page and the main window without capture permission. ctest runs this program as
// the unprivileged user nobody with no capabilities (tests/ui/run_unprivileged.sh), so the
// permission check is the real one: the page must say why capturing fails and how to fix
// it, keep offering capture files, and open one.
#include <unistd.h>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/capture/adapters.h"
#include "core/capture/live_capture.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/pages/start_page.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

void waitFinished(EngineBridge& bridge) {
    QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 30000);
}

}  // namespace

class PermissionTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void startPageExplainsAndOffersFiles();
    void mainWindowStillOpensFiles();

private:
    QTemporaryDir m_settingsDir;  // nobody has no writable home
    QString m_adapter;
    QString m_sentence;  // LiveCapture's own message for this adapter
};

void PermissionTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName("FlowscopeTest");
    QCoreApplication::setApplicationName("ui_permission_tests");
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    // The premise: this process really cannot capture (else the test proves nothing).
    auto adapters = listAdapters();
    QVERIFY2(adapters.ok(), adapters.ok() ? "" : adapters.error().message.c_str());
    std::string name = defaultAdapterName(*adapters);
    if (name.empty() && !adapters->empty()) {
        name = adapters->front().name;
    }
    QVERIFY(!name.empty());
    m_adapter = QString::fromStdString(name);
    LiveOptions options;
    options.interface = name;
    auto capture = LiveCapture::open(options);
    QVERIFY2(!capture.ok(),
             qPrintable(QStringLiteral("uid %1 can capture on %2: run this test without "
                                       "capture permission (tests/ui/run_unprivileged.sh)")
                            .arg(geteuid())
                            .arg(m_adapter)));
    QCOMPARE(capture.error().code, ErrorCode::PermissionDenied);
    m_sentence = QString::fromStdString(capture.error().message);
}

void PermissionTest::startPageExplainsAndOffersFiles() {
    EngineBridge bridge;
    StartPage page(&bridge);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Why, and how to fix it (the capability command or privileges), and that files work.
    QTRY_VERIFY(!page.errorText().isEmpty());
    const QString text = page.errorText();
    QVERIFY2(text.startsWith(m_sentence), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("has no permission to capture on ") + m_adapter),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sudo setcap cap_net_raw,cap_net_admin=eip ")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("administrator privileges")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Capture files can still be opened.")), qPrintable(text));
    QVERIFY(page.findChild<QLabel*>("errorLabel")->isVisible());
    // Files are still offered...
    auto* open = page.findChild<QPushButton*>("openFileButton");
    QVERIFY(open && open->isVisible() && open->isEnabled());
    // ... and starting a live capture anyway gives the same reason, nothing starts.
    QSignalSpy started(&page, &StartPage::captureStarted);
    auto* startButton = page.findChild<QPushButton*>("startButton");
    QVERIFY(startButton && startButton->isEnabled());
    QTest::mouseClick(startButton, Qt::LeftButton);
    QCOMPARE(started.count(), 0);
    QCOMPARE(bridge.state(), EngineState::Idle);
    QVERIFY2(page.errorText().contains(QStringLiteral("has no permission to capture on ")),
             qPrintable(page.errorText()));
    // ... and a file opens and is read.
    page.openFile(kExample2);
    QCOMPARE(started.count(), 1);
    QVERIFY(page.errorText().isEmpty());
    waitFinished(bridge);
    QCOMPARE(bridge.connections()->rowCount(), 257);
}

void PermissionTest::mainWindowStillOpensFiles() {
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), int(MainWindow::PageStart));
    QTRY_VERIFY(window.startPage()->errorText().startsWith(m_sentence));
    window.openFile(kExample2);
    QCOMPARE(window.currentPage(), int(MainWindow::PageOverview));
    waitFinished(bridge);
    QCOMPARE(window.bannerText(), QString());
    QCOMPARE(bridge.connections()->rowCount(), 257);
}

QTEST_MAIN(PermissionTest)
#include "permission_test.moc"
