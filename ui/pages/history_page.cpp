#include "ui/pages/history_page.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/engine_bridge.h"
#include "ui/models/history_connections_model.h"
#include "ui/models/history_loader.h"
#include "ui/models/history_totals_model.h"
#include "ui/pages/history_app_detail.h"
#include "ui/theme.h"
#include "ui/widgets/history_chart.h"
#include "ui/widgets/sort_header_view.h"

namespace flowscope::ui {

namespace {

constexpr int kRefreshMs = 60'000;

QTableView* newTable(QWidget* parent, const char* name, QAbstractItemModel* model) {
    auto* table = new QTableView(parent);
    table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside it
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeader(new SortHeaderView(Qt::Horizontal, table));  // ▼ = descending
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setIconSize(QSize(20, 20));
    table->setWordWrap(false);
    return table;
}

}  // namespace

HistoryPage::HistoryPage(EngineBridge* bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_loader(new HistoryLoader(this)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); }),
      m_message(new QLabel(this)),
      m_chart(new HistoryChart(this)),
      m_totals(new HistoryTotalsModel(this)),
      m_totalsProxy(new QSortFilterProxyModel(this)),
      m_connections(new HistoryConnectionsModel(this)),
      m_connectionsProxy(new QSortFilterProxyModel(this)),
      m_refreshTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("historyPage"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Created first: Tab follows creation order, and the controls stand above the chart.
    QWidget* controls = createControls();
    setupTotalsTable();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_chart);
    auto* bottom = new QSplitter(Qt::Horizontal, split);
    bottom->addWidget(m_totalsTable);
    bottom->addWidget(createDetails());
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    m_exportAction = new QAction(tr("&Export report…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setToolTip(tr("Write the History page's table as CSV or JSON (Ctrl+E)"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &HistoryPage::exportReportDialog);
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &HistoryPage::refresh);
    addAction(refreshAction);
    connect(m_chart, &HistoryChart::bucketClicked, this, &HistoryPage::showBucket);
    connect(m_loader, &HistoryLoader::finished, this, &HistoryPage::updateLoading);
    m_refreshTimer->setInterval(kRefreshMs);
    // Every minute while shown: the range moves on with the clock ("today", "last hour") and
    // picks up what was recorded meanwhile, without a "Loading…" flash each time.
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        m_quiet = true;
        updateRange();
        m_quiet = false;
    });
    if (m_bridge) {
        m_totals->setIconProvider(m_bridge->icons());
        m_connections->setIconProvider(m_bridge->icons());
    }
    updateRange();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setupTotalsTable() {
    m_totalsProxy->setSourceModel(m_totals);
    m_totalsProxy->setSortRole(HistoryTotalsModel::RawRole);
    m_totalsTable = newTable(this, "historyTotals", m_totalsProxy);
    m_totalsTable->setAccessibleName(tr("Traffic totals"));
    m_totalsTable->sortByColumn(HistoryTotalsModel::ColTotal, Qt::DescendingOrder);
    // Names in full; a long path gives way, elided in the middle where it differs least.
    m_totalsTable->horizontalHeader()->setSectionResizeMode(HistoryTotalsModel::ColDetail,
                                                            QHeaderView::Stretch);
    m_totalsTable->setColumnWidth(HistoryTotalsModel::ColName, 200);
    for (int column = HistoryTotalsModel::ColIn; column < HistoryTotalsModel::ColumnCount;
         ++column) {
        m_totalsTable->horizontalHeader()->setSectionResizeMode(column,
                                                                QHeaderView::ResizeToContents);
    }
    m_totalsTable->setTextElideMode(Qt::ElideMiddle);
    connect(m_totalsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::onTotalsSelection);
}

