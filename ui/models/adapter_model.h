// The Start page's network adapters, as Wireshark's interface tree model: one row per adapter
// with its addresses and flags, and the recent history of its traffic (bytes per counter
// reading, the newest last) that the Activity column draws as a sparkline. The page feeds it
// the system's adapter counters once a second; the first reading of an adapter is only the
// baseline its later readings are measured against.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <cstdint>
#include <vector>

#include "core/capture/adapter_stats.h"
#include "core/capture/adapters.h"

namespace flowscope::ui {

class AdapterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColAdapter, ColAddresses, ColStatus, ColActivity, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,  // the adapter's name, in every column
        HistoryRole,                  // QList<double>: bytes per reading, oldest first
    };
    static constexpr int kHistory = 60;  // readings kept (a minute at one per second)

    explicit AdapterModel(QObject* parent = nullptr);

    // Replaces the rows; `defaultName` is shown in bold. The history starts again.
    void setAdapters(const std::vector<AdapterInfo>& adapters, const QString& defaultName);
    // One reading of the adapters' byte counters (received + sent). Adapters without a
    // counter of their own keep an empty history; libpcap's "any" gets the sum of all.
    void addReading(std::vector<AdapterCounters> counters);

    QString name(int row) const;
    int rowOf(const QString& name) const;  // -1 when not listed
    QList<double> history(const QString& name) const;
    QString defaultAdapter() const { return m_defaultName; }
    // Readings so far of the adapters that report counters (the fewest of them), or -1 when
    // none does (no counters on this system).
    int activitySamples() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        AdapterInfo info;
        QString name;
        QList<double> history;
        bool hasCounters = false;  // a baseline reading exists
        uint64_t lastBytes = 0;    // received + sent at the previous reading
    };

    QVariant displayText(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;
    void record(Row& row, uint64_t bytes);

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QString m_defaultName;
};

}  // namespace flowscope::ui
