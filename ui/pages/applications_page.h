// The Applications page (like nethogs): every application of a live capture with its icon,
// pids, user, a sparkline of its last minute, live rate in / out, totals, today's total from
// the history database (TodayTotals, read off the GUI thread about once a minute) and
// connections, sortable. Double-click or Enter opens Inspect filtered to the application.
#pragma once

#include <QWidget>
#include <cstdint>

#include "core/engine/snapshot.h"
#include "ui/models/favorites_proxy.h"

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace flowscope::ui {

class ApplicationModel;
class TodayTotals;

class EngineBridge;

class ApplicationsPage : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationsPage(EngineBridge* bridge, QWidget* parent = nullptr);

    ApplicationModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    FavoritesProxy* favoritesProxy() const { return m_proxy; }
    QCheckBox* starredOnlyCheck() const { return m_starredOnly; }
    TodayTotals* todayTotals() const { return m_today; }

signals:
    void applicationActivated(uint32_t appId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applySnapshot(const SnapshotPtr& snapshot);

    EngineBridge* m_bridge;
    ApplicationModel* m_model;
    FavoritesProxy* m_proxy;
    QTableView* m_table;
    QLabel* m_empty;
    QCheckBox* m_starredOnly;
    TodayTotals* m_today;
};

}  // namespace flowscope::ui