QWidget* HistoryPage::createDetails() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("historyDetailTabs"));
    auto* bucket = new QWidget(m_tabs);
    m_bucketLabel = new QLabel(tr("Click the chart to list the connections of that time."), bucket);
    m_bucketLabel->setWordWrap(true);
    m_connectionsProxy->setSourceModel(m_connections);
    m_connectionsProxy->setSortRole(HistoryConnectionsModel::RawRole);
    m_connectionsTable = newTable(bucket, "historyConnections", m_connectionsProxy);
    m_connectionsTable->setAccessibleName(tr("Connections in the chosen period"));
    m_connectionsTable->sortByColumn(HistoryConnectionsModel::ColIn, Qt::DescendingOrder);
    m_connectionsTable->setColumnWidth(HistoryConnectionsModel::ColRemote, 220);
    for (int column : {HistoryConnectionsModel::ColIn, HistoryConnectionsModel::ColOut}) {
        m_connectionsTable->horizontalHeader()->setSectionResizeMode(column,
                                                                     QHeaderView::ResizeToContents);
    }
    auto* bucketLayout = new QVBoxLayout(bucket);
    bucketLayout->setContentsMargins(4, 4, 4, 4);
    bucketLayout->addWidget(m_bucketLabel);
    bucketLayout->addWidget(m_connectionsTable, 1);
    m_appDetail = new HistoryAppDetail(m_tabs);
    m_tabs->addTab(m_appDetail, tr("Application"));
    m_tabs->addTab(bucket, tr("Connections"));
    return m_tabs;
}

QWidget* HistoryPage::createControls() {
    auto* box = new QWidget(this);
    m_preset = new QComboBox(box);
    m_preset->setObjectName(QStringLiteral("historyRange"));
    m_preset->addItem(tr("Last hour"), int(HistoryPreset::LastHour));
    m_preset->addItem(tr("Today"), int(HistoryPreset::Today));
    m_preset->addItem(tr("Last 7 days"), int(HistoryPreset::Week));
    m_preset->addItem(tr("Last 30 days"), int(HistoryPreset::Month));
    m_preset->addItem(tr("Custom"), int(HistoryPreset::Custom));
    m_preset->setCurrentIndex(int(HistoryPreset::Today));
    m_dimension = new QComboBox(box);
    m_dimension->setObjectName(QStringLiteral("historyDimension"));
    for (auto d :
         {history::Dimension::Application, history::Dimension::Host, history::Dimension::Service,
          history::Dimension::Country, history::Dimension::As}) {
        m_dimension->addItem(dimensionTitle(d), int(d));
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-1), box);
    m_to = new QDateTimeEdit(now, box);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &HistoryPage::updateRange);
    }
    m_rangeLabel = new QLabel(box);
    m_rangeLabel->setObjectName(QStringLiteral("historyRangeLabel"));
    auto* refresh = new QPushButton(tr("Refresh"), box);
    refresh->setObjectName(QStringLiteral("historyRefresh"));
    refresh->setToolTip(tr("Read the history again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &HistoryPage::refresh);
    setTabOrder(refresh, m_chart);  // the chart was made first; Tab reads from the top
    connect(m_preset, &QComboBox::currentIndexChanged, this, &HistoryPage::onPresetChanged);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &HistoryPage::updateRange);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Range:"), box));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Group by:"), box));
    layout->addWidget(m_dimension);
    layout->addSpacing(12);
    layout->addWidget(m_rangeLabel, 1);
    layout->addWidget(refresh);
    return box;
}

void HistoryPage::setClock(std::function<int64_t()> clock) {
    m_clock = std::move(clock);
    updateRange();
}

void HistoryPage::setPreset(HistoryPreset preset) {
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void HistoryPage::setCustomRange(const QDateTime& from, const QDateTime& to) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDateTime(from);
    m_to->setDateTime(to);
    if (preset() == HistoryPreset::Custom) {
        updateRange();
    } else {
        setPreset(HistoryPreset::Custom);
    }
}

void HistoryPage::setDimension(history::Dimension dimension) {
    m_dimension->setCurrentIndex(m_dimension->findData(int(dimension)));
}

HistoryPreset HistoryPage::preset() const {
    return HistoryPreset(m_preset->currentData().toInt());
}

history::Dimension HistoryPage::dimension() const {
    return history::Dimension(m_dimension->currentData().toInt());
}

void HistoryPage::onPresetChanged() {
    const bool custom = preset() == HistoryPreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    updateRange();
}

void HistoryPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_refreshTimer->start();
    updateRange();  // "today" may have moved on while hidden
}

void HistoryPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_refreshTimer->stop();
}

QString HistoryPage::messageText() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString HistoryPage::bucketTitle() const {
    return m_bucketLabel->text();
}

void HistoryPage::setMessage(const QString& text, bool error) {
    m_hasError = error;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    const StatusColors colors = ThemeManager::statusColors(StatusLevel::Error);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(colors.text.name())
                                   : QString());
}

}  // namespace flowscope::ui
