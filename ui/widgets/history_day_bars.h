// One application's usage per day of a month on the History page: a bar per day for bytes
// received and one for bytes sent, days without traffic at zero. Hovering a bar shows the day
// and its bytes.
#pragma once

#include <QChartView>
#include <QDate>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/store/history_types.h"
#include "ui/widgets/byte_scale.h"

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace flowscope::ui {

class HistoryDayBars : public QChartView {
    Q_OBJECT
public:
    explicit HistoryDayBars(QWidget* parent = nullptr);

    // The days of `month` (its first day) from perBucket answers (local day starts, any order;
    // days of other months are ignored).
    void setDays(QDate month, const std::vector<std::pair<int64_t, history::Usage>>& days);
    void clear();

    QDate month() const { return m_month; }
    int dayCount() const { return int(m_usage.size()); }
    // The bytes the bar of day `day` (1-based) shows, read back from the bar set.
    double shownBytes(int day, bool incoming) const;
    QBarSet* incomingSet() const { return m_in; }
    QBarSet* outgoingSet() const { return m_out; }
    const ByteScale& scale() const { return m_scale; }

private:
    void showToolTip(bool status, int index);

    QDate m_month;
    std::vector<history::Usage> m_usage;  // per day of the month
    ByteScale m_scale;
    QBarSet* m_in = nullptr;
    QBarSet* m_out = nullptr;
    QBarCategoryAxis* m_days;
    QValueAxis* m_bytes;
};

}  // namespace flowscope::ui
