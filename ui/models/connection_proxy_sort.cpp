// ConnectionProxy: sort keys and comparisons (the per-tick merge is in connection_proxy.cpp).
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>

#include "ui/format.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"

namespace flowscope::ui {

namespace {

using Model = ConnectionModel;

template <typename T>
int compareValues(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Same order as ConnectionModel's endpoint RawRole: family, address bytes, port.
int compareEndpoints(const Endpoint& a, const Endpoint& b) {
    if (a.address.family() != b.address.family()) {
        return compareValues(static_cast<int>(a.address.family()),
                             static_cast<int>(b.address.family()));
    }
    const int bytes = std::memcmp(a.address.bytes().data(), b.address.bytes().data(), 16);
    if (bytes != 0) {
        return bytes < 0 ? -1 : 1;
    }
    return compareValues(a.port, b.port);
}

// Order-preserving 64-bit prefix of a byte string (big-endian, zero-padded).
quint64 stringPrefix(const std::string& text) {
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i) {
        key = (key << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
    }
    return key;
}

// Protocol numbers ranked by protocolText(), the protocol column's RawRole.
const std::array<int, 256>& protocolRanks() {
    static const std::array<int, 256> ranks = [] {
        std::array<int, 256> order{};
        for (int i = 0; i < 256; ++i) {
            order[i] = i;
        }
        std::array<QString, 256> names;
        for (int i = 0; i < 256; ++i) {
            names[i] = protocolText(static_cast<uint8_t>(i));
        }
        std::stable_sort(order.begin(), order.end(),
                         [&names](int a, int b) { return names[a] < names[b]; });
        std::array<int, 256> result{};
        for (int rank = 0; rank < 256; ++rank) {
            result[order[rank]] = rank;
        }
        return result;
    }();
    return ranks;
}

}  // namespace

// --- sorting ---

int ConnectionProxy::compareKeys(int leftRow, int rightRow) const {
    const Flow& a = m_model->flowAt(leftRow);
    const Flow& b = m_model->flowAt(rightRow);
    switch (m_sortColumn) {
        case Model::ColProtocol: {
            const auto& ranks = protocolRanks();
            return compareValues(ranks[a.key.protocol], ranks[b.key.protocol]);
        }
        case Model::ColLocal:
            return compareEndpoints(a.local(), b.local());
        case Model::ColRemote:
            return compareEndpoints(a.remote(), b.remote());
        case Model::ColService:
            return compareValues(a.servicePort(), b.servicePort());
        case Model::ColBytesIn:
            return compareValues(a.counters.bytesIn, b.counters.bytesIn);
        case Model::ColBytesOut:
            return compareValues(a.counters.bytesOut, b.counters.bytesOut);
        case Model::ColPacketsIn:
            return compareValues(a.counters.packetsIn, b.counters.packetsIn);
        case Model::ColPacketsOut:
            return compareValues(a.counters.packetsOut, b.counters.packetsOut);
        case Model::ColRateIn:
            return compareValues(m_model->rateIn(leftRow), m_model->rateIn(rightRow));
        case Model::ColRateOut:
            return compareValues(m_model->rateOut(leftRow), m_model->rateOut(rightRow));
        case Model::ColFirstSeen:
            return compareValues(a.firstSeenNs, b.firstSeenNs);
        case Model::ColLastSeen:
            return compareValues(a.lastSeenNs, b.lastSeenNs);
        case Model::ColApplication:
            return compareValues(m_model->applicationSortName(leftRow),
                                 m_model->applicationSortName(rightRow));
        case Model::ColHost:
            return compareValues(m_model->hostSortName(leftRow), m_model->hostSortName(rightRow));
        case Model::ColCountry: {
            const GeoInfo* l = m_model->geoAt(leftRow);
            const GeoInfo* r = m_model->geoAt(rightRow);
            return compareValues(l ? l->countryCode : QString(), r ? r->countryCode : QString());
        }
        case Model::ColAs: {
            const GeoInfo* l = m_model->geoAt(leftRow);
            const GeoInfo* r = m_model->geoAt(rightRow);
            return compareValues(l ? l->asNumber : 0u, r ? r->asNumber : 0u);
        }
        default:
            return 0;
    }
}

// "Comes before" in the proxy: the sort key in the sort order, ties (and no sort column) by
// source row, so the order is total and stable across ticks.
bool ConnectionProxy::lessThan(int leftRow, int rightRow) const {
    const int c = m_sortColumn >= 0 ? compareKeys(leftRow, rightRow) : 0;
    if (c != 0) {
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return leftRow < rightRow;
}

void ConnectionProxy::sort(int column, Qt::SortOrder order) {
    if (column >= Model::ColumnCount) {
        column = -1;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

quint64 ConnectionProxy::sortKey(int sourceRow) const {
    const Flow& f = m_model->flowAt(sourceRow);
    auto endpointPrefix = [](const Endpoint& e) {
        const auto& b = e.address.bytes();
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i) {
            bits = (bits << 8) | b[static_cast<size_t>(i)];
        }
        if (e.address.isV4()) {
            return (quint64{1} << 62) | ((bits >> 32) << 16) | e.port;
        }
        return (quint64{e.address.isV6() ? 2u : 0u} << 62) | (bits >> 2);
    };
    constexpr quint64 kSign = quint64{1} << 63;
    quint64 key = 0;
    switch (m_sortColumn) {
        case Model::ColProtocol:
            key = static_cast<quint64>(protocolRanks()[f.key.protocol]);
            break;
        case Model::ColLocal:
            key = endpointPrefix(f.local());
            break;
        case Model::ColRemote:
            key = endpointPrefix(f.remote());
            break;
        case Model::ColService:
            key = f.servicePort();
            break;
        case Model::ColBytesIn:
            key = f.counters.bytesIn;
            break;
        case Model::ColBytesOut:
            key = f.counters.bytesOut;
            break;
        case Model::ColPacketsIn:
            key = f.counters.packetsIn;
            break;
        case Model::ColPacketsOut:
            key = f.counters.packetsOut;
            break;
        case Model::ColRateIn:  // rates are >= 0: their bits order like the values
            key = std::bit_cast<quint64>(std::max(0.0, m_model->rateIn(sourceRow)));
            break;
        case Model::ColRateOut:
            key = std::bit_cast<quint64>(std::max(0.0, m_model->rateOut(sourceRow)));
            break;
        case Model::ColFirstSeen:
            key = static_cast<quint64>(f.firstSeenNs) ^ kSign;
            break;
        case Model::ColLastSeen:
            key = static_cast<quint64>(f.lastSeenNs) ^ kSign;
            break;
        case Model::ColApplication:
            key = stringPrefix(m_model->applicationSortName(sourceRow));
            break;
        case Model::ColHost:
            key = stringPrefix(m_model->hostSortName(sourceRow));
            break;
        case Model::ColCountry: {  // two ASCII letters: exact
            const GeoInfo* geo = m_model->geoAt(sourceRow);
            key = geo ? stringPrefix(geo->countryCode.toStdString()) : 0;
            break;
        }
        case Model::ColAs: {
            const GeoInfo* geo = m_model->geoAt(sourceRow);
            key = geo ? geo->asNumber : 0;
            break;
        }
        default:
            return static_cast<quint64>(sourceRow);  // unsorted: source order
    }
    return m_sortOrder == Qt::AscendingOrder ? key : ~key;
}

bool ConnectionProxy::keyIsExact() const {
    // IPv6 endpoints and names longer than 8 bytes share prefixes.
    return m_sortColumn != Model::ColLocal && m_sortColumn != Model::ColRemote &&
           m_sortColumn != Model::ColApplication && m_sortColumn != Model::ColHost;
}

void ConnectionProxy::sortEntries(std::vector<KeyedRow>& entries) const {
    if (m_sortColumn < 0) {
        return;  // the key is the row: ascending already
    }
    radixSortByKey(entries, m_sortScratch);  // stable: equal keys stay in row order
    if (keyIsExact()) {
        return;
    }
    // Equal 64-bit prefixes of IPv6 endpoints: the full comparison decides.
    auto begin = entries.begin();
    while (begin != entries.end()) {
        auto end = std::next(begin);
        while (end != entries.end() && end->key == begin->key) {
            ++end;
        }
        if (end - begin > 1) {
            std::sort(begin, end, [this](const KeyedRow& a, const KeyedRow& b) {
                return lessThan(a.row, b.row);
            });
        }
        begin = end;
    }
}

ConnectionProxy::Order ConnectionProxy::sortedAccepted() const {
    Order order;
    if (!m_model) {
        return order;
    }
    const int count = m_model->rowCount();
    std::vector<KeyedRow> entries;
    entries.reserve(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        if (accepts(row)) {
            entries.push_back({sortKey(row), row});
        }
    }
    sortEntries(entries);
    order.rows.reserve(static_cast<qsizetype>(entries.size()));
    order.keys.reserve(static_cast<qsizetype>(entries.size()));
    for (const KeyedRow& e : entries) {
        order.rows.append(e.row);
        order.keys.append(e.key);
    }
    return order;
}

}  // namespace flowscope::ui
