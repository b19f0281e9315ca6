// What every column of ConnectionModel shows: one entry per column with its header, its
// display text, its raw value (for sorting and filtering), its tooltip and its decoration.
// data() and headerData() only pick the entry and the role.
#include <QIcon>

#include "ui/format.h"
#include "ui/icons/icon_provider.h"
#include "ui/models/connection_model.h"

namespace flowscope::ui {

namespace {

// Endpoint raw value: family digit, the address bytes in hex, the port in 4 hex digits, so
// that plain string order is numeric order (IPv4 before IPv6). Same order as
// ConnectionProxy's endpoint comparison.
QString endpointRaw(const Endpoint& endpoint) {
    static const char kHex[] = "0123456789abcdef";
    const IpAddress& address = endpoint.address;
    QString text;
    text.reserve(1 + 32 + 4);
    text += QLatin1Char(address.isV4() ? '4' : address.isV6() ? '6' : '0');
    for (size_t i = 0; i < address.size(); ++i) {
        text += QLatin1Char(kHex[address.bytes()[i] >> 4]);
        text += QLatin1Char(kHex[address.bytes()[i] & 0xf]);
    }
    for (int shift = 12; shift >= 0; shift -= 4) {
        text += QLatin1Char(kHex[(endpoint.port >> shift) & 0xf]);
    }
    return text;
}

const QString kNoRate = QStringLiteral("—");

}  // namespace

// One column's entry. The entries use the model's public accessors, and its private members
// where they have no accessor (the icon provider). A missing toolTip or decoration means none.
struct ConnectionModel::ColumnSpec {
    Column column;  // its place in the table, checked by columnSpec()
    bool numeric;   // right-aligned, header too
    QString (*header)();
    QVariant (*display)(const ConnectionModel& model, int row);
    QVariant (*raw)(const ConnectionModel& model, int row);
    QVariant (*toolTip)(const ConnectionModel& model, int row) = nullptr;
    QVariant (*decoration)(const ConnectionModel& model, int row) = nullptr;
    QVariant (*headerToolTip)(const ConnectionModel& model) = nullptr;
};

QVariant ConnectionModel::endpointToolTip(int row, Column column) const {
    const Flow& flow = flowAt(row);
    const Endpoint& endpoint = column == ColLocal ? flow.local() : flow.remote();
    QString tip = QString::fromStdString(endpoint.address.toString());
    if (flow.key.hasPorts) {
        tip += tr("\nport %1").arg(endpoint.port);
    }
    return tip;
}

QVariant ConnectionModel::rateText(int row, Column column) const {
    if (!m_ratesShown) {
        return kNoRate;
    }
    return formatRate(column == ColRateIn ? rateIn(row) : rateOut(row), RateUnit::Bytes);
}

QVariant ConnectionModel::rateToolTip() const {
    if (m_ratesShown) {
        return {};
    }
    return tr(
        "A capture file has no current rate; the Overview chart shows its traffic over time.");
}

QVariant ConnectionModel::rateHeaderToolTip() const {
    return m_ratesShown ? tr("Bytes per second during the last tick")
                        : tr("Live captures only: a capture file has no current rate");
}

// The table is a static member so that its entries may use the model's private members.
using M = ConnectionModel;
const ConnectionModel::ColumnSpec ConnectionModel::kColumns[ColumnCount] = {
    {.column = ColProtocol,
     .numeric = false,
     .header = [] { return tr("Protocol"); },
     .display = [](const M& m, int row) -> QVariant {
         return protocolText(m.flowAt(row).key.protocol);
     },
     .raw = [](const M& m, int row) -> QVariant {
         return protocolText(m.flowAt(row).key.protocol);
     }},
    {.column = ColLocal,
     .numeric = false,
     .header = [] { return tr("Local"); },
     .display = [](const M& m, int row) -> QVariant {
         return endpointText(m.flowAt(row).local(), m.flowAt(row).key.hasPorts);
     },
     .raw = [](const M& m, int row) -> QVariant { return endpointRaw(m.flowAt(row).local()); },
     .toolTip = [](const M& m, int row) { return m.endpointToolTip(row, ColLocal); }},
    {.column = ColRemote,
     .numeric = false,
     .header = [] { return tr("Remote"); },
     .display = [](const M& m, int row) -> QVariant {
         return endpointText(m.flowAt(row).remote(), m.flowAt(row).key.hasPorts);
     },
     .raw = [](const M& m, int row) -> QVariant { return endpointRaw(m.flowAt(row).remote()); },
     .toolTip = [](const M& m, int row) { return m.endpointToolTip(row, ColRemote); }},
    {.column = ColService,
     .numeric = true,
     .header = [] { return tr("Service"); },
     .display = [](const M& m, int row) -> QVariant {
         const Flow& flow = m.flowAt(row);
         return flow.key.hasPorts ? QString::number(flow.servicePort()) : QString();
     },
     .raw = [](const M& m, int row) -> QVariant {
         return qulonglong(m.flowAt(row).servicePort());
     }},
    {.column = ColBytesIn,
     .numeric = true,
     .header = [] { return tr("Bytes in"); },
     .display = [](const M& m, int row) -> QVariant {
         return formatBytes(m.flowAt(row).counters.bytesIn);
     },
     .raw = [](const M& m, int row) -> QVariant {
         return qulonglong(m.flowAt(row).counters.bytesIn);
     }},
    {.column = ColBytesOut,
     .numeric = true,
     .header = [] { return tr("Bytes out"); },
     .display = [](const M& m, int row) -> QVariant {
         return formatBytes(m.flowAt(row).counters.bytesOut);
     },
     .raw = [](const M& m, int row) -> QVariant {
         return qulonglong(m.flowAt(row).counters.bytesOut);
     }},
    {.column = ColPacketsIn,
     .numeric = true,
     .header = [] { return tr("Packets in"); },
     .display = [](const M& m, int row) -> QVariant {
         return formatCount(m.flowAt(row).counters.packetsIn);
     },
     .raw = [](const M& m, int row) -> QVariant {
         return qulonglong(m.flowAt(row).counters.packetsIn);
     }},
    {.column = ColPacketsOut,
     .numeric = true,
     .header = [] { return tr("Packets out"); },
     .display = [](const M& m, int row) -> QVariant {
         return formatCount(m.flowAt(row).counters.packetsOut);
     },
     .raw = [](const M& m, int row) -> QVariant {
         return qulonglong(m.flowAt(row).counters.packetsOut);
     }},
    {.column = ColRateIn,
     .numeric = true,
     .header = [] { return tr("Rate in"); },
     .display = [](const M& m, int row) { return m.rateText(row, ColRateIn); },
     .raw = [](const M& m, int row) -> QVariant { return m.rateIn(row); },
     .toolTip = [](const M& m, int) { return m.rateToolTip(); },
     .headerToolTip = [](const M& m) { return m.rateHeaderToolTip(); }},
    {.column = ColRateOut,
     .numeric = true,
     .header = [] { return tr("Rate out"); },
     .display = [](const M& m, int row) { return m.rateText(row, ColRateOut); },
     .raw = [](const M& m, int row) -> QVariant { return m.rateOut(row); },
     .toolTip = [](const M& m, int) { return m.rateToolTip(); },
     .headerToolTip = [](const M& m) { return m.rateHeaderToolTip(); }},
    {.column = ColFirstSeen,
     .numeric = true,
     .header = [] { return tr("First seen"); },
     .display = [](const M& m, int row) -> QVariant {
         return formatTime(m.flowAt(row).firstSeenNs);
     },
     .raw = [](const M& m, int row) -> QVariant { return qlonglong(m.flowAt(row).firstSeenNs); }},
    {.column = ColLastSeen,
     .numeric = true,
     .header = [] { return tr("Last seen"); },
     .display = [](const M& m, int row) -> QVariant {
         return formatTime(m.flowAt(row).lastSeenNs);
     },
     .raw = [](const M& m, int row) -> QVariant { return qlonglong(m.flowAt(row).lastSeenNs); }},
    {.column = ColApplication,
     .numeric = false,
     .header = [] { return tr("Application"); },
     .display = [](const M& m, int row) -> QVariant {
         return applicationText(m.applicationAt(row));
     },
     .raw = [](const M& m, int row) -> QVariant {
         return QString::fromStdString(m.applicationSortName(row));
     },
     .toolTip = [](const M& m, int row) -> QVariant {
         const Application* app = m.applicationAt(row);
         return app ? applicationToolTip(*app)
                    : tr("The program that owns this connection is not known.");
     },
     .decoration = [](const M& m, int row) -> QVariant {
         const Application* app = m.applicationAt(row);
         if (!app || !m.m_icons) {
             return {};
         }
         return m.m_icons->icon(app->ownerHidden ? QString() : QString::fromStdString(app->path));
     }},
    {.column = ColHost,
     .numeric = false,
     .header = [] { return tr("Host name"); },
     .display = [](const M& m, int row) -> QVariant {
         const HostName* name = m.hostNameAt(row);
         return name ? QString::fromStdString(name->name) : QString();
     },
     .raw = [](const M& m, int row) -> QVariant {
         return QString::fromStdString(m.hostSortName(row));
     },
     .toolTip = [](const M& m, int row) -> QVariant {
         const HostName* name = m.hostNameAt(row);
         if (!name) {
             return {};
         }
         return tr("%1 (from %2)")
             .arg(QString::fromStdString(name->name), nameSourceText(name->source));
     }},
    {.column = ColCountry,
     .numeric = false,
     .header = [] { return tr("Country"); },
     .display = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return geo ? geo->countryCode : QString();
     },
     .raw = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return geo ? geo->countryCode : QString();
     },
     .toolTip = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return geo ? QVariant(geo->countryName) : QVariant();
     },
     .decoration = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return geo ? flagIcon(geo->countryCode) : QIcon();
     }},
    {.column = ColAs,
     .numeric = false,
     .header = [] { return tr("AS"); },
     .display = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return geo ? geo->asText : QString();
     },
     .raw = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return qulonglong(geo ? geo->asNumber : 0);
     },
     .toolTip = [](const M& m, int row) -> QVariant {
         const GeoInfo* geo = m.geoAt(row);
         return geo ? QVariant(geo->asText) : QVariant();
     }},
};

