// The charts in a right-to-left layout, offscreen: mirrored as the rest of the window (time
// from right to left, the value axis on the right, the newest sparkline reading at the left,
// share bars from the right), hovering and clicking where the data is drawn; and as before
// left to right.
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/compact/mini_chart.h"
#include "ui/widgets/history_chart.h"
#include "ui/widgets/history_day_bars.h"
#include "ui/widgets/share_bar_delegate.h"
#include "ui/widgets/sparkline_delegate.h"

using namespace flowscope;
using namespace flowscope::ui;

class ChartDirectionTest : public QObject {
    Q_OBJECT
private slots:
    void historyChartMirrored();
    void dayBarsMirrored();
    void sparklineMirrored();
    void shareBarFromTheRight();
    void miniChartMirrored();
};

namespace {

constexpr int64_t kHour = 3600;

// Two hourly buckets of one application: 1 MB received in the first, 9 MB in the second.
history::Series twoBuckets(int64_t start) {
    history::Series series;
    series.granularity = history::Granularity::Hour;
    series.buckets = {start, start + kHour};
    history::TotalRow key;
    key.key = "app";
    key.label = "app";
    series.keys = {key};
    history::Usage first;
    first.bytesIn = 1'000'000;
    history::Usage second;
    second.bytesIn = 9'000'000;
    series.values = {{first, second}};
    return series;
}

// The mean x of the pixels in `image` that are close to `color` (-1 if none).
double meanX(const QImage& image, const QColor& color) {
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c(image.pixel(x, y));
            if (std::abs(c.red() - color.red()) < 30 && std::abs(c.green() - color.green()) < 30 &&
                std::abs(c.blue() - color.blue()) < 30) {
                sum += x;
                ++count;
            }
        }
    }
    return count > 0 ? sum / count : -1;
}

// The leftmost column with a pixel of the sparkline's hue in the top half (where only the
// peak reaches).
int peakColumn(const QList<double>& values, Qt::LayoutDirection direction) {
    QImage image(120, 28, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QColor color(0x2a, 0x82, 0xda);
    {
        QPainter painter(&image);
        paintSparkline(painter, QRectF(image.rect()), values, 60, color, direction);
    }
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height() / 2; ++y) {
            const QColor c(image.pixel(x, y));
            if (c.saturation() > 60 && std::abs(c.hue() - color.hue()) < 12) {
                return x;
            }
        }
    }
    return -1;
}

}  // namespace

// Time runs from the right: the later bucket left of the earlier one, the bytes axis on the
// right, the legend on the left; the hover text and the click find the bucket drawn there.
void ChartDirectionTest::historyChartMirrored() {
    HistoryChart chart;
    chart.setLayoutDirection(Qt::RightToLeft);
    chart.resize(900, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int64_t start = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toSecsSinceEpoch();
    chart.setSeries(twoBuckets(start), history::Dimension::Application);
    QCOMPARE(chart.bytesAxis()->alignment(), Qt::AlignRight);
    QCOMPARE(chart.chart()->legend()->alignment(), Qt::AlignLeft);
    QVERIFY(chart.timeAxis()->isReverse());
    const auto positionOf = [&](int bucket) {
        const history::TimeRange r = chart.bucketRange(bucket);
        const double middle = double(r.since + r.until) / 2 * 1000;
        return chart.chart()->mapToPosition(QPointF(middle, 0.5));
    };
    QVERIFY(positionOf(1).x() < positionOf(0).x());
    QVERIFY(positionOf(1).x() < chart.chart()->plotArea().center().x());
    // The taller (later) bucket is painted on the left half.
    const QImage image = chart.viewport()->grab().toImage();
    const QRectF plot = chart.chart()->plotArea();
    const QColor blue(0x2a, 0x82, 0xda);
    const QImage upper = image.copy(plot.toRect().adjusted(0, 0, 0, -int(plot.height() * 0.7)));
    const double x = meanX(upper, blue);
    QVERIFY2(x >= 0 && x < plot.width() / 2, qPrintable(QString::number(x)));
    // What the pointer is over is what is drawn there.
    const QPoint over = chart.mapFromScene(chart.chart()->mapToScene(positionOf(1)));
    QSignalSpy clicked(&chart, &HistoryChart::bucketClicked);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, over);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), start + kHour);
    // Back to left to right at run time.
    chart.setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(chart.bytesAxis()->alignment(), Qt::AlignLeft);
    QCOMPARE(chart.chart()->legend()->alignment(), Qt::AlignRight);
    QVERIFY(!chart.timeAxis()->isReverse());
    QVERIFY(positionOf(1).x() > positionOf(0).x());
}

