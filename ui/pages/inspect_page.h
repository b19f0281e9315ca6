// The Inspect page: every connection in a sortable, filterable table, and the details of the
// selected one below it. The selection follows the flow id across ticks and re-sorts.
#pragma once

#include <QWidget>
#include <cstdint>

#include "core/engine/snapshot.h"

class QScrollArea;
class QSplitter;
class QTableView;

namespace flowscope::ui {

class EngineBridge;
class ConnectionProxy;
class ConnectionFilterBar;
class ConnectionDetails;

class InspectPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectPage(EngineBridge* bridge, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ConnectionProxy* proxy() const { return m_proxy; }
    ConnectionFilterBar* filterBar() const { return m_filterBar; }
    ConnectionDetails* details() const { return m_details; }
    uint64_t selectedFlowId() const { return m_selectedId; }
    // Selects the connection in visible row `row` (for tests and screenshots).
    void selectRow(int row);

public slots:
    // Replace the filters by one address or network, or one service (Overview clicks).
    void filterByAddress(const QString& addressOrCidr);
    void filterByService(int ipProtocol, int port);
    void filterByApplication(uint32_t appId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Parts of the constructor: the table's behaviour and header, which columns show and in
    // what order, the table over the details pane, and the signal connections.
    void setupTable();
    void arrangeColumns();
    void layOut();
    void connectSignals();
    // Ctrl+F, Tab order, the column menu and the details' names (inspect_keyboard.cpp).
    void setupKeyboard();
    void onCurrentChanged();
    void showColumnMenu(const QPoint& position);
    void onSnapshot();
    void restoreSelection();
    void setColumnWidths();

    EngineBridge* m_bridge;
    ConnectionProxy* m_proxy;
    ConnectionFilterBar* m_filterBar;
    QTableView* m_table;
    ConnectionDetails* m_details;
    QScrollArea* m_detailsScroll;
    QSplitter* m_splitter;
    uint64_t m_selectedId = 0;
    bool m_sized = false;
};

}  // namespace flowscope::ui
