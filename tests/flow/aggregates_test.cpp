#include "core/flow/aggregates.h"

#include <gtest/gtest.h>

#include "core/flow/flow_table.h"
#include "tests/flow/test_packets.h"

namespace flowscope {
namespace {

using test::ip;

TEST(Aggregates, NonIpAndMalformedCountInTotalsOnly) {
    Aggregates agg;
    agg.addNonIp(60);
    agg.addMalformed(70);
    agg.addNonIp(42);
    const Totals& t = agg.totals();
    EXPECT_EQ(t.packets, 3u);
    EXPECT_EQ(t.bytes, 172u);
    EXPECT_EQ(t.nonIpPackets, 2u);
    EXPECT_EQ(t.malformedPackets, 1u);
    EXPECT_EQ(t.ipPackets, 0u);
    EXPECT_EQ(t.ipBytes, 0u);
    EXPECT_TRUE(agg.byRemoteHost().empty());
    EXPECT_TRUE(agg.byService().empty());
}

TEST(Aggregates, AddIpPacketByFlow) {
    Aggregates agg;
    Flow f;
    f.key.protocol = kProtoTcp;
    f.key.hasPorts = true;
    f.key.a = Endpoint{ip("10.0.0.1"), 50000};
    f.key.b = Endpoint{ip("1.1.1.1"), 443};
    f.localIsA = true;
    agg.addIpPacket(f, true, 100);
    agg.addIpPacket(f, false, 1500);
    const Totals& t = agg.totals();
    EXPECT_EQ(t.packets, 2u);
    EXPECT_EQ(t.bytes, 1600u);
    EXPECT_EQ(t.ipPackets, 2u);
    EXPECT_EQ(t.ipBytes, 1600u);
    EXPECT_EQ(t.direction.packetsOut, 1u);
    EXPECT_EQ(t.direction.bytesIn, 1500u);
    ASSERT_EQ(agg.byRemoteHost().count(ip("1.1.1.1")), 1u);
    EXPECT_EQ(agg.byRemoteHost().at(ip("1.1.1.1")).bytes(), 1600u);
    EXPECT_EQ(agg.byRemoteHost().count(ip("10.0.0.1")), 0u);
    ASSERT_EQ(agg.byService().count(ServiceKey{kProtoTcp, 443}), 1u);
    EXPECT_EQ(agg.byService().at(ServiceKey{kProtoTcp, 443}).packetsIn, 1u);
    EXPECT_EQ(agg.byProtocol()[kProtoTcp].packets(), 2u);
}

// Two connections to 1.1.1.1 (https, dns), one to 8.8.8.8 (dns), an ICMP echo, an SSH
// session into this machine, and an ARP frame.
void addMixedTraffic(FlowTable& table) {
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.1", 50000, "1.1.1.1", 443), 1, 100);
    table.addPacket(DecodeStatus::Ip, test::tcp("1.1.1.1", 443, "10.0.0.1", 50000), 2, 1000);
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 40000, "1.1.1.1", 53), 3, 80);
    table.addPacket(DecodeStatus::Ip, test::udp("1.1.1.1", 53, "10.0.0.1", 40000), 4, 120);
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 40001, "8.8.8.8", 53), 5, 70);
    table.addPacket(DecodeStatus::Ip, test::icmp("10.0.0.1", "8.8.8.8"), 6, 98);
    table.addPacket(DecodeStatus::Ip, test::tcp("203.0.113.9", 61000, "10.0.0.1", 22), 7, 200);
    table.addPacket(DecodeStatus::Arp, DecodedPacket{}, 8, 60);
}

