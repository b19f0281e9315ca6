#include "ui/widgets/traffic_plot_item.h"

#include <QPaintDevice>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace flowscope::ui {

namespace {

// Each column's highest and lowest point of the line (device pixels, y down), or +inf/-inf
// where the line does not pass.
void lineExtents(const QList<QPointF>& points, int width, std::vector<double>& top,
                 std::vector<double>& bottom) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    top.assign(size_t(width), kInf);
    bottom.assign(size_t(width), -kInf);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF a = points[i];
        const QPointF b = i + 1 < points.size() ? points[i + 1] : a;
        if (b.x() < 0 || a.x() >= width || (i + 1 == points.size() && i > 0)) {
            continue;  // outside the plot (the last point is the end of the last segment)
        }
        const double dx = b.x() - a.x();
        const double slope = dx > 0 ? (b.y() - a.y()) / dx : 0;
        const int from = std::max(0, int(std::floor(a.x())));
        const int to = std::min(width - 1, int(std::floor(b.x())));
        for (int c = from; c <= to; ++c) {
            // Straight within the column: its highest and lowest points are at the ends.
            const double y0 = a.y() + (std::max(a.x(), double(c)) - a.x()) * slope;
            const double y1 =
                dx > 0 ? a.y() + (std::min(b.x(), double(c + 1)) - a.x()) * slope : b.y();
            top[size_t(c)] = std::min({top[size_t(c)], y0, y1});
            bottom[size_t(c)] = std::max({bottom[size_t(c)], y0, y1});
        }
    }
}

QRgb premultiplied(const QColor& color, int alpha) {
    return qPremultiply(qRgba(color.red(), color.green(), color.blue(), alpha));
}

// `over` composed over `under`, both premultiplied (what painting one after the other gives).
QRgb sourceOver(QRgb over, QRgb under) {
    const int inverse = 255 - qAlpha(over);
    auto channel = [&](int o, int u) { return o + (u * inverse + 127) / 255; };
    return qRgba(channel(qRed(over), qRed(under)), channel(qGreen(over), qGreen(under)),
                 channel(qBlue(over), qBlue(under)), channel(qAlpha(over), qAlpha(under)));
}

// Writes rows `first` to the end of `image` from the two series' columns. A column's colour
// changes only at its few boundary rows (where a line or a fill starts or a line ends), so
// each row is the row above it plus the columns that change there: rows are written in memory
// order and only about six pixels per column are worked out (a column at a time, or every
// pixel worked out, is several times slower).
void writeRows(QImage& image, int first, const PlotColumns& in, const PlotColumns& out,
               const std::array<QRgb, 16>& colours) {
    const int width = image.width();
    const int height = image.height();
    if (first >= height) {
        return;
    }
    // The columns that change at each row (counting sort: offsets, then the columns).
    std::vector<int> start(size_t(height - first) + 2, 0);
    std::vector<int> changes;
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<int> next;
        if (pass == 1) {
            for (size_t r = 1; r < start.size(); ++r) {
                start[r] += start[r - 1];
            }
            changes.resize(size_t(start.back()));
            next.assign(start.begin(), start.end());
        }
        for (int c = 0; c < width; ++c) {
            const size_t i = size_t(c);
            for (int row : {in.fillTop[i], in.lineTop[i], in.lineBottom[i] + 1, out.fillTop[i],
                            out.lineTop[i], out.lineBottom[i] + 1}) {
                if (row < height) {
                    const size_t r = size_t(std::max(row, first) - first);
                    if (pass == 0) {
                        ++start[r + 1];
                    } else {
                        changes[size_t(next[r]++)] = c;
                    }
                }
            }
        }
    }
    for (int y = first; y < height; ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        if (y == first) {
            std::fill_n(row, width, QRgb(0));
        } else {
            std::copy_n(reinterpret_cast<const QRgb*>(image.constScanLine(y - 1)), width, row);
        }
        const size_t r = size_t(y - first);
        for (int k = start[r]; k < start[r + 1]; ++k) {
            const size_t c = size_t(changes[size_t(k)]);
            const int index = int(y >= in.fillTop[c]) | int(y >= out.fillTop[c]) << 1 |
                              int(y >= in.lineTop[c] && y <= in.lineBottom[c]) << 2 |
                              int(y >= out.lineTop[c] && y <= out.lineBottom[c]) << 3;
            row[c] = colours[size_t(index)];
        }
    }
}

}  // namespace

PlotColumns plotColumns(const QList<QPointF>& points, int width, double lineWidth) {
    PlotColumns columns;
    columns.fillTop.assign(size_t(width), PlotColumns::kNone);
    columns.lineTop.assign(size_t(width), PlotColumns::kNone);
    columns.lineBottom.assign(size_t(width), -PlotColumns::kNone);
    std::vector<double> top;
    std::vector<double> bottom;
    lineExtents(points, width, top, bottom);
    // Like a pen of lineWidth without antialiasing: the rows whose centres lie within half of
    // it from the line (1.6 px: one or two rows), and as many more columns to the right as
    // it has whole pixels beyond the first (none at 1.6, so a steep line is one column wide).
    const double half = lineWidth / 2.0;
    const int spread = std::max(0, int(std::floor(lineWidth)) - 1);
    for (int c = 0; c < width; ++c) {
        if (std::isfinite(top[size_t(c)])) {
            columns.fillTop[size_t(c)] = int(std::ceil(top[size_t(c)] - 0.5));
        }
        double lineTop = top[size_t(c)];
        double lineBottom = bottom[size_t(c)];
        for (int k = 1; k <= spread && c - k >= 0; ++k) {
            lineTop = std::min(lineTop, top[size_t(c - k)]);
            lineBottom = std::max(lineBottom, bottom[size_t(c - k)]);
        }
        if (std::isfinite(lineTop)) {
            columns.lineTop[size_t(c)] = int(std::ceil(lineTop - 0.5 - half));
            columns.lineBottom[size_t(c)] = int(std::floor(lineBottom - 0.5 + half));
        }
    }
    return columns;
}

