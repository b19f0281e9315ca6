#include "ui/pages/notifications_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/alerts/alert_center.h"
#include "ui/format.h"
#include "ui/models/alert_model.h"
#include "ui/widgets/activating_table.h"

namespace flowscope::ui {

NotificationsPage::NotificationsPage(AlertCenter* center, QWidget* parent)
    : QWidget(parent),
      m_center(center),
      m_table(new ActivatingTable(this)),
      m_empty(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_markRead(new QPushButton(tr("Mark all read"), this)),
      m_clear(new QPushButton(tr("Clear"), this)) {
    setObjectName(QStringLiteral("notificationsPage"));
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setAccessibleName(tr("Notifications"));
    m_table->setModel(center->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::ColumnTime,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::ColumnRule,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::ColumnDetails,
                                                      QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click or press Enter to inspect the connections of an alert"));
    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(
        tr("No notifications yet. During a live capture, alerts appear here: a program using "
           "the network for the first time, and the rules you set in Settings."));
    m_summary->setObjectName(QStringLiteral("notificationsSummary"));
    m_markRead->setObjectName(QStringLiteral("notificationsMarkRead"));
    m_clear->setObjectName(QStringLiteral("notificationsClear"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_markRead);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);

    // Double-click emits activated() too (where a single click does not activate).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            m_center->requestShow(m_center->model()->entry(index.row()).alert);
        }
    });
    connect(m_markRead, &QPushButton::clicked, m_center, &AlertCenter::markAllRead);
    connect(m_clear, &QPushButton::clicked, m_center, &AlertCenter::clear);
    connect(m_center, &AlertCenter::unreadChanged, this, &NotificationsPage::updateState);
    AlertModel* model = center->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &NotificationsPage::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateState);
    updateState();
}

void NotificationsPage::updateState() {
    const int rows = m_center->model()->rowCount();
    const bool empty = rows == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_clear->setEnabled(!empty);
    m_markRead->setEnabled(m_center->unread() > 0);
    m_summary->setText(
        empty ? QString()
              : tr("%1 of %2 unread")
                    .arg(formatCount(uint64_t(m_center->unread())), formatCount(uint64_t(rows))));
}

}  // namespace flowscope::ui
