// ConnectionModel, column by column: what each role (display text, raw value, tooltip,
// decoration, alignment) and each header gives, for a live capture and for a file (no rates),
// with applications, host names and the built-in country and AS databases. Also the theme's
// status colours where the connection filter bar shows them.
#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLineEdit>
#include <QtTest>

#include "tests/ui/enrichment_support.h"
#include "ui/format.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/theme.h"

using namespace flowscope;
using namespace flowscope::ui;
using namespace flowscope::ui::enrichtest;
using M = ConnectionModel;

namespace {

// Flows 1-5 of the enrichment World, and 6: ICMP (no ports) to 8.8.8.8 without application.
std::vector<Flow> flows(const World& world) {
    std::vector<Flow> all = world.flows();
    Flow icmp = tcpFlow(6, "8.8.8.8", 0, 0, 0);
    icmp.key.protocol = 1;
    icmp.key.hasPorts = false;
    icmp.key.a.port = 0;
    all.push_back(icmp);
    return all;
}

}  // namespace

class ModelColumnsTest : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_model = std::make_unique<M>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setTables(m_world.apps, m_world.names);
        EngineDiff diff;
        diff.added = flows(m_world);
        m_model->applyDiff(diff, 1'000'000'000);
        m_model->setGeoResolver(sharedResolver());
    }
    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    void displayText() {
        QCOMPARE(cell(1, M::ColProtocol).toString(), QStringLiteral("TCP"));
        QCOMPARE(cell(6, M::ColProtocol).toString(), QStringLiteral("ICMP"));
        QCOMPARE(cell(1, M::ColLocal).toString(), QStringLiteral("192.168.1.10:40001"));
        QCOMPARE(cell(1, M::ColRemote).toString(), QStringLiteral("8.8.8.8:443"));
        QCOMPARE(cell(6, M::ColRemote).toString(), QStringLiteral("8.8.8.8"));
        QCOMPARE(cell(1, M::ColService).toString(), QStringLiteral("443"));
        QCOMPARE(cell(6, M::ColService).toString(), QString());
        QCOMPARE(cell(3, M::ColBytesIn).toString(), formatBytes(3000));
        QCOMPARE(cell(3, M::ColBytesOut).toString(), formatBytes(300));
        QCOMPARE(cell(3, M::ColPacketsIn).toString(), formatCount(3));
        QCOMPARE(cell(3, M::ColPacketsOut).toString(), formatCount(3));
        const int row = m_model->rowOfFlow(3);
        QVERIFY(m_model->rateIn(row) > 0);
        QCOMPARE(cell(3, M::ColRateIn).toString(),
                 formatRate(m_model->rateIn(row), RateUnit::Bytes));
        QCOMPARE(cell(3, M::ColRateOut).toString(),
                 formatRate(m_model->rateOut(row), RateUnit::Bytes));
        QCOMPARE(cell(3, M::ColFirstSeen).toString(), formatTime(1'700'000'000'000'000'000));
        QCOMPARE(cell(3, M::ColLastSeen).toString(), formatTime(1'700'000'000'000'001'000));
        QCOMPARE(cell(1, M::ColApplication).toString(), QStringLiteral("firefox-esr"));
        QCOMPARE(cell(5, M::ColApplication).toString(), M::applicationText(nullptr));
        QCOMPARE(cell(1, M::ColHost).toString(), QStringLiteral("dns.google"));
        QCOMPARE(cell(2, M::ColHost).toString(), QString());
        QCOMPARE(cell(1, M::ColCountry).toString(), QStringLiteral("US"));
        QCOMPARE(cell(4, M::ColCountry).toString(), QString());  // a private address
        QVERIFY(cell(1, M::ColAs).toString().startsWith(QStringLiteral("AS15169 ")));
        QCOMPARE(cell(4, M::ColAs).toString(), QString());
    }

    void rawValues() {
        QCOMPARE(cell(1, M::ColProtocol, M::RawRole).toString(), QStringLiteral("TCP"));
        // Endpoints: family, address bytes and port in hex, so text order is numeric order.
        QCOMPARE(cell(1, M::ColLocal, M::RawRole).toString(), QStringLiteral("4c0a8010a9c41"));
        QCOMPARE(cell(1, M::ColRemote, M::RawRole).toString(), QStringLiteral("40808080801bb"));
        QVERIFY(cell(1, M::ColRemote, M::RawRole).toString() <
                cell(3, M::ColRemote, M::RawRole).toString());  // 8.8.8.8 < 93.184.216.34
        QCOMPARE(cell(1, M::ColService, M::RawRole).toULongLong(), 443ull);
        QCOMPARE(cell(3, M::ColBytesIn, M::RawRole).toULongLong(), 3000ull);
        QCOMPARE(cell(3, M::ColBytesOut, M::RawRole).toULongLong(), 300ull);
        QCOMPARE(cell(3, M::ColPacketsIn, M::RawRole).toULongLong(), 3ull);
        QCOMPARE(cell(3, M::ColPacketsOut, M::RawRole).toULongLong(), 3ull);
        const int row = m_model->rowOfFlow(3);
        QCOMPARE(cell(3, M::ColRateIn, M::RawRole).toDouble(), m_model->rateIn(row));
        QCOMPARE(cell(3, M::ColRateOut, M::RawRole).toDouble(), m_model->rateOut(row));
        QCOMPARE(cell(3, M::ColFirstSeen, M::RawRole).toLongLong(), 1'700'000'000'000'000'000ll);
        QCOMPARE(cell(3, M::ColLastSeen, M::RawRole).toLongLong(), 1'700'000'000'000'001'000ll);
        QCOMPARE(cell(1, M::ColApplication, M::RawRole).toString(),
                 QString::fromStdString(m_model->applicationSortName(m_model->rowOfFlow(1))));
        QCOMPARE(cell(5, M::ColApplication, M::RawRole).toString(), QString());
        QCOMPARE(cell(1, M::ColHost, M::RawRole).toString(),
                 QString::fromStdString(m_model->hostSortName(m_model->rowOfFlow(1))));
        QCOMPARE(cell(1, M::ColCountry, M::RawRole).toString(), QStringLiteral("US"));
        QCOMPARE(cell(1, M::ColAs, M::RawRole).toULongLong(), 15169ull);
        QCOMPARE(cell(4, M::ColAs, M::RawRole).toULongLong(), 0ull);
        QCOMPARE(cell(3, M::ColBytesIn, M::FlowIdRole).toULongLong(), 3ull);
        QCOMPARE(cell(3, M::ColBytesIn, M::ActiveRole).toBool(), true);
    }

    void toolTips() {
        QCOMPARE(cell(1, M::ColLocal, Qt::ToolTipRole).toString(),
                 QStringLiteral("192.168.1.10\nport 40001"));
        QCOMPARE(cell(1, M::ColRemote, Qt::ToolTipRole).toString(),
                 QStringLiteral("8.8.8.8\nport 443"));
        QCOMPARE(cell(6, M::ColRemote, Qt::ToolTipRole).toString(), QStringLiteral("8.8.8.8"));
        QCOMPARE(cell(1, M::ColApplication, Qt::ToolTipRole).toString(),
                 applicationToolTip((*m_world.apps)[0]));
        QCOMPARE(cell(4, M::ColApplication, Qt::ToolTipRole).toString(),
                 applicationToolTip((*m_world.apps)[2]));  // hidden owner
        QCOMPARE(cell(5, M::ColApplication, Qt::ToolTipRole).toString(),
                 QStringLiteral("The program that owns this connection is not known."));
        QCOMPARE(cell(1, M::ColHost, Qt::ToolTipRole).toString(),
                 QStringLiteral("dns.google (from DNS answer)"));
        QVERIFY(!cell(2, M::ColHost, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(1, M::ColCountry, Qt::ToolTipRole).toString(),
                 QStringLiteral("United States"));
        QCOMPARE(cell(1, M::ColAs, Qt::ToolTipRole).toString(), cell(1, M::ColAs).toString());
        QVERIFY(!cell(4, M::ColCountry, Qt::ToolTipRole).isValid());
        QVERIFY(!cell(4, M::ColAs, Qt::ToolTipRole).isValid());
        for (int column :
             {M::ColProtocol, M::ColService, M::ColBytesIn, M::ColBytesOut, M::ColPacketsIn,
              M::ColPacketsOut, M::ColRateIn, M::ColRateOut, M::ColFirstSeen, M::ColLastSeen}) {
            QVERIFY2(!cell(1, column, Qt::ToolTipRole).isValid(), qPrintable(header(column)));
        }
    }

    void decorations() {
        // A country's flag; no provider, no program icon.
        QVERIFY(!cell(1, M::ColCountry, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell(4, M::ColCountry, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!cell(1, M::ColApplication, Qt::DecorationRole).isValid());
        for (int column = 0; column < M::ColumnCount; ++column) {
            if (column != M::ColCountry) {
                QVERIFY2(!cell(1, column, Qt::DecorationRole).isValid(),
                         qPrintable(header(column)));
            }
        }
    }

    void alignmentAndHeaders() {
        const QStringList titles = {"Protocol",    "Local",     "Remote",     "Service",
                                    "Bytes in",    "Bytes out", "Packets in", "Packets out",
                                    "Rate in",     "Rate out",  "First seen", "Last seen",
                                    "Application", "Host name", "Country",    "AS"};
        QCOMPARE(titles.size(), qsizetype(M::ColumnCount));
        for (int column = 0; column < M::ColumnCount; ++column) {
            QCOMPARE(header(column), titles[column]);
            const bool numeric = column >= M::ColService && column <= M::ColLastSeen;
            const int expected = int((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            QCOMPARE(cell(1, column, Qt::TextAlignmentRole).toInt(), expected);
            QCOMPARE(m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                     expected);
            const bool rate = column == M::ColRateIn || column == M::ColRateOut;
            QCOMPARE(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).isValid(), rate);
        }
        QCOMPARE(m_model->headerData(M::ColRateIn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Bytes per second during the last tick"));
        QVERIFY(!m_model->headerData(M::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!cell(1, M::ColumnCount).isValid());
    }

    // A capture file has no current rate: "—", a tooltip that says why, 0 for sorting.
    void fileRates() {
        m_model->setRatesShown(false);
        for (int column : {M::ColRateIn, M::ColRateOut}) {
            QCOMPARE(cell(3, column).toString(), QStringLiteral("—"));
            QCOMPARE(cell(3, column, M::RawRole).toDouble(), 0.0);
            QVERIFY(cell(3, column, Qt::ToolTipRole).toString().contains(QStringLiteral("file")));
            QCOMPARE(m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                     QStringLiteral("Live captures only: a capture file has no current rate"));
        }
        QCOMPARE(cell(3, M::ColBytesIn, M::RawRole).toULongLong(), 3000ull);
    }

    // The filter bar marks an address that does not parse with the theme's error colours.
    void invalidAddressUsesThemeColours() {
        ConnectionProxy proxy;
        proxy.setSourceModel(m_model.get());
        ConnectionFilterBar bar(&proxy);
        bar.addressEdit()->setText(QStringLiteral("10.0.0.300"));
        emit bar.addressEdit()->editingFinished();
        QVERIFY(bar.addressInvalid());
        const StatusColors error = ThemeManager::statusColors(StatusLevel::Error);
        const QString sheet = bar.addressEdit()->styleSheet();
        QVERIFY2(sheet.contains(error.boxBackground.name()), qPrintable(sheet));
        QVERIFY2(sheet.contains(error.boxText.name()), qPrintable(sheet));
        bar.addressEdit()->setText(QStringLiteral("10.0.0.3"));
        QVERIFY(!bar.addressInvalid());
        QVERIFY(bar.addressEdit()->styleSheet().isEmpty());
    }

    // Each status level has its own colours, and box text is readable on its box.
    void statusColours() {
        const StatusColors ok = ThemeManager::statusColors(StatusLevel::Ok);
        const StatusColors warning = ThemeManager::statusColors(StatusLevel::Warning);
        const StatusColors error = ThemeManager::statusColors(StatusLevel::Error);
        QVERIFY(ok.text != warning.text && warning.text != error.text && ok.text != error.text);
        for (const StatusColors& c : {ok, warning, error}) {
            QVERIFY(c.boxBackground.lightness() - c.boxText.lightness() > 120);
            QCOMPARE(ThemeManager::statusColor(StatusLevel::Error), error.text);
        }
        QVERIFY(error.text.red() > error.text.green() && error.text.red() > error.text.blue());
        QVERIFY(ok.text.green() > ok.text.red() && ok.text.green() > ok.text.blue());
    }

private:
    QVariant cell(uint64_t flowId, int column, int role = Qt::DisplayRole) const {
        const int row = m_model->rowOfFlow(flowId);
        return m_model->data(m_model->index(row, column), role);
    }
    QString header(int column) const {
        return m_model->headerData(column, Qt::Horizontal).toString();
    }

    World m_world;
    std::unique_ptr<M> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(ModelColumnsTest)
#include "model_columns_test.moc"
