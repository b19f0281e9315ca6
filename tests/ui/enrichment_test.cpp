// Applications, host names, countries and AS in the desktop app: the connection table's new
// columns, their filters and sorting, the Applications page, the Overview's top applications
// and enriched top hosts, and program icons arriving after the generic one. Snapshots and diffs
// are built here from real Application / HostName values; geo answers come from the real
// built-in databases; icons from the system's real icon backend and its desktop entries.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <memory>

#include "core/enrich/geo_resolver.h"
#include "ui/engine_bridge.h"
#include "ui/format.h"
#include "ui/geo_service.h"
#include "ui/icons/icon_provider.h"
#include "ui/main_window.h"
#include "ui/models/application_model.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/models/top_list_model.h"
#include "ui/pages/applications_page.h"
#include "ui/pages/connection_details.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/pages/inspect_page.h"
#include "ui/pages/overview_page.h"
#include "ui/settings_dialog.h"

using namespace flowscope;
using namespace flowscope::ui;
using M = ConnectionModel;

namespace {

IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

Flow tcpFlow(uint64_t id, const char* remote, uint16_t remotePort, uint32_t appId,
             uint32_t nameId) {
    Flow f;
    f.id = id;
    f.key.protocol = 6;
    f.key.hasPorts = true;
    f.key.a.address = ip("192.168.1.10");
    f.key.a.port = static_cast<uint16_t>(40000 + id);
    f.key.b.address = ip(remote);
    f.key.b.port = remotePort;
    f.localIsA = true;
    f.appId = appId;
    f.nameId = nameId;
    f.counters.bytesIn = 1000 * id;
    f.counters.bytesOut = 100 * id;
    f.counters.packetsIn = id;
    f.counters.packetsOut = id;
    f.firstSeenNs = 1'700'000'000'000'000'000;
    f.lastSeenNs = f.firstSeenNs + 1000;
    return f;
}

Application app(uint32_t id, const std::string& path, const std::string& name,
                std::vector<uint32_t> pids, const std::string& user = "alice") {
    Application a;
    a.id = id;
    a.path = path;
    a.name = name;
    a.user = user;
    a.uid = 1000;
    a.pids = std::move(pids);
    a.commandLine = path + " --serve";
    return a;
}

// Applications 1 firefox (htop's path, so a real desktop entry gives a real icon), 2 curl,
// 3 hidden (user bob); names 1 dns.google (dns), 2 www.example.com (sni).
struct World {
    std::shared_ptr<std::vector<Application>> apps = std::make_shared<std::vector<Application>>();
    std::shared_ptr<std::vector<HostName>> names = std::make_shared<std::vector<HostName>>();
    World() {
        apps->push_back(app(1, "/usr/bin/htop", "firefox-esr", {4242, 4243}));
        apps->push_back(app(2, "/usr/bin/curl", "curl", {777}));
        Application hidden;
        hidden.id = 3;
        hidden.user = "bob";
        hidden.uid = 1001;
        hidden.ownerHidden = true;
        apps->push_back(hidden);
        names->push_back({"dns.google", HostNameSource::DnsAnswer});
        names->push_back({"www.example.com", HostNameSource::Sni});
    }
    // 8.8.8.8 (Google, US), 1.1.1.1 (Cloudflare), 93.184.216.34 (example.com), a private host.
    std::vector<Flow> flows() const {
        return {tcpFlow(1, "8.8.8.8", 443, 1, 1), tcpFlow(2, "1.1.1.1", 443, 2, 0),
                tcpFlow(3, "93.184.216.34", 443, 1, 2), tcpFlow(4, "192.168.1.1", 53, 3, 0),
                tcpFlow(5, "8.8.4.4", 853, 0, 0)};
    }
};

int rowOf(const QAbstractItemModel* model, uint64_t flowId) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(M::FlowIdRole).toULongLong() == flowId) {
            return row;
        }
    }
    return -1;
}

std::shared_ptr<GeoResolver> sharedResolver() {
    static std::shared_ptr<GeoResolver> resolver = std::make_shared<GeoResolver>();
    return resolver;
}

}  // namespace

