// The connections of one chart bucket on the History page (HistoryReader::connections): one row
// per recorded connection with its application (icon), remote end, bytes in and out, service,
// country (flag), protocol, and when it was first and last seen. Display and raw-value roles.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/store/history_types.h"

namespace flowscope::ui {

class IconProvider;

class HistoryConnectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColApplication,
        ColRemote,
        ColIn,
        ColOut,
        ColService,
        ColCountry,
        ColProtocol,
        ColFirstSeen,
        ColLastSeen,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1 };

    explicit HistoryConnectionsModel(QObject* parent = nullptr);

    void setIconProvider(IconProvider* provider);
    void setRows(std::vector<history::ConnectionRow> rows);
    void clear();
    const history::ConnectionRow& row(int row) const { return m_rows.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const history::ConnectionRow& row, int column) const;
    QVariant rawData(const history::ConnectionRow& row, int column) const;
    QVariant decorationData(const history::ConnectionRow& row, int column) const;
    QVariant iconDescription(const history::ConnectionRow& row, int column) const;
    QVariant toolTipData(const history::ConnectionRow& row) const;

    std::vector<history::ConnectionRow> m_rows;
    IconProvider* m_icons = nullptr;
};

}  // namespace flowscope::ui
