#include "ui/models/history_connections_model.h"

#include <QIcon>

#include "ui/format.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

bool isNumeric(int column) {
    return column == HistoryConnectionsModel::ColIn || column == HistoryConnectionsModel::ColOut;
}

// "host (1.2.3.4:443)" when a name was learned, else "1.2.3.4:443" ("[2001:db8::1]:443").
QString remoteText(const history::ConnectionRow& row) {
    QString address = text(row.remoteAddress);
    if (address.contains(QLatin1Char(':'))) {
        address = QStringLiteral("[%1]").arg(address);
    }
    if (row.remotePort != 0) {
        address += QStringLiteral(":%1").arg(row.remotePort);
    }
    return row.host.empty() ? address : QStringLiteral("%1 (%2)").arg(text(row.host), address);
}

}  // namespace

HistoryConnectionsModel::HistoryConnectionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryConnectionsModel::setIconProvider(IconProvider* provider) {
    if (m_icons) {
        disconnect(m_icons, nullptr, this, nullptr);
    }
    m_icons = provider;
    if (m_icons) {
        connect(m_icons, &IconProvider::iconReady, this, [this] {
            if (!m_rows.empty()) {
                emit dataChanged(index(0, ColApplication),
                                 index(int(m_rows.size()) - 1, ColApplication),
                                 {Qt::DecorationRole});
            }
        });
    }
}

void HistoryConnectionsModel::setRows(std::vector<history::ConnectionRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void HistoryConnectionsModel::clear() {
    setRows({});
}

int HistoryConnectionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryConnectionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryConnectionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const history::ConnectionRow& row = m_rows[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return displayData(row, index.column());
        case RawRole:
            return rawData(row, index.column());
        case Qt::DecorationRole:
            return decorationData(row, index.column());
        case Qt::AccessibleDescriptionRole:
            return iconDescription(row, index.column());
        case Qt::ToolTipRole:
            return toolTipData(row);
        case Qt::TextAlignmentRole:
            return int((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) |
                       Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant HistoryConnectionsModel::displayData(const history::ConnectionRow& row, int column) const {
    switch (column) {
        case ColApplication:
            return row.application.empty() ? tr("Unknown") : text(row.application);
        case ColRemote:
            return remoteText(row);
        case ColService:
            return text(row.service);
        case ColCountry:
            return text(row.country);
        case ColProtocol:
            return protocolText(row.protocol);
        case ColIn:
            return formatBytes(row.usage.bytesIn);
        case ColOut:
            return formatBytes(row.usage.bytesOut);
        case ColFirstSeen:
            return formatTime(row.firstSeenNs);
        case ColLastSeen:
            return formatTime(row.lastSeenNs);
        default:
            return {};
    }
}

QVariant HistoryConnectionsModel::rawData(const history::ConnectionRow& row, int column) const {
    switch (column) {
        case ColIn:
            return qulonglong(row.usage.bytesIn);
        case ColOut:
            return qulonglong(row.usage.bytesOut);
        case ColFirstSeen:
            return qlonglong(row.firstSeenNs);
        case ColLastSeen:
            return qlonglong(row.lastSeenNs);
        default:
            return displayData(row, column);
    }
}

QVariant HistoryConnectionsModel::decorationData(const history::ConnectionRow& row,
                                                 int column) const {
    if (column == ColApplication) {
        return m_icons ? m_icons->icon(text(row.path)) : IconProvider::genericIcon();
    }
    if (column == ColCountry) {
        return flagIcon(text(row.country));
    }
    return {};
}

QVariant HistoryConnectionsModel::iconDescription(const history::ConnectionRow& row,
                                                  int column) const {
    if (column == ColApplication) {
        return programIconDescription(displayData(row, ColApplication).toString());
    }
    if (column == ColCountry) {
        return flagDescription(text(row.country));
    }
    return {};
}

QVariant HistoryConnectionsModel::toolTipData(const history::ConnectionRow& row) const {
    QString tip = row.path.empty() ? displayData(row, ColApplication).toString() : text(row.path);
    tip += QLatin1Char('\n') + displayData(row, ColRemote).toString();
    if (row.asNumber != 0) {
        tip += QStringLiteral("\nAS%1 %2").arg(row.asNumber).arg(text(row.asOrganization));
    }
    return tip;
}

QVariant HistoryConnectionsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
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
        case ColApplication:
            return tr("Application");
        case ColRemote:
            return tr("Remote");
        case ColService:
            return tr("Service");
        case ColCountry:
            return tr("Country");
        case ColProtocol:
            return tr("Protocol");
        case ColIn:
            return tr("In");
        case ColOut:
            return tr("Out");
        case ColFirstSeen:
            return tr("First seen");
        case ColLastSeen:
            return tr("Last seen");
        default:
            return {};
    }
}

}  // namespace flowscope::ui
