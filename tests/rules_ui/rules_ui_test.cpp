// Notification-rule settings, the Settings → Notifications tab and favorites, offscreen. The
// settings live in a temporary file; blocklists are real files written by the test. With
// FLOWSCOPE_SCREENSHOT_DIR set, the tab and an Overview page with starred entries are saved
// there as settings-notifications.png and overview-starred.png.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

#include "tests/rules_ui/rules_ui_support.h"
#include "ui/engine_bridge.h"
#include "ui/models/application_model.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/models/favorites_proxy.h"
#include "ui/models/top_list_model.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/pages/inspect_favorites.h"
#include "ui/pages/overview_page.h"
#include "ui/settings/favorites_store.h"
#include "ui/settings/notifications_tab.h"
#include "ui/settings/rule_settings.h"
#include "ui/settings_dialog.h"

using namespace flowscope;
using namespace flowscope::ui;
using flowscope::test::app;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        return {};
    }
    return path;
}

// Five lines: line 3 is not an address, line 4 has host bits set (loaded as 10.1.0.0/16).
const QByteArray kList = "# test list\n192.0.2.0/24\nnot-an-address\n10.1.2.3/16\n2001:db8::/32\n";

}  // namespace

class RulesUiTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void settingsRoundTrip();
    void unreadableStoredRulesAreProblems();
    void blocklistProblemsHaveLineNumbers();
    void tabEditsTheSettings();
    void dialogHasTheNotificationsTab();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void RulesUiTest::init() {
    QVERIFY(m_dir.isValid());
    SettingsStore::setLocation(m_dir.filePath("flowscope.conf"));
    SettingsStore::clear();
    FavoritesStore::shared()->reload();
}

