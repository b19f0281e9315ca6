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

TopListModel::Entry hostEntry(const QString& address, uint64_t bytes) {
    TopListModel::Entry e;
    e.name = e.key = e.favoriteKey = address;
    e.bytes = bytes;
    return e;
}

QStringList rowNames(const QAbstractItemModel& model, int column = 0) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, column).data().toString());
    }
    return names;
}

Application app(uint32_t id, const std::string& path) {
    Application a;
    a.id = id;
    a.path = path;
    a.name = path.substr(path.find_last_of('/') + 1);
    a.user = "alice";
    return a;
}

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
    void favoritesPersistAcrossStores();
    void topListPutsStarredFirstAndFilters();
    void applicationsProxyStarsAndFilters();
    void inspectRowsOfferTheirFavorites();
    void inspectStarredOnlyFilters();
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
    QVERIFY2(problems[1].startsWith(QStringLiteral("lab.netset, line 3: ")),
             qPrintable(problems[1]));
    QVERIFY2(problems[1].contains(QStringLiteral("not-an-address")), qPrintable(problems[1]));
    QVERIFY2(problems[2].startsWith(QStringLiteral("lab.netset, line 4: ")),
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
    QVERIFY2(file->child(0)->text(0).startsWith(QStringLiteral("lab.netset, line 3: ")),
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
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Notifications"));
    auto* tab = qobject_cast<NotificationsTab*>(tabs->widget(1));
    QVERIFY(tab);
    tab->addRateRow(QString(), 1.5, 1, 10);
    // OK saves the tab too.
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings::rateRules.value(), QStringList{QStringLiteral("1500000;10;")});
}

void RulesUiTest::favoritesPersistAcrossStores() {
    {
        FavoritesStore store;
        QSignalSpy changed(&store, &FavoritesStore::changed);
        QVERIFY(
            store.setStarred(FavoritesStore::Kind::Host, QStringLiteral("2001:DB8:0::5"), true));
        QVERIFY(store.setStarred(FavoritesStore::Kind::Service, QStringLiteral("TCP/22"), true));
        QVERIFY(
            store.setStarred(FavoritesStore::Kind::Program, QStringLiteral("/usr/bin/ssh"), true));
        QVERIFY(!store.setStarred(FavoritesStore::Kind::Host, QStringLiteral("2001:db8::5"),
                                  true));  // the same address
        QVERIFY(!store.setStarred(FavoritesStore::Kind::Host, QStringLiteral("nonsense"), true));
        QVERIFY(!store.setStarred(FavoritesStore::Kind::Service, QStringLiteral("tcp"), true));
        QCOMPARE(changed.count(), 3);
    }
    FavoritesStore again;
    QVERIFY(again.contains(FavoritesStore::Kind::Host, QStringLiteral("2001:db8::5")));
    QVERIFY(again.contains(FavoritesStore::Kind::Service, QStringLiteral("tcp/22")));
    QVERIFY(again.contains(FavoritesStore::Kind::Program, QStringLiteral("/usr/bin/ssh")));
    QCOMPARE(again.items(FavoritesStore::Kind::Host), QStringList{QStringLiteral("2001:db8::5")});
    QVERIFY(again.toggle(FavoritesStore::Kind::Service, QStringLiteral("tcp/22")));
    QVERIFY(!FavoritesStore().contains(FavoritesStore::Kind::Service, QStringLiteral("tcp/22")));
    // The rules see the same favorites.
    QCOMPARE(storedFavorites().hosts, std::vector<IpAddress>{*IpAddress::parse("2001:db8::5")});
}

