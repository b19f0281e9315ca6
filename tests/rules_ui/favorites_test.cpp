// Favorites in the pages: persisted across stores, starred first in the Overview's top lists and
// the Applications page (under QAbstractItemModelTester), Inspect's right-click entries, Ctrl+D
// and star text, and its "Starred only" filter. The settings live in a temporary file.
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

}  // namespace

class FavoritesTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void favoritesPersistAcrossStores();
    void topListPutsStarredFirstAndFilters();
    void applicationsProxyStarsAndFilters();
    void inspectRowsOfferTheirFavorites();
    void inspectStarredOnlyFilters();

private:
    QTemporaryDir m_dir;
};

void FavoritesTest::init() {
    QVERIFY(m_dir.isValid());
    SettingsStore::setLocation(m_dir.filePath("flowscope.conf"));
    SettingsStore::clear();
    FavoritesStore::shared()->reload();
}

void FavoritesTest::favoritesPersistAcrossStores() {
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

void FavoritesTest::topListPutsStarredFirstAndFilters() {
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

void FavoritesTest::applicationsProxyStarsAndFilters() {
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

void FavoritesTest::inspectRowsOfferTheirFavorites() {
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

void FavoritesTest::inspectStarredOnlyFilters() {
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

QTEST_MAIN(FavoritesTest)
#include "favorites_test.moc"
