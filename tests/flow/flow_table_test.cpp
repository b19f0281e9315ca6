#include "core/flow/flow_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "tests/flow/test_packets.h"

namespace flowscope {
namespace {

using test::ip;

constexpr int64_t kSecond = 1'000'000'000;

std::vector<Flow> allFlows(const FlowTable& table) {
    std::vector<Flow> flows;
    table.forEach([&](const Flow& f) { flows.push_back(f); });
    std::sort(flows.begin(), flows.end(), [](const Flow& x, const Flow& y) { return x.id < y.id; });
    return flows;
}

TEST(FlowTable, BothDirectionsAreOneFlow) {
    FlowTable table;
    table.addPacket(DecodeStatus::Ip,
                    test::tcp("192.168.1.10", 50000, "93.184.216.34", 443, kTcpSyn), 1000, 74);
    table.addPacket(DecodeStatus::Ip,
                    test::tcp("93.184.216.34", 443, "192.168.1.10", 50000, kTcpSyn | kTcpAck), 2000,
                    74);
    table.addPacket(DecodeStatus::Ip,
                    test::tcp("192.168.1.10", 50000, "93.184.216.34", 443, kTcpAck), 3000, 66);
    table.addPacket(DecodeStatus::Ip,
                    test::tcp("93.184.216.34", 443, "192.168.1.10", 50000, kTcpPsh | kTcpAck), 4000,
                    1514);
    ASSERT_EQ(table.size(), 1u);
    const std::vector<Flow> flows = allFlows(table);
    const Flow& f = flows.at(0);
    EXPECT_EQ(f.id, 1u);
    EXPECT_EQ(f.local().address, ip("192.168.1.10"));
    EXPECT_EQ(f.local().port, 50000);
    EXPECT_EQ(f.remote().address, ip("93.184.216.34"));
    EXPECT_EQ(f.servicePort(), 443);
    EXPECT_EQ(f.counters.packetsOut, 2u);
    EXPECT_EQ(f.counters.packetsIn, 2u);
    EXPECT_EQ(f.counters.bytesOut, 140u);
    EXPECT_EQ(f.counters.bytesIn, 1588u);
    EXPECT_EQ(f.firstSeenNs, 1000);
    EXPECT_EQ(f.lastSeenNs, 4000);
    EXPECT_EQ(f.tcpFlagsOut, kTcpSyn | kTcpAck);  // each direction its own flags
    EXPECT_EQ(f.tcpFlagsIn, kTcpSyn | kTcpAck | kTcpPsh);
    EXPECT_EQ(f.tcpFlagsSeen(), kTcpSyn | kTcpAck | kTcpPsh);
    EXPECT_EQ(table.find(1), table.find(f.id));
    ASSERT_NE(table.find(1), nullptr);
    EXPECT_EQ(table.find(1)->counters.packets(), 4u);
    EXPECT_EQ(table.find(2), nullptr);
    EXPECT_EQ(table.find(0), nullptr);
    EXPECT_EQ(table.totals().flows, 1u);
}

TEST(FlowTable, DistinctKeysAreDistinctFlows) {
    FlowTable table;
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.1", 1000, "10.0.0.2", 80), 1, 60);
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 1000, "10.0.0.2", 80), 2, 60);
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.1", 1001, "10.0.0.2", 80), 3, 60);
    table.addPacket(DecodeStatus::Ip, test::icmp("10.0.0.1", "10.0.0.2"), 4, 60);
    table.addPacket(DecodeStatus::Ip, test::icmp("10.0.0.2", "10.0.0.1", 0), 5, 60);
    table.addPacket(DecodeStatus::Ip, test::tcp("fd00::1", 1000, "fd00::2", 80), 6, 80);
    EXPECT_EQ(table.size(), 5u);
    const std::vector<Flow> flows = allFlows(table);
    EXPECT_EQ(flows[3].counters.packets(), 2u);  // the ICMP echo and its reply
    EXPECT_FALSE(flows[3].key.hasPorts);
}

