// The History page's parts without the page: the totals and connections models (and the
// proxies the page sorts them with) under QAbstractItemModelTester, fed by a real HistoryReader
// over a database filled with known numbers; the export written and parsed back; the loader's
// worker (superseded jobs dropped, errors passed on); the range presets; the error sentences.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <future>

#include "core/store/history_reader.h"
#include "tests/history_ui/history_test_data.h"
#include "ui/format.h"
#include "ui/models/history_connections_model.h"
#include "ui/models/history_export.h"
#include "ui/models/history_loader.h"
#include "ui/models/history_range.h"
#include "ui/models/history_totals_model.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::historytest;
using flowscope::history::Dimension;
using flowscope::history::HistoryReader;
using Tester = QAbstractItemModelTester;

class HistoryModelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void totalsModelShowsTheTotals();
    void totalsProxySortsByRawValues();
    void connectionsModelShowsABucket();
    void exportCsvWritesTheNumbersShown();
    void exportJsonWritesTheNumbersShown();
    void exportFailureIsOneSentence();
    void loaderDropsSupersededJobs();
    void loaderPassesOpenErrorsOn();
    void errorSentences();
    void presetsAlignToTheirGranularity();

private:
    std::unique_ptr<HistoryReader> reader() const;
    void fillTotals(HistoryTotalsModel& model, Dimension by) const;

    QTemporaryDir m_dir;
    QString m_path;
    Known m_known;
};

void HistoryModelsTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    m_known = fillDatabase(m_path);
}

std::unique_ptr<HistoryReader> HistoryModelsTest::reader() const {
    auto opened = HistoryReader::open(QFile::encodeName(m_path).toStdString());
    if (!opened) {
        qFatal("cannot open the test database: %s", opened.error().message.c_str());
    }
    return std::move(opened.value());
}

void HistoryModelsTest::fillTotals(HistoryTotalsModel& model, Dimension by) const {
    const history::TimeRange range{m_known.hours[0], m_known.hours[2] + kHour};
    auto totals = reader()->totals(range, by);
    QVERIFY2(totals.ok(), totals.ok() ? "" : totals.error().message.c_str());
    model.setRows(by, totals.value());
}

void HistoryModelsTest::totalsModelShowsTheTotals() {
    HistoryTotalsModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    fillTotals(model, Dimension::Application);
    QCOMPARE(model.rowCount(), 2);
    using M = HistoryTotalsModel;
    // Largest first, as the store answers.
    QCOMPARE(model.index(0, M::ColName).data().toString(), QStringLiteral("firefox"));
    QCOMPARE(model.index(0, M::ColIn).data(M::RawRole).toULongLong(), Known::kFirefoxIn);
    QCOMPARE(model.index(0, M::ColOut).data(M::RawRole).toULongLong(), Known::kFirefoxOut);
    QCOMPARE(model.index(0, M::ColTotal).data(M::RawRole).toULongLong(),
             Known::kFirefoxIn + Known::kFirefoxOut);
    QCOMPARE(model.index(0, M::ColIn).data().toString(), formatBytes(Known::kFirefoxIn));
    QCOMPARE(model.index(1, M::ColName).data().toString(), QStringLiteral("curl"));
    QCOMPARE(model.index(1, M::ColIn).data(M::RawRole).toULongLong(), Known::kCurlIn);
    QCOMPARE(model.index(1, M::ColPackets).data(M::RawRole).toULongLong(),
             Known::kCurlIn / 100 + Known::kCurlOut / 10);
    QVERIFY(model.index(0, M::ColDetail).data().toString().contains(firefox().path.c_str()));
    QCOMPARE(model.index(0, M::ColDetail).data().toString(),
             QString::fromStdString(firefox().path));
    QVERIFY(model.index(0, M::ColName)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("user alice")));
    QVERIFY(!model.index(0, M::ColName).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, M::ColName).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Program icon of firefox"));
    QVERIFY(model.index(0, M::ColIn).data(Qt::AccessibleDescriptionRole).isNull());
    QCOMPARE(model.headerData(M::ColName, Qt::Horizontal).toString(),
             QStringLiteral("Applications"));

    fillTotals(model, Dimension::Country);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, M::ColName).data(M::KeyRole).toString(), QStringLiteral("DE"));
    QVERIFY(model.index(0, M::ColName).data().toString().contains(QStringLiteral("(DE)")));
    QVERIFY(!model.index(0, M::ColName).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, M::ColName).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Flag of Germany"));
    QCOMPARE(model.index(0, M::ColIn).data(M::RawRole).toULongLong(), uint64_t(6000));
}

