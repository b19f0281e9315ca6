// The compact window's chart: incoming and outgoing rate of the last kSeconds one-second
// ticks as two filled lines (QPainter, no Qt Charts: the window is meant to stay light),
// scaled to the largest rate shown, the newest tick at the right edge, the scale written in
// the top-left corner (mirrored in a right-to-left layout: the newest tick at the left edge,
// the scale in the top-right corner; the text itself reads as ever).
#pragma once

#include <QColor>
#include <QWidget>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/engine/snapshot.h"
#include "ui/format.h"
#include "ui/theme.h"

namespace flowscope::ui {

class MiniChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSeconds = 60;
    static QColor incomingColor() { return ThemeManager::seriesColor(Series::Incoming); }
    static QColor outgoingColor() { return ThemeManager::seriesColor(Series::Outgoing); }

    explicit MiniChart(QWidget* parent = nullptr);

    void setUnit(RateUnit unit);
    // Appends one snapshot's ticks (bytes per second from each tick's traffic).
    void addSamples(const std::vector<TickSample>& samples, int64_t tickNs);
    void clear();

    struct Rate {
        double in = 0;
        double out = 0;
    };
    const std::deque<Rate>& rates() const { return m_rates; }
    // The top of the scale in bytes per second (a round number at or above the largest rate).
    double scaleMax() const;

    QSize sizeHint() const override { return {240, 64}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::deque<Rate> m_rates;  // oldest first, at most kSeconds
    RateUnit m_unit = RateUnit::Bytes;
};

}  // namespace flowscope::ui
