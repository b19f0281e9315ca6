// The settings module, the Start page's parts split from it and the permission probe. The
// program runs with XDG_CONFIG_HOME and HOME in a temporary folder (set in main(), before Qt
// reads either), so the standard place and the old one are real files there.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/capture/adapter_stats.h"
#include "core/capture/adapters.h"
#include "ui/models/adapter_model.h"
#include "ui/pages/permission_probe.h"
#include "ui/pages/recent_files.h"
#include "ui/settings/settings.h"
#include "ui/theme.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

QTemporaryDir* g_root = nullptr;

QString configHome() {
    return g_root->filePath("config");
}

// The old file as the Flowscope before the settings module wrote it (Qt 6.4, through
// QSettings("Flowscope", "Flowscope") and the app's default QSettings(), same names).
const char kLegacyFile[] = R"([capture]
lastAdapter=enp0s31f6

[files]
recent="/home/alice/caps/one, two.pcap", /home/alice/é.pcapng

[geo]
asDatabase=/home/alice/GeoLite2-ASN.mmdb
countryDatabase=/home/alice/GeoLite2-Country.mmdb

[names]
reverseDns=false

[overview]
unit=2

[ui]
theme=dark

[window]
geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3\0\0\0\0\0\x64\0\0\0\x32\0\0\x4\xaf\0\0\x3\r)
state=@ByteArray(\0\0\0\xff\0\0\0\0\xfd)
)";

const QByteArray kGeometry(
    "\x01\xd9\xd0\xcb\x00\x03\x00\x00\x00\x00\x00\x64\x00\x00\x00\x32"
    "\x00\x00\x04\xaf\x00\x00\x03\x0d",
    24);
const QByteArray kState("\x00\x00\x00\xff\x00\x00\x00\x00\xfd", 9);

bool writeFile(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AdapterInfo adapter(const std::string& name, bool loopback = false) {
    AdapterInfo info;
    info.name = name;
    info.up = info.running = true;
    info.loopback = loopback;
    return info;
}

AdapterCounters counters(const std::string& name, uint64_t rx, uint64_t tx) {
    AdapterCounters c;
    c.name = name;
    c.rxBytes = rx;
    c.txBytes = tx;
    return c;
}

}  // namespace

class SettingsTest : public QObject {
    Q_OBJECT
private slots:
    void standardPlaces();
    void migratesOldSettingsOnce();
    void unreadableValuesFallBackToDefaults();
    void recentFilesNewestFirst();
    void adapterModelKeepsHistory();
    void adapterModelWithTheSystemsAdapters();
    void permissionProbeAnswersLater();
};

void SettingsTest::standardPlaces() {
    QCOMPARE(SettingsStore::location(), configHome() + "/flowscope/flowscope.conf");
    QCOMPARE(SettingsStore::legacyLocation(), configHome() + "/Flowscope/Flowscope.conf");
    // Without XDG_CONFIG_HOME: ~/.config.
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    const QString unset = SettingsStore::location();
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(unset, QDir::homePath() + "/.config/flowscope/flowscope.conf");
    QCOMPARE(QDir::homePath(), g_root->filePath("home"));
}