void RulesUiTest::settingsRoundTrip() {
    RateRule all;
    all.bytesPerSecond = 2'000'000;
    all.seconds = 30;
    RateRule curl;
    curl.program = "/usr/bin/curl;odd";  // ';' in a path survives
    curl.bytesPerSecond = 500'000;
    curl.seconds = 5;
    storeRateRules({all, curl});
    CapRule month;
    month.bytes = 20'000'000'000;
    CapRule day;
    day.program = "/usr/bin/rsync";
    day.bytes = 1'500'000'000;
    day.period = CapRule::Period::Day;
    storeCapRules({month, day});
    settings::favoriteHosts.setValue({"192.0.2.7", "2001:DB8::1"});
    settings::favoriteServices.setValue({"tcp/443", "UDP/53", "132/9899"});
    settings::favoritePrograms.setValue({"/usr/bin/firefox"});
    settings::favoriteIdleMinutes.setValue(15);

    RulesConfig config;
    QStringList problems;
    addUserRules(config, &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(config.rates.size(), size_t(2));
    QCOMPARE(config.rates[0].program, std::string());
    QCOMPARE(config.rates[0].bytesPerSecond, 2'000'000ULL);
    QCOMPARE(config.rates[0].seconds, 30u);
    QCOMPARE(config.rates[1].program, std::string("/usr/bin/curl;odd"));
    QCOMPARE(config.rates[1].bytesPerSecond, 500'000ULL);
    QCOMPARE(config.caps.size(), size_t(2));
    QCOMPARE(config.caps[0].bytes, 20'000'000'000ULL);
    QVERIFY(config.caps[0].period == CapRule::Period::Month);
    QCOMPARE(config.caps[1].program, std::string("/usr/bin/rsync"));
    QVERIFY(config.caps[1].period == CapRule::Period::Day);
    QCOMPARE(config.favorites.hosts.size(), size_t(2));
    QCOMPARE(config.favorites.hosts[1], *IpAddress::parse("2001:db8::1"));
    QCOMPARE(config.favorites.services.size(), size_t(3));
    QVERIFY((config.favorites.services[1] == ServiceKey{17, 53}));
    QVERIFY((config.favorites.services[2] == ServiceKey{132, 9899}));
    QCOMPARE(config.favorites.programs, std::vector<std::string>{"/usr/bin/firefox"});
    QCOMPARE(config.favorites.idleNs, int64_t(15) * 60'000'000'000);
    QVERIFY(!config.blocklists);  // no files: the rule is off
    // Only the user's parts are touched.
    QVERIFY(config.newPrograms);
}

void RulesUiTest::unreadableStoredRulesAreProblems() {
    settings::rateRules.setValue({"1000;10;", "fast;10;", "1000;0;"});
    settings::capRules.setValue({"5;week;"});
    settings::favoriteHosts.setValue({"example.org"});
    settings::favoriteServices.setValue({"tcp/70000"});
    RulesConfig config;
    QStringList problems;
    addUserRules(config, &problems);
    QCOMPARE(config.rates.size(), size_t(1));
    QVERIFY(config.caps.empty());
    QVERIFY(config.favorites.empty());
    QCOMPARE(problems.size(), 5);
    QCOMPARE(problems[0], QStringLiteral("The traffic-rate rule \"fast;10;\" in the settings "
                                         "cannot be read; it is ignored. Add it again in "
                                         "Settings."));
    QVERIFY(problems[3].contains(QStringLiteral("\"example.org\" is not an IP address")));
}

void RulesUiTest::blocklistProblemsHaveLineNumbers() {
    const QString good = writeFile(m_dir, QStringLiteral("lab.netset"), kList);
    QVERIFY(!good.isEmpty());
    const QString missing = m_dir.filePath(QStringLiteral("missing.netset"));
    settings::blocklistFiles.setValue({missing, good});
    RulesConfig config;
    QStringList problems;
    addUserRules(config, &problems);
    QVERIFY(config.blocklists);
    QCOMPARE(config.blocklists->listCount(), size_t(1));
    QCOMPARE(config.blocklists->entryCount(), size_t(3));  // the rest still loads
    QVERIFY(config.blocklists->match(*IpAddress::parse("10.1.200.1")));
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].contains(missing), qPrintable(problems[0]));
    QVERIFY2(problems[1].startsWith(QStringLiteral("lab.netset — Line 3: ")),
             qPrintable(problems[1]));
    QVERIFY2(problems[1].contains(QStringLiteral("not-an-address")), qPrintable(problems[1]));
    QVERIFY2(problems[2].startsWith(QStringLiteral("lab.netset — Line 4: ")),
             qPrintable(problems[2]));

    const BlocklistFileReport report = loadBlocklist(good);
    QVERIFY(report.usable);
    QCOMPARE(report.entries, size_t(3));
    QCOMPARE(report.problemCount, size_t(2));
    QVERIFY(!loadBlocklist(missing).usable);
}

void RulesUiTest::tabEditsTheSettings() {
    RateRule stored;
    stored.bytesPerSecond = 3'000'000;  // shown as 3 MB/s
    stored.seconds = 20;
    storeRateRules({stored});
    CapRule cap;
    cap.bytes = 750'000'000;  // 750 MB
    cap.period = CapRule::Period::Day;
    storeCapRules({cap});
    const QString list = writeFile(m_dir, QStringLiteral("lab.netset"), kList);
    settings::favoriteServices.setValue({"tcp/443", "udp/53"});
    FavoritesStore store;

    NotificationsTab tab(nullptr, &store);
    tab.resize(900, 700);
    tab.show();
    QTableWidget* rates = tab.rateTable();
    QCOMPARE(rates->rowCount(), 1);
    QCOMPARE(static_cast<QDoubleSpinBox*>(rates->cellWidget(0, 1))->value(), 3.0);
    QCOMPARE(static_cast<QComboBox*>(rates->cellWidget(0, 2))->currentText(),
             QStringLiteral("MB/s"));
    QCOMPARE(static_cast<QSpinBox*>(rates->cellWidget(0, 3))->value(), 20);
    QTableWidget* caps = tab.capTable();
    QCOMPARE(caps->rowCount(), 1);
    QCOMPARE(static_cast<QDoubleSpinBox*>(caps->cellWidget(0, 1))->value(), 750.0);
    QCOMPARE(static_cast<QComboBox*>(caps->cellWidget(0, 2))->currentText(), QStringLiteral("MB"));
    QCOMPARE(static_cast<QComboBox*>(caps->cellWidget(0, 3))->currentText(), QStringLiteral("day"));
    // Every field in a rule's row is named (a screen reader reads a cell's field alone).
    const QStringList rateNames{"Application", "Above", "Unit", "For"};
    const QStringList capNames{"Application", "Cap", "Unit", "Per"};
    for (int c = 0; c < 4; ++c) {
        QCOMPARE(rates->cellWidget(0, c)->accessibleName(), rateNames[c]);
        QCOMPARE(caps->cellWidget(0, c)->accessibleName(), capNames[c]);
    }
    QCOMPARE(tab.favoritesList()->count(), 2);

    // Edit: the first rate rule becomes curl above 250 kB/s for 8 s; a cap is added through
    // its button (10 GB a month) and the stored one removed.
    static_cast<QLineEdit*>(rates->cellWidget(0, 0))->setText(QStringLiteral("/usr/bin/curl"));
    static_cast<QDoubleSpinBox*>(rates->cellWidget(0, 1))->setValue(250);
    static_cast<QComboBox*>(rates->cellWidget(0, 2))->setCurrentIndex(0);
    static_cast<QSpinBox*>(rates->cellWidget(0, 3))->setValue(8);
    auto buttons = caps->parentWidget()->findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 2);
    buttons[0]->click();  // Add data cap
    QCOMPARE(caps->rowCount(), 2);
    caps->selectRow(0);
    buttons[1]->click();  // Remove
    QCOMPARE(caps->rowCount(), 1);

    // A blocklist with its count and problems; a second add of the same file is refused.
    QVERIFY(tab.addBlocklistFile(list));
    QVERIFY(!tab.addBlocklistFile(list));
    QTreeWidgetItem* file = tab.blocklistTree()->topLevelItem(0);
    QCOMPARE(file->text(0), QStringLiteral("lab.netset"));
    QCOMPARE(file->text(1), QStringLiteral("3"));
    QCOMPARE(file->childCount(), 2);
    QVERIFY2(file->child(0)->text(0).startsWith(QStringLiteral("lab.netset — Line 3: ")),
             qPrintable(file->child(0)->text(0)));
    QVERIFY(tab.addBlocklistFile(m_dir.filePath(QStringLiteral("gone.txt"))));
    QCOMPARE(tab.blocklistTree()->topLevelItem(1)->text(1), QStringLiteral("not loaded"));
    tab.blocklistTree()->topLevelItem(1)->setSelected(true);
    tab.removeSelectedBlocklists();
    QCOMPARE(tab.blocklistTree()->topLevelItemCount(), 1);

    // Favorites: remove "udp/53"; idle 12 minutes.
    tab.favoritesList()->item(1)->setSelected(true);
    tab.removeSelectedFavorites();
    tab.idleMinutesSpin()->setValue(12);

    // Nothing is saved before apply().
    QCOMPARE(settings::rateRules.value(), QStringList{QStringLiteral("3000000;20;")});
    tab.apply();
    QCOMPARE(settings::rateRules.value(), QStringList{QStringLiteral("250000;8;/usr/bin/curl")});
    QCOMPARE(settings::capRules.value(), QStringList{QStringLiteral("10000000000;month;")});
    QCOMPARE(settings::blocklistFiles.value(), QStringList{list});
    QCOMPARE(settings::favoriteServices.value(), QStringList{QStringLiteral("tcp/443")});
    QVERIFY(!store.contains(FavoritesStore::Kind::Service, QStringLiteral("udp/53")));
    QCOMPARE(settings::favoriteIdleMinutes.value(), 12);

    // Read back as the notifier gets them.
    RulesConfig config;
    QStringList problems;
    addUserRules(config, &problems);
    QCOMPARE(config.rates.size(), size_t(1));
    QCOMPARE(config.rates[0].bytesPerSecond, 250'000ULL);
    QCOMPARE(config.caps[0].bytes, 10'000'000'000ULL);
    QCOMPARE(config.blocklists->entryCount(), size_t(3));
    QCOMPARE(problems.size(), 2);  // the list's lines 3 and 4

    // Extra rows from other parts of the app go into the General form.
    auto* extra = new QCheckBox(QStringLiteral("Notify about new programs"));
    tab.addGeneralRow(QString(), extra);
    QCOMPARE(extra->parentWidget(), &tab);
}

void RulesUiTest::dialogHasTheNotificationsTab() {
    SettingsDialog dialog(nullptr);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);  // General, Notifications, History, Export
    QCOMPARE(tabs->tabText(1), QStringLiteral("Notifications"));
    auto* tab = qobject_cast<NotificationsTab*>(tabs->widget(1));
    QVERIFY(tab);
    tab->addRateRow(QString(), 1.5, 1, 10);
    // OK saves the tab too.
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings::rateRules.value(), QStringList{QStringLiteral("1500000;10;")});
}

void RulesUiTest::screenshots() {
    const QString dir = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("FLOWSCOPE_SCREENSHOT_DIR is not set");
    }
    RateRule rate;
    rate.bytesPerSecond = 5'000'000;
    rate.seconds = 10;
    RateRule curl;
    curl.program = "/usr/bin/curl";
    curl.bytesPerSecond = 200'000;
    curl.seconds = 30;
    storeRateRules({rate, curl});
    CapRule cap;
    cap.bytes = 50'000'000'000;
    CapRule daily;
    daily.program = "/usr/bin/rsync";
    daily.bytes = 2'000'000'000;
    daily.period = CapRule::Period::Day;
    storeCapRules({cap, daily});
    const QString list = writeFile(m_dir, QStringLiteral("firehol_level1.netset"), kList);
    settings::blocklistFiles.setValue({list});
    FavoritesStore* store = FavoritesStore::shared();
    store->setStarred(FavoritesStore::Kind::Service, QStringLiteral("udp/53"), true);
    store->setStarred(FavoritesStore::Kind::Program, QStringLiteral("/usr/bin/firefox-esr"), true);

    EngineBridge bridge;
    OverviewPage page(&bridge);
    page.resize(1280, 800);
    page.show();
    QCOMPARE(bridge.openFile(kExample2), QString());
    QTRY_VERIFY_WITH_TIMEOUT(bridge.latest() && bridge.latest()->state == EngineState::Finished,
                             30000);
    // Star the hosts in 3rd and 6th place: they move to the top of the list.
    const auto& hosts = page.hostsModel()->entries();
    QVERIFY(hosts.size() >= 6);
    store->setStarred(FavoritesStore::Kind::Host, hosts[5].favoriteKey, true);
    store->setStarred(FavoritesStore::Kind::Host, hosts[2].favoriteKey, true);
    QVERIFY(page.hostsModel()->index(0, 0).data(TopListModel::StarredRole).toBool());
    QTest::qWait(300);
    QVERIFY(page.grab().save(dir + QStringLiteral("/overview-starred.png")));

    SettingsDialog dialog(nullptr);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    tabs->setCurrentIndex(1);
    dialog.resize(1000, 760);
    dialog.show();
    QTest::qWait(300);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-notifications.png")));
}

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("FlowscopeTest");
    QCoreApplication::setApplicationName("rules_ui_tests");
    RulesUiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "rules_ui_test.moc"
