#include "ui/pages/inspect_page.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/engine_bridge.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"
#include "ui/pages/connection_details.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/pages/inspect_favorites.h"
#include "ui/widgets/sort_header_view.h"

namespace flowscope::ui {

InspectPage::InspectPage(EngineBridge* bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_proxy(new ConnectionProxy(this)),
      m_filterBar(nullptr),
      m_table(new QTableView(this)),
      m_details(new ConnectionDetails(bridge->connections(), this)),
      m_detailsScroll(new QScrollArea(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)) {
    m_proxy->setSourceModel(bridge->connections());
    m_filterBar = new ConnectionFilterBar(m_proxy, this);

    setupTable();
    arrangeColumns();
    layOut();
    connectSignals();
    setupKeyboard();
}

void InspectPage::setupTable() {
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Connections"));
    m_table->setHorizontalHeader(new SortHeaderView(Qt::Horizontal, m_table));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);  // uniform row heights
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionsMovable(true);
    // Sorting by clicking a header (not setSortingEnabled, which would sort at once).
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_proxy->sort(column, order); });
    setColumnWidths();
    installInspectFavorites(m_table, m_proxy, m_bridge->connections(), FavoritesStore::shared());
}

void InspectPage::arrangeColumns() {
    QHeaderView* columns = m_table->horizontalHeader();
    // Right-click a header to show or hide columns; "First seen" starts hidden (it is in the
    // details pane) so the rest fits a 1280-pixel window.
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &InspectPage::showColumnMenu);
    m_table->setColumnHidden(ConnectionModel::ColFirstSeen, true);
    // Application first; host name, country and AS right after the remote end.
    columns->moveSection(columns->visualIndex(ConnectionModel::ColApplication), 0);
    for (int c : {ConnectionModel::ColHost, ConnectionModel::ColCountry, ConnectionModel::ColAs}) {
        columns->moveSection(columns->visualIndex(c),
                             columns->visualIndex(ConnectionModel::ColService));
    }
    m_table->setIconSize(QSize(16, 16));
}

void InspectPage::layOut() {
    m_detailsScroll->setWidget(m_details);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::StyledPanel);

    m_splitter->setObjectName(QStringLiteral("inspectSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailsScroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
}

void InspectPage::connectSignals() {
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectPage::onCurrentChanged);
    connect(m_bridge, &EngineBridge::snapshotApplied, this, &InspectPage::onSnapshot);
    connect(m_bridge, &EngineBridge::captureStarted, this, [this] {
        m_selectedId = 0;
        m_details->setFlowId(0);
        // A capture file has no processes: its Application column would be all "—". The
        // column menu can still show it.
        m_table->setColumnHidden(ConnectionModel::ColApplication, !m_bridge->isLive());
    });
    // Filtering and sorting may move or hide the selected row.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InspectPage::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InspectPage::restoreSelection);
}

void InspectPage::setColumnWidths() {
    // Wide enough for typical values and for the header text.
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const char* const samples[ConnectionModel::ColumnCount] = {"ICMPv6",
                                                               "192.168.100.100:65535",
                                                               "[2001:db8::1234]:65535",
                                                               "65535",
                                                               "999.9 MB",
                                                               "999.9 MB",
                                                               "9,999,999",
                                                               "9,999,999",
                                                               "999.9 kB/s",
                                                               "999.9 kB/s",
                                                               "2024-01-02 13:45:06.123",
                                                               "2024-01-02 13:45:06.123",
                                                               "WWWW firefox-esr",
                                                               "www.example.com",
                                                               "WW US",
                                                               "AS15169 Google LLC"};
    for (int c = 0; c < ConnectionModel::ColumnCount; ++c) {
        const QString title = m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const int width = std::max(fm.horizontalAdvance(QString::fromLatin1(samples[c])),
                                   header.horizontalAdvance(title) + 12);
        m_table->setColumnWidth(c, width + 12);
    }
}

void InspectPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_sized) {
        // Now that fonts and styles are final: room for every field of the details pane.
        m_sized = true;
        const int details = m_details->sizeHint().height() + 2 * m_detailsScroll->frameWidth();
        const int total = std::max(m_splitter->height(), details * 3);
        m_splitter->setSizes({total - details, details});
    }
}

void InspectPage::showColumnMenu(const QPoint& position) {
    QMenu menu(this);
    for (int c = 0; c < ConnectionModel::ColumnCount; ++c) {
        QAction* action =
            menu.addAction(m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        connect(action, &QAction::toggled, this,
                [this, c](bool shown) { m_table->setColumnHidden(c, !shown); });
    }
    menu.exec(m_table->horizontalHeader()->viewport()->mapToGlobal(position));
}

void InspectPage::selectRow(int row) {
    if (row < 0 || row >= m_proxy->rowCount()) {
        return;
    }
    // Not QTableView::selectRow: right to left (Qt 6.4) it looks for the first column at the
    // viewport's far edge, finds none and selects nothing.
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InspectPage::filterByApplication(uint32_t appId) {
    m_filterBar->showApplication(appId);
}

void InspectPage::filterByAddress(const QString& addressOrCidr) {
    m_filterBar->showAddress(addressOrCidr);
}

void InspectPage::filterByService(int ipProtocol, int port) {
    m_filterBar->showService(ipProtocol, port);
}

void InspectPage::onCurrentChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;  // keep showing the last selection (it may come back with a filter change)
    }
    const uint64_t id = current.data(ConnectionModel::FlowIdRole).toULongLong();
    if (id != m_selectedId) {
        m_selectedId = id;
        m_details->setFlowId(id);
    }
}

void InspectPage::onSnapshot() {
    const SnapshotPtr snapshot = m_bridge->latest();
    if (snapshot && snapshot->applications) {
        QVector<QPair<uint32_t, QString>> apps;
        for (const ApplicationStat& stat : snapshot->topApplications) {
            apps.append({stat.appId, ConnectionModel::applicationText(
                                         m_bridge->connections()->application(stat.appId))});
        }
        std::sort(apps.begin(), apps.end(), [](const auto& a, const auto& b) {
            return QString::compare(a.second, b.second, Qt::CaseInsensitive) < 0;
        });
        m_filterBar->setApplications(apps);
    }
    restoreSelection();
    m_details->refresh();
}

void InspectPage::restoreSelection() {
    if (m_selectedId == 0) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() &&
        current.data(ConnectionModel::FlowIdRole).toULongLong() == m_selectedId) {
        return;
    }
    const int sourceRow = m_bridge->connections()->rowOfFlow(m_selectedId);
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex proxyIndex =
        m_proxy->mapFromSource(m_bridge->connections()->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

}  // namespace flowscope::ui
