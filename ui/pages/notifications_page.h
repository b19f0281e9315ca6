// The Notifications page: every alert of this session, newest first (time, rule, details),
// muted ones included and marked so; "Mark all read" and "Clear"; double-click or Enter on a
// row opens Inspect filtered to what the alert is about (AlertCenter::showRequested).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace flowscope::ui {

class AlertCenter;

class NotificationsPage : public QWidget {
    Q_OBJECT
public:
    explicit NotificationsPage(AlertCenter* center, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* markReadButton() const { return m_markRead; }
    QPushButton* clearButton() const { return m_clear; }

private:
    void updateState();

    AlertCenter* m_center;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_summary;
    QPushButton* m_markRead;
    QPushButton* m_clear;
};

}  // namespace flowscope::ui
