// One application's usage per day over a month on the History page — the 30 days up to the
// range's last day, so that a month is always whole (a metered link's month, "Last 30 days"):
// a bar per day for bytes received and one for bytes sent, days without traffic at zero.
// Hovering a bar shows the day and its bytes.
#pragma once

#include <QChartView>
#include <QDate>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/store/history_types.h"
#include "ui/widgets/byte_scale.h"

class QCategoryAxis;
class QBarSet;
class QValueAxis;

namespace flowscope::ui {

class HistoryDayBars : public QChartView {
    Q_OBJECT
public:
    explicit HistoryDayBars(QWidget* parent = nullptr);

    static constexpr int kDays = 30;
    static constexpr int kLabelEvery = 7;  // the last day and every 7th before it

    // The kDays days up to `lastDay` from perBucket answers (local day starts, any order; days
    // outside are ignored).
    void setDays(QDate lastDay, const std::vector<std::pair<int64_t, history::Usage>>& days);
    void clear();

    QDate firstDay() const { return m_first; }
    int dayCount() const { return int(m_usage.size()); }
    // The bytes the bar of `day` shows, read back from the bar set (0 outside).
    double shownBytes(QDate day, bool incoming) const;
    QBarSet* incomingSet() const { return m_in; }
    QBarSet* outgoingSet() const { return m_out; }
    const ByteScale& scale() const { return m_scale; }
    // The text alternative (the accessible description): the days' totals and the busiest
    // day (history_chart_text.cpp).
    QString describe() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyDirection();
    void setDayRange();  // the days' axis, with room for the last date (right to left)
    void showToolTip(bool status, int index);

    QDate m_first;
    std::vector<history::Usage> m_usage;  // per day from m_first
    ByteScale m_scale;
    QBarSet* m_in = nullptr;
    QBarSet* m_out = nullptr;
    QCategoryAxis* m_days;
    QValueAxis* m_bytes;
};

}  // namespace flowscope::ui