TEST(Aggregates, ThroughTheFlowTable) {
    FlowTable table;
    addMixedTraffic(table);

    const Aggregates& agg = table.aggregates();
    const auto& hosts = agg.byRemoteHost();
    ASSERT_EQ(hosts.size(), 3u);
    EXPECT_EQ(hosts.at(ip("1.1.1.1")).packets(), 4u);
    EXPECT_EQ(hosts.at(ip("1.1.1.1")).bytesOut, 180u);
    EXPECT_EQ(hosts.at(ip("1.1.1.1")).bytesIn, 1120u);
    EXPECT_EQ(hosts.at(ip("8.8.8.8")).packets(), 2u);
    EXPECT_EQ(hosts.at(ip("8.8.8.8")).bytes(), 168u);
    EXPECT_EQ(hosts.at(ip("203.0.113.9")).packetsIn, 1u);

    const auto& services = agg.byService();
    ASSERT_EQ(services.size(), 3u);  // tcp/443, udp/53, tcp/22 (the ICMP flow has no ports)
    EXPECT_EQ(services.at(ServiceKey{kProtoTcp, 443}).bytes(), 1100u);
    EXPECT_EQ(services.at(ServiceKey{kProtoUdp, 53}).packets(), 3u);
    EXPECT_EQ(services.at(ServiceKey{kProtoUdp, 53}).bytes(), 270u);
    EXPECT_EQ(services.at(ServiceKey{kProtoTcp, 22}).bytesIn, 200u);

    EXPECT_EQ(agg.byProtocol()[kProtoTcp].packets(), 3u);
    EXPECT_EQ(agg.byProtocol()[kProtoUdp].packets(), 3u);
    EXPECT_EQ(agg.byProtocol()[kProtoIcmp].bytesOut, 98u);

    const Totals& t = table.totals();
    EXPECT_EQ(t.packets, 8u);
    EXPECT_EQ(t.bytes, 1728u);
    EXPECT_EQ(t.ipPackets, 7u);
    EXPECT_EQ(t.ipBytes, 1668u);
    EXPECT_EQ(t.nonIpPackets, 1u);
    EXPECT_EQ(t.flows, 5u);
    EXPECT_EQ(t.direction.bytesOut, 100u + 80 + 70 + 98);
    EXPECT_EQ(t.direction.bytesIn, 1000u + 120 + 200);
}

// `flows` prints no per-host or per-service figures and turns their counting off: those maps
// stay empty, and everything else is counted as before.
TEST(Aggregates, WithoutHostAndServiceCounters) {
    FlowTable counted;
    FlowTableConfig config;
    config.countByHostAndService = false;
    FlowTable uncounted(config);
    addMixedTraffic(counted);
    addMixedTraffic(uncounted);

    EXPECT_TRUE(uncounted.aggregates().byRemoteHost().empty());
    EXPECT_TRUE(uncounted.aggregates().byService().empty());
    const Totals& a = counted.totals();
    const Totals& b = uncounted.totals();
    EXPECT_EQ(b.packets, a.packets);
    EXPECT_EQ(b.bytes, a.bytes);
    EXPECT_EQ(b.ipBytes, a.ipBytes);
    EXPECT_EQ(b.flows, a.flows);
    EXPECT_EQ(b.direction, a.direction);
    EXPECT_EQ(uncounted.aggregates().byProtocol(), counted.aggregates().byProtocol());
    ASSERT_EQ(uncounted.size(), counted.size());
    counted.forEach([&](const Flow& f) {
        const Flow* same = uncounted.find(f.id);
        ASSERT_NE(same, nullptr);
        EXPECT_EQ(same->key, f.key);
        EXPECT_EQ(same->counters, f.counters);
    });
}

TEST(Aggregates, MalformedAndNonIpThroughTheFlowTable) {
    FlowTable table;
    table.addPacket(DecodeStatus::Malformed, DecodedPacket{}, 1, 54);
    table.addPacket(DecodeStatus::NonIp, DecodedPacket{}, 2, 64);
    EXPECT_EQ(table.size(), 0u);
    EXPECT_EQ(table.totals().packets, 2u);
    EXPECT_EQ(table.totals().bytes, 118u);
    EXPECT_EQ(table.totals().malformedPackets, 1u);
    EXPECT_EQ(table.totals().nonIpPackets, 1u);
}

}  // namespace
}  // namespace flowscope