TEST(FlowTable, LocalityIsDecidedOnceAtCreation) {
    // Both public, equal ports: the first packet's source is local, and stays so.
    FlowTable table;
    table.addPacket(DecodeStatus::Ip, test::udp("5.6.7.8", 7000, "1.2.3.4", 7000), 1, 100);
    table.addPacket(DecodeStatus::Ip, test::udp("1.2.3.4", 7000, "5.6.7.8", 7000), 2, 300);
    const Flow& f = *table.find(1);
    EXPECT_EQ(f.local().address, ip("5.6.7.8"));
    EXPECT_EQ(f.counters.bytesOut, 100u);
    EXPECT_EQ(f.counters.bytesIn, 300u);

    // With own addresses, the own side is local.
    FlowTable own({}, LocalityPolicy({ip("1.2.3.4")}));
    own.addPacket(DecodeStatus::Ip, test::udp("5.6.7.8", 7000, "1.2.3.4", 7000), 1, 100);
    EXPECT_EQ(own.find(1)->local().address, ip("1.2.3.4"));
    EXPECT_EQ(own.find(1)->counters.bytesIn, 100u);
}

TEST(FlowTable, NonFirstFragmentsFollowTheirFirstFragment) {
    FlowTable table;
    DecodedPacket first = test::udp("192.168.1.10", 5000, "8.8.8.8", 53);
    first.fragment = FragmentKind::First;
    first.fragmentId = 0x1234;
    DecodedPacket rest;
    rest.src = first.src;
    rest.dst = first.dst;
    rest.ipProtocol = kProtoUdp;
    rest.fragment = FragmentKind::NonFirst;
    rest.fragmentId = 0x1234;

    table.addPacket(DecodeStatus::Ip, first, 1 * kSecond, 1514);
    table.addPacket(DecodeStatus::Ip, rest, 1 * kSecond + 10, 1514);
    table.addPacket(DecodeStatus::Ip, rest, 1 * kSecond + 20, 500);
    ASSERT_EQ(table.size(), 1u);
    const Flow& f = *table.find(1);
    EXPECT_TRUE(f.key.hasPorts);
    EXPECT_EQ(f.counters.packetsOut, 3u);
    EXPECT_EQ(f.counters.bytesOut, 3528u);
    EXPECT_EQ(f.lastSeenNs, 1 * kSecond + 20);

    // The reply, fragmented too: its own datagram id, the same flow, inbound.
    DecodedPacket replyFirst = test::udp("8.8.8.8", 53, "192.168.1.10", 5000);
    replyFirst.fragment = FragmentKind::First;
    replyFirst.fragmentId = 0x1234;  // same id, other direction: another datagram
    DecodedPacket replyRest = rest;
    std::swap(replyRest.src, replyRest.dst);
    table.addPacket(DecodeStatus::Ip, replyFirst, 2 * kSecond, 1500);
    table.addPacket(DecodeStatus::Ip, replyRest, 2 * kSecond + 1, 700);
    EXPECT_EQ(table.size(), 1u);
    EXPECT_EQ(table.find(1)->counters.packetsIn, 2u);
    EXPECT_EQ(table.find(1)->counters.bytesIn, 2200u);
    EXPECT_EQ(table.aggregates().byService().at(ServiceKey{kProtoUdp, 53}).packets(), 5u);
}

TEST(FlowTable, UnknownFragmentsGoToAPortlessFlow) {
    FlowTable table;
    DecodedPacket rest;
    rest.src = ip("2001:db8::1");
    rest.dst = ip("2001:db8::2");
    rest.ipProtocol = kProtoUdp;
    rest.fragment = FragmentKind::NonFirst;
    rest.fragmentId = 77;
    table.addPacket(DecodeStatus::Ip, rest, 1 * kSecond, 1000);
    rest.fragmentId = 78;
    table.addPacket(DecodeStatus::Ip, rest, 1 * kSecond + 1, 400);
    ASSERT_EQ(table.size(), 1u);
    const Flow& f = *table.find(1);
    EXPECT_FALSE(f.key.hasPorts);
    EXPECT_EQ(f.key.protocol, kProtoUdp);
    EXPECT_EQ(f.key.a.port, 0);
    EXPECT_EQ(f.counters.packets(), 2u);
    EXPECT_EQ(f.counters.bytes(), 1400u);
    EXPECT_TRUE(table.aggregates().byService().empty());

    // A first fragment more than 30 s of packet time ago is forgotten.
    DecodedPacket first = test::udp("2001:db8::1", 4000, "2001:db8::2", 4001);
    first.fragment = FragmentKind::First;
    first.fragmentId = 99;
    table.addPacket(DecodeStatus::Ip, first, 10 * kSecond, 1280);
    rest.fragmentId = 99;
    table.addPacket(DecodeStatus::Ip, rest, 41 * kSecond, 300);
    EXPECT_EQ(table.size(), 2u);
    EXPECT_EQ(table.find(1)->counters.packets(), 3u);  // the port-less flow
    EXPECT_EQ(table.find(2)->counters.packets(), 1u);
}

