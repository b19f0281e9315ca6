// The Inspect page for keyboard and screen-reader users: Ctrl+F puts the cursor in the search
// field, Tab runs through the filters into the table and on to the details pane, and the
// column menu (a right click on the header, which never takes focus) has a shortcut of its own.
#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>

#include "ui/pages/connection_details.h"
#include "ui/pages/connection_filter_bar.h"
#include "ui/pages/inspect_page.h"

namespace flowscope::ui {

void InspectPage::setupKeyboard() {
    m_table->setAccessibleDescription(
        tr("Ctrl+F: search; Ctrl+D: star the host, service or application; Ctrl+Shift+C: "
           "choose the columns"));
    m_details->setAccessibleName(tr("Connection details"));
    m_detailsScroll->setObjectName(QStringLiteral("connectionDetailsScroll"));
    m_detailsScroll->setAccessibleName(tr("Connection details"));  // a Tab stop: named

    // Window shortcuts of a widget on a hidden page do not fire: these work on Inspect only.
    auto* find = new QAction(tr("Search connections"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    addAction(find);

    auto* columns = new QAction(tr("Choose columns"), this);
    columns->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(columns, &QAction::triggered, this, [this] {
        QHeaderView* header = m_table->horizontalHeader();
        showColumnMenu(QPoint(header->sectionViewportPosition(header->logicalIndexAt(0)) + 8,
                              header->height() / 2));
    });
    addAction(columns);

    // The filter bar is created after the table, but stands above it: Tab goes through the
    // bar, then the connections it filters, then the details. (Qt 6.4's setTabOrder moves a
    // container alone, not its children: the bar's last field is named.)
    setTabOrder(m_filterBar->lastInTabChain(), m_table);
    setTabOrder(m_table, m_detailsScroll);
}

}  // namespace flowscope::ui
