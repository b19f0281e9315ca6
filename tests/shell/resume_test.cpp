// Resuming the last live capture on start (resumeLastCapture, called by the app's main()):
// off by default; on, it captures on the saved adapter with the saved filter (a real capture
// on loopback in a private network namespace, where the only traffic is the test's own); an
// adapter that is gone leaves one message in the banner and the Start page in view. The Start
// page saves the filter it started with. A compact window follows the resumed capture.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>

#include "ui/compact/compact_window.h"
#include "ui/compact/mini_chart.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/pages/start_page.h"
#include "ui/settings/settings.h"
#include "ui/settings/startup_settings.h"
#include "ui/shell/resume_capture.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

// `count` UDP datagrams to 127.0.0.1:`port` (nothing listens; only the capture sees them).
void sendUdp(uint16_t port, int count) {
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < count; ++i) {
        sendto(fd, "flowscope", 9, 0, reinterpret_cast<const sockaddr*>(&to), sizeof to);
    }
    close(fd);
}

}  // namespace

class ResumeTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void offByDefault();
    void goneAdapterSaysSoOnce();
    void resumesOnLoopbackWithTheSavedFilter();  // enters a private network namespace
    void startPageSavesTheFilter();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_privateNetwork = false;
};

void ResumeTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SettingsStore::setLocation(m_dir->filePath("flowscope.conf"));
}

void ResumeTest::cleanup() {
    SettingsStore::setLocation({});
    m_dir.reset();
}

void ResumeTest::offByDefault() {
    settings::lastAdapter.setValue("lo");
    EngineBridge bridge;
    MainWindow window(&bridge);
    QVERIFY(!resumeLastCapture(window));
    QCOMPARE(bridge.state(), EngineState::Idle);
    QCOMPARE(window.bannerText(), QString());
    // Chosen, but no live capture was ever started: nothing either.
    settings::resumeLastCapture.setValue(true);
    settings::lastAdapter.reset();
    QVERIFY(!resumeLastCapture(window));
    QCOMPARE(bridge.state(), EngineState::Idle);
}

void ResumeTest::goneAdapterSaysSoOnce() {
    settings::resumeLastCapture.setValue(true);
    settings::lastAdapter.setValue("fsgone0");
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(!resumeLastCapture(window));
    QCOMPARE(bridge.state(), EngineState::Idle);
    QCOMPARE(window.currentPage(), int(MainWindow::PageStart));
    const QString text = window.bannerText();
    QVERIFY2(text.startsWith("The last live capture (on fsgone0) was not resumed. ") &&
                 text.contains("Start page"),
             qPrintable(text));
}

void ResumeTest::resumesOnLoopbackWithTheSavedFilter() {
    if (unshare(CLONE_NEWNET) != 0) {
        QSKIP("no private network namespace here (unshare needs CAP_SYS_ADMIN)");
    }
    m_privateNetwork = true;
    QCOMPARE(std::system("ip link set lo up"), 0);
    settings::resumeLastCapture.setValue(true);
    settings::lastAdapter.setValue("lo");
    settings::lastFilter.setValue("udp port 9");
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(resumeLastCapture(window));
    QVERIFY(bridge.isLive());
    QCOMPARE(bridge.sourceName(), QStringLiteral("lo"));
    QCOMPARE(bridge.state(), EngineState::Running);
    QCOMPARE(window.currentPage(), int(MainWindow::PageOverview));
    QCOMPARE(window.bannerText(), QString());
    CompactWindow compact(&bridge, &window);  // follows the same bridge
    QCOMPARE(compact.sourceText(), QStringLiteral("Capturing on lo"));
    QTRY_VERIFY_WITH_TIMEOUT(bridge.latest() != nullptr, 10000);
    // Five datagrams the filter keeps and seven it does not.
    sendUdp(9, 5);
    sendUdp(10, 7);
    QTRY_VERIFY_WITH_TIMEOUT(bridge.latest()->totals.packets >= 5, 10000);
    const uint64_t sequence = bridge.latest()->sequence;
    QTRY_VERIFY_WITH_TIMEOUT(bridge.latest()->sequence >= sequence + 2, 10000);
    QCOMPARE(bridge.latest()->totals.packets, uint64_t(5));
    QCOMPARE(compact.chart()->rates().size(), size_t(bridge.latest()->sequence));
    bridge.pause();
    QCOMPARE(compact.sourceText(), QStringLiteral("Paused on lo"));
    bridge.resume();
    QCOMPARE(compact.sourceText(), QStringLiteral("Capturing on lo"));
    bridge.stop();
}

void ResumeTest::startPageSavesTheFilter() {
    if (!m_privateNetwork) {
        QSKIP("needs the private network namespace of the test before");
    }
    settings::lastAdapter.setValue("lo");  // preselected on the Start page
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    auto* filter = window.startPage()->findChild<QLineEdit*>("filterEdit");
    auto* start = window.startPage()->findChild<QPushButton*>("startButton");
    QVERIFY(filter && start);
    QCOMPARE(window.startPage()->selectedAdapter(), QStringLiteral("lo"));
    filter->setText("  tcp port 443 ");
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
    QVERIFY(!settings::lastFilter.isSet());
    start->click();
    QCOMPARE(bridge.state(), EngineState::Running);
    QCOMPARE(settings::lastFilter.value(), QStringLiteral("tcp port 443"));
    bridge.stop();
}

QTEST_MAIN(ResumeTest)
#include "resume_test.moc"
