// Keyboard only: on every page Tab goes through the page's controls as the page reads (from
// the top, and a filter or a choice before what it acts on), each once, and comes back to the
// sidebar. No widget keeps Tab: a table that moved from cell to cell on Tab was a trap.
// The expected orders are data, one line per page; a control added to a page and missing
// here fails the test, so that its place in the order is decided.
#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/settings/settings.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

struct PageOrder {
    int page;
    QStringList names;  // objectName of each control, in Tab order
};

const PageOrder kOrders[] = {
    {MainWindow::PageStart,
     {"filterEdit", "adapterList", "saveCheck", "startButton", "openFileButton", "recentFiles"}},
    {MainWindow::PageOverview,
     {"unitSelector", "trafficChart", "starredOnlyCheck", "topHosts", "topServices"}},
    {MainWindow::PageInspect,
     {"searchEdit", "protocolCombo", "directionCombo", "portEdit", "addressEdit",
      "applicationCombo", "placeEdit", "onlyActiveCheck", "starredOnlyCheck", "clearButton",
      "connectionTable", "connectionDetailsScroll"}},
    {MainWindow::PageApplications, {"starredOnlyCheck", "applicationsTable"}},
    {MainWindow::PageNotifications,
     {"notificationsMarkRead", "notificationsClear", "notificationsTable"}},
    {MainWindow::PageHistory,
     {"historyRange", "historyDimension", "historyRefresh", "historyChart", "historyTotals",
      "qt_tabwidget_tabbar", "historyDayBars", "historyAppHosts"}},
};

bool takesTab(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
           !w->focusProxy();
}

}  // namespace

class TabOrderTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SettingsStore::setLocation(m_dir.filePath("flowscope.conf"));
    }

    void everyPageInReadingOrderAndNoTrap() {
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(
            bridge.openFile(QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example.pcap")),
            QString());
        QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 20000);
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar && takesTab(sidebar));
        for (const PageOrder& order : kOrders) {
            window.showPage(order.page);
            QTest::qWait(50);
            auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
            QVERIFY(stack);
            QWidget* page = stack->currentWidget();
            QVERIFY(page);
            QStringList expected;
            for (const QString& name : order.names) {
                const auto found = page->findChildren<QWidget*>(name);
                for (QWidget* w : found) {
                    if (takesTab(w)) {
                        expected << name;
                    }
                }
            }
            // Every control of the page that takes Tab is in the list.
            for (QWidget* w : page->findChildren<QWidget*>()) {
                QVERIFY2(!takesTab(w) || order.names.contains(w->objectName()),
                         qPrintable(QStringLiteral("page %1: %2 '%3' takes Tab but has no place "
                                                   "in the expected order")
                                        .arg(order.page)
                                        .arg(w->metaObject()->className(), w->objectName())));
            }
            sidebar->setFocus(Qt::TabFocusReason);
            // For docs/screenshots: the sidebar with the keyboard focus.
            if (const QByteArray dir = qgetenv("FLOWSCOPE_SCREENSHOT_DIR");
                !dir.isEmpty() && order.page == MainWindow::PageOverview) {
                QTest::qWait(50);
                QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) +
                                           QStringLiteral("/keyboard-sidebar.png")));
            }
            QStringList seen;
            bool back = false;
            for (int i = 0; i < 40 && !back; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget* w = QApplication::focusWidget();
                QVERIFY(w);
                back = w == sidebar;
                if (!back && page->isAncestorOf(w)) {
                    seen << w->objectName();
                }
            }
            QVERIFY2(back, qPrintable(QStringLiteral("page %1: Tab never came back to the "
                                                     "sidebar (stuck in %2)")
                                          .arg(order.page)
                                          .arg(seen.join(QStringLiteral(", ")))));
            QCOMPARE(seen, expected);
        }
        bridge.stop();
    }
};

QTEST_MAIN(TabOrderTest)
#include "tab_order_test.moc"
