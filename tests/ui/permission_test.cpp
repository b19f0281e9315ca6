// The Start page and the main window without capture permission. ctest runs this program as
// the unprivileged user nobody with no capabilities (tests/ui/run_unprivileged.sh), so the
// permission check is the real one: the page must say why capturing fails and how to fix
// it, keep offering capture files, and open one. A file this user may not read is refused
// with "Permission denied". The capture file is read from a copy this user owns
// ($FLOWSCOPE_TEST_DATA_COPY, made by run_unprivileged.sh), wherever the clone lives.
#include <unistd.h>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/capture/adapters.h"
#include "core/capture/live_capture.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/pages/start_page.h"
#include "ui/settings/settings.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

QString dataFile(const QString& name) {
    const QString copies = qEnvironmentVariable("FLOWSCOPE_TEST_DATA_COPY");
    return copies.isEmpty() ? QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/") + name
                            : copies + QLatin1Char('/') + name;
}

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
    void unreadableFileSaysPermissionDenied();

private:
    QTemporaryDir m_settingsDir;  // nobody has no writable home
    QString m_adapter;
    QString m_sentence;  // LiveCapture's own message for this adapter
    QString m_example2;
};

void PermissionTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    SettingsStore::setLocation(m_settingsDir.filePath("flowscope.conf"));
    m_example2 = dataFile("pcapplusplus-example2.pcap");
    QVERIFY2(QFile(m_example2).open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("uid %1 cannot read %2").arg(geteuid()).arg(m_example2)));

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
    // The probe runs off the GUI thread: until its answer arrives through the event loop the
    // page shows a neutral line, no warning yet.
    QVERIFY(page.permissionPending());
    QVERIFY(!page.findChild<QLabel*>("permissionChecking")->isHidden());
    QVERIFY(page.errorText().isEmpty());
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
    QVERIFY(!page.permissionPending());
    QVERIFY(page.findChild<QLabel*>("permissionChecking")->isHidden());
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
    page.openFile(m_example2);
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
    window.openFile(m_example2);
    QCOMPARE(window.currentPage(), int(MainWindow::PageOverview));
    waitFinished(bridge);
    QCOMPARE(window.bannerText(), QString());
    QCOMPARE(bridge.connections()->rowCount(), 257);
}

// A capture file this user may not read (mode 000, no capability to override it): the page
// says "Permission denied" and names the file; nothing starts.
void PermissionTest::unreadableFileSaysPermissionDenied() {
    const QString locked = m_settingsDir.filePath("locked.pcap");
    QVERIFY(QFile::copy(m_example2, locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    QVERIFY2(!QFile(locked).open(QIODevice::ReadOnly), "this user can read a mode 000 file");
    EngineBridge bridge;
    StartPage page(&bridge);
    QSignalSpy started(&page, &StartPage::captureStarted);
    page.openFile(locked);
    QCOMPARE(started.count(), 0);
    QCOMPARE(bridge.state(), EngineState::Idle);
    const QString text = page.errorText();
    QVERIFY2(text.startsWith(QStringLiteral("Permission denied: ")), qPrintable(text));
    QVERIFY2(text.contains(locked), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("read permission")), qPrintable(text));
}

QTEST_MAIN(PermissionTest)
#include "permission_test.moc"