// The last day's bars at the left edge, the bytes axis on the right, every date shown.
void ChartDirectionTest::dayBarsMirrored() {
    HistoryDayBars bars;
    bars.setLayoutDirection(Qt::RightToLeft);
    bars.resize(480, 240);
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    const QDate last(2026, 3, 30);
    history::Usage usage;
    usage.bytesIn = 5'000'000;
    usage.bytesOut = 1'000'000;
    bars.setDays(last, {{QDateTime(last, QTime(0, 0)).toSecsSinceEpoch(), usage}});
    QTest::qWait(50);
    QCOMPARE(bars.chart()->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignRight);
    QVERIFY(bars.chart()->axes(Qt::Horizontal).value(0)->isReverse());
    const QRectF plot = bars.chart()->plotArea();
    const QImage image = bars.viewport()->grab().toImage().copy(plot.toRect());
    const double x = meanX(image, bars.incomingSet()->color());
    QVERIFY2(x >= 0 && x < plot.width() / 10, qPrintable(QString::number(x)));
    // The last day's date keeps its place under its bar (Qt Charts hides one that sticks out
    // of the chart on the left).
    const auto* days = qobject_cast<QCategoryAxis*>(bars.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(days && days->max() > HistoryDayBars::kDays - 0.5);
    bars.setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(days->max(), HistoryDayBars::kDays - 0.5);
    QCOMPARE(bars.chart()->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignLeft);
}

// Ten quiet readings, then a peak as the newest: at the right edge, or at the left right to
// left.
void ChartDirectionTest::sparklineMirrored() {
    QList<double> values(10, 100.0);
    values.append(5000);
    const int ltr = peakColumn(values, Qt::LeftToRight);
    const int rtl = peakColumn(values, Qt::RightToLeft);
    QVERIFY2(ltr > 100, qPrintable(QString::number(ltr)));
    QVERIFY2(rtl >= 0 && rtl < 20, qPrintable(QString::number(rtl)));
}

// A 30 % share: the bar starts at the cell's right edge right to left.
void ChartDirectionTest::shareBarFromTheRight() {
    QStandardItemModel model(1, 1);
    const int shareRole = Qt::UserRole + 7;
    model.setData(model.index(0, 0), 0.3, shareRole);
    ShareBarDelegate delegate(shareRole);
    QWidget widget;
    widget.setLayoutDirection(Qt::RightToLeft);
    const QColor highlight(0x20, 0x60, 0xe0);
    QPalette palette = widget.palette();
    palette.setColor(QPalette::Highlight, highlight);
    widget.setPalette(palette);
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QImage image(200, 24, QImage::Format_RGB32);
        image.fill(Qt::white);
        QStyleOptionViewItem option;
        option.initFrom(&widget);
        option.direction = direction;
        option.rect = image.rect();
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
        }
        QColor fill = highlight;
        fill.setAlpha(150);
        const QColor shown =
            QColor::fromRgbF(float(fill.alphaF() * highlight.redF() + (1 - fill.alphaF())),
                             float(fill.alphaF() * highlight.greenF() + (1 - fill.alphaF())),
                             float(fill.alphaF() * highlight.blueF() + (1 - fill.alphaF())));
        const double x = meanX(image, shown);
        QVERIFY2(x >= 0, "no bar");
        if (direction == Qt::RightToLeft) {
            QVERIFY2(x > 150, qPrintable(QString::number(x)));
        } else {
            QVERIFY2(x < 50, qPrintable(QString::number(x)));
        }
    }
}

// The compact window's chart: the newest (and only busy) second at the left edge.
void ChartDirectionTest::miniChartMirrored() {
    MiniChart chart;
    chart.setLayoutDirection(Qt::RightToLeft);
    chart.resize(240, 64);
    std::vector<TickSample> samples(MiniChart::kSeconds);
    for (int i = 0; i < MiniChart::kSeconds; ++i) {
        samples[size_t(i)].traffic.bytesIn = i + 1 == MiniChart::kSeconds ? 100'000 : 0;
    }
    chart.addSamples(samples, 1'000'000'000);
    const QImage image = chart.grab().toImage();
    const QImage top = image.copy(0, 16, image.width(), 24);  // below the corner texts
    const double x = meanX(top, MiniChart::incomingColor());
    QVERIFY2(x >= 0 && x < 20, qPrintable(QString::number(x)));
}

QTEST_MAIN(ChartDirectionTest)
#include "chart_direction_test.moc"
