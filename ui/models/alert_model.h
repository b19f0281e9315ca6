// The Notifications page's list: every alert of this session, newest first, with whether it
// has been read and whether it was delivered or held back by a mute. It is the one store of
// alerts in the ui (AlertCenter owns it); columns: time, rule, details.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <deque>

#include "core/alerts/alert.h"

namespace flowscope::ui {

struct AlertEntry {
    flowscope::Alert alert;
    QString application;  // the program's name when the alert names one (appId), or empty
    bool read = false;
    bool muted = false;  // listed only: a global or per-rule mute held back its delivery
};

class AlertModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColumnTime, ColumnRule, ColumnDetails, ColumnCount };
    // Raw values beside the display text (as the other models do).
    enum Role { TimeNsRole = Qt::UserRole + 1, RuleNameRole, ReadRole, MutedRole };

    explicit AlertModel(QObject* parent = nullptr, int maxRows = 1000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds an alert as the first row; the oldest row goes beyond maxRows.
    void prepend(const AlertEntry& entry);
    void clear();
    void markAllRead();
    int unread() const;
    const AlertEntry& entry(int row) const { return m_rows[size_t(row)]; }

    // The rule's name as the user reads it ("New program", ...).
    static QString ruleTitle(flowscope::AlertRule rule);

private:
    std::deque<AlertEntry> m_rows;  // newest first
    int m_maxRows;
    int m_unread = 0;
};

}  // namespace flowscope::ui