const ConnectionModel::ColumnSpec& ConnectionModel::columnSpec(int column) {
    Q_ASSERT(kColumns[column].column == column);
    return kColumns[column];
}

QVariant ConnectionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const int row = index.row();
    const ColumnSpec& column = columnSpec(index.column());
    switch (role) {
        case Qt::DisplayRole:
            return column.display(*this, row);
        case RawRole:
            return column.raw(*this, row);
        case Qt::ToolTipRole:
            return column.toolTip ? column.toolTip(*this, row) : QVariant();
        case Qt::DecorationRole:
            return column.decoration ? column.decoration(*this, row) : QVariant();
        case Qt::AccessibleDescriptionRole:  // what a flag or program icon says: its tooltip
            return column.decoration && column.toolTip ? column.toolTip(*this, row) : QVariant();
        case Qt::TextAlignmentRole:
            return int((column.numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        case FlowIdRole:
            return qulonglong(flowAt(row).id);
        case ActiveRole:
            return isActive(row);
        default:
            return {};
    }
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= ColumnCount) {
        return {};
    }
    const ColumnSpec& column = columnSpec(section);
    switch (role) {
        case Qt::DisplayRole:
            return column.header();
        case Qt::TextAlignmentRole:
            return int((column.numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return column.headerToolTip ? column.headerToolTip(*this) : QVariant();
        default:
            return {};
    }
}

}  // namespace flowscope::ui
