// The History page's table of totals for a range: one row per application (or host, service,
// country, network) with its icon or flag, what else is known of it (an application's path, a
// network's organisation; an application's user in the tooltip), bytes in, out and both, and
// packets. Display and raw-value roles (RawRole sorts); the rows are replaced as a whole when an
// answer arrives.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/store/history_types.h"

namespace flowscope::ui {

class IconProvider;

class HistoryTotalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColName, ColDetail, ColIn, ColOut, ColTotal, ColPackets, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1,  // QString (name, detail) or qulonglong (numbers)
        KeyRole,                     // QString TotalRow::key: what a history::Filter takes
    };

    explicit HistoryTotalsModel(QObject* parent = nullptr);

    void setIconProvider(IconProvider* provider);  // application icons
    void setRows(history::Dimension dimension, std::vector<history::TotalRow> rows);
    void clear();

    history::Dimension dimension() const { return m_dimension; }
    const history::TotalRow& row(int row) const { return m_rows.at(size_t(row)); }
    // The row's label as shown (an empty one reads "Unknown application", ...).
    QString labelText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const history::TotalRow& row, int rowIndex, int column) const;
    QVariant rawData(const history::TotalRow& row, int rowIndex, int column) const;
    QVariant decorationData(const history::TotalRow& row, int column) const;
    QVariant iconDescription(const history::TotalRow& row, int rowIndex, int column) const;
    QVariant toolTipData(const history::TotalRow& row, int rowIndex) const;
    QString detailText(const history::TotalRow& row) const;

    history::Dimension m_dimension = history::Dimension::Application;
    std::vector<history::TotalRow> m_rows;
    IconProvider* m_icons = nullptr;
};

}  // namespace flowscope::ui
