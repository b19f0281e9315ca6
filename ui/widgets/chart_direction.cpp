#include "ui/widgets/chart_direction.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QList>
#include <QLocale>

namespace flowscope::ui {

namespace {

// An axis cannot change sides in place: it leaves the chart and comes back on the other side,
// attached again to the series it had (its range and colours stay).
void moveAxis(QChart* chart, QAbstractAxis* axis, Qt::Alignment side) {
    QList<QAbstractSeries*> attached;
    for (QAbstractSeries* series : chart->series()) {
        if (series->attachedAxes().contains(axis)) {
            attached.append(series);
        }
    }
    chart->removeAxis(axis);
    chart->addAxis(axis, side);
    for (QAbstractSeries* series : attached) {
        series->attachAxis(axis);
    }
}

}  // namespace

void applyChartLocale(QChart* chart) {
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

Qt::Alignment valueAxisSide(Qt::LayoutDirection direction) {
    return direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
}

void applyChartDirection(QChart* chart, Qt::LayoutDirection direction) {
    const bool rtl = direction == Qt::RightToLeft;
    const Qt::Alignment side = valueAxisSide(direction);
    for (QAbstractAxis* axis : chart->axes()) {
        if (axis->orientation() == Qt::Horizontal) {
            axis->setReverse(rtl);
        } else if (axis->alignment() != side) {
            moveAxis(chart, axis, side);
        }
    }
    QLegend* legend = chart->legend();
    if (legend->alignment() & (Qt::AlignTop | Qt::AlignBottom)) {
        legend->setReverseMarkers(rtl);
    } else {
        legend->setAlignment(rtl ? Qt::AlignLeft : Qt::AlignRight);
    }
}

}  // namespace flowscope::ui
