#include "ui/models/history_totals_model.h"

#include <QIcon>

#include "ui/format.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"
#include "ui/models/history_range.h"

namespace flowscope::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

bool isNumeric(int column) {
    return column >= HistoryTotalsModel::ColIn;
}

}  // namespace

HistoryTotalsModel::HistoryTotalsModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryTotalsModel::setIconProvider(IconProvider* provider) {
    if (m_icons) {
        disconnect(m_icons, nullptr, this, nullptr);
    }
    m_icons = provider;
    if (!m_icons) {
        return;
    }
    connect(m_icons, &IconProvider::iconReady, this, [this](const QString& path) {
        if (m_dimension != history::Dimension::Application) {
            return;
        }
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (text(m_rows[row].detail) == path) {
                const QModelIndex cell = index(int(row), ColName);
                emit dataChanged(cell, cell, {Qt::DecorationRole});
            }
        }
    });
}

void HistoryTotalsModel::setRows(history::Dimension dimension,
                                 std::vector<history::TotalRow> rows) {
    beginResetModel();
    m_dimension = dimension;
    m_rows = std::move(rows);
    endResetModel();
}

void HistoryTotalsModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString HistoryTotalsModel::labelText(int row) const {
    const QString label = text(m_rows.at(size_t(row)).label);
    if (m_dimension == history::Dimension::Country && !label.isEmpty()) {
        return countryText(label);
    }
    return groupLabel(m_dimension, label);
}

int HistoryTotalsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTotalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTotalsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const history::TotalRow& row = m_rows[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return displayData(row, index.row(), index.column());
        case RawRole:
            return rawData(row, index.row(), index.column());
        case Qt::DecorationRole:
            return decorationData(row, index.column());
        case Qt::AccessibleDescriptionRole:
            return iconDescription(row, index.row(), index.column());
        case Qt::ToolTipRole:
            return toolTipData(row, index.row());
        case Qt::TextAlignmentRole:
            return int((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) |
                       Qt::AlignVCenter);
        case KeyRole:
            return text(row.key);
        default:
            return {};
    }
}

QString HistoryTotalsModel::detailText(const history::TotalRow& row) const {
    return text(row.detail);
}

QVariant HistoryTotalsModel::displayData(const history::TotalRow& row, int rowIndex,
                                         int column) const {
    switch (column) {
        case ColName:
            return labelText(rowIndex);
        case ColDetail:
            return detailText(row);
        case ColIn:
            return formatBytes(row.usage.bytesIn);
        case ColOut:
            return formatBytes(row.usage.bytesOut);
        case ColTotal:
            return formatBytes(row.usage.bytes());
        case ColPackets:
            return formatCount(row.usage.packets());
        default:
            return {};
    }
}

QVariant HistoryTotalsModel::rawData(const history::TotalRow& row, int rowIndex, int column) const {
    switch (column) {
        case ColName:
            return labelText(rowIndex);
        case ColDetail:
            return detailText(row);
        case ColIn:
            return qulonglong(row.usage.bytesIn);
        case ColOut:
            return qulonglong(row.usage.bytesOut);
        case ColTotal:
            return qulonglong(row.usage.bytes());
        case ColPackets:
            return qulonglong(row.usage.packets());
        default:
            return {};
    }
}

QVariant HistoryTotalsModel::decorationData(const history::TotalRow& row, int column) const {
    if (column != ColName) {
        return {};
    }
    if (m_dimension == history::Dimension::Application) {
        return m_icons ? m_icons->icon(text(row.detail)) : IconProvider::genericIcon();
    }
    if (m_dimension == history::Dimension::Country) {
        return flagIcon(text(row.key));
    }
    return {};
}

QVariant HistoryTotalsModel::iconDescription(const history::TotalRow& row, int rowIndex,
                                             int column) const {
    if (column != ColName) {
        return {};
    }
    if (m_dimension == history::Dimension::Application) {
        return programIconDescription(labelText(rowIndex));
    }
    if (m_dimension == history::Dimension::Country) {
        return flagDescription(text(row.key));
    }
    return {};
}

QVariant HistoryTotalsModel::toolTipData(const history::TotalRow& row, int rowIndex) const {
    QString tip = labelText(rowIndex);
    const QString detail = detailText(row);
    if (!detail.isEmpty()) {
        tip += QLatin1Char('\n') + detail;
    }
    if (!row.user.empty()) {
        tip += QLatin1Char('\n') + tr("user %1").arg(text(row.user));
    }
    tip += QLatin1Char('\n') +
           tr("%1 in, %2 out").arg(formatBytes(row.usage.bytesIn), formatBytes(row.usage.bytesOut));
    return tip;
}

QVariant HistoryTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return int((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case ColName:
            return dimensionTitle(m_dimension);
        case ColDetail:
            return m_dimension == history::Dimension::Application ? tr("Path") : tr("Details");
        case ColIn:
            return tr("In");
        case ColOut:
            return tr("Out");
        case ColTotal:
            return tr("Total");
        case ColPackets:
            return tr("Packets");
        default:
            return {};
    }
}

}  // namespace flowscope::ui