void SettingsTest::migratesOldSettingsOnce() {
    const QString legacy = SettingsStore::legacyLocation();
    QVERIFY(writeFile(legacy, kLegacyFile));
    QVERIFY(!QFile::exists(SettingsStore::location()));
    // The first read moves every value over.
    QCOMPARE(settings::theme.value(), QStringLiteral("dark"));
    QVERIFY(QFile::exists(SettingsStore::location()));
    QCOMPARE(ThemeManager::saved(), Theme::Dark);
    QCOMPARE(settings::windowGeometry.value(), kGeometry);
    QCOMPARE(settings::windowState.value(), kState);
    QCOMPARE(settings::lastAdapter.value(), QStringLiteral("enp0s31f6"));
    QCOMPARE(settings::recentFiles.value(), QStringList({"/home/alice/caps/one, two.pcap",
                                                         QStringLiteral("/home/alice/é.pcapng")}));
    QCOMPARE(settings::countryDatabase.value(),
             QStringLiteral("/home/alice/GeoLite2-Country.mmdb"));
    QCOMPARE(settings::asDatabase.value(), QStringLiteral("/home/alice/GeoLite2-ASN.mmdb"));
    QCOMPARE(settings::reverseDns.value(), false);
    QCOMPARE(settings::overviewUnit.value(), 2);
    QCOMPARE(settings::migratedFrom.value(), legacy);
    QCOMPARE(readFile(legacy), QByteArray(kLegacyFile));  // left as it was
    // The values are in the new file itself (read back by a fresh store).
    const QByteArray text = readFile(SettingsStore::location());
    QVERIFY2(text.contains("theme=dark") && text.contains("lastAdapter=enp0s31f6"), text);

    // Once only: a later change to the old file is not copied again.
    QVERIFY(writeFile(legacy, QByteArray(kLegacyFile).replace("theme=dark", "theme=light")));
    QCOMPARE(SettingsStore::migrateLegacy(), SettingsStore::Migration::AlreadyDone);
    QCOMPARE(settings::theme.value(), QStringLiteral("dark"));
    // New values are written to the new file only.
    settings::theme.setValue(QStringLiteral("light"));
    QCOMPARE(ThemeManager::saved(), Theme::Light);
    QVERIFY(readFile(SettingsStore::location()).contains("theme=light"));
    QVERIFY(readFile(legacy).contains("theme=light"));  // the edit above, nothing else
    QVERIFY(!readFile(legacy).contains("migratedFrom"));
}

void SettingsTest::unreadableValuesFallBackToDefaults() {
    QTemporaryDir dir;
    const QString file = dir.filePath("flowscope.conf");
    QVERIFY(writeFile(file,
                      "[names]\nreverseDns=banana\n[overview]\nunit=bits\n"
                      "[window]\ngeometry=not bytes\n"));
    SettingsStore::setLocation(file);
    QCOMPARE(settings::reverseDns.value(), true);
    QCOMPARE(settings::overviewUnit.value(), int(RateUnit::Bytes));
    QCOMPARE(settings::windowGeometry.value(), QByteArray());
    QCOMPARE(settings::theme.value(), QStringLiteral("system"));
    QVERIFY(!settings::theme.isSet());
    settings::reverseDns.setValue(false);
    QCOMPARE(settings::reverseDns.value(), false);
    settings::reverseDns.reset();
    QCOMPARE(settings::reverseDns.value(), true);
    SettingsStore::setLocation({});
}

void SettingsTest::recentFilesNewestFirst() {
    QTemporaryDir dir;
    SettingsStore::setLocation(dir.filePath("flowscope.conf"));
    QCOMPARE(RecentFiles::list(), QStringList());
    QCOMPARE(RecentFiles::folder(), QDir::homePath());
    for (int i = 0; i < RecentFiles::kMax + 2; ++i) {
        RecentFiles::add(QStringLiteral("/caps/%1.pcap").arg(i));
    }
    QStringList list = RecentFiles::list();
    QCOMPARE(list.size(), RecentFiles::kMax);
    QCOMPARE(list.first(), QStringLiteral("/caps/11.pcap"));
    QCOMPARE(list.last(), QStringLiteral("/caps/2.pcap"));
    RecentFiles::add(QStringLiteral("/caps/5.pcap"));  // again: moves to the front, once
    list = RecentFiles::list();
    QCOMPARE(list.first(), QStringLiteral("/caps/5.pcap"));
    QCOMPARE(list.count(QStringLiteral("/caps/5.pcap")), 1);
    QCOMPARE(list.size(), RecentFiles::kMax);
    RecentFiles::add(QStringLiteral("relative.pcap"));
    QCOMPARE(RecentFiles::list().first(), QDir::current().absoluteFilePath("relative.pcap"));
    QCOMPARE(RecentFiles::folder(), QDir::currentPath());
    QCOMPARE(settings::recentFiles.value(), RecentFiles::list());
    SettingsStore::setLocation({});
}

