// Applications in the desktop app: the Applications page (nethogs-like rates, click-through
// to Inspect), program icons arriving after the generic one, the settings for own databases
// and reverse DNS, and the About box's credits. Snapshots are built from real Application
// values; icons come from the system's real icon backend and its desktop entries.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
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
#include "ui/settings/settings.h"
#include "ui/settings_dialog.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::enrichtest;
using M = ConnectionModel;

class ApplicationsTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;  // the settings of this test, never the user's

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        SettingsStore::setLocation(m_settingsDir.filePath("flowscope.conf"));
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
        QCOMPARE(details->value("Name source"), QStringLiteral("DNS answer"));
        QCOMPARE(details->value("Address kind"), QStringLiteral("public"));
        QCOMPARE(details->value("Service"), QStringLiteral("https"));
        // Country and AS once the app's resolver (opened on a worker) is ready.
        QTRY_VERIFY_WITH_TIMEOUT(bridge.geo()->resolver() != nullptr, 10000);
        details->refresh();
        QVERIFY2(details->value("Country").contains("(US)"), qPrintable(details->value("Country")));
        QVERIFY(details->value("AS").startsWith("AS15169"));

        // A screen reader hears what an icon shows.
        QCOMPARE(top->model()
                     ->index(0, TopListModel::ColName)
                     .data(Qt::AccessibleDescriptionRole)
                     .toString(),
                 QStringLiteral("Program icon of firefox-esr"));
        QCOMPARE(flagDescription(QStringLiteral("DE")), QStringLiteral("Flag of Germany"));
        QVERIFY(flagDescription(QString()).isEmpty());

        // Right to left, each value is an isolate in its label (a path's slashes stay put);
        // value() and the copy buttons have it bare.
        const QChar fsi(0x2068), pdi(0x2069);
        auto* pathLabel = details->findChild<QLabel*>(QStringLiteral("details_15"));
        QVERIFY(pathLabel);
        QCOMPARE(pathLabel->text(), QStringLiteral("/usr/bin/htop"));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const uint64_t id = details->flowId();
        details->setFlowId(0);
        details->setFlowId(id);
        QCOMPARE(pathLabel->text(), fsi + QStringLiteral("/usr/bin/htop") + pdi);
        QCOMPARE(details->value("Path"), QStringLiteral("/usr/bin/htop"));
        QVERIFY(!details->allText().contains(fsi));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
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
        SettingsStore::clear();
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
        QCOMPARE(settings::geoOptions().countryDb.string(), std::string());  // refused
        QCOMPARE(QString::fromStdString(settings::geoOptions().asDb.string()),
                 resources + "asn.mmdb");
        QVERIFY(!settings::reverseDns.value());
        QVERIFY(!bridge.reverseDns());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        const GeoDatabaseInfo as = bridge.geo()->resolver()->info(GeoRole::As);
        QVERIFY(as.loaded && as.error.empty());
        QCOMPARE(QString::fromStdString(as.path.string()), resources + "asn.mmdb");
        QVERIFY(bridge.geo()->resolver()->info(GeoRole::Country).embedded);
        SettingsStore::clear();
    }

    // A database chosen earlier that is damaged now: the built-in one answers, and the main
    // window says so in its banner at start-up instead of falling back silently.
    void savedBadDatabaseIsReportedAtStartUp() {
        SettingsStore::clear();
        const QString bad = QDir::temp().filePath(QStringLiteral("flowscope-damaged.mmdb"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, '\x5a'));  // no MMDB metadata marker anywhere
        }
        settings::countryDatabase.setValue(bad);
        EngineBridge bridge;
        MainWindow window(&bridge);
        QTRY_VERIFY_WITH_TIMEOUT(bridge.geo()->resolver() != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.bannerText().isEmpty(), 5000);
        const QString text = window.bannerText();
        QVERIFY2(text.contains(bad), qPrintable(text));
        QVERIFY2(text.contains("built-in"), qPrintable(text));
        QVERIFY2(text.contains("Settings"), qPrintable(text));
        QVERIFY(bridge.geo()->resolver()->info(GeoRole::Country).embedded);
        SettingsStore::clear();
        QFile::remove(bad);
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
};

QTEST_MAIN(ApplicationsTest)
#include "applications_test.moc"
