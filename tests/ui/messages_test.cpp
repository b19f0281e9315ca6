// What the desktop app says when something goes wrong: each sentence once, in the place the
// user looks (the Start page or the banner), a capture's warning in the banner, advice a
// desktop user can follow, and a Settings dialog whose text fits at its default size.
// FLOWSCOPE_SCREENSHOT_DIR, when set, receives settings.png (the dialog as tested).
#include <sched.h>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>

#include "core/enrich/geo_resolver.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/pages/start_page.h"
#include "ui/settings/settings.h"
#include "ui/settings_dialog.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

bool ended(EngineBridge& bridge) {
    const EngineState s = bridge.state();
    return s == EngineState::Finished || s == EngineState::Failed || s == EngineState::Stopped;
}

// Text of a label or check box that does not fit its widget, or "" when all of it shows.
QString clipped(QWidget* widget) {
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        const int needed =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed ||
            (!label->wordWrap() && label->width() < label->sizeHint().width())) {
            return label->text();
        }
    } else if (auto* check = qobject_cast<QCheckBox*>(widget)) {
        if (check->width() < check->sizeHint().width()) {
            return check->text();
        }
    }
    return {};
}

}  // namespace

class MessagesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fileErrorShownOnce();
    void cutShortFileInBanner();
    void settingsDialogTextFits_data();
    void settingsDialogTextFits();
    void adapterGoneNamesTheStartPage();

private:
    QTemporaryDir m_dir;
};

void MessagesTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    SettingsStore::setLocation(m_dir.filePath("flowscope.conf"));
}

// On the Start page the sentence shows there; elsewhere in the banner; never both.
void MessagesTest::fileErrorShownOnce() {
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), int(MainWindow::PageStart));
    window.openFile(QStringLiteral("/nonexistent/a.pcap"));
    QVERIFY(window.startPage()->errorText().contains("/nonexistent/a.pcap"));
    QCOMPARE(window.bannerText(), QString());

    window.showPage(MainWindow::PageOverview);
    window.openFile(QStringLiteral("/nonexistent/b.pcap"));
    QVERIFY(window.bannerText().contains("/nonexistent/b.pcap"));
    QCOMPARE(window.startPage()->errorText(), QString());
}

// A file that ends in the middle of a packet: what was read is shown, and the banner says
// the file was cut short (once, not again with every snapshot).
void MessagesTest::cutShortFileInBanner() {
    QFile source(kExample2);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString cut = m_dir.filePath("cut.pcap");
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2 + 7));  // inside a record
    out.close();

    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(cut);
    QTRY_VERIFY_WITH_TIMEOUT(ended(bridge), 30000);
    QCOMPARE(bridge.state(), EngineState::Finished);
    QTRY_VERIFY(!window.bannerText().isEmpty());
    QVERIFY2(window.bannerText().contains("the file was cut short"),
             qPrintable(window.bannerText()));
    QVERIFY2(window.bannerText().contains(cut), qPrintable(window.bannerText()));
}

void MessagesTest::settingsDialogTextFits_data() {
    QTest::addColumn<bool>("refused");
    QTest::newRow("default") << false;
    QTest::newRow("two files refused") << true;
}

void MessagesTest::settingsDialogTextFits() {
    QFETCH(bool, refused);
    EngineBridge bridge;
    SettingsDialog dialog(&bridge);
    if (refused) {
        // Both refusal sentences shown, as when the user picks two wrong files.
        dialog.databaseEdit(GeoRole::Country)->setText(kExample2);
        dialog.databaseEdit(GeoRole::As)->setText(kExample2);
        QVERIFY(!dialog.validate(GeoRole::Country).isEmpty());
        QVERIFY(!dialog.validate(GeoRole::As).isEmpty());
    }
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        const QString name = refused ? "settings-refused.png" : "settings.png";
        QVERIFY(dialog.grab().save(QDir(dir).filePath(name)));
    }
    int checked = 0;
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->isVisible() &&
            (qobject_cast<QLabel*>(widget) || qobject_cast<QCheckBox*>(widget))) {
            ++checked;
            const QString text = clipped(widget);
            QVERIFY2(text.isEmpty(), qPrintable(QStringLiteral("clipped: ") + text));
        }
    }
    QVERIFY(checked >= (refused ? 6 : 4));
    QVERIFY(dialog.height() <= dialog.screen()->availableGeometry().height());
}

// An adapter deleted while capturing (a veth pair in a private network namespace): the
// banner points to the Start page, not to a command-line tool.
void MessagesTest::adapterGoneNamesTheStartPage() {
    if (unshare(CLONE_NEWNET) != 0) {
        QSKIP("no private network namespace here (unshare needs CAP_SYS_ADMIN)");
    }
    if (std::system("ip link add fsveth0 type veth peer name fsveth1 >/dev/null 2>&1 && "
                    "ip link set fsveth0 up && ip link set fsveth1 up") != 0) {
        QSKIP("cannot create a veth pair with `ip link`");
    }
    EngineBridge bridge;
    MainWindow window(&bridge);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString error = bridge.startLive(QStringLiteral("fsveth0"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(std::system("ip link del fsveth0"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty(), 10000);
    const QString text = window.bannerText();
    QVERIFY2(text.contains("fsveth0 went down or disappeared"), qPrintable(text));
    QVERIFY2(text.contains("Start page"), qPrintable(text));
    QVERIFY2(!text.contains("flowscope-cli"), qPrintable(text));
    // An adapter that does not exist: the same advice.
    const QString unknown = bridge.startLive(QStringLiteral("fsnothere0"));
    QVERIFY2(unknown.contains("Start page") && !unknown.contains("flowscope-cli"),
             qPrintable(unknown));
}

QTEST_MAIN(MessagesTest)
#include "messages_test.moc"
