// Host names, countries and AS (and the Application column) in the connection table: the
// columns, their filters and sorting, the filter bar, and a real capture file's hosts,
// countries and AS on Overview and Inspect. Snapshots and diffs are built from real
// Application / HostName values; geo answers come from the real built-in databases.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <memory>

#include "core/enrich/geo_resolver.h"
#include "tests/ui/enrichment_support.h"
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
using namespace flowscope::ui::enrichtest;
using M = ConnectionModel;

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
        QVERIFY(cell(3, M::ColHost, Qt::ToolTipRole).toString().contains("(SNI)"));
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
        // The flag's meaning for screen readers: the country's name.
        QCOMPARE(cell(1, M::ColCountry, Qt::AccessibleDescriptionRole).toString(),
                 cell(1, M::ColCountry, Qt::ToolTipRole).toString());
        QVERIFY(!cell(1, M::ColCountry, Qt::AccessibleDescriptionRole).toString().isEmpty());
        QCOMPARE(cell(2, M::ColAs, M::RawRole).toULongLong(), 13335ull);  // Cloudflare
        QCOMPARE(cell(4, M::ColCountry).toString(), QString());           // private address
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
