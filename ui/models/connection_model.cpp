#include "ui/models/connection_model.h"

#include <algorithm>

#include "ui/format.h"

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

// Runs of consecutive numbers in a sorted vector, as [first, last] pairs.
template <typename Fn>
void forEachRun(const QVector<int>& sorted, Fn&& fn) {
    qsizetype i = 0;
    while (i < sorted.size()) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) {
            ++j;
        }
        fn(sorted[i], sorted[j]);
        i = j + 1;
    }
}

}  // namespace

ConnectionModel::ConnectionModel(QObject* parent) : QAbstractTableModel(parent) {}

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
    const Row& row = m_rows[index.row()];
    const Flow& flow = row.flow;
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
                    return formatRate(row.rateIn, RateUnit::Bytes);
                case ColRateOut:
                    return formatRate(row.rateOut, RateUnit::Bytes);
                case ColFirstSeen:
                    return formatTime(flow.firstSeenNs);
                case ColLastSeen:
                    return formatTime(flow.lastSeenNs);
                default:
                    return {};
            }
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
                    return row.rateIn;
                case ColRateOut:
                    return row.rateOut;
                case ColFirstSeen:
                    return qlonglong(flow.firstSeenNs);
                case ColLastSeen:
                    return qlonglong(flow.lastSeenNs);
                default:
                    return {};
            }
        case FlowIdRole:
            return qulonglong(flow.id);
        case ActiveRole:
            return row.active;
        case Qt::TextAlignmentRole:
            if (column >= ColService) {
                return int(Qt::AlignRight | Qt::AlignVCenter);
            }
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
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
        return int((section >= ColService ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
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
        default:
            return {};
    }
}

void ConnectionModel::applyDiff(const EngineDiff& diff, int64_t intervalNs) {
    const double seconds = intervalNs > 0 ? static_cast<double>(intervalNs) / 1e9 : 0.0;
    auto setRates = [seconds](Row& row) {
        const Flow& f = row.flow;
        const uint64_t in = f.counters.bytesIn - std::min(f.bytesInAtTick, f.counters.bytesIn);
        const uint64_t out = f.counters.bytesOut - std::min(f.bytesOutAtTick, f.counters.bytesOut);
        row.rateIn = seconds > 0 ? static_cast<double>(in) / seconds : 0.0;
        row.rateOut = seconds > 0 ? static_cast<double>(out) / seconds : 0.0;
        row.active = in > 0 || out > 0;
    };

    // 1. Removed flows, per contiguous range, highest first.
    if (!diff.removed.empty()) {
        QVector<int> removed;
        removed.reserve(static_cast<qsizetype>(diff.removed.size()));
        for (const Flow& flow : diff.removed) {
            const int row = m_rowOf.value(flow.id, -1);
            if (row >= 0) {
                removed.append(row);
            }
        }
        std::sort(removed.begin(), removed.end());
        removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
        if (!removed.isEmpty()) {
            QVector<std::pair<int, int>> runs;
            forEachRun(removed, [&runs](int first, int last) { runs.append({first, last}); });
            for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
                beginRemoveRows({}, it->first, it->second);
                for (int row = it->first; row <= it->second; ++row) {
                    m_rowOf.remove(m_rows[row].flow.id);
                }
                m_rows.remove(it->first, it->second - it->first + 1);
                endRemoveRows();
            }
            for (int row = removed.first(); row < m_rows.size(); ++row) {
                m_rowOf[m_rows[row].flow.id] = row;
            }
            // Renumber the rows that were active last tick.
            QVector<int> active;
            active.reserve(m_activeRows.size());
            for (int row : std::as_const(m_activeRows)) {
                const auto pos = std::lower_bound(removed.cbegin(), removed.cend(), row);
                if (pos == removed.cend() || *pos != row) {
                    active.append(row - static_cast<int>(pos - removed.cbegin()));
                }
            }
            m_activeRows = std::move(active);
        }
    }

    // 2. Changed flows, and rows that were active last tick but are not any more.
    QVector<int> changed;
    changed.reserve(static_cast<qsizetype>(diff.changed.size()));
    for (const Flow& flow : diff.changed) {
        const int row = m_rowOf.value(flow.id, -1);
        if (row < 0) {
            continue;
        }
        Row& r = m_rows[row];
        r.flow = flow;
        setRates(r);
        changed.append(row);
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    QVector<int> stopped;  // active last tick, not in this diff
    for (int row : std::as_const(m_activeRows)) {
        if (row < m_rows.size() && !std::binary_search(changed.cbegin(), changed.cend(), row)) {
            Row& r = m_rows[row];
            if (r.active || r.rateIn != 0 || r.rateOut != 0) {
                r.active = false;
                r.rateIn = 0;
                r.rateOut = 0;
                stopped.append(row);
            }
        }
    }
    std::sort(stopped.begin(), stopped.end());
    m_lastChanged.clear();
    m_lastChanged.reserve(changed.size() + stopped.size());
    std::merge(changed.cbegin(), changed.cend(), stopped.cbegin(), stopped.cend(),
               std::back_inserter(m_lastChanged));
    forEachRun(changed, [this](int first, int last) {
        emit dataChanged(index(first, ColBytesIn), index(last, ColLastSeen));
    });
    forEachRun(stopped, [this](int first, int last) {
        emit dataChanged(index(first, ColRateIn), index(last, ColRateOut));
    });

    QVector<int> nowActive;
    nowActive.reserve(changed.size() + static_cast<qsizetype>(diff.added.size()));
    for (int row : std::as_const(changed)) {
        if (m_rows[row].active) {
            nowActive.append(row);
        }
    }

    // 3. New flows, appended in one insert.
    QVector<Row> added;
    added.reserve(static_cast<qsizetype>(diff.added.size()));
    for (const Flow& flow : diff.added) {
        if (m_rowOf.contains(flow.id)) {
            continue;  // already known: treat as a change next time
        }
        Row r;
        r.flow = flow;
        setRates(r);
        added.append(r);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        for (int row = first; row < m_rows.size(); ++row) {
            m_rowOf.insert(m_rows[row].flow.id, row);
            if (m_rows[row].active) {
                nowActive.append(row);
            }
        }
        endInsertRows();
    }
    m_activeRows = std::move(nowActive);
    emit diffApplied();
}

void ConnectionModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_lastChanged.clear();
    m_activeRows.clear();
    endResetModel();
}

}  // namespace flowscope::ui
