// MainWindow's pages: the sidebar, the page stack and their shortcuts (the History page's
// File → Export report… too), and where the
// Notifications page's rows and the desktop notifications' "Show" lead.
#include <QAction>
#include <QKeySequence>
#include <QListWidget>
#include <QStackedWidget>
#include <QStyle>
#include <algorithm>

#include "ui/alerts/alert_center.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/pages/applications_page.h"
#include "ui/pages/history_page.h"
#include "ui/pages/inspect_page.h"
#include "ui/pages/notifications_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/start_page.h"

namespace flowscope::ui {

void MainWindow::createSidebar(QWidget* central) {
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFocusPolicy(Qt::TabFocus);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QStyle* s = style();
    const struct {
        QStyle::StandardPixmap icon;
        QString name;
        QString shortcut;
    } items[PageCount] = {
        {QStyle::SP_DirHomeIcon, tr("Start"), tr("Ctrl+0")},
        {QStyle::SP_FileDialogInfoView, tr("Overview"), tr("Ctrl+1")},
        {QStyle::SP_FileDialogDetailedView, tr("Inspect"), tr("Ctrl+2")},
        {QStyle::SP_ComputerIcon, tr("Applications"), tr("Ctrl+3")},
        {QStyle::SP_MessageBoxWarning, tr("Notifications"), tr("Ctrl+4")},
        {QStyle::SP_FileDialogContentsView, tr("History"), tr("Ctrl+5")},
    };
    for (const auto& item : items) {
        auto* entry = new QListWidgetItem(s->standardIcon(item.icon), item.name, m_sidebar);
        entry->setToolTip(QStringLiteral("%1 (%2)").arg(item.name, item.shortcut));
        entry->setSizeHint(QSize(0, 36));
    }
    const int width = m_sidebar->fontMetrics().horizontalAdvance(tr("Notifications")) + 64;
    m_sidebar->setFixedWidth(std::max(width, 130));
}

void MainWindow::createPages(QWidget* central) {
    m_start = new StartPage(m_bridge, central);
    m_overview = new OverviewPage(m_bridge, central);
    m_inspect = new InspectPage(m_bridge, central);
    m_applications = new ApplicationsPage(m_bridge, central);
    m_notifications = new NotificationsPage(m_bridge->alerts(), central);
    m_history = new HistoryPage(m_bridge, central);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_inspect);
    m_stack->addWidget(m_applications);
    m_stack->addWidget(m_notifications);
    m_stack->addWidget(m_history);
    addAction(m_history->exportAction());  // its shortcut works on every page
    connect(m_history, &HistoryPage::problem, this, &MainWindow::showError);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(PageStart);
    connect(m_bridge->alerts(), &AlertCenter::showRequested, this, &MainWindow::showAlertTarget);
    connect(m_bridge->alerts(), &AlertCenter::problem, this, &MainWindow::showError);
}

void MainWindow::createPageShortcuts() {
    const struct {
        const char* keys;
        int page;
    } shortcuts[] = {{"Ctrl+0", PageStart},         {"Ctrl+1", PageOverview},
                     {"Ctrl+2", PageInspect},       {"Ctrl+3", PageApplications},
                     {"Ctrl+4", PageNotifications}, {"Ctrl+5", PageHistory}};
    for (const auto& shortcut : shortcuts) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(QString::fromLatin1(shortcut.keys)));
        const int page = shortcut.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        addAction(action);
    }
}

void MainWindow::showNotifications() {
    showPage(PageNotifications);
}

void MainWindow::showAlertTarget(const flowscope::Alert& alert) {
    // The remote address when the alert names one (blocklist, favorite host), else the
    // program; a summary of several subjects names neither and opens Inspect unfiltered.
    if (!alert.address.isNone()) {
        m_inspect->filterByAddress(QString::fromStdString(alert.address.toString()));
    } else if (alert.appId != 0) {
        m_inspect->filterByApplication(alert.appId);
    }
    showPage(PageInspect);
    // From a desktop notification the window may be hidden in the tray or behind others.
    showNormal();
    raise();
    activateWindow();
}

}  // namespace flowscope::ui