TrafficPlotItem::TrafficPlotItem(const QColor& incoming, const QColor& outgoing,
                                 QGraphicsItem* parent)
    : QGraphicsItem(parent), m_incoming(incoming), m_outgoing(outgoing) {}

void TrafficPlotItem::setColors(const QColor& incoming, const QColor& outgoing) {
    if (incoming != m_incoming || outgoing != m_outgoing) {
        m_incoming = incoming;
        m_outgoing = outgoing;
        m_layerDirty = true;
        update();
    }
}

void TrafficPlotItem::setPlotArea(const QRectF& area) {
    if (area != m_area) {
        prepareGeometryChange();
        m_area = area;
        m_layerDirty = true;
    }
}

void TrafficPlotItem::setRange(const Range& range) {
    if (!(range == m_range)) {
        m_range = range;
        m_layerDirty = true;
        update();
    }
}

void TrafficPlotItem::setMirrored(bool mirrored) {
    if (mirrored != m_mirrored) {
        m_mirrored = mirrored;
        m_layerDirty = true;
        update();
    }
}

QPointF TrafficPlotItem::mapToPosition(const QPointF& value) const {
    const QPointF p = toDevicePixels({value}, m_area.width(), m_area.height()).constFirst();
    const double x = m_mirrored ? m_area.width() - p.x() : p.x();
    return {m_area.left() + x, m_area.top() + p.y()};
}

void TrafficPlotItem::setPoints(const QList<QPointF>& incoming, const QList<QPointF>& outgoing) {
    m_in = incoming;
    m_out = outgoing;
    m_layerDirty = true;
    update();
}

QRectF TrafficPlotItem::boundingRect() const {
    return m_area;
}

QList<QPointF> TrafficPlotItem::toDevicePixels(const QList<QPointF>& points, double width,
                                               double height) const {
    const double spanX = m_range.maxX - m_range.minX;
    const double spanY = m_range.maxY - m_range.minY;
    const double scaleX = spanX > 0 ? width / spanX : 0;
    const double scaleY = spanY > 0 ? height / spanY : 0;
    QList<QPointF> pixels;
    pixels.reserve(points.size());
    for (const QPointF& p : points) {
        pixels.append(
            QPointF((p.x() - m_range.minX) * scaleX, height - (p.y() - m_range.minY) * scaleY));
    }
    return pixels;
}

void TrafficPlotItem::renderLayer(double dpr) const {
    const int width = std::max(0, int(std::lround(m_area.width() * dpr)));
    const int height = std::max(0, int(std::lround(m_area.height() * dpr)));
    if (m_layer.width() != width || m_layer.height() != height) {
        m_layer = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    }
    m_layer.setDevicePixelRatio(dpr);
    m_layerDirty = false;
    m_layerTop = height;
    if (m_layer.isNull()) {
        return;
    }
    const double lineWidth = kLineWidth * dpr;
    PlotColumns in =
        plotColumns(toDevicePixels(m_in, m_area.width() * dpr, height), width, lineWidth);
    PlotColumns out =
        plotColumns(toDevicePixels(m_out, m_area.width() * dpr, height), width, lineWidth);
    if (m_mirrored) {  // column c shows what lies at width - 1 - c
        for (PlotColumns* columns : {&in, &out}) {
            std::reverse(columns->fillTop.begin(), columns->fillTop.end());
            std::reverse(columns->lineTop.begin(), columns->lineTop.end());
            std::reverse(columns->lineBottom.begin(), columns->lineBottom.end());
        }
    }
    // Indexed by in fill | out fill << 1 | in line << 2 | out line << 3: fills in, then out,
    // then the lines on top, out last (the order the series were painted in).
    const QRgb fillIn = premultiplied(m_incoming, kFillAlpha);
    const QRgb fillOut = premultiplied(m_outgoing, kFillAlpha);
    std::array<QRgb, 16> colours{};
    for (int i = 0; i < 16; ++i) {
        colours[size_t(i)] = (i & 8)        ? m_outgoing.rgb()
                             : (i & 4)      ? m_incoming.rgb()
                             : (i & 3) == 3 ? sourceOver(fillOut, fillIn)
                             : (i & 2)      ? fillOut
                             : (i & 1)      ? fillIn
                                            : 0;
    }
    int first = height;
    for (size_t c = 0; c < size_t(width); ++c) {
        first = std::min({first, in.lineTop[c], out.lineTop[c]});
    }
    m_layerTop = std::clamp(first, 0, height);  // rows above are neither written nor drawn
    writeRows(m_layer, m_layerTop, in, out, colours);
}

void TrafficPlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/,
                            QWidget* /*widget*/) {
    if (m_area.isEmpty()) {
        return;
    }
    const double dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_layerDirty || m_layer.devicePixelRatio() != dpr) {
        renderLayer(dpr);
    }
    // Only the rows with data: blending the transparent rest would cost as much.
    const double top = m_layerTop / dpr;
    painter->drawImage(
        QRectF(m_area.left(), m_area.top() + top, m_area.width(), m_area.height() - top), m_layer,
        QRectF(0, m_layerTop, m_layer.width(), m_layer.height() - m_layerTop));
}

}  // namespace flowscope::ui