void RulesUiTest::topListPutsStarredFirstAndFilters() {
    FavoritesStore store;
    TopListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFavorites(&store, FavoritesStore::Kind::Host);
    model.setRowLimit(3);
    QVector<TopListModel::Entry> entries;
    for (int i = 1; i <= 5; ++i) {
        entries.append(hostEntry(QStringLiteral("192.0.2.%1").arg(i), uint64_t(100 - i)));
    }
    model.setEntries(entries, 1000);
    QCOMPARE(rowNames(model), (QStringList{"192.0.2.1", "192.0.2.2", "192.0.2.3"}));

    // Starring the fifth (beyond the row limit) brings it first, with a star.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.setStarred(FavoritesStore::Kind::Host, QStringLiteral("192.0.2.5"), true);
    QVERIFY(changed.count() > 0);
    QCOMPARE(rowNames(model), (QStringList{"★ 192.0.2.5", "192.0.2.1", "192.0.2.2"}));
    QVERIFY(model.index(0, 0).data(TopListModel::StarredRole).toBool());
    QCOMPARE(model.index(0, 0).data(TopListModel::RawRole).toString(), QStringLiteral("192.0.2.5"));
    store.setStarred(FavoritesStore::Kind::Host, QStringLiteral("192.0.2.3"), true);
    // Starred ones keep their order by bytes among themselves.
    QCOMPARE(rowNames(model), (QStringList{"★ 192.0.2.3", "★ 192.0.2.5", "192.0.2.1"}));

    model.setStarredOnly(true);
    QCOMPARE(rowNames(model), (QStringList{"★ 192.0.2.3", "★ 192.0.2.5"}));
    // The next snapshot keeps the filter.
    entries.removeLast();
    model.setEntries(entries, 1000);
    QCOMPARE(rowNames(model), QStringList{"★ 192.0.2.3"});
    model.setStarredOnly(false);
    QCOMPARE(rowNames(model), (QStringList{"★ 192.0.2.3", "192.0.2.1", "192.0.2.2"}));
    store.setStarred(FavoritesStore::Kind::Host, QStringLiteral("192.0.2.3"), false);
    QCOMPARE(rowNames(model), (QStringList{"192.0.2.1", "192.0.2.2", "192.0.2.3"}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void RulesUiTest::applicationsProxyStarsAndFilters() {
    FavoritesStore store;
    ApplicationModel model;
    FavoritesProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ApplicationModel::RawRole);
    proxy.setFavorites(&store, FavoritesStore::Kind::Program, ApplicationModel::ProgramRole,
                       ApplicationModel::ColName);
    proxy.sort(ApplicationModel::ColTotalIn, Qt::DescendingOrder);

    EngineSnapshot s;
    s.timeNs = s.intervalNs = s.tickNs = 1'000'000'000;
    s.applications = std::make_shared<const std::vector<Application>>(std::vector<Application>{
        app(1, "/usr/bin/firefox"), app(2, "/usr/bin/curl"), app(3, "/usr/bin/rsync")});
    for (uint32_t id : {1u, 2u, 3u}) {
        ApplicationStat stat;
        stat.appId = id;
        stat.counters.bytesIn = 1000 * (4 - id);  // firefox most
        s.topApplications.push_back(stat);
    }
    model.applySnapshot(s);
    QCOMPARE(rowNames(proxy), (QStringList{"firefox", "curl", "rsync"}));

    store.setStarred(FavoritesStore::Kind::Program, QStringLiteral("/usr/bin/rsync"), true);
    QCOMPARE(rowNames(proxy), (QStringList{"★ rsync", "firefox", "curl"}));
    proxy.sort(ApplicationModel::ColTotalIn, Qt::AscendingOrder);  // still first
    QCOMPARE(rowNames(proxy), (QStringList{"★ rsync", "curl", "firefox"}));
    proxy.setStarredOnly(true);
    QCOMPARE(rowNames(proxy), QStringList{"★ rsync"});
    store.setStarred(FavoritesStore::Kind::Program, QStringLiteral("/usr/bin/curl"), true);
    QCOMPARE(rowNames(proxy), (QStringList{"★ rsync", "★ curl"}));
    proxy.setStarredOnly(false);
    QCOMPARE(proxy.rowCount(), 3);
}

void RulesUiTest::inspectRowsOfferTheirFavorites() {
    ConnectionModel model;
    ConnectionProxy proxy;
    proxy.setSourceModel(&model);
    model.setTables(std::make_shared<const std::vector<Application>>(
                        std::vector<Application>{app(1, "/usr/bin/ssh")}),
                    nullptr);
    Flow flow;
    flow.id = 1;
    flow.key.protocol = 6;
    flow.key.hasPorts = true;
    flow.key.a = {*IpAddress::parse("10.0.0.2"), 40000};
    flow.key.b = {*IpAddress::parse("198.51.100.9"), 22};
    flow.localIsA = true;
    flow.appId = 1;
    EngineDiff diff;
    diff.added.push_back(flow);
    model.applyDiff(diff, 1'000'000'000);
    QCOMPARE(proxy.rowCount(), 1);
    const auto refs = connectionFavorites(&proxy, &model, proxy.index(0, 0));
    QCOMPARE(refs.size(), 3);
    QCOMPARE(refs[0].key, QStringLiteral("198.51.100.9"));
    QCOMPARE(refs[1].key, QStringLiteral("tcp/22"));
    QCOMPARE(refs[2].key, QStringLiteral("/usr/bin/ssh"));
    QCOMPARE(refs[2].label, QStringLiteral("application ssh"));

    // Ctrl+D on the table stars the row's host; its remote cell then shows a star.
    FavoritesStore store;
    QTableView table;
    table.setModel(&proxy);
    installInspectFavorites(&table, &proxy, &model, &store);
    table.show();
    table.setCurrentIndex(proxy.index(0, 0));
    table.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QTest::keyClick(&table, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(store.contains(FavoritesStore::Kind::Host, QStringLiteral("198.51.100.9")));
    auto* delegate =
        qobject_cast<StarDelegate*>(table.itemDelegateForColumn(ConnectionModel::ColRemote));
    QVERIFY(delegate);
    const QString text = delegate->shownText(proxy.index(0, ConnectionModel::ColRemote));
    QVERIFY2(text.startsWith(QStringLiteral("★ ")), qPrintable(text));
    // The service (tcp/22) is not starred, and the local end has no star delegate.
    auto* service =
        qobject_cast<StarDelegate*>(table.itemDelegateForColumn(ConnectionModel::ColService));
    QVERIFY(service);
    QVERIFY(!service->shownText(proxy.index(0, ConnectionModel::ColService)).startsWith("★"));
    QVERIFY(!qobject_cast<StarDelegate*>(table.itemDelegateForColumn(ConnectionModel::ColLocal)));
}

void RulesUiTest::inspectStarredOnlyFilters() {
    ConnectionModel model;
    ConnectionProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(std::make_shared<const std::vector<Application>>(
                        std::vector<Application>{app(1, "/usr/bin/ssh"), app(2, "/usr/bin/curl")}),
                    nullptr);
    const auto flowTo = [](uint64_t id, uint8_t protocol, const char* remote, uint16_t port,
                           uint32_t appId) {
        Flow flow;
        flow.id = id;
        flow.key.protocol = protocol;
        flow.key.hasPorts = true;
        flow.key.a = {*IpAddress::parse("10.0.0.2"), uint16_t(40000 + id)};
        flow.key.b = {*IpAddress::parse(remote), port};
        flow.localIsA = true;
        flow.appId = appId;
        return flow;
    };
    EngineDiff diff;
    diff.added = {flowTo(1, 6, "198.51.100.9", 22, 1), flowTo(2, 6, "203.0.113.5", 443, 2),
                  flowTo(3, 17, "192.0.2.53", 53, 0), flowTo(4, 6, "192.0.2.80", 80, 0)};
    model.applyDiff(diff, 1'000'000'000);
    QCOMPARE(proxy.rowCount(), 4);

    ConnectionFilterBar bar(&proxy);
    FavoritesStore* store = FavoritesStore::shared();
    store->setStarred(FavoritesStore::Kind::Host, QStringLiteral("198.51.100.9"), true);
    bar.starredCheck()->setChecked(true);
    QCOMPARE(proxy.rowCount(), 1);  // the starred host
    // Stars given while the filter is on count at once: a service, then a program.
    store->setStarred(FavoritesStore::Kind::Service, QStringLiteral("udp/53"), true);
    QCOMPARE(proxy.rowCount(), 2);
    store->setStarred(FavoritesStore::Kind::Program, QStringLiteral("/usr/bin/curl"), true);
    QCOMPARE(proxy.rowCount(), 3);
    store->setStarred(FavoritesStore::Kind::Host, QStringLiteral("198.51.100.9"), false);
    QCOMPARE(proxy.rowCount(), 2);
    QStringList remotes = rowNames(proxy, ConnectionModel::ColRemote);
    remotes.sort();
    QVERIFY2(remotes.size() == 2 && remotes[0].contains(QStringLiteral("192.0.2.53")) &&
                 remotes[1].contains(QStringLiteral("203.0.113.5")),
             qPrintable(remotes.join(QStringLiteral(", "))));
    bar.starredCheck()->setChecked(false);
    QCOMPARE(proxy.rowCount(), 4);
    bar.starredCheck()->setChecked(true);
    bar.clear();  // Clear drops it with the other filters
    QVERIFY(!bar.starredCheck()->isChecked());
    QVERIFY(!proxy.starredFilter());
    QCOMPARE(proxy.rowCount(), 4);
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
