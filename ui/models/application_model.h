// The Applications page's table (like nethogs): one row per application of the snapshot's
// top applications, with its icon, name, pids, user, live rate in / out, totals and
// connections. Display and raw-value roles; updated in place each snapshot (rows inserted or
// removed only when the set of applications changes).
#pragma once

#include <QAbstractTableModel>
#include <QVector>
#include <cstdint>

#include "core/engine/snapshot.h"

namespace flowscope::ui {

class IconProvider;

class ApplicationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColName,  // icon + name
        ColPids,
        ColUser,
        ColRateIn,
        ColRateOut,
        ColTotalIn,
        ColTotalOut,
        ColConnections,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1,  // qulonglong / double / QString
        AppIdRole,                   // uint application id
        PathRole,                    // QString executable path
        ProgramRole,  // QString path, else name ("" for hidden owners): the favorite's key
    };

    explicit ApplicationModel(QObject* parent = nullptr);

    void setIconProvider(IconProvider* provider);
    void applySnapshot(const EngineSnapshot& snapshot);
    void clear();

    struct Entry {
        uint32_t appId = 0;
        Application app;
        FlowCounters counters;
        double rateIn = 0;  // bytes per second in the snapshot's interval
        double rateOut = 0;
        uint32_t connections = 0;
    };
    const Entry& entry(int row) const { return m_entries.at(row); }
    int rowOfApp(uint32_t appId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Entry> m_entries;
    IconProvider* m_icons = nullptr;
};

}  // namespace flowscope::ui
