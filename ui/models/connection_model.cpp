#include "ui/models/connection_model.h"

#include <algorithm>

#include "ui/format.h"
#include "ui/icons/icon_provider.h"

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

ConnectionModel::ConnectionModel(QObject* parent)
    : QAbstractTableModel(parent), m_geoTimer(new QTimer(this)) {
    m_geoTimer->setSingleShot(true);
    m_geoTimer->setInterval(0);
    connect(m_geoTimer, &QTimer::timeout, this, &ConnectionModel::drainGeo);
}

void ConnectionModel::setRatesShown(bool shown) {
    if (shown == m_ratesShown) {
        return;
    }
    m_ratesShown = shown;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, ColRateIn), index(int(m_rows.size()) - 1, ColRateOut));
    }
    emit headerDataChanged(Qt::Horizontal, ColRateIn, ColRateOut);
}

int ConnectionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const int rowNumber = index.row();
    const Flow& flow = m_rows[rowNumber].flow;
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case ColProtocol:
                    return protocolText(flow.key.protocol);
                case ColLocal:
                    return endpointText(flow.local(), flow.key.hasPorts);
                case ColRemote:
                    return endpointText(flow.remote(), flow.key.hasPorts);
                case ColService:
                    return flow.key.hasPorts ? QString::number(flow.servicePort()) : QString();
                case ColBytesIn:
                    return formatBytes(flow.counters.bytesIn);
                case ColBytesOut:
                    return formatBytes(flow.counters.bytesOut);
                case ColPacketsIn:
                    return formatCount(flow.counters.packetsIn);
                case ColPacketsOut:
                    return formatCount(flow.counters.packetsOut);
                case ColRateIn:
                    return m_ratesShown ? formatRate(rateIn(rowNumber), RateUnit::Bytes) : kNoRate;
                case ColRateOut:
                    return m_ratesShown ? formatRate(rateOut(rowNumber), RateUnit::Bytes) : kNoRate;
                case ColFirstSeen:
                    return formatTime(flow.firstSeenNs);
                case ColLastSeen:
                    return formatTime(flow.lastSeenNs);
                case ColApplication:
                    return applicationText(applicationAt(rowNumber));
                case ColHost: {
                    const HostName* name = hostNameAt(rowNumber);
                    return name ? QString::fromStdString(name->name) : QString();
                }
                case ColCountry: {
                    const GeoInfo* geo = geoAt(rowNumber);
                    return geo ? geo->countryCode : QString();
                }
                case ColAs: {
                    const GeoInfo* geo = geoAt(rowNumber);
                    return geo ? geo->asText : QString();
                }
                default:
                    return {};
            }
        case Qt::DecorationRole:
            if (column == ColApplication) {
                const Application* app = applicationAt(rowNumber);
                if (!app || !m_icons) {
                    return {};
                }
                return m_icons->icon(app->ownerHidden ? QString()
                                                      : QString::fromStdString(app->path));
            }
            if (column == ColCountry) {
                const GeoInfo* geo = geoAt(rowNumber);
                return geo ? flagIcon(geo->countryCode) : QIcon();
            }
            return {};
        case RawRole:
            switch (column) {
                case ColProtocol:
                    return protocolText(flow.key.protocol);
                case ColLocal:
                    return endpointRaw(flow.local());
                case ColRemote:
                    return endpointRaw(flow.remote());
                case ColService:
                    return qulonglong(flow.servicePort());
                case ColBytesIn:
                    return qulonglong(flow.counters.bytesIn);
                case ColBytesOut:
                    return qulonglong(flow.counters.bytesOut);
                case ColPacketsIn:
                    return qulonglong(flow.counters.packetsIn);
                case ColPacketsOut:
                    return qulonglong(flow.counters.packetsOut);
                case ColRateIn:
                    return rateIn(rowNumber);
                case ColRateOut:
                    return rateOut(rowNumber);
                case ColFirstSeen:
                    return qlonglong(flow.firstSeenNs);
                case ColLastSeen:
                    return qlonglong(flow.lastSeenNs);
                case ColApplication:
                    return QString::fromStdString(applicationSortName(rowNumber));
                case ColHost:
                    return QString::fromStdString(hostSortName(rowNumber));
                case ColCountry: {
                    const GeoInfo* geo = geoAt(rowNumber);
                    return geo ? geo->countryCode : QString();
                }
                case ColAs: {
                    const GeoInfo* geo = geoAt(rowNumber);
                    return qulonglong(geo ? geo->asNumber : 0);
                }
                default:
                    return {};
            }
        case FlowIdRole:
            return qulonglong(flow.id);
        case ActiveRole:
            return isActive(rowNumber);
        case Qt::TextAlignmentRole:
            if (column >= ColService && column <= ColLastSeen) {
                return int(Qt::AlignRight | Qt::AlignVCenter);
            }
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if ((column == ColRateIn || column == ColRateOut) && !m_ratesShown) {
                return tr(
                    "A capture file has no current rate; the Overview chart shows its "
                    "traffic over time.");
            }
            if (column == ColApplication) {
                const Application* app = applicationAt(rowNumber);
                return app ? applicationToolTip(*app)
                           : tr("The program that owns this connection is not known.");
            }
            if (column == ColHost) {
                const HostName* name = hostNameAt(rowNumber);
                return name ? tr("%1 (from %2)")
                                  .arg(QString::fromStdString(name->name),
                                       QString::fromLatin1(hostNameSourceName(name->source)))
                            : QVariant();
            }
            if (column == ColCountry || column == ColAs) {
                const GeoInfo* geo = geoAt(rowNumber);
                if (!geo) {
                    return {};
                }
                return column == ColCountry ? geo->countryName : geo->asText;
            }
            if (column == ColLocal || column == ColRemote) {
                const Endpoint& endpoint = column == ColLocal ? flow.local() : flow.remote();
                QString tip = QString::fromStdString(endpoint.address.toString());
                if (flow.key.hasPorts) {
                    tip += tr("\nport %1").arg(endpoint.port);
                }
                return tip;
            }
            return {};
        default:
            return {};
    }
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return int(
            (section >= ColService && section <= ColLastSeen ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && (section == ColRateIn || section == ColRateOut)) {
        return m_ratesShown ? tr("Bytes per second during the last tick")
                            : tr("Live captures only: a capture file has no current rate");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case ColProtocol:
            return tr("Protocol");
        case ColLocal:
            return tr("Local");
        case ColRemote:
            return tr("Remote");
        case ColService:
            return tr("Service");
        case ColBytesIn:
            return tr("Bytes in");
        case ColBytesOut:
            return tr("Bytes out");
        case ColPacketsIn:
            return tr("Packets in");
        case ColPacketsOut:
            return tr("Packets out");
        case ColRateIn:
            return tr("Rate in");
        case ColRateOut:
            return tr("Rate out");
        case ColFirstSeen:
            return tr("First seen");
        case ColLastSeen:
            return tr("Last seen");
        case ColApplication:
            return tr("Application");
        case ColHost:
            return tr("Host name");
        case ColCountry:
            return tr("Country");
        case ColAs:
            return tr("AS");
        default:
            return {};
    }
}

void ConnectionModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_lastChanged.clear();
    m_lastStopped.clear();
    m_activeRows.clear();
    m_marks.clear();
    m_applications.reset();
    m_hostnames.reset();
    m_nameOfAddress.clear();
    m_renamed.clear();
    m_geoPending.clear();
    m_geoPendingNext = 0;
    m_geoTimer->stop();
    endResetModel();
}

}  // namespace flowscope::ui
