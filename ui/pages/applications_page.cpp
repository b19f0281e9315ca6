#include "ui/pages/applications_page.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/engine_bridge.h"
#include "ui/history/today_totals.h"
#include "ui/models/application_model.h"
#include "ui/models/favorites_proxy.h"
#include "ui/widgets/activating_table.h"
#include "ui/widgets/sort_header_view.h"
#include "ui/widgets/sparkline_delegate.h"
#include "ui/widgets/star_support.h"

namespace flowscope::ui {

ApplicationsPage::ApplicationsPage(EngineBridge* bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_model(new ApplicationModel(this)),
      m_proxy(new FavoritesProxy(this)),
      m_table(new ActivatingTable(this)),
      m_empty(new QLabel(this)),
      m_starredOnly(newStarredOnlyCheck(this)),
      m_today(new TodayTotals(this)) {
    setObjectName(QStringLiteral("applicationsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApplicationModel::RawRole);
    m_proxy->setFavorites(FavoritesStore::shared(), FavoritesStore::Kind::Program,
                          ApplicationModel::ProgramRole, ApplicationModel::ColName);
    connect(m_starredOnly, &QCheckBox::toggled, m_proxy, &FavoritesProxy::setStarredOnly);
    installStarMenu(m_table, FavoritesStore::shared(), [this](const QModelIndex& index) {
        QVector<FavoriteRef> refs;
        const QModelIndex name = m_proxy->index(index.row(), ApplicationModel::ColName);
        const QString program = name.data(ApplicationModel::ProgramRole).toString();
        if (!program.isEmpty()) {
            refs.append({FavoritesStore::Kind::Program, program,
                         tr("application %1")
                             .arg(m_proxy->data(name, ApplicationModel::RawRole).toString())});
        }
        return refs;
    });
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setAccessibleName(tr("Applications"));
    m_table->setHorizontalHeader(new SortHeaderView(Qt::Horizontal, m_table));  // ▼ = descending
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationModel::ColRateIn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setIconSize(QSize(20, 20));
    m_table->horizontalHeader()->setSectionResizeMode(ApplicationModel::ColName,
                                                      QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(
        ApplicationModel::ColActivity,
        new SparklineDelegate(ApplicationModel::ActivityRole, ApplicationModel::kActivityTicks,
                              m_table));
    m_table->setColumnWidth(ApplicationModel::ColActivity, 130);
    connect(m_today, &TodayTotals::loaded, m_model,
            [this](const std::vector<history::TotalRow>& rows) { m_model->setTodayTotals(rows); });
    m_table->setToolTip(tr("Double-click or press Enter to inspect an application's connections"));
    m_empty->setObjectName(QStringLiteral("applicationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("Applications are known for live captures only: start a capture on an adapter to "
           "see which programs use the network."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_starredOnly, 0, Qt::AlignRight);
    layout->addWidget(m_table, 1);
    setTabOrder(m_starredOnly, m_table);  // Tab as the page reads: the check box is above

    // Enter (activated) and double-click; opening Inspect twice for one gesture is harmless.
    auto open = [this](const QModelIndex& index) {
        if (index.isValid()) {
            emit applicationActivated(m_proxy->data(index, ApplicationModel::AppIdRole).toUInt());
        }
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(m_table, &QTableView::doubleClicked, this, open);
    if (m_bridge) {
        m_model->setIconProvider(m_bridge->icons());
        connect(m_bridge, &EngineBridge::snapshotApplied, this, &ApplicationsPage::applySnapshot);
        connect(m_bridge, &EngineBridge::captureStarted, this, [this] {
            m_model->clear();
            m_empty->setVisible(!m_bridge->isLive());
        });
    }
}

void ApplicationsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_today->start();  // now, then about once a minute
}

void ApplicationsPage::applySnapshot(const SnapshotPtr& snapshot) {
    if (!snapshot) {
        return;
    }
    m_model->applySnapshot(*snapshot);
    m_empty->setVisible(m_model->rowCount() == 0 && !(m_bridge && m_bridge->isLive()));
}

}  // namespace flowscope::ui