TEST(FlowTable, FragmentOfAnEvictedFlowDoesNotReachItsSuccessor) {
    FlowTable table(FlowTableConfig{1, 0});
    DecodedPacket first = test::udp("10.0.0.1", 5000, "1.1.1.1", 53);
    first.fragment = FragmentKind::First;
    first.fragmentId = 5;
    table.addPacket(DecodeStatus::Ip, first, 1, 1000);
    // Evicts flow 1; flow 2 reuses its slot.
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.1", 5001, "1.1.1.2", 80), 2, 60);
    DecodedPacket rest;
    rest.src = first.src;
    rest.dst = first.dst;
    rest.ipProtocol = kProtoUdp;
    rest.fragment = FragmentKind::NonFirst;
    rest.fragmentId = 5;
    table.addPacket(DecodeStatus::Ip, rest, 3, 500);
    EXPECT_EQ(table.find(2), nullptr);  // evicted in turn by the port-less flow 3
    ASSERT_NE(table.find(3), nullptr);
    EXPECT_FALSE(table.find(3)->key.hasPorts);
    EXPECT_EQ(table.find(3)->counters.bytes(), 500u);
    EXPECT_EQ(table.totals().ipBytes, 1560u);
}

TEST(FlowTable, EvictsTheLeastRecentlySeenAndKeepsTotalsExact) {
    FlowTable table(FlowTableConfig{3, 0});
    uint64_t packets = 0;
    uint64_t bytes = 0;
    std::vector<Flow> removed;
    for (uint16_t i = 0; i < 10; ++i) {
        // Flow i gets i + 1 packets; flow 0 is refreshed every round so it is never the
        // least recently seen one.
        for (uint16_t k = 0; k <= i; ++k) {
            const uint32_t len = 100u + i;
            table.addPacket(DecodeStatus::Ip,
                            test::tcp("10.0.0.1", uint16_t(40000 + i), "1.1.1.1", 443),
                            int64_t(i) * 100 + k, len);
            ++packets;
            bytes += len;
        }
        table.addPacket(DecodeStatus::Ip, test::tcp("1.1.1.1", 443, "10.0.0.1", 40000),
                        int64_t(i) * 100 + 50, 60);
        ++packets;
        bytes += 60;
        EXPECT_LE(table.size(), 3u);
        FlowChanges c = table.takeChanges();
        removed.insert(removed.end(), c.removed.begin(), c.removed.end());
    }
    EXPECT_EQ(table.size(), 3u);
    const Totals& t = table.totals();
    EXPECT_EQ(t.packets, packets);
    EXPECT_EQ(t.bytes, bytes);
    EXPECT_EQ(t.ipPackets, packets);
    EXPECT_EQ(t.flows, 10u);
    EXPECT_EQ(t.evictedFlows, 7u);
    EXPECT_EQ(t.direction.packets(), packets);
    EXPECT_EQ(table.aggregates().byRemoteHost().at(ip("1.1.1.1")).bytes(), bytes);

    // Flows 2..8 (ids 2..8) were evicted, in that order, with their final counters.
    ASSERT_EQ(removed.size(), 7u);
    uint64_t inTable = 0;
    table.forEach([&](const Flow& f) { inTable += f.counters.bytes(); });
    uint64_t evicted = 0;
    for (size_t n = 0; n < removed.size(); ++n) {
        const Flow& f = removed[n];
        const uint16_t i = uint16_t(n + 1);
        EXPECT_EQ(f.id, i + 1u);
        EXPECT_EQ(f.local().port, 40000 + i);
        EXPECT_EQ(f.counters.packetsOut, i + 1u);
        EXPECT_EQ(f.counters.bytesOut, (i + 1u) * (100u + i));
        evicted += f.counters.bytes();
        EXPECT_EQ(table.find(f.id), nullptr);
    }
    EXPECT_EQ(inTable + evicted, bytes);
    EXPECT_NE(table.find(1), nullptr);
    EXPECT_NE(table.find(9), nullptr);
    EXPECT_NE(table.find(10), nullptr);
}

