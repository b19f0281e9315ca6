// Shared by the model tests: a fake engine producing per-tick diffs, the proxy's filters and a
// reference implementation (filter + stable sort of every source row) to compare it with.
#pragma once

#include <QSet>
#include <QtTest>
#include <algorithm>
#include <map>
#include <random>

#include "core/engine/snapshot.h"
#include "ui/models/connection_model.h"
#include "ui/models/connection_proxy.h"

namespace flowscope::ui::test {

using M = ConnectionModel;

inline IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

// A tiny stand-in for the engine: flows that get traffic, appear and expire per tick.
class FakeEngine {
public:
    explicit FakeEngine(uint32_t seed) : m_rng(seed) {}

    EngineDiff tick(int add, int change, int remove) {
        EngineDiff diff;
        m_now += 1'000'000'000;
        for (int i = 0; i < remove && !m_flows.empty(); ++i) {
            auto it = m_flows.begin();
            std::advance(it, pick(static_cast<int>(m_flows.size())));
            diff.removed.push_back(it->second);
            m_flows.erase(it);
        }
        std::vector<uint64_t> ids;
        for (const auto& entry : m_flows) {
            ids.push_back(entry.first);
        }
        std::shuffle(ids.begin(), ids.end(), m_rng);
        for (int i = 0; i < change && i < static_cast<int>(ids.size()); ++i) {
            Flow& f = m_flows[ids[i]];
            f.bytesInAtTick = f.counters.bytesIn;
            f.bytesOutAtTick = f.counters.bytesOut;
            bump(f);
            diff.changed.push_back(f);
        }
        for (int i = 0; i < add; ++i) {
            Flow f = make();
            m_flows[f.id] = f;
            diff.added.push_back(f);
        }
        return diff;
    }
    const std::map<uint64_t, Flow>& flows() const { return m_flows; }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    void bump(Flow& f) {
        const int which = pick(3);
        if (which != 1) {
            f.counters.bytesIn += 60 * (1 + pick(40));
            f.counters.packetsIn += 1 + pick(3);
        }
        if (which != 0) {
            f.counters.bytesOut += 60 * (1 + pick(40));
            f.counters.packetsOut += 1 + pick(3);
        }
        f.lastSeenNs = m_now + pick(4) * 1000;
    }
    Flow make() {
        static const uint8_t kProtocols[] = {6, 17, 1, 58, 47};
        static const uint16_t kPorts[] = {53, 80, 443, 5000, 12345};
        static const char* kV4[] = {"10.0.0.1",    "10.0.0.2",      "10.0.1.9",
                                    "192.168.1.5", "93.184.216.34", "1.2.3.4"};
        static const char* kV6[] = {"2001:db8::1", "2001:db8::2", "fe80::1", "2a00::5"};
        Flow f;
        f.id = ++m_nextId;
        f.key.protocol = kProtocols[pick(5)];
        const bool v6 = f.key.protocol == 58 || pick(4) == 0;
        f.key.hasPorts = f.key.protocol == 6 || f.key.protocol == 17;
        f.key.a.address = ip(v6 ? kV6[pick(4)] : kV4[pick(6)]);
        f.key.b.address = ip(v6 ? kV6[pick(4)] : kV4[pick(6)]);
        if (f.key.hasPorts) {
            f.key.a.port = kPorts[pick(5)];
            f.key.b.port = kPorts[pick(5)];
        }
        f.localIsA = pick(2) == 0;
        f.firstSeenNs = m_now - pick(5) * 1000;
        bump(f);
        return f;
    }

