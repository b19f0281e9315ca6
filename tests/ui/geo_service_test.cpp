// GeoService with a user's country database that another process truncates while lookups run
// (as the desktop app's connection table does them), then copies a valid database over: the app
// keeps running, databaseUnusable() fires once with one sentence, the built-in database answers,
// and databaseReloaded() follows once the file is usable again.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "core/enrich/address_kind.h"
#include "core/enrich/resources_path.h"
#include "ui/geo_service.h"

using namespace flowscope;
using namespace flowscope::ui;
namespace fs = std::filesystem;

namespace {

// Looks up random public addresses (every one a cache miss, so the mapped file is read) on its
// own thread until destroyed.
class LookupLoad {
public:
    explicit LookupLoad(std::shared_ptr<GeoResolver> resolver)
        : m_thread([this, resolver] {
              std::mt19937 rng(3);
              while (!m_stop.load()) {
                  const IpAddress a = IpAddress::fromV4(uint32_t(rng()));
                  if (classifyAddress(a) == AddressKind::Public) {
                      m_withCountry += resolver->lookup(a).hasCountry() ? 1 : 0;
                      ++m_done;
                  }
              }
          }) {}
    ~LookupLoad() {
        m_stop = true;
        m_thread.join();
    }
    long done() const { return m_done.load(); }
    long withCountry() const { return m_withCountry.load(); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_done{0};
    std::atomic<long> m_withCountry{0};
    std::thread m_thread;
};

}  // namespace

class GeoServiceTest : public QObject {
    Q_OBJECT
private slots:
    void truncatedWhileInUseFallsBackWithASignal();
};

void GeoServiceTest::truncatedWhileInUseFallsBackWithASignal() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path builtIn = findResource(kEmbeddedCountryDb).value();
    const fs::path file = fs::path(dir.path().toStdString()) / "country.mmdb";
    fs::copy_file(builtIn, file);

    GeoService service;
    QSignalSpy ready(&service, &GeoService::ready);
    QSignalSpy unusable(&service, &GeoService::databaseUnusable);
    QSignalSpy reloaded(&service, &GeoService::databaseReloaded);
    GeoResolverOptions options;
    options.countryDb = file;
    options.recheckInterval = std::chrono::milliseconds(100);
    service.load(options);
    QVERIFY(ready.wait(20000));
    const std::shared_ptr<GeoResolver> resolver = service.resolver();
    QVERIFY(resolver);
    QVERIFY(!resolver->info(GeoRole::Country).embedded);

    LookupLoad load(resolver);
    QTRY_VERIFY_WITH_TIMEOUT(load.done() > 1000, 10000);
    fs::resize_file(file, 4096);
    QVERIFY(unusable.wait(10000));
    QCOMPARE(unusable.size(), 1);
    const QString message = unusable.at(0).at(0).toString();
    QVERIFY2(message.contains(QString::fromStdString(file.string())), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("built-in country database")), qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QVERIFY(resolver->info(GeoRole::Country).embedded);
    const long afterSignal = load.done();
    QTRY_VERIFY_WITH_TIMEOUT(load.done() > afterSignal + 1000, 10000);  // still answering
    QTest::qWait(500);
    QCOMPARE(unusable.size(), 1);  // said once
    QCOMPARE(reloaded.size(), 0);

    std::ifstream in(builtIn, std::ios::binary);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << in.rdbuf();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(unusable.size(), 1);
    QVERIFY(!resolver->info(GeoRole::Country).embedded);
    QVERIFY(load.withCountry() > load.done() * 9 / 10);
}

QTEST_GUILESS_MAIN(GeoServiceTest)
#include "geo_service_test.moc"
