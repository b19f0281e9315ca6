// The accessibility helpers on their own (offscreen): the chart's text alternative and its
// once-a-second limit, the names of Qt's clear buttons, and the star menu's item when the
// keyboard opens it. The whole app through AT-SPI is a11y_test.py.
#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "ui/format.h"
#include "ui/widgets/accessible_names.h"
#include "ui/widgets/chart_text.h"
#include "ui/widgets/star_support.h"
#include "ui/widgets/traffic_chart.h"

using namespace flowscope::ui;
using flowscope::TickSample;

class A11yWidgetsTest : public QObject {
    Q_OBJECT
private slots:
    void chartDescribesLatestAndHighest();
    void chartZoomsByKeyboard();
    void chartTextAtMostOncePerSecond();
    void clearButtonsAreNamed();
    void starMenuFollowsTheCurrentRow();
};

void A11yWidgetsTest::chartDescribesLatestAndHighest() {
    TrafficChart chart;
    QCOMPARE(chart.describe(), TrafficChart::tr("No traffic yet."));
    std::vector<TickSample> samples(3);
    const int64_t second = 1'000'000'000;
    for (int i = 0; i < 3; ++i) {
        samples[size_t(i)].startNs = 1'700'000'000 * second + i * second;
    }
    samples[0].traffic.bytesIn = 500;
    samples[1].traffic.bytesIn = 9000;  // the highest incoming
    samples[1].traffic.bytesOut = 100;
    samples[2].traffic.bytesIn = 2000;
    samples[2].traffic.bytesOut = 4000;  // the highest outgoing, and the latest
    chart.addSamples(samples, second);
    const QString text = chart.describe();
    QVERIFY2(text.contains(formatRate(2000, RateUnit::Bytes)), qPrintable(text));
    QVERIFY2(text.contains(formatRate(9000, RateUnit::Bytes)), qPrintable(text));
    QVERIFY2(text.contains(formatTime(samples[1].startNs)), qPrintable(text));
    QVERIFY2(text.contains(formatRate(4000, RateUnit::Bytes)), qPrintable(text));
    // The empty chart's text was set a moment ago; the new values follow within a second.
    QTRY_COMPARE_WITH_TIMEOUT(chart.accessibleDescription(), text, 1500);
    QCOMPARE(chart.accessibleName(), TrafficChart::tr("Traffic over time"));
    // In bits the same rates read eight times larger (formatRate multiplies once, not twice).
    chart.setUnit(RateUnit::Bits);
    QVERIFY2(chart.describe().contains(formatRate(9000, RateUnit::Bits)),
             qPrintable(chart.describe()));
}

void A11yWidgetsTest::chartZoomsByKeyboard() {
    TrafficChart chart;
    chart.setLive(false);  // a file: zoomable
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int64_t second = 1'000'000'000;
    std::vector<TickSample> samples(600);
    for (size_t i = 0; i < samples.size(); ++i) {
        samples[i].startNs = 1'700'000'000 * second + int64_t(i) * second;
        samples[i].traffic.bytesIn = 1000 + i;
    }
    chart.addSamples(samples, second);
    chart.updateNow();
    QVERIFY(chart.focusPolicy() & Qt::TabFocus);
    QVERIFY(!chart.chart()->isZoomed());
    QTest::keyClick(&chart, Qt::Key_Plus);
    QVERIFY(chart.chart()->isZoomed());
    QTest::keyClick(&chart, Qt::Key_0);
    QVERIFY(!chart.chart()->isZoomed());
}

void A11yWidgetsTest::chartTextAtMostOncePerSecond() {
    QWidget chart;
    int calls = 0;
    ChartText text(&chart, [&calls] { return QStringLiteral("values %1").arg(++calls); });
    QElapsedTimer clock;
    clock.start();
    text.changed();
    QCOMPARE(chart.accessibleDescription(), QStringLiteral("values 1"));
    for (int i = 0; i < 20; ++i) {  // ten snapshots a second, as a file delivers them
        text.changed();
        QTest::qWait(50);
    }
    // Rebuilt once more, a second after the first, with the newest values; not 20 times.
    QTRY_COMPARE_WITH_TIMEOUT(chart.accessibleDescription(), QStringLiteral("values 2"), 1500);
    QVERIFY2(clock.elapsed() >= ChartText::kIntervalMs - 50,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(calls, 2);
}

void A11yWidgetsTest::clearButtonsAreNamed() {
    AccessibleNames::install(qobject_cast<QApplication*>(QCoreApplication::instance()));
    QWidget window;
    auto* port = new QLineEdit(&window);
    port->setAccessibleName(QStringLiteral("Port"));
    port->setClearButtonEnabled(true);
    auto* bare = new QLineEdit(&window);
    bare->setPlaceholderText(QStringLiteral("Address"));
    bare->setClearButtonEnabled(true);
    port->setText(QStringLiteral("53"));
    bare->setText(QStringLiteral("10.0.0.1"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto portButtons = port->findChildren<QToolButton*>();
    const auto bareButtons = bare->findChildren<QToolButton*>();
    QVERIFY(!portButtons.isEmpty());
    QVERIFY(!bareButtons.isEmpty());
    QCOMPARE(portButtons.first()->accessibleName(), AccessibleNames::tr("Clear %1").arg("Port"));
    QCOMPARE(bareButtons.first()->accessibleName(), AccessibleNames::tr("Clear %1").arg("Address"));
}

void A11yWidgetsTest::starMenuFollowsTheCurrentRow() {
    QStandardItemModel model(20, 2);
    for (int r = 0; r < 20; ++r) {
        model.setItem(r, 0, new QStandardItem(QString::number(r)));
    }
    QTableView view;
    view.setModel(&model);
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A right click on row 2 (made current by the press) is about row 2.
    view.setCurrentIndex(model.index(2, 1));
    const QPoint onRow2 = view.visualRect(model.index(2, 1)).center();
    QCOMPARE(starMenuIndex(&view, onRow2), model.index(2, 1));
    // The Menu key opens the menu at a point of the viewport, not on the current row 12.
    view.setCurrentIndex(model.index(12, 0));
    const QPoint corner(5, 5);
    QVERIFY(view.indexAt(corner).isValid());
    QVERIFY(view.indexAt(corner).row() != 12);
    QCOMPARE(starMenuIndex(&view, corner), model.index(12, 0));
    QCOMPARE(starMenuIndex(&view, QPoint(-5, -5)), model.index(12, 0));
}

QTEST_MAIN(A11yWidgetsTest)
#include "a11y_widgets_test.moc"
