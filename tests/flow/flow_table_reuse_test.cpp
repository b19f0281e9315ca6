// A TCP 5-tuple reused by a new connection, and the cost of evictions at the cap.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "core/flow/flow_table.h"
#include "tests/flow/test_packets.h"

namespace flowscope {
namespace {

constexpr uint8_t kSynAck = kTcpSyn | kTcpAck;
constexpr uint8_t kFinAck = kTcpFin | kTcpAck;

// One whole connection 10.0.0.1:40000 -> 10.0.0.2:80 ending with `close` from the client
// (FIN+ACK, or RST), starting at `t`; 5 packets of 60 bytes.
void connection(FlowTable& table, int64_t t, uint8_t close = kFinAck) {
    const auto out = [&](uint8_t flags) {
        table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.1", 40000, "10.0.0.2", 80, flags), t++,
                        60);
    };
    const auto in = [&](uint8_t flags) {
        table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.2", 80, "10.0.0.1", 40000, flags), t++,
                        60);
    };
    out(kTcpSyn);
    in(kSynAck);
    out(kTcpAck);
    out(close);
    in(close == kTcpRst ? uint8_t(kTcpAck) : kFinAck);
}

std::vector<uint64_t> ids(const std::vector<Flow>& flows) {
    std::vector<uint64_t> v;
    for (const Flow& f : flows) {
        v.push_back(f.id);
    }
    std::sort(v.begin(), v.end());
    return v;
}

TEST(FlowTableTcpReuse, SynAfterFinStartsANewFlow) {
    FlowTable table;
    connection(table, 100);
    FlowChanges first = table.takeChanges();
    EXPECT_EQ(ids(first.added), (std::vector<uint64_t>{1}));
    connection(table, 200);
    connection(table, 300, kTcpRst);
    ASSERT_EQ(table.size(), 3u);
    EXPECT_EQ(table.totals().flows, 3u);
    EXPECT_EQ(table.totals().evictedFlows, 0u);
    for (uint64_t id : {1, 2, 3}) {
        const Flow* f = table.find(id);
        ASSERT_NE(f, nullptr) << id;
        EXPECT_EQ(f->counters.packetsOut, 3u) << id;
        EXPECT_EQ(f->counters.packetsIn, 2u) << id;
        EXPECT_EQ(f->firstSeenNs, int64_t(id) * 100) << id;
        EXPECT_EQ(f->lastSeenNs, int64_t(id) * 100 + 4) << id;
    }
    // The key finds the newest connection; the finished ones are not touched again.
    const FlowKey key = table.find(1)->key;
    EXPECT_EQ(table.findKey(key), 3u);
    FlowChanges next = table.takeChanges();
    EXPECT_EQ(ids(next.added), (std::vector<uint64_t>{2, 3}));
    EXPECT_TRUE(next.changed.empty());
    EXPECT_TRUE(next.removed.empty());
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.2", 80, "10.0.0.1", 40000, kTcpAck), 400,
                    60);
    next = table.takeChanges();
    EXPECT_EQ(ids(next.changed), (std::vector<uint64_t>{3}));
    EXPECT_EQ(table.find(1)->counters.packets(), 5u);
}

TEST(FlowTableTcpReuse, OtherSynsStayInTheirFlow) {
    FlowTable table;
    // A retransmitted SYN, and the SYN+ACK answering it: one connection attempt.
    const auto syn = test::tcp("10.0.0.1", 40000, "10.0.0.2", 80, kTcpSyn);
    table.addPacket(DecodeStatus::Ip, syn, 1, 60);
    table.addPacket(DecodeStatus::Ip, syn, 2, 60);
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.2", 80, "10.0.0.1", 40000, kSynAck), 3, 60);
    EXPECT_EQ(table.size(), 1u);
    // After a FIN, a SYN+ACK (a late answer) is not a new connection; UDP never is.
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.1", 40000, "10.0.0.2", 80, kFinAck), 4, 60);
    table.addPacket(DecodeStatus::Ip, test::tcp("10.0.0.2", 80, "10.0.0.1", 40000, kSynAck), 5, 60);
    EXPECT_EQ(table.size(), 1u);
    DecodedPacket udp = test::udp("10.0.0.1", 40000, "10.0.0.2", 80);
    udp.tcpFlags = kTcpFin;
    table.addPacket(DecodeStatus::Ip, udp, 6, 60);
    udp.tcpFlags = kTcpSyn;
    table.addPacket(DecodeStatus::Ip, udp, 7, 60);
    EXPECT_EQ(table.size(), 2u);
    EXPECT_EQ(table.find(2)->counters.packets(), 2u);
}

TEST(FlowTableTcpReuse, FinishedFlowIsEvictedAndExpiredLikeAnyOther) {
    FlowTable table(FlowTableConfig{2, 0});
    connection(table, 100);
    connection(table, 200);
    EXPECT_EQ(table.size(), 2u);
    // A third flow evicts the least recently seen: the first connection, no longer keyed.
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 5353, "10.0.0.9", 53), 300, 80);
    FlowChanges c = table.takeChanges();
    ASSERT_EQ(c.removed.size(), 1u);
    EXPECT_EQ(c.removed[0].id, 1u);
    EXPECT_EQ(c.removed[0].counters.packets(), 5u);
    EXPECT_EQ(table.findKey(table.find(2)->key), 2u);
    EXPECT_EQ(table.totals().evictedFlows, 1u);
    // Evicting the current connection of the tuple too leaves its key unknown.
    table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", 5354, "10.0.0.9", 53), 400, 80);
    EXPECT_EQ(table.find(2), nullptr);
    EXPECT_EQ(table.findKey(c.removed[0].key), 0u);

    FlowTable idle(FlowTableConfig{100, 50});
    connection(idle, 100);
    connection(idle, 200);
    idle.expireIdle(300);  // cutoff 250: both connections
    EXPECT_EQ(idle.size(), 0u);
    EXPECT_EQ(idle.takeChanges().removed.size(), 2u);
}

// At the cap every new flow evicts one: removing it from the two indexes must visit a few
// buckets, whatever the cap (the id index once walked every live flow on each eviction).
TEST(FlowTableCap, EvictionsVisitFewIndexBuckets) {
    for (size_t cap : {1'000, 8'000, 64'000}) {
        FlowTable table(FlowTableConfig{cap, 0});
        DecodedPacket p = test::udp("10.0.0.1", 0, "1.0.0.0", 53);
        const size_t flows = cap + 20'000;
        for (size_t i = 0; i < flows; ++i) {
            p.srcPort = uint16_t(1024 + i % 50'000);
            p.dst = IpAddress::fromV4(uint32_t(0x01000000u + i / 50'000));
            table.addPacket(DecodeStatus::Ip, p, int64_t(i), 100);
            if (i % 4096 == 0) {
                (void)table.takeChanges();
            }
        }
        ASSERT_EQ(table.totals().evictedFlows, flows - cap);
        const FlowIndexStats s = table.indexStats();
        EXPECT_EQ(s.idErases, flows - cap);
        EXPECT_EQ(s.keyErases, flows - cap);
        const double idSteps = double(s.idEraseSteps) / double(s.idErases);
        const double keySteps = double(s.keyEraseSteps) / double(s.keyErases);
        EXPECT_LT(idSteps, 16.0) << "cap " << cap;
        EXPECT_LT(keySteps, 16.0) << "cap " << cap;
        std::printf("cap %6zu: %.2f id and %.2f key buckets visited per eviction\n", cap, idSteps,
                    keySteps);
    }
}

}  // namespace
}  // namespace flowscope