    std::mt19937 m_rng;
    std::map<uint64_t, Flow> m_flows;
    uint64_t m_nextId = 0;
    int64_t m_now = 1'700'000'000'000'000'000;
};

struct Filter {
    QString name;
    QString text;
    int protocol = -1;
    DirectionFilter direction = DirectionFilter::Any;
    int port = -1;
    QString address;
    bool onlyActive = false;
};

inline void applyFilter(ConnectionProxy& proxy, const Filter& f) {
    proxy.clearFilters();
    proxy.setTextFilter(f.text);
    proxy.setProtocolFilter(f.protocol);
    proxy.setDirectionFilter(f.direction);
    proxy.setPortFilter(f.port);
    QVERIFY(proxy.setAddressFilter(f.address));
    proxy.setOnlyActive(f.onlyActive);
}

inline bool referenceAccepts(const M& model, int row, const Filter& f) {
    const Flow& flow = model.flowAt(row);
    if (f.protocol >= 0 && flow.key.protocol != f.protocol) {
        return false;
    }
    const auto& c = flow.counters;
    if (f.direction == DirectionFilter::OutboundOnly && c.bytesOut <= c.bytesIn) {
        return false;
    }
    if (f.direction == DirectionFilter::InboundOnly && c.bytesIn <= c.bytesOut) {
        return false;
    }
    if (f.port >= 0 &&
        !(flow.key.hasPorts && (flow.local().port == f.port || flow.remote().port == f.port))) {
        return false;
    }
    if (!f.address.isEmpty()) {
        const QStringList parts = f.address.split(QLatin1Char('/'));
        const IpAddress prefix = ip(parts[0].toStdString().c_str());
        const int length = parts.size() > 1 ? parts[1].toInt() : (prefix.isV4() ? 32 : 128);
        if (!flow.local().address.inPrefix(prefix, length) &&
            !flow.remote().address.inPrefix(prefix, length)) {
            return false;
        }
    }
    if (f.onlyActive && !model.index(row, 0).data(M::ActiveRole).toBool()) {
        return false;
    }
    if (!f.text.isEmpty()) {
        for (int column = 0; column < M::ColumnCount; ++column) {
            if (model.index(row, column).data().toString().contains(f.text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }
    return true;
}

// Proxy rows must be the accepted source rows, ordered like a stable sort by RawRole.
inline void compareWithReference(const M& model, const ConnectionProxy& proxy, const Filter& f) {
    QVector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (referenceAccepts(model, row, f)) {
            rows.append(row);
        }
    }
    const int column = proxy.sortColumn();
    if (column >= 0) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant va = model.index(a, column).data(M::RawRole);
            const QVariant vb = model.index(b, column).data(M::RawRole);
            const QPartialOrdering o = QVariant::compare(va, vb);
            return proxy.sortOrder() == Qt::AscendingOrder ? o == QPartialOrdering::Less
                                                           : o == QPartialOrdering::Greater;
        });
    }
    QCOMPARE(proxy.rowCount(), rows.size());
    QSet<qulonglong> expectedIds, actualIds;
    for (int i = 0; i < rows.size(); ++i) {
        expectedIds.insert(model.index(rows[i], 0).data(M::FlowIdRole).toULongLong());
        const QModelIndex p = proxy.index(i, 0);
        actualIds.insert(p.data(M::FlowIdRole).toULongLong());
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(p)), p);
        if (column >= 0) {
            QCOMPARE(proxy.index(i, column).data(M::RawRole),
                     model.index(rows[i], column).data(M::RawRole));
        } else {
            QCOMPARE(proxy.mapToSource(p).row(), rows[i]);
        }
    }
    QCOMPARE(actualIds, expectedIds);
}

inline Filter filterNumber(int n) {
    Filter f;
    switch (n) {
        case 1:
            f.text = QStringLiteral("tcp");
            break;
        case 2:
            f.text = QStringLiteral("1.2");
            break;  // also matches bytes/rates: changes
        case 3:
            f.protocol = 17;
            break;
        case 4:
            f.direction = DirectionFilter::OutboundOnly;
            break;
        case 5:
            f.direction = DirectionFilter::InboundOnly;
            break;
        case 6:
            f.port = 443;
            break;
        case 7:
            f.address = QStringLiteral("10.0.0.0/24");
            break;
        case 8:
            f.address = QStringLiteral("2001:db8::/32");
            break;
        case 9:
            f.onlyActive = true;
            break;
        case 10:
            f.onlyActive = true;
            f.port = 53;
            f.address = QStringLiteral("10.0.0.1");
            break;
        default:
            break;
    }
    return f;
}

}  // namespace flowscope::ui::test