TEST(FlowTable, ExpiresIdleFlows) {
    FlowTable table(FlowTableConfig{100, 10 * kSecond});
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 1000, "1.1.1.1", 53), 1 * kSecond, 80);
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 1001, "1.1.1.1", 53), 2 * kSecond, 80);
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 1002, "1.1.1.1", 53), 3 * kSecond, 80);
    // Flow 1 is seen again, so flow 2 is now the oldest.
    table.addPacket(DecodeStatus::Ip, test::udp("1.1.1.1", 53, "10.0.0.1", 1000), 5 * kSecond, 90);
    table.takeChanges();

    table.expireIdle(12 * kSecond);  // cutoff 2 s: lastSeen < 2 s expires; none
    EXPECT_EQ(table.size(), 3u);
    table.expireIdle(13 * kSecond - 1);  // cutoff just under 3 s: flow 2 (2 s)
    EXPECT_EQ(table.size(), 2u);
    EXPECT_EQ(table.find(2), nullptr);
    table.expireIdle(14 * kSecond);  // flow 3 (3 s)
    EXPECT_EQ(table.size(), 1u);
    FlowChanges c = table.takeChanges();
    ASSERT_EQ(c.removed.size(), 2u);
    EXPECT_EQ(c.removed[0].id, 2u);
    EXPECT_EQ(c.removed[1].id, 3u);
    EXPECT_EQ(c.removed[1].counters.bytesOut, 80u);
    EXPECT_TRUE(c.added.empty());
    EXPECT_TRUE(c.changed.empty());
    table.expireIdle(100 * kSecond);
    EXPECT_EQ(table.size(), 0u);
    EXPECT_EQ(table.totals().evictedFlows, 0u);  // expiry is not eviction
    EXPECT_EQ(table.totals().ipBytes, 330u);

    // A new flow after everything expired starts a fresh id.
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 1000, "1.1.1.1", 53), 101 * kSecond,
                    80);
    EXPECT_NE(table.find(4), nullptr);
}

TEST(FlowTable, NoExpiryWithoutTimeout) {
    FlowTable table;
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 1000, "1.1.1.1", 53), 1, 80);
    table.expireIdle(1'000'000 * kSecond);
    EXPECT_EQ(table.size(), 1u);
}

TEST(FlowTable, MillionFlowsInsert) {
    FlowTable table(FlowTableConfig{1'000'000, 0});
    DecodedPacket p = test::tcp("10.0.0.1", 0, "1.0.0.0", 443);
    for (uint32_t i = 0; i < 1'000'000; ++i) {
        p.srcPort = uint16_t(1024 + i % 1000);
        p.dst = IpAddress::fromV4(0x01000000u + i / 1000);
        table.addPacket(DecodeStatus::Ip, p, int64_t(i), 100);
    }
    EXPECT_EQ(table.size(), 1'000'000u);
    EXPECT_EQ(table.totals().flows, 1'000'000u);
    // Each flow again, in another order: no new flows.
    for (uint32_t i = 0; i < 1'000'000; i += 7) {
        p.srcPort = uint16_t(1024 + i % 1000);
        p.dst = IpAddress::fromV4(0x01000000u + i / 1000);
        table.addPacket(DecodeStatus::Ip, p, int64_t(2'000'000 + i), 100);
    }
    EXPECT_EQ(table.size(), 1'000'000u);
    ASSERT_NE(table.find(1'000'000), nullptr);
    EXPECT_EQ(table.find(8)->counters.packets(), 2u);
    EXPECT_EQ(table.find(9)->counters.packets(), 1u);
    EXPECT_LE(table.memoryBytes() / table.size(), 200u);
    // One more flow evicts the least recently seen: id 2 (id 1 was refreshed).
    p.srcPort = 9;
    table.addPacket(DecodeStatus::Ip, p, 3'000'000, 100);
    EXPECT_EQ(table.size(), 1'000'000u);
    EXPECT_EQ(table.find(2), nullptr);
    EXPECT_NE(table.find(1), nullptr);
    EXPECT_EQ(table.takeChanges().added.size(), 1'000'000u);
}

}  // namespace
}  // namespace flowscope