void SettingsTest::adapterModelKeepsHistory() {
    AdapterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.activitySamples(), -1);
    model.setAdapters({adapter("eth0"), adapter("lo", true), adapter("any"), adapter("wg0")},
                      "eth0");
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(AdapterModel::ColumnCount));
    QCOMPARE(model.index(0, 0).data(AdapterModel::NameRole).toString(), QStringLiteral("eth0"));
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(1, AdapterModel::ColStatus).data().toString(),
             QStringLiteral("up, running, loopback"));
    QCOMPARE(model.activitySamples(), -1);
    // The first reading is the baseline: no value yet. wg0 reports no counters.
    model.addReading({counters("eth0", 1000, 500), counters("lo", 10, 10)});
    QCOMPARE(model.activitySamples(), 0);
    QVERIFY(model.history("eth0").isEmpty());
    QVERIFY(model.index(3, AdapterModel::ColActivity)
                .data(Qt::ToolTipRole)
                .toString()
                .contains("no traffic counters"));
    model.addReading({counters("eth0", 3000, 500), counters("lo", 20, 20)});
    QCOMPARE(model.history("eth0"), QList<double>({2000}));
    QCOMPARE(model.history("lo"), QList<double>({20}));
    QCOMPARE(model.history("any"), QList<double>({2020}));  // the sum of all
    QVERIFY(model.history("wg0").isEmpty());
    // A counter that went backwards (wrapped, adapter restarted) counts as no traffic.
    model.addReading({counters("eth0", 100, 0), counters("lo", 20, 20)});
    QCOMPARE(model.history("eth0"), QList<double>({2000, 0}));
    QCOMPARE(model.index(0, AdapterModel::ColActivity)
                 .data(AdapterModel::HistoryRole)
                 .value<QList<double>>(),
             QList<double>({2000, 0}));
    for (int i = 0; i < AdapterModel::kHistory + 5; ++i) {
        model.addReading({counters("eth0", 100 + uint64_t(i + 1) * 10, 0)});
    }
    QCOMPARE(model.history("eth0").size(), AdapterModel::kHistory);
    QCOMPARE(model.history("eth0").last(), 10.0);
    model.setAdapters({adapter("lo", true)}, QString());  // fewer rows, history starts again
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf("eth0"), -1);
    QCOMPARE(model.activitySamples(), -1);
    model.setAdapters({}, QString());
    model.addReading({counters("lo", 1, 1)});
    QCOMPARE(model.rowCount(), 0);
}

void SettingsTest::adapterModelWithTheSystemsAdapters() {
    auto adapters = listAdapters();
    QVERIFY2(adapters.ok(), adapters.ok() ? "" : adapters.error().message.c_str());
    AdapterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAdapters(*adapters, QString::fromStdString(defaultAdapterName(*adapters)));
    QVERIFY(model.rowOf("lo") >= 0);
    for (int reading = 0; reading < 3; ++reading) {
        auto system = readAdapterCounters();
        QVERIFY(system.ok());
        model.addReading(std::move(*system));
    }
    QCOMPARE(model.history("lo").size(), 2);
    QVERIFY(model.activitySamples() == 2);
}

// The probe answers through the event loop, never inside start(): the page shows its
// neutral line in between.
void SettingsTest::permissionProbeAnswersLater() {
    auto adapters = listAdapters();
    QVERIFY(adapters.ok() && !adapters->empty());
    PermissionProbe probe;
    QSignalSpy finished(&probe, &PermissionProbe::finished);
    probe.start(QStringLiteral("lo"));
    QVERIFY(probe.isRunning());
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!probe.isRunning());
    // The same answer as the blocking probe gives here.
    QCOMPARE(finished.at(0).at(0).toString(), PermissionProbe::deniedMessage("lo"));
}

int main(int argc, char** argv) {
    QTemporaryDir root;
    if (!root.isValid()) {
        return 1;
    }
    g_root = &root;
    QDir().mkpath(root.filePath("home"));
    // Before QApplication: Qt keeps the QSettings paths it saw first.
    qputenv("XDG_CONFIG_HOME", configHome().toUtf8());
    qputenv("HOME", root.filePath("home").toUtf8());
    QApplication app(argc, argv);
    SettingsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "settings_test.moc"
