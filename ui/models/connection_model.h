// The connection table of the Inspect page: one row per flow, updated from the engine's
// per-tick diff in batches (one beginInsertRows for all new rows, dataChanged merged into
// ranges). Every cell has a display role and a raw-value role (RawRole) for sorting and
// filtering.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include "core/engine/snapshot.h"
#include "core/flow/flow.h"

namespace flowscope::ui {

class ConnectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColProtocol,
        ColLocal,    // address:port
        ColRemote,   // address:port
        ColService,  // service port (names come with the enrichment issue)
        ColBytesIn,
        ColBytesOut,
        ColPacketsIn,
        ColPacketsOut,
        ColRateIn,  // bytes/s during the last interval
        ColRateOut,
        ColFirstSeen,
        ColLastSeen,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1,  // sortable raw value: qulonglong, double, QString, ...
        FlowIdRole,                  // qulonglong flow id
        ActiveRole,                  // bool: saw traffic in the last interval
    };

    explicit ConnectionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies one tick: new rows appended in one insert, changed rows updated and announced as
    // merged dataChanged ranges, removed flows taken out (contiguous ranges). `intervalNs`
    // is the capture time the diff covers (for the rate columns).
    void applyDiff(const EngineDiff& diff, int64_t intervalNs);
    void clear();

    const Flow& flowAt(int row) const { return m_rows[row].flow; }
    int rowOfFlow(uint64_t id) const { return m_rowOf.value(id, -1); }
    // Rates of the last interval, bytes per second.
    double rateIn(int row) const { return m_rows[row].rateIn; }
    double rateOut(int row) const { return m_rows[row].rateOut; }
    bool isActive(int row) const { return m_rows[row].active; }

    // Called for every row whose values changed in the last applyDiff (for the proxy).
    const QVector<int>& lastChangedRows() const { return m_lastChanged; }

signals:
    // Emitted at the end of applyDiff(), after all of the tick's row and data signals (the
    // proxy re-sorts the changed rows once per tick on it).
    void diffApplied();

private:
    struct Row {
        Flow flow;
        double rateIn = 0;
        double rateOut = 0;
        bool active = false;
    };
    QVector<Row> m_rows;
    QHash<uint64_t, int> m_rowOf;
    QVector<int> m_lastChanged;
    QVector<int> m_activeRows;  // rows marked active by the previous tick
};

}  // namespace flowscope::ui