void HistoryModelsTest::totalsProxySortsByRawValues() {
    HistoryTotalsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(HistoryTotalsModel::RawRole);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    fillTotals(model, Dimension::Host);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.sort(HistoryTotalsModel::ColIn, Qt::AscendingOrder);
    // debian.org 1500 < cdn.example.net 2000 < example.org 6000 (not text order of "1.5 kB"...)
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("debian.org"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("cdn.example.net"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("example.org"));
    QCOMPARE(shownOrder(proxy, model), (QVector<int>{2, 1, 0}));
}

void HistoryModelsTest::connectionsModelShowsABucket() {
    HistoryConnectionsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(HistoryConnectionsModel::RawRole);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
    auto rows = reader()->connections({m_known.hours[1], m_known.hours[1] + kHour}, 100);
    QVERIFY(rows.ok());
    model.setRows(rows.value());
    using M = HistoryConnectionsModel;
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, M::ColApplication).data().toString(), QStringLiteral("firefox"));
    QCOMPARE(model.index(0, M::ColRemote).data().toString(),
             QStringLiteral("example.org (93.184.216.34:443)"));
    QCOMPARE(model.index(0, M::ColIn).data(M::RawRole).toULongLong(), uint64_t(2000));
    QCOMPARE(model.index(0, M::ColProtocol).data().toString(), QStringLiteral("TCP"));
    QCOMPARE(model.index(0, M::ColFirstSeen).data(M::RawRole).toLongLong(),
             (m_known.hours[1] + 300) * 1'000'000'000);
    QVERIFY(!model.index(0, M::ColCountry).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, M::ColApplication).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Program icon of firefox"));
    QVERIFY(model.index(0, M::ColCountry)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .startsWith(QStringLiteral("Flag of ")));

    rows = reader()->connections({m_known.hours[0], m_known.hours[2] + kHour}, 100);
    QVERIFY(rows.ok());
    model.setRows(rows.value());
    QCOMPARE(model.rowCount(), 2);
    proxy.sort(M::ColIn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, M::ColRemote).data().toString(),
             QStringLiteral("debian.org ([2001:db8::80]:443)"));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void HistoryModelsTest::exportCsvWritesTheNumbersShown() {
    HistoryTotalsModel model;
    fillTotals(model, Dimension::Application);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(HistoryTotalsModel::RawRole);
    proxy.sort(HistoryTotalsModel::ColIn, Qt::AscendingOrder);  // curl first, as shown
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    const history::TimeRange range{m_known.hours[0], m_known.hours[2] + kHour};
    QCOMPARE(exportTotals(model, shownOrder(proxy, model), range, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // The columns of `flowscope-cli report --by application --format csv`.
    QCOMPARE(lines[0], QStringLiteral("application,path,user,bytes_in,bytes_out,bytes,packets_in,"
                                      "packets_out,packets"));
    const QStringList curlFields = lines[1].split(QLatin1Char(','));
    QCOMPARE(curlFields.size(), 9);
    QCOMPARE(curlFields[0], QStringLiteral("curl"));
    QCOMPARE(curlFields[1], QStringLiteral("/usr/bin/curl"));
    QCOMPARE(curlFields[2], QStringLiteral("bob"));
    QCOMPARE(curlFields[3].toULongLong(), Known::kCurlIn);
    QCOMPARE(curlFields[4].toULongLong(), Known::kCurlOut);
    QCOMPARE(curlFields[5].toULongLong(), Known::kCurlIn + Known::kCurlOut);
    QCOMPARE(curlFields[6].toULongLong(), Known::kCurlIn / 100);
    QCOMPARE(curlFields[7].toULongLong(), Known::kCurlOut / 10);
    QCOMPARE(curlFields[8].toULongLong(), Known::kCurlIn / 100 + Known::kCurlOut / 10);
    const QStringList firefoxFields = lines[2].split(QLatin1Char(','));
    QCOMPARE(firefoxFields[0], QStringLiteral("firefox"));
    QCOMPARE(firefoxFields[3].toULongLong(), Known::kFirefoxIn);
    QCOMPARE(firefoxFields[4].toULongLong(), Known::kFirefoxOut);
}

void HistoryModelsTest::exportJsonWritesTheNumbersShown() {
    HistoryTotalsModel model;
    fillTotals(model, Dimension::Host);
    const QString path = m_dir.filePath(QStringLiteral("report.JSON"));
    const history::TimeRange range{m_known.hours[0], m_known.hours[2] + kHour};
    QCOMPARE(exportTotals(model, shownOrder(model, model), range, path, m_path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject report = document.object();
    QCOMPARE(report[QStringLiteral("by")].toString(), QStringLiteral("host"));
    QCOMPARE(report[QStringLiteral("database")].toString(), m_path);
    QCOMPARE(report[QStringLiteral("groups")].toInteger(), 3);
    const QJsonObject totals = report[QStringLiteral("totals")].toObject();
    QCOMPARE(totals[QStringLiteral("bytes_in")].toInteger(),
             qint64(Known::kFirefoxIn + Known::kCurlIn));
    QCOMPARE(totals[QStringLiteral("packets")].toInteger(),
             qint64((Known::kFirefoxIn + Known::kCurlIn) / 100 +
                    (Known::kFirefoxOut + Known::kCurlOut) / 10));
    QCOMPARE(QDateTime::fromString(report[QStringLiteral("since")].toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             m_known.hours[0]);
    const QJsonArray rows = report[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows[0].toObject();
    QCOMPARE(first[QStringLiteral("host")].toString(), QStringLiteral("example.org"));
    QCOMPARE(first[QStringLiteral("bytes_in")].toInteger(), 6000);
    QCOMPARE(first[QStringLiteral("bytes_out")].toInteger(), 600);
    QCOMPARE(first[QStringLiteral("bytes")].toInteger(), 6600);
    QCOMPARE(first[QStringLiteral("packets_in")].toInteger(), 60);
    QCOMPARE(rows[2].toObject()[QStringLiteral("host")].toString(), QStringLiteral("debian.org"));
    QCOMPARE(rows[2].toObject()[QStringLiteral("bytes_out")].toInteger(), 150);
}

void HistoryModelsTest::exportFailureIsOneSentence() {
    HistoryTotalsModel model;
    fillTotals(model, Dimension::Application);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.csv"));
    const QString error = exportTotals(model, shownOrder(model, model), {0, 60}, path);
    QVERIFY(error.startsWith(QStringLiteral("Cannot write the report to ") + path));
    QVERIFY(error.endsWith(QLatin1Char('.')));
    QVERIFY(!QFile::exists(path));
}

void HistoryModelsTest::loaderDropsSupersededJobs() {
    HistoryLoader loader;
    loader.setDatabase(m_path);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    QStringList delivered;
    std::atomic<int> ran{0};
    loader.submit(0, [&](const HistoryReader* reader, const Error&) {
        released.wait();  // holds the worker until the jobs below are queued
        ++ran;
        const bool opened = reader != nullptr;
        return HistoryLoader::Done([&delivered, opened] {
            delivered << (opened ? QStringLiteral("blocker") : QStringLiteral("no reader"));
        });
    });
    for (const char* name : {"first", "second"}) {
        loader.submit(1, [&, name](const HistoryReader*, const Error&) {
            ++ran;
            return HistoryLoader::Done([&delivered, name] { delivered << QLatin1String(name); });
        });
    }
    QVERIFY(loader.busy());
    release.set_value();
    QVERIFY(loader.waitIdle());
    QVERIFY(!loader.busy());
    QCOMPARE(delivered, (QStringList{QStringLiteral("blocker"), QStringLiteral("second")}));
    QCOMPARE(ran.load(), 2);  // "first" was skipped before it started
}

void HistoryModelsTest::loaderPassesOpenErrorsOn() {
    HistoryLoader loader;
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    loader.setDatabase(missing);
    Error seen;
    bool hadReader = true;
    loader.submit(0, [&](const HistoryReader* reader, const Error& error) {
        hadReader = reader != nullptr;
        seen = error;
        return HistoryLoader::Done();
    });
    QVERIFY(loader.waitIdle());
    QVERIFY(!hadReader);
    QCOMPARE(seen.code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(missing));  // reading never creates the database
}

void HistoryModelsTest::errorSentences() {
    const QString missing = m_dir.filePath(QStringLiteral("none.sqlite"));
    auto opened = HistoryReader::open(QFile::encodeName(missing).toStdString());
    QVERIFY(!opened);
    const QString none = historyErrorText(opened.error(), missing);
    QVERIFY2(none.startsWith(QStringLiteral("No history yet: live captures are recorded into ") +
                             missing),
             qPrintable(none));

    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes(64 * 1024, '\0');
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = char((i * 7919 + 13) % 251);
    }
    file.write(bytes);
    file.close();
    opened = HistoryReader::open(QFile::encodeName(junk).toStdString());
    QVERIFY(!opened);
    const QString damaged = historyErrorText(opened.error(), junk);
    QVERIFY2(damaged.startsWith(QStringLiteral("The history database ") + junk +
                                QStringLiteral(" is damaged")),
             qPrintable(damaged));
}

void HistoryModelsTest::presetsAlignToTheirGranularity() {
    using history::Granularity;
    const int64_t now = m_known.now;  // 30 minutes into an hour
    const HistoryRangeChoice hour = historyRange(HistoryPreset::LastHour, now);
    QCOMPARE(hour.granularity, Granularity::Minute);
    QCOMPARE(hour.range.until, now + 60);
    QCOMPARE(hour.range.until - hour.range.since, int64_t(3600));
    const HistoryRangeChoice week = historyRange(HistoryPreset::Week, now);
    QCOMPARE(week.granularity, Granularity::Hour);
    QCOMPARE(week.range.until, history::floorHour(now) + kHour);
    QCOMPARE(week.range.until - week.range.since, 168 * kHour);
    const HistoryRangeChoice month = historyRange(HistoryPreset::Month, now);
    QCOMPARE(month.granularity, Granularity::Day);
    QCOMPARE(month.range.until, history::addDays(history::floorDay(now), 1));
    QCOMPARE(month.range.since, history::addDays(history::floorDay(now), -29));
    const HistoryRangeChoice today = historyRange(HistoryPreset::Today, now);
    QCOMPARE(today.range.since, history::floorDay(now));
    const HistoryRangeChoice custom =
        historyRange(HistoryPreset::Custom, now, m_known.hours[0] + 10, m_known.hours[2] + 3590);
    QCOMPARE(custom.granularity, Granularity::Minute);
    QCOMPARE(custom.range.since, m_known.hours[0]);
    QCOMPARE(custom.range.until, m_known.hours[2] + kHour);
}

QTEST_MAIN(HistoryModelsTest)
#include "history_models_test.moc"
