#include "ui/pages/history_app_detail.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/app_style.h"
#include "ui/models/history_totals_model.h"
#include "ui/widgets/history_day_bars.h"
#include "ui/widgets/sort_header_view.h"

namespace flowscope::ui {

HistoryAppDetail::HistoryAppDetail(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_bars(new HistoryDayBars(this)),
      m_hosts(new HistoryTotalsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("historyAppDetail"));
    m_title->setObjectName(QStringLiteral("historyAppTitle"));
    m_title->setWordWrap(true);
    m_proxy->setSourceModel(m_hosts);
    m_proxy->setSortRole(HistoryTotalsModel::RawRole);
    m_table->setObjectName(QStringLiteral("historyAppHosts"));
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Hosts of the application"));
    m_table->setHorizontalHeader(new SortHeaderView(Qt::Horizontal, m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTotalsModel::ColTotal, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTotalsModel::ColName,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(HistoryTotalsModel::ColDetail, true);
    m_table->setColumnHidden(HistoryTotalsModel::ColPackets, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bars, 3);
    layout->addWidget(m_table, 2);
    clear();
}

QString HistoryAppDetail::titleText() const {
    return m_title->text();
}

void HistoryAppDetail::showApplication(const QString& name, QDate lastDay) {
    m_name = name;
    m_lastDay = lastDay;
    //: %2: the number of days (30), in the language's digits.
    m_title->setText(
        tr("<b>%1</b>: per day over %2 days, and its top hosts in the range shown")
            .arg(isolated(name.toHtmlEscaped()), QLocale().toString(HistoryDayBars::kDays)));
}

void HistoryAppDetail::setAnswer(const std::vector<std::pair<int64_t, history::Usage>>& days,
                                 std::vector<history::TotalRow> hosts) {
    m_bars->setDays(m_lastDay, days);
    m_hosts->setRows(history::Dimension::Host, std::move(hosts));
}

void HistoryAppDetail::clear() {
    m_name.clear();
    m_title->setText(
        tr("Group by application and select one in the table to see its use per "
           "day and its top hosts."));
    m_bars->clear();
    m_hosts->setRows(history::Dimension::Host, {});  // headed "Hosts" while empty too
}

}  // namespace flowscope::ui
