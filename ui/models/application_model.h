// The Applications page's table (like nethogs): one row per application of the snapshot's
// top applications, with its icon, name, pids, user, its activity over the last ticks (a
// sparkline of its rate in + out, ActivityRole), live rate in / out, totals, today's total from
// the history database (setTodayTotals) and connections. Display and raw-value roles; updated
// in place each snapshot (rows inserted or removed only when the set of applications changes).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>
#include <cstdint>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/store/history_types.h"

namespace flowscope::ui {

class IconProvider;

class ApplicationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColName,  // icon + name
        ColPids,
        ColUser,
        ColActivity,  // sparkline of the last kActivityTicks rates (ActivityRole)
        ColRateIn,
        ColRateOut,
        ColTotalIn,
        ColTotalOut,
        ColToday,  // in + out since local midnight, from the history database
        ColConnections,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1,  // qulonglong / double / QString
        AppIdRole,                   // uint application id
        PathRole,                    // QString executable path
        ProgramRole,   // QString path, else name ("" for hidden owners): the favorite's key
        ActivityRole,  // QList<double>: bytes per second in + out, oldest first
    };
    static constexpr int kActivityTicks = 60;

    explicit ApplicationModel(QObject* parent = nullptr);

    void setIconProvider(IconProvider* provider);
    void applySnapshot(const EngineSnapshot& snapshot);
    void clear();
    // Today's totals per application (HistoryReader::totals by Dimension::Application), matched
    // to the rows by program path, name and user. Rows without a match show nothing.
    void setTodayTotals(const std::vector<history::TotalRow>& rows);
    void clearTodayTotals();

    struct Entry {
        uint32_t appId = 0;
        Application app;
        FlowCounters counters;
        double rateIn = 0;  // bytes per second in the snapshot's interval
        double rateOut = 0;
        uint32_t connections = 0;
        QList<double> activity;  // bytes per second in + out, the last kActivityTicks ticks
    };
    const Entry& entry(int row) const { return m_entries.at(row); }
    int rowOfApp(uint32_t appId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString todayKey(const std::string& path, const std::string& name,
                            const std::string& user);
    const history::Usage* todayOf(const Entry& e) const;
    QVariant displayData(const Entry& e, int column) const;
    QVariant rawData(const Entry& e, int column) const;
    QVariant decorationData(const Entry& e, int column) const;
    QVariant toolTipData(const Entry& e, int column) const;

    QVector<Entry> m_entries;
    IconProvider* m_icons = nullptr;
    QHash<QString, history::Usage> m_today;  // by todayKey()
};

}  // namespace flowscope::ui
