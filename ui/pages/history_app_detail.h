// The History page's view of one application: its usage per day over the 30 days up to the
// range's end as bars, and its top hosts in the page's range (a sortable table with the same
// columns as the totals).
#pragma once

#include <QDate>
#include <QWidget>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/store/history_types.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace flowscope::ui {

class HistoryDayBars;
class HistoryTotalsModel;

class HistoryAppDetail : public QWidget {
    Q_OBJECT
public:
    explicit HistoryAppDetail(QWidget* parent = nullptr);

    // Which application (its label as shown) and last day the next answer is for.
    void showApplication(const QString& name, QDate lastDay);
    void setAnswer(const std::vector<std::pair<int64_t, history::Usage>>& days,
                   std::vector<history::TotalRow> hosts);
    void clear();

    QString application() const { return m_name; }
    HistoryDayBars* dayBars() const { return m_bars; }
    HistoryTotalsModel* hostsModel() const { return m_hosts; }
    QSortFilterProxyModel* hostsProxy() const { return m_proxy; }
    QTableView* hostsTable() const { return m_table; }
    QString titleText() const;

private:
    QString m_name;
    QDate m_lastDay;
    QLabel* m_title;
    HistoryDayBars* m_bars;
    HistoryTotalsModel* m_hosts;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
};

}  // namespace flowscope::ui
