// The data layer of the traffic chart: incoming and outgoing rate as filled areas with their
// lines, painted by one graphics item on the chart's plot area. Qt Charts still draws the
// frame, axes, grid, legend and gap bands; its own series laid out every point again on each
// update and its raster engine stroked and filled them span by span, which cost most of an
// update. Here the points (already at most two per pixel column) are mapped to device pixel
// columns with plain arithmetic from the axis ranges (as QChart::mapToPosition does for a
// linear domain), each column's fill height and line extent are computed once, and the
// layer is written row by row into an image that is drawn in one blit over the plot. Mirrored
// (right-to-left layouts), x runs from the plot's right edge, as on a reversed axis.
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <vector>

namespace flowscope::ui {

// One series mapped to device pixel columns: per column the first row of its fill (the line's
// highest point there) and the rows its line covers; rows count down from the top of the plot.
struct PlotColumns {
    static constexpr int kNone = 1 << 30;  // a column without data
    std::vector<int> fillTop;
    std::vector<int> lineTop;
    std::vector<int> lineBottom;
};

// `points` are already in device pixels (x from 0 at the plot's left edge, y down from its
// top); `width` columns. The line is drawn like a pen `lineWidth` pixels wide.
PlotColumns plotColumns(const QList<QPointF>& points, int width, double lineWidth);

class TrafficPlotItem : public QGraphicsItem {
public:
    struct Range {
        double minX = 0;
        double maxX = 1;
        double minY = 0;
        double maxY = 1;
        bool operator==(const Range&) const = default;
    };

    TrafficPlotItem(const QColor& incoming, const QColor& outgoing, QGraphicsItem* parent);

    // The plot area in the parent's coordinates (QChart::plotArea()).
    void setPlotArea(const QRectF& area);
    // The theme's series colours (they change with it).
    void setColors(const QColor& incoming, const QColor& outgoing);
    QRectF plotArea() const { return m_area; }
    void setRange(const Range& range);
    Range range() const { return m_range; }
    // Time from right to left: the layer's columns are painted in reverse order.
    void setMirrored(bool mirrored);
    bool isMirrored() const { return m_mirrored; }
    // Where a value (axis units) is painted, in the parent's coordinates (as
    // QChart::mapToPosition for the chart's axes).
    QPointF mapToPosition(const QPointF& value) const;
    // Ascending x, in axis units; each is drawn as a line with the area below it filled.
    void setPoints(const QList<QPointF>& incoming, const QList<QPointF>& outgoing);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // The lines look like a 1.6 px pen without antialiasing, the fills are a translucent
    // shade of the line's colour.
    static constexpr double kLineWidth = 1.6;
    static constexpr int kFillAlpha = 70;

private:
    QList<QPointF> toDevicePixels(const QList<QPointF>& points, double width, double height) const;
    void renderLayer(double dpr) const;

    QColor m_incoming;
    QColor m_outgoing;
    QRectF m_area;
    Range m_range;
    QList<QPointF> m_in;
    QList<QPointF> m_out;
    bool m_mirrored = false;
    mutable QImage m_layer;      // the data in device pixels, redrawn when anything changed
    mutable int m_layerTop = 0;  // its first row with data
    mutable bool m_layerDirty = true;
};

}  // namespace flowscope::ui
