#include "ui/widgets/timeline.h"

#include <algorithm>
#include <cmath>

namespace flowscope::ui {

namespace {

constexpr double kNsPerMs = 1e6;

}  // namespace

Timeline Timeline::build(const std::vector<int64_t>& starts, int64_t tickNs, bool allowBreaks) {
    Timeline timeline;
    if (starts.empty() || !allowBreaks || tickNs <= 0) {
        return timeline;
    }
    // Candidate breaks: gaps longer than kMinBreakNs. Active time: the span without them.
    int64_t span = starts.back() + tickNs - starts.front();
    std::vector<size_t> candidates;  // index of the first tick after the gap
    for (size_t i = 1; i < starts.size(); ++i) {
        const int64_t gap = starts[i] - (starts[i - 1] + tickNs);
        if (gap > kMinBreakNs) {
            candidates.push_back(i);
            span -= gap;
        }
    }
    if (candidates.empty()) {
        return timeline;
    }
    const double bandNs = std::max(kGapShare * double(span), double(kMinGapTicks) * double(tickNs));
    std::vector<size_t> breaks;
    for (size_t i : candidates) {
        const int64_t gap = starts[i] - (starts[i - 1] + tickNs);
        if (double(gap) > 3 * bandNs) {
            breaks.push_back(i);
        }
    }
    if (breaks.empty()) {
        return timeline;
    }
    const double bandMs = bandNs / kNsPerMs;
    double x = 0;
    size_t first = 0;
    breaks.push_back(starts.size());
    for (size_t b : breaks) {
        TimelineSegment segment;
        segment.startNs = starts[first];
        segment.endNs = starts[b - 1] + tickNs;
        segment.x0 = x;
        timeline.m_segments.push_back(segment);
        timeline.m_anchors.push_back({segment.startNs, x});
        x += double(segment.endNs - segment.startNs) / kNsPerMs;
        timeline.m_anchors.push_back({segment.endNs, x});
        if (b < starts.size()) {
            TimelineGap gap;
            gap.fromNs = segment.endNs;
            gap.toNs = starts[b];
            gap.x0 = x;
            gap.x1 = x + bandMs;
            timeline.m_gaps.push_back(gap);
            x = gap.x1;
        }
        first = b;
    }
    return timeline;
}

double Timeline::xOf(int64_t ns) const {
    if (m_anchors.empty()) {
        return double(ns) / kNsPerMs;
    }
    // The first anchor not before ns; outside the anchors time runs at its own pace.
    const auto it = std::lower_bound(m_anchors.cbegin(), m_anchors.cend(), ns,
                                     [](const Anchor& a, int64_t v) { return a.ns < v; });
    if (it == m_anchors.cbegin()) {
        return it->x - double(it->ns - ns) / kNsPerMs;
    }
    if (it == m_anchors.cend()) {
        const Anchor& last = m_anchors.back();
        return last.x + double(ns - last.ns) / kNsPerMs;
    }
    const Anchor& a = *(it - 1);
    const Anchor& b = *it;
    return a.x + (b.x - a.x) * (double(ns - a.ns) / double(b.ns - a.ns));
}

int64_t Timeline::timeAt(double x) const {
    if (m_anchors.empty()) {
        return int64_t(std::llround(x * kNsPerMs));
    }
    const auto it = std::lower_bound(m_anchors.cbegin(), m_anchors.cend(), x,
                                     [](const Anchor& a, double v) { return a.x < v; });
    if (it == m_anchors.cbegin()) {
        return it->ns - int64_t(std::llround((it->x - x) * kNsPerMs));
    }
    if (it == m_anchors.cend()) {
        const Anchor& last = m_anchors.back();
        return last.ns + int64_t(std::llround((x - last.x) * kNsPerMs));
    }
    const Anchor& a = *(it - 1);
    const Anchor& b = *it;
    if (b.x <= a.x) {
        return a.ns;
    }
    return a.ns + int64_t(std::llround(double(b.ns - a.ns) * ((x - a.x) / (b.x - a.x))));
}

double Timeline::width() const {
    if (m_anchors.empty()) {
        return 0;
    }
    return m_anchors.back().x - m_anchors.front().x;
}

QList<QPointF> decimateMinMax(const QList<QPointF>& points, double columnWidth) {
    const qsizetype count = points.size();
    if (count <= 2 || !(columnWidth > 0)) {
        return points;
    }
    const double x0 = points.first().x();
    const double columns = std::floor((points.last().x() - x0) / columnWidth) + 1;
    if (double(count) <= 2 * columns) {
        return points;
    }
    QList<QPointF> out;
    out.reserve(qsizetype(2 * columns) + 2);
    out.append(points.first());
    qsizetype i = 1;
    while (i < count - 1) {
        const double column = std::floor((points[i].x() - x0) / columnWidth);
        qsizetype low = i;
        qsizetype high = i;
        qsizetype j = i + 1;
        for (; j < count - 1 && std::floor((points[j].x() - x0) / columnWidth) == column; ++j) {
            if (points[j].y() < points[low].y()) {
                low = j;
            }
            if (points[j].y() > points[high].y()) {
                high = j;
            }
        }
        out.append(points[std::min(low, high)]);
        if (low != high) {
            out.append(points[std::max(low, high)]);
        }
        i = j;
    }
    out.append(points.last());
    return out;
}

}  // namespace flowscope::ui
