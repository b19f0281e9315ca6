// The traffic chart's x axis for a capture file: capture time, except that a long stretch
// without packets (a file that spans years with a minute of traffic at each end) is squeezed
// into a narrow marked band, so each stretch of activity gets the width it deserves. Also the
// min/max decimation of a series to the plot's pixel columns. No widgets here.
#pragma once

#include <QList>
#include <QPointF>
#include <cstdint>
#include <vector>

namespace flowscope::ui {

struct TimelineGap {
    int64_t fromNs = 0;  // end of the last tick before the gap
    int64_t toNs = 0;    // start of the first tick after it
    double x0 = 0;       // the band on the x axis
    double x1 = 0;
};

struct TimelineSegment {
    int64_t startNs = 0;  // first tick's start
    int64_t endNs = 0;    // last tick's end
    double x0 = 0;
};

class Timeline {
public:
    // Without breaks x is the time in ms since the epoch (for a date-time axis).
    Timeline() = default;
    // From the ascending start times of the sampled ticks. Breaks are made only if
    // `allowBreaks` (files; a live chart scrolls instead). With breaks x counts the shown
    // milliseconds from 0 (active time plus the gap bands).
    static Timeline build(const std::vector<int64_t>& tickStartsNs, int64_t tickNs,
                          bool allowBreaks);

    bool hasBreaks() const { return !m_gaps.empty(); }
    double xOf(int64_t ns) const;
    int64_t timeAt(double x) const;  // inverse of xOf (gap bands map linearly into the gap)
    const std::vector<TimelineGap>& gaps() const { return m_gaps; }
    const std::vector<TimelineSegment>& segments() const { return m_segments; }
    double width() const;  // x span of the whole timeline (0 if empty)

    // A gap is squeezed when it is longer than a minute and longer than three of its bands;
    // a band is kGapShare of the active time, at least kMinGapTicks ticks.
    static constexpr double kGapShare = 0.06;
    static constexpr int kMinGapTicks = 2;
    static constexpr int64_t kMinBreakNs = 60'000'000'000;

private:
    struct Anchor {
        int64_t ns;
        double x;
    };
    std::vector<Anchor> m_anchors;  // piecewise-linear map, empty without breaks
    std::vector<TimelineGap> m_gaps;
    std::vector<TimelineSegment> m_segments;
};

// Keeps, per pixel column of `columnWidth` x units, only the lowest and the highest point (in
// x order), so a filled line looks the same with far fewer points: peaks survive. Points must
// be in ascending x; first and last are always kept. Returns the input when it has no more
// than two points per column.
QList<QPointF> decimateMinMax(const QList<QPointF>& points, double columnWidth);

}  // namespace flowscope::ui