class EnrichmentTest : public QObject {
    Q_OBJECT
private slots:
    void applicationAndHostColumns() {
        World w;
        ConnectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTables(w.apps, w.names);
        EngineDiff diff;
        diff.added = w.flows();
        model.applyDiff(diff, 1'000'000'000);
        QCOMPARE(model.rowCount(), 5);
        auto cell = [&](uint64_t id, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOfFlow(id), column).data(role);
        };
        QCOMPARE(cell(1, M::ColApplication).toString(), QStringLiteral("firefox-esr"));
        QCOMPARE(cell(4, M::ColApplication).toString(), QStringLiteral("hidden (user bob)"));
        QCOMPARE(cell(5, M::ColApplication).toString(), QStringLiteral("—"));
        QCOMPARE(cell(5, M::ColApplication, M::RawRole).toString(), QString());
        const QString tip = cell(1, M::ColApplication, Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains("4242, 4243") && tip.contains("/usr/bin/htop") && tip.contains("alice"),
            qPrintable(tip));
        QCOMPARE(cell(1, M::ColHost).toString(), QStringLiteral("dns.google"));
        QVERIFY(cell(3, M::ColHost, Qt::ToolTipRole).toString().contains("sni"));
        QCOMPARE(cell(2, M::ColHost).toString(), QString());
        // Without a resolver: no country yet.
        QCOMPARE(cell(1, M::ColCountry).toString(), QString());

        // The owner of flow 5 is found later, and flow 2 learns a name: both arrive in
        // `changed`, and the application / host cells are announced.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EngineDiff later;
        Flow f5 = w.flows()[4];
        f5.appId = 2;
        Flow f2 = w.flows()[1];
        f2.nameId = 2;
        later.changed = {f2, f5};
        model.applyDiff(later, 1'000'000'000);
        QCOMPARE(cell(5, M::ColApplication).toString(), QStringLiteral("curl"));
        QCOMPARE(cell(2, M::ColHost).toString(), QStringLiteral("www.example.com"));
        bool announced = false;
        for (const auto& args : changed) {
            const auto tl = args[0].value<QModelIndex>();
            const auto br = args[1].value<QModelIndex>();
            announced |= tl.column() <= M::ColApplication && br.column() >= M::ColHost &&
                         tl.row() <= model.rowOfFlow(5) && br.row() >= model.rowOfFlow(5);
        }
        QVERIFY(announced);
        QCOMPARE(model.hostNameForAddress(ip("1.1.1.1")), QStringLiteral("www.example.com"));
    }

    void countryAndAsColumns() {
        World w;
        ConnectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTables(w.apps, w.names);
        EngineDiff diff;
        diff.added = w.flows();
        model.applyDiff(diff, 1'000'000'000);
        QSignalSpy annotated(&model, &ConnectionModel::annotationsChanged);
        model.setGeoResolver(sharedResolver());
        QCOMPARE(annotated.count(), 1);
        auto cell = [&](uint64_t id, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOfFlow(id), column).data(role);
        };
        QCOMPARE(cell(1, M::ColCountry).toString(), QStringLiteral("US"));
        QCOMPARE(cell(1, M::ColAs, M::RawRole).toULongLong(), 15169ull);
        QVERIFY(cell(1, M::ColAs).toString().startsWith("AS15169"));
        QVERIFY(!cell(1, M::ColCountry, Qt::DecorationRole).value<QIcon>().isNull());  // flag
        QCOMPARE(cell(2, M::ColAs, M::RawRole).toULongLong(), 13335ull);               // Cloudflare
        QCOMPARE(cell(4, M::ColCountry).toString(), QString());  // private address
        QCOMPARE(cell(4, M::ColAs, M::RawRole).toULongLong(), 0ull);
        // New rows are annotated as they arrive.
        EngineDiff more;
        more.added = {tcpFlow(6, "8.8.8.8", 53, 0, 1)};
        model.applyDiff(more, 1'000'000'000);
        QCOMPARE(cell(6, M::ColCountry).toString(), QStringLiteral("US"));
    }

    void filtersAndSorting() {
        World w;
        ConnectionModel model;
        model.setTables(w.apps, w.names);
        model.setGeoResolver(sharedResolver());
        ConnectionProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineDiff diff;
        diff.added = w.flows();
        model.applyDiff(diff, 1'000'000'000);
        QCOMPARE(proxy.rowCount(), 5);

        proxy.setApplicationFilter(1);
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(rowOf(&proxy, 1) >= 0 && rowOf(&proxy, 3) >= 0);
        proxy.setApplicationFilter(0);

        proxy.setCountryFilter("us");
        QCOMPARE(proxy.rowCount(), 2);  // 8.8.8.8 and 8.8.4.4
        QVERIFY(rowOf(&proxy, 1) >= 0 && rowOf(&proxy, 5) >= 0);
        proxy.setAsFilter(13335);
        QCOMPARE(proxy.rowCount(), 0);  // Cloudflare's 1.1.1.1 is not in the US
        proxy.setCountryFilter({});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(M::FlowIdRole).toULongLong(), 2ull);
        proxy.clearFilters();

        proxy.setDomainFilter("google");  // suffix on label boundaries only
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(M::FlowIdRole).toULongLong(), 1ull);
        proxy.setDomainFilter("example.com");
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setDomainFilter("ample.com");
        QCOMPARE(proxy.rowCount(), 0);
        proxy.clearFilters();

        // Free text covers the new columns.
        proxy.setTextFilter("firefox");
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTextFilter("AS13335");
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter("hidden (user bob)");
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearFilters();

        // Sorting on raw values: application names, then AS numbers descending.
        proxy.sort(M::ColApplication, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            names << proxy.index(row, M::ColApplication).data(M::RawRole).toString();
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(names.first(), QString());  // unknown and hidden owners first
        proxy.sort(M::ColAs, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, M::ColAs).data(M::RawRole).toULongLong(), 15169ull);
        proxy.sort(M::ColHost, Qt::AscendingOrder);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, M::ColHost).data().toString(),
                 QStringLiteral("www.example.com"));
    }

    void filterBarPlaceAndApplication() {
        World w;
        ConnectionModel model;
        model.setTables(w.apps, w.names);
        model.setGeoResolver(sharedResolver());
        ConnectionProxy proxy;
        proxy.setSourceModel(&model);
        EngineDiff diff;
        diff.added = w.flows();
        model.applyDiff(diff, 1'000'000'000);
        ConnectionFilterBar bar(&proxy);
        bar.placeEdit()->setText("US AS15169");
        QCOMPARE(proxy.countryFilter(), QStringLiteral("US"));
        QCOMPARE(proxy.asFilter(), 15169u);
        QCOMPARE(proxy.rowCount(), 2);
        bar.placeEdit()->setText("dns.google");
        QCOMPARE(proxy.domainFilter(), QStringLiteral("dns.google"));
        QCOMPARE(proxy.rowCount(), 1);
        bar.setApplications({{1, "firefox-esr"}, {2, "curl"}});
        bar.showApplication(2);
        QCOMPARE(proxy.domainFilter(), QString());  // replaced
        QCOMPARE(proxy.applicationFilter(), 2u);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(bar.applicationCombo()->currentText(), QStringLiteral("curl"));
        bar.clear();
        QCOMPARE(proxy.rowCount(), 5);
    }

    void applicationsModelRates() {
        World w;
        ApplicationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel sorter;
        sorter.setSourceModel(&model);
        sorter.setSortRole(ApplicationModel::RawRole);
        QAbstractItemModelTester sortTester(&sorter,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineSnapshot s;
        s.intervalNs = 2'000'000'000;  // 2 s
        s.applications = w.apps;
        ApplicationStat a;
        a.appId = 1;
        a.counters.bytesIn = 50'000;
        a.counters.bytesOut = 7'000;
        a.interval.bytesIn = 4'000;
        a.interval.bytesOut = 1'000;
        a.connections = 2;
        ApplicationStat b;
        b.appId = 2;
        b.counters.bytesIn = 9'000;
        b.interval.bytesIn = 10'000;
        b.connections = 1;
        s.topApplications = {a, b};
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 2);
        const int r1 = model.rowOfApp(1);
        QCOMPARE(
            model.index(r1, ApplicationModel::ColRateIn).data(ApplicationModel::RawRole).toDouble(),
            2000.0);
        QCOMPARE(model.index(r1, ApplicationModel::ColRateOut)
                     .data(ApplicationModel::RawRole)
                     .toDouble(),
                 500.0);
        QCOMPARE(model.index(r1, ApplicationModel::ColTotalIn)
                     .data(ApplicationModel::RawRole)
                     .toULongLong(),
                 50'000ull);
        QCOMPARE(model.index(r1, ApplicationModel::ColPids).data().toString(),
                 QStringLiteral("4242, 4243"));
        QCOMPARE(model.index(r1, ApplicationModel::ColUser).data().toString(),
                 QStringLiteral("alice"));
        QCOMPARE(model.index(r1, ApplicationModel::ColConnections)
                     .data(ApplicationModel::RawRole)
                     .toULongLong(),
                 2ull);
        sorter.sort(ApplicationModel::ColRateIn, Qt::DescendingOrder);
        QCOMPARE(sorter.index(0, 0).data(ApplicationModel::AppIdRole).toUInt(), 2u);  // 5000 B/s
        // Next snapshot: curl gone, the hidden one arrives; rows match by id.
        ApplicationStat c;
        c.appId = 3;
        c.counters.bytesOut = 10;
        s.topApplications = {a, c};
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOfApp(2) < 0);
        QCOMPARE(model.index(model.rowOfApp(3), 0).data().toString(),
                 QStringLiteral("hidden (user bob)"));
    }

    void applicationsPageClickThroughToInspect() {
        World w;
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionModel* model = bridge.connections();
        model->setTables(w.apps, w.names);
        EngineDiff diff;
        diff.added = w.flows();
        model->applyDiff(diff, 1'000'000'000);
        auto s = std::make_shared<EngineSnapshot>();
        s->sequence = 1;
        s->intervalNs = 1'000'000'000;
        s->applications = w.apps;
        ApplicationStat a;
        a.appId = 1;
        a.counters.bytesIn = 5000;
        a.interval.bytesIn = 3000;
        ApplicationStat b;
        b.appId = 2;
        b.counters.bytesIn = 2000;
        b.interval.bytesIn = 100;
        s->topApplications = {a, b};
        s->totals.ipBytes = 7000;
        emit bridge.snapshotApplied(s);

        window.showPage(MainWindow::PageApplications);
        QTableView* table = window.applicationsPage()->table();
        QCOMPARE(table->model()->rowCount(), 2);
        // Sorted by rate in, descending: firefox-esr (3000 B/s) first.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("firefox-esr"));
        QCOMPARE(table->model()->index(0, ApplicationModel::ColRateIn).data().toString(),
                 formatRate(3000, RateUnit::Bytes));
        table->setCurrentIndex(table->model()->index(1, 0));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.currentPage(), int(MainWindow::PageInspect));
        ConnectionProxy* proxy = window.inspectPage()->proxy();
        QCOMPARE(proxy->applicationFilter(), 2u);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, M::ColApplication).data().toString(), QStringLiteral("curl"));

        // Double-click on the Applications page, and a click on the Overview's top list.
        window.showPage(MainWindow::PageApplications);
        QTRY_VERIFY(table->isVisible());
        const QRect rect = table->visualRect(table->model()->index(0, 0));
        QVERIFY2(rect.isValid() && table->viewport()->rect().contains(rect.center()),
                 qPrintable(QStringLiteral("%1,%2").arg(rect.x()).arg(rect.y())));
        // A real double-click: press, release, then the double-click press and its release.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPage(), int(MainWindow::PageInspect));
        QCOMPARE(proxy->applicationFilter(), 1u);
        QCOMPARE(proxy->rowCount(), 2);

        window.showPage(MainWindow::PageOverview);
        QTableView* top = window.overviewPage()->applicationsView();
        QCOMPARE(top->model()->rowCount(), 2);
        QCOMPARE(top->model()->index(0, TopListModel::ColName).data().toString(),
                 QStringLiteral("firefox-esr"));
        QVERIFY(!top->model()
                     ->index(0, TopListModel::ColName)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QTest::mouseClick(top->viewport(), Qt::LeftButton, {},
                          top->visualRect(top->model()->index(1, 0)).center());
        QCOMPARE(window.currentPage(), int(MainWindow::PageInspect));
        QCOMPARE(proxy->applicationFilter(), 2u);

        // The details pane shows the new fields of the selected connection.
        proxy->setApplicationFilter(1);
        window.inspectPage()->selectRow(rowOf(proxy, 1));
        ConnectionDetails* details = window.inspectPage()->details();
        details->refresh();
        QCOMPARE(details->value("Application"), QStringLiteral("firefox-esr"));
        QCOMPARE(details->value("Path"), QStringLiteral("/usr/bin/htop"));
        QCOMPARE(details->value("PIDs"), QStringLiteral("4242, 4243"));
        QCOMPARE(details->value("Command line"), QStringLiteral("/usr/bin/htop --serve"));
        QCOMPARE(details->value("User"), QStringLiteral("alice"));
        QCOMPARE(details->value("Host name"), QStringLiteral("dns.google"));
        QCOMPARE(details->value("Name source"), QStringLiteral("dns"));
        QCOMPARE(details->value("Address kind"), QStringLiteral("public"));
        QCOMPARE(details->value("Service"), QStringLiteral("https"));
        // Country and AS once the app's resolver (opened on a worker) is ready.
        QTRY_VERIFY_WITH_TIMEOUT(bridge.geo()->resolver() != nullptr, 10000);
        details->refresh();
        QVERIFY2(details->value("Country").contains("(US)"), qPrintable(details->value("Country")));
        QVERIFY(details->value("AS").startsWith("AS15169"));
    }

    void iconArrivesAfterGenericOne() {
        World w;
        IconProvider icons;
        ConnectionModel model;
        model.setIconProvider(&icons);
        model.setTables(w.apps, w.names);
        EngineDiff diff;
        diff.added = w.flows();
        model.applyDiff(diff, 1'000'000'000);
        QSignalSpy ready(&icons, &IconProvider::iconReady);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = model.index(model.rowOfFlow(1), M::ColApplication);
        // First the generic icon (the lookup runs on a worker thread).
        const QIcon first = cell.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!first.isNull());
        QCOMPARE(first.cacheKey(), IconProvider::genericIcon().cacheKey());
        QVERIFY(!icons.isResolved("/usr/bin/htop"));
        // htop's desktop entry (tools/packages/test-icons.list) names an SVG in hicolor.
        QTRY_VERIFY_WITH_TIMEOUT(icons.isResolved("/usr/bin/htop"), 10000);
        QVERIFY(ready.count() >= 1);
        QVERIFY(icons.hasRealIcon("/usr/bin/htop"));
        const QIcon real = cell.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(real.cacheKey() != IconProvider::genericIcon().cacheKey());
        QVERIFY(!real.pixmap(32).isNull());
        bool repainted = false;
        for (const auto& args : changed) {
            repainted |= args[0].value<QModelIndex>().column() == M::ColApplication;
        }
        QVERIFY(repainted);
        // A program without a desktop entry keeps the generic icon.
        icons.icon("/usr/bin/curl");
        QTRY_VERIFY_WITH_TIMEOUT(icons.isResolved("/usr/bin/curl"), 10000);
        QVERIFY(!icons.hasRealIcon("/usr/bin/curl"));
        QCOMPARE(model.index(model.rowOfFlow(2), M::ColApplication)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .cacheKey(),
                 IconProvider::genericIcon().cacheKey());
    }

    void iconFromEveryImageKind() {
        IconImage pixels;
        pixels.kind = IconImage::Kind::Pixels;
        pixels.width = 2;
        pixels.height = 1;
        pixels.rgba = {255, 0, 0, 255, 0, 0, 255, 128};
        const QImage image = IconProvider::imageFromIcon(pixels, 32);
        QCOMPARE(image.size(), QSize(2, 1));
        QCOMPARE(QColor(image.pixel(0, 0)), QColor(255, 0, 0));
        IconImage file;
        file.kind = IconImage::Kind::File;
        file.filePath = std::string(FLOWSCOPE_SOURCE_DIR) + "/icons/generic-program.svg";
        file.format = "svg";
        QCOMPARE(IconProvider::imageFromIcon(file, 48).size(), QSize(48, 48));  // Qt SVG plugin
        IconImage encoded;
        encoded.kind = IconImage::Kind::Encoded;
        encoded.format = "png";
        QFile png(QStringLiteral(FLOWSCOPE_SOURCE_DIR "/icons/flags/us.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray bytes = png.readAll();
        encoded.bytes.assign(bytes.begin(), bytes.end());
        QCOMPARE(IconProvider::imageFromIcon(encoded, 0).size(), QSize(48, 36));
        encoded.bytes.resize(10);  // truncated
        QVERIFY(IconProvider::iconFromImage(encoded, 32).isNull());
    }

    void settingsDatabasesAndReverseDns() {
        QCoreApplication::setOrganizationName("flowscope-test-enrichment");
        QSettings().clear();
        EngineBridge bridge;
        SettingsDialog dialog(&bridge);
        const QString resources = QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/");
        // Not a database: refused with one sentence; the built-in one stays in use.
        dialog.databaseEdit(GeoRole::Country)
            ->setText(QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap"));
        const QString refused = dialog.validate(GeoRole::Country);
        QVERIFY(!refused.isEmpty());
        QVERIFY(refused.endsWith("The built-in database stays in use."));
        QVERIFY(!dialog.errorLabel(GeoRole::Country)->isHidden());
        // An AS database is no country database.
        dialog.databaseEdit(GeoRole::Country)->setText(resources + "asn.mmdb");
        QVERIFY(!dialog.validate(GeoRole::Country).isEmpty());
        // The right files are accepted and saved.
        dialog.databaseEdit(GeoRole::As)->setText(resources + "asn.mmdb");
        QCOMPARE(dialog.validate(GeoRole::As), QString());
        QVERIFY(dialog.errorLabel(GeoRole::As)->isHidden());
        dialog.reverseDnsCheck()->setChecked(false);
        QSignalSpy ready(bridge.geo(), &GeoService::ready);
        dialog.apply();
        QCOMPARE(SettingsDialog::savedGeoOptions().countryDb.string(), std::string());  // refused
        QCOMPARE(QString::fromStdString(SettingsDialog::savedGeoOptions().asDb.string()),
                 resources + "asn.mmdb");
        QVERIFY(!SettingsDialog::savedReverseDns());
        QVERIFY(!bridge.reverseDns());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        const GeoDatabaseInfo as = bridge.geo()->resolver()->info(GeoRole::As);
        QVERIFY(as.loaded && as.error.empty());
        QCOMPARE(QString::fromStdString(as.path.string()), resources + "asn.mmdb");
        QVERIFY(bridge.geo()->resolver()->info(GeoRole::Country).embedded);
        QSettings().clear();
    }

    void aboutCreditsTheData() {
        const QString about = MainWindow::aboutText();
        QVERIFY(about.contains("IP Geolocation by DB-IP"));
        QVERIFY(about.contains("https://db-ip.com"));
        QVERIFY(about.contains("RouteViews") && about.contains("NRO") &&
                about.contains("CC BY 4.0"));
        QVERIFY(about.contains("flag-icons") && about.contains("MIT"));
        QVERIFY(about.contains("libmaxminddb"));
    }

    void captureFileHostsCountriesAndAs() {
        EngineBridge bridge;
        OverviewPage overview(&bridge);
        InspectPage inspect(&bridge);
        QTRY_VERIFY_WITH_TIMEOUT(bridge.geo()->resolver() != nullptr, 10000);
        const QString path = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");
        QCOMPARE(bridge.openFile(path), QString());
        QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 20000);
        ConnectionModel* model = bridge.connections();
        int named = 0;
        int located = 0;
        QString domain;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString host = model->index(row, M::ColHost).data().toString();
            if (!host.isEmpty()) {
                ++named;
                domain = host.section(QLatin1Char('.'), -2);  // "bbci.co.uk" -> "co.uk": fine
            }
            if (!model->index(row, M::ColCountry).data().toString().isEmpty()) {
                ++located;
                QVERIFY(model->index(row, M::ColAs).data(M::RawRole).toULongLong() > 0 ||
                        model->index(row, M::ColAs).data().toString().isEmpty());
            }
        }
        QVERIFY2(named > 0, "the capture's DNS answers / SNI name some flows");
        QVERIFY2(located > 0, "public addresses have a country");
        // The domain filter keeps exactly the rows whose host name ends with it.
        ConnectionProxy* proxy = inspect.proxy();
        inspect.filterBar()->placeEdit()->setText(domain);
        QVERIFY(proxy->rowCount() > 0);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString host = proxy->index(row, M::ColHost).data().toString();
            QVERIFY2(host == domain || host.endsWith("." + domain), qPrintable(host));
        }
        // Top hosts: the first one's name, flag and AS (tooltip) when public.
        TopListModel* hosts = overview.hostsModel();
        QVERIFY(hosts->rowCount() > 0);
        bool flagged = false;
        for (int row = 0; row < hosts->rowCount(); ++row) {
            const QModelIndex i = hosts->index(row, TopListModel::ColName);
            if (!hosts->entry(row).countryCode.isEmpty()) {
                flagged = true;
                QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
                QVERIFY(i.data().toString().contains(" · AS"));
            }
        }
        QVERIFY(flagged);
        // A capture file has no applications: the Overview hides its list.
        QVERIFY(overview.applicationsModel()->rowCount() == 0);
    }
};

QTEST_MAIN(EnrichmentTest)
#include "enrichment_test.moc"
