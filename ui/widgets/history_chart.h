// The History page's chart: the top groups of a range (applications, hosts, services or
// countries; the rest as "Other") as stacked areas over time, bytes received above the axis
// and bytes sent below it, one step per bucket. Hovering shows the bucket's time, the group
// under the pointer and its bytes (and the bucket's totals); clicking a bucket emits its range.
#pragma once

#include <QChartView>
#include <QVector>
#include <cstdint>
#include <vector>

#include "core/store/history_types.h"
#include "ui/widgets/byte_scale.h"

class QAreaSeries;
class QCategoryAxis;
class QDateTimeAxis;

namespace flowscope::ui {

class HistoryChart : public QChartView {
    Q_OBJECT
public:
    explicit HistoryChart(QWidget* parent = nullptr);

    // Shows `series`; `dimension` says how empty and "other" labels read.
    void setSeries(const history::Series& series, history::Dimension dimension);
    void clear();

    int groupCount() const { return int(m_groups.size()); }
    int bucketCount() const { return int(m_series.buckets.size()); }
    QString groupName(int group) const;
    QAreaSeries* areaSeries(int group, bool incoming) const;
    // The bytes the areas show for `group` in `bucket` (read back from the series' points).
    double shownBytes(int group, int bucket, bool incoming) const;
    const ByteScale& scale() const { return m_scale; }
    QCategoryAxis* bytesAxis() const { return m_yAxis; }
    QDateTimeAxis* timeAxis() const { return m_xAxis; }

    // The bucket under a chart x value (ms since the epoch), -1 outside; its [since, until).
    int bucketAt(double x) const;
    history::TimeRange bucketRange(int bucket) const;
    // The hover text at a point in chart values (x ms, y in scale units); "" outside.
    QString toolTipAt(QPointF value) const;
    // The text alternative (the accessible description): the range's totals, the group with
    // the most traffic and the busiest time (history_chart_text.cpp).
    QString describe() const;

signals:
    void bucketClicked(qint64 since, qint64 until);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Group {
        QString name;
        QAreaSeries* in = nullptr;
        QAreaSeries* out = nullptr;
    };
    void createGroups(int count);
    void buildAreas();
    void setAxes(double maxIn, double maxOut);
    int groupAt(int bucket, double y) const;
    QPointF valueAt(const QPointF& position) const;

    history::Series m_series;
    QVector<Group> m_groups;
    std::vector<double> m_edges;  // bucket boundaries in ms, one more than buckets
    ByteScale m_scale;
    QDateTimeAxis* m_xAxis;
    QCategoryAxis* m_yAxis;
};

}  // namespace flowscope::ui
