// The GUI shell, offscreen: EngineBridge reading real captures (complete, missing, corrupt),
// and MainWindow's page shortcuts, the Inspect page's filters and details pane.
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <fstream>

#include "core/capture/adapters.h"
#include "core/enrich/resources_path.h"
#include "ui/engine_bridge.h"
#include "ui/geo_service.h"
#include "ui/main_window.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/pages/connection_details.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/pages/inspect_page.h"
#include "ui/settings/settings.h"
#include "ui/theme.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");
const QString kCorrupt =
    QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/suricata-verify-smtp-to-comma.pcap");

bool waitForEnd(EngineBridge& bridge) {
    auto ended = [&bridge] {
        const EngineState s = bridge.state();
        return s == EngineState::Finished || s == EngineState::Failed || s == EngineState::Stopped;
    };
    return QTest::qWaitFor(ended, 30000);
}

// The source model's flow behind a visible row of the Inspect table.
const Flow& flowAtProxyRow(InspectPage* page, EngineBridge& bridge, int row) {
    const QModelIndex source = page->proxy()->mapToSource(page->proxy()->index(row, 0));
    return bridge.connections()->flowAt(source.row());
}

// +1 if the sort arrow in `section` is a ▼ (wide at the top), -1 if a ▲, 0 if none is found.
// The arrow is the dark shape in the right part of the section (the title is on the left).
int arrowDirection(QHeaderView* header, int section) {
    const int x = header->sectionViewportPosition(section);
    const int width = header->sectionSize(section);
    const QImage image = header->viewport()->grab(QRect(x, 0, width, header->height())).toImage();
    const int from = image.width() - std::min(image.width() / 3, 30);
    QVector<int> perRow(image.height(), 0);
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int px = from; px < image.width() - 1; ++px) {
            if (QColor(image.pixel(px, y)).lightness() < 128) {
                ++perRow[y];
            }
        }
        if (perRow[y] > 0) {
            first = first < 0 ? y : first;
            last = y;
        }
    }
    if (first < 0 || last - first < 2) {
        return 0;
    }
    const int middle = (first + last) / 2;
    int upper = 0;
    int lower = 0;
    for (int y = first; y <= last; ++y) {
        if (y < middle) {
            upper += perRow[y];
        } else if (y > middle) {
            lower += perRow[y];
        }
    }
    return upper > lower ? +1 : upper < lower ? -1 : 0;
}

}  // namespace

class ShellTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bridgeReadsFile() {
        EngineBridge bridge;
        QSignalSpy started(&bridge, &EngineBridge::captureStarted);
        QSignalSpy states(&bridge, &EngineBridge::stateChanged);
        QSignalSpy failed(&bridge, &EngineBridge::captureFailed);
        QCOMPARE(bridge.openFile(kExample2), QString());
        QCOMPARE(started.count(), 1);
        QVERIFY(waitForEnd(bridge));
        QCOMPARE(bridge.state(), EngineState::Finished);
        QCOMPARE(bridge.connections()->rowCount(), 257);
        QVERIFY(bridge.latest());
        QCOMPARE(bridge.latest()->totals.packets, uint64_t(4709));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<EngineState>(), EngineState::Finished);
        QCOMPARE(bridge.sourceName(), kExample2);
        QVERIFY(!bridge.isLive());
    }

    void bridgeReopensAndDropsOldTicks() {
        EngineBridge bridge;
        QCOMPARE(bridge.openFile(kExample2), QString());
        // Replace at once: ticks of the first capture must not reach the new model.
        QCOMPARE(bridge.openFile(kCorrupt), QString());
        QVERIFY(waitForEnd(bridge));
        QTest::qWait(100);
        QCOMPARE(bridge.connections()->rowCount(), 1);
    }

    void bridgeMissingFile() {
        EngineBridge bridge;
        const QString path = QStringLiteral("/nonexistent/flowscope-missing.pcap");
        const QString error = bridge.openFile(path);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(bridge.state(), EngineState::Idle);
        QCOMPARE(bridge.connections()->rowCount(), 0);
    }

    void bridgeCorruptFile() {
        EngineBridge bridge;
        QSignalSpy failed(&bridge, &EngineBridge::captureFailed);
        QCOMPARE(bridge.openFile(kCorrupt), QString());
        QVERIFY(waitForEnd(bridge));
        QCOMPARE(bridge.state(), EngineState::Failed);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(bridge.connections()->rowCount(), 1);
    }

    void windowTitleAndShortcuts() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Flowscope")));
        QCOMPARE(window.currentPage(), int(MainWindow::PageStart));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PageOverview));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PageInspect));
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PageStart));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PageApplications));
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PageStart));

        // Space pauses, except where it is typed.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QLineEdit* search = window.inspectPage()->filterBar()->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("a b"));
        QCOMPARE(search->text(), QStringLiteral("a b"));
    }

    void windowOpensFileAndFilters() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(kExample2);
        QCOMPARE(window.currentPage(), int(MainWindow::PageOverview));  // capture started
        QVERIFY(window.windowTitle().contains(QStringLiteral("pcapplusplus-example2.pcap")));
        QVERIFY(waitForEnd(bridge));
        InspectPage* page = window.inspectPage();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(page->table()->model()->rowCount(), 257);

        page->filterByService(6, 443);
        const int tls = page->proxy()->rowCount();
        QVERIFY(tls > 0 && tls < 257);
        for (int row = 0; row < tls; ++row) {
            const Flow& flow = flowAtProxyRow(page, bridge, row);
            QCOMPARE(flow.key.protocol, uint8_t(6));
            QVERIFY(flow.key.a.port == 443 || flow.key.b.port == 443);
        }

        page->filterByAddress(QStringLiteral("10.0.0.0/8"));
        const int tenNet = page->proxy()->rowCount();
        QVERIFY(tenNet > 0 && tenNet < 257);
        for (int row = 0; row < tenNet; ++row) {
            const Flow& flow = flowAtProxyRow(page, bridge, row);
            const bool inTen = flow.key.a.address.isV4() && flow.key.a.address.bytes()[0] == 10;
            const bool inTenB = flow.key.b.address.isV4() && flow.key.b.address.bytes()[0] == 10;
            QVERIFY(inTen || inTenB);
        }

        // An invalid network: the field turns red, the previous filter stays.
        QLineEdit* address = page->filterBar()->addressEdit();
        // (Typed text is applied as soon as it is valid, so set it in one go.)
        address->setFocus();
        address->setText(QStringLiteral("10.0.0.0/99"));
        QTest::keyClick(address, Qt::Key_Return);
        QVERIFY(page->filterBar()->addressInvalid());
        QVERIFY(address->property("invalid").toBool());
        QVERIFY(!address->styleSheet().isEmpty());
        QCOMPARE(page->proxy()->rowCount(), tenNet);
        // Valid again: back to normal.
        address->setText(QStringLiteral("10.0.0.1"));
        QVERIFY(!page->filterBar()->addressInvalid());
        QVERIFY(address->styleSheet().isEmpty());
        QVERIFY(page->proxy()->rowCount() < tenNet);

        page->filterBar()->clear();
        QCOMPARE(page->proxy()->rowCount(), 257);
    }

    void detailsFollowSelection() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(kExample2);
        QVERIFY(waitForEnd(bridge));
        window.showPage(MainWindow::PageInspect);
        InspectPage* page = window.inspectPage();
        page->selectRow(3);
        const Flow& flow = flowAtProxyRow(page, bridge, 3);
        const uint64_t id = flow.id;
        const QString remote =
            page->proxy()->index(3, ConnectionModel::ColRemote).data().toString();
        QVERIFY(!remote.isEmpty());
        QCOMPARE(page->selectedFlowId(), id);
        QCOMPARE(page->details()->value(QStringLiteral("Remote")), remote);
        QCOMPARE(page->details()->value(QStringLiteral("Flow id")), QString::number(id));
        QVERIFY(page->details()->allText().contains(remote));
        // Each direction's own flags: the first TCP flow whose ends sent different flags.
        int tcpRow = -1;
        for (int r = 0; r < page->proxy()->rowCount() && tcpRow < 0; ++r) {
            const Flow& f = flowAtProxyRow(page, bridge, r);
            tcpRow = f.key.protocol == 6 && f.tcpFlagsIn != f.tcpFlagsOut ? r : -1;
        }
        QVERIFY(tcpRow >= 0);
        page->selectRow(tcpRow);
        const Flow& tcp = flowAtProxyRow(page, bridge, tcpRow);
        const QString flags = page->details()->value(QStringLiteral("TCP flags"));
        QCOMPARE(flags, ConnectionDetails::tcpFlagsText(tcp.tcpFlagsIn, tcp.tcpFlagsOut));
        QVERIFY2(flags.startsWith(QStringLiteral("↓ ")) && flags.contains(QStringLiteral(" · ↑ ")),
                 qPrintable(flags));
        page->selectRow(3);

        // Re-sorting keeps the same flow selected and shown.
        page->table()->horizontalHeader()->setSortIndicator(ConnectionModel::ColBytesIn,
                                                            Qt::DescendingOrder);
        QCOMPARE(page->selectedFlowId(), id);
        const QModelIndex current = page->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(ConnectionModel::FlowIdRole).toULongLong(), id);
        QCOMPARE(page->details()->value(QStringLiteral("Remote")), remote);
    }

    // Sorted descending (largest first) the arrow points down, ascending up. Read from the
    // pixels the style paints: a ▼ has its wide part at the top.
    void sortArrowFollowsOrder() {
        ThemeManager::apply(Theme::Light);
        EngineBridge bridge;
        InspectPage page(&bridge);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView* header = page.table()->horizontalHeader();
        header->setSortIndicator(ConnectionModel::ColRemote, Qt::DescendingOrder);
        QCOMPARE(page.proxy()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(arrowDirection(header, ConnectionModel::ColRemote), +1);
        header->setSortIndicator(ConnectionModel::ColRemote, Qt::AscendingOrder);
        QCOMPARE(page.proxy()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(arrowDirection(header, ConnectionModel::ColRemote), -1);
    }

    // A capture file has no current rate: "—" in the table and the details, sorted as 0.
    void fileRatesShowDash() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(kExample2);
        QVERIFY(waitForEnd(bridge));
        ConnectionModel* model = bridge.connections();
        QVERIFY(!model->ratesShown());
        QVERIFY(model->rowCount() > 0);
        const QString dash = QStringLiteral("—");
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, ConnectionModel::ColRateIn).data().toString(), dash);
            QCOMPARE(model->index(row, ConnectionModel::ColRateOut).data().toString(), dash);
            QCOMPARE(model->index(row, ConnectionModel::ColRateIn)
                         .data(ConnectionModel::RawRole)
                         .toDouble(),
                     0.0);
        }
        QVERIFY(!model->headerData(ConnectionModel::ColRateIn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        window.showPage(MainWindow::PageInspect);
        window.inspectPage()->selectRow(0);
        QCOMPARE(window.inspectPage()->details()->value(QStringLiteral("Rate in")), dash);
        QCOMPARE(window.inspectPage()->details()->value(QStringLiteral("Rate out")), dash);
        // Live again (here: the flag alone): rates are numbers.
        model->setRatesShown(true);
        QVERIFY(model->index(0, ConnectionModel::ColRateIn).data().toString().endsWith("/s"));
    }

    // Files have no processes: the Application column is hidden for them, shown when live.
    void applicationColumnOnlyWhenLive() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.inspectPage()->table();
        window.openFile(kExample2);
        QVERIFY(waitForEnd(bridge));
        QVERIFY(table->isColumnHidden(ConnectionModel::ColApplication));
        QVERIFY(!table->isColumnHidden(ConnectionModel::ColHost));
        const QString error = bridge.startLive(QStringLiteral("lo"));
        if (!error.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("no live capture here: ") + error));
        }
        QVERIFY(!table->isColumnHidden(ConnectionModel::ColApplication));
        bridge.stop();
        QVERIFY(waitForEnd(bridge));
    }

    void aboutNamesLibpcap() {
        const QString version = QString::fromStdString(pcapLibraryVersion());
        QVERIFY2(version.contains(QStringLiteral("libpcap")), qPrintable(version));
        const QString about = MainWindow::aboutText();
        QVERIFY2(about.contains(version.toHtmlEscaped()), qPrintable(about));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    }

    void tcpFlagsText() {
        QCOMPARE(ConnectionDetails::tcpFlagsText(0x13), QStringLiteral("SYN ACK FIN"));
        QCOMPARE(ConnectionDetails::tcpFlagsText(0), QStringLiteral("none"));
        QCOMPARE(ConnectionDetails::tcpFlagsText(0x14, 0x13),
                 QStringLiteral("↓ ACK RST · ↑ SYN ACK FIN"));
    }

    void liveStopsQuickly() {
        EngineBridge bridge;
        const QString error = bridge.startLive(QStringLiteral("lo"));
        if (!error.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("no live capture here: ") + error));
        }
        QVERIFY(bridge.isLive());
        QCOMPARE(bridge.state(), EngineState::Running);
        QSignalSpy states(&bridge, &EngineBridge::stateChanged);
        bridge.pause();
        QCOMPARE(bridge.state(), EngineState::Paused);
        bridge.resume();
        QCOMPARE(bridge.state(), EngineState::Running);
        QCOMPARE(states.count(), 2);
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        bridge.stop();
        QVERIFY2(timer.elapsed() < 1000, "stop() blocked the GUI thread");
        QVERIFY(waitForEnd(bridge));
        QCOMPARE(bridge.state(), EngineState::Stopped);
        // Replacing a live capture by a file: no tick of the old one is applied afterwards.
        QCOMPARE(bridge.startLive(QStringLiteral("lo")), QString());
        QTest::qWait(150);
        QCOMPARE(bridge.openFile(kCorrupt), QString());
        QVERIFY(waitForEnd(bridge));
        QTest::qWait(100);
        QCOMPARE(bridge.connections()->rowCount(), 1);
    }

    void themes() {
        ThemeManager::apply(Theme::Dark);
        QVERIFY(ThemeManager::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        ThemeManager::apply(Theme::Light);
        QVERIFY(!ThemeManager::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        ThemeManager::save(Theme::Dark);
        QCOMPARE(ThemeManager::saved(), Theme::Dark);
        ThemeManager::save(Theme::System);
        QCOMPARE(ThemeManager::saved(), Theme::System);
    }

    void errorsShowInBanner() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(kCorrupt);
        QVERIFY(waitForEnd(bridge));
        QTRY_VERIFY(!window.bannerText().isEmpty());
        window.openFile(QStringLiteral("/nonexistent/x.pcap"));
        QVERIFY(window.bannerText().contains(QStringLiteral("/nonexistent/x.pcap")));
    }

    // The user's country database is damaged on disk while the window is open, then replaced
    // by a good copy: the banner says so, then goes away by itself.
    void aDamagedDatabaseIsReportedUntilItIsReplaced() {
        namespace fs = std::filesystem;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path builtIn = findResource(kEmbeddedCountryDb).value();
        const fs::path file = fs::path(dir.path().toStdString()) / "country.mmdb";
        fs::copy_file(builtIn, file);
        settings::countryDatabase.setValue(QString::fromStdString(file.string()));
        EngineBridge bridge;
        MainWindow window(&bridge);
        settings::countryDatabase.setValue(QString());
        window.show();
        QSignalSpy ready(bridge.geo(), &GeoService::ready);
        QVERIFY(bridge.geo()->resolver() || ready.wait(20000));
        QVERIFY(window.bannerText().isEmpty());

        fs::resize_file(file, 4096);
        QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty(), 15000);
        QVERIFY2(window.bannerText().contains(QString::fromStdString(file.string())),
                 qPrintable(window.bannerText()));

        std::ifstream in(builtIn, std::ios::binary);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << in.rdbuf();
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().isEmpty(), 15000);
    }
};

QTEST_MAIN(ShellTest)
#include "shell_test.moc"
