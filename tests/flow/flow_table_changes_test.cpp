// FlowTable::takeChanges(): what a tick reports, and the per-tick byte marks.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "core/flow/flow_table.h"
#include "tests/flow/test_packets.h"

namespace flowscope {
namespace {

std::vector<uint64_t> sorted(std::vector<uint64_t> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

using Ids = std::vector<uint64_t>;

Ids ids(const std::vector<Flow>& flows) {
    Ids out;
    for (const Flow& f : flows) {
        out.push_back(f.id);
    }
    return out;
}

TEST(FlowTableChanges, AddedChangedRemovedAcrossTicks) {
    FlowTable table(FlowTableConfig{100, 1000});
    const DecodedPacket a = test::tcp("10.0.0.1", 50000, "1.1.1.1", 443);
    const DecodedPacket aReply = test::tcp("1.1.1.1", 443, "10.0.0.1", 50000);
    const DecodedPacket b = test::udp("10.0.0.1", 40000, "8.8.8.8", 53);
    const DecodedPacket c = test::icmp("10.0.0.1", "9.9.9.9");

    // Tick 1: a and b are created (a twice: still only "added").
    table.addPacket(DecodeStatus::Ip, a, 100, 100);
    table.addPacket(DecodeStatus::Ip, aReply, 110, 1000);
    table.addPacket(DecodeStatus::Ip, b, 120, 80);
    FlowChanges t1 = table.takeChanges();
    EXPECT_EQ(sorted(ids(t1.added)), (Ids{1, 2}));
    EXPECT_TRUE(t1.changed.empty());
    EXPECT_TRUE(t1.removed.empty());
    // The marks now equal the counters: nothing new this tick yet.
    EXPECT_EQ(table.find(1)->bytesOutAtTick, 100u);
    EXPECT_EQ(table.find(1)->bytesInAtTick, 1000u);
    EXPECT_EQ(table.find(2)->bytesOutAtTick, 80u);

    // Tick 2: a sees traffic, c is new; b is idle and not reported.
    table.addPacket(DecodeStatus::Ip, aReply, 500, 1500);
    table.addPacket(DecodeStatus::Ip, a, 510, 60);
    table.addPacket(DecodeStatus::Ip, c, 520, 98);
    // Per-tick rate before the tick closes: bytes - bytesAtTick.
    const Flow& fa = *table.find(1);
    EXPECT_EQ(fa.counters.bytesIn - fa.bytesInAtTick, 1500u);
    EXPECT_EQ(fa.counters.bytesOut - fa.bytesOutAtTick, 60u);
    FlowChanges t2 = table.takeChanges();
    ASSERT_EQ(t2.changed.size(), 1u);
    EXPECT_EQ(t2.changed[0].counters.bytesIn - t2.changed[0].bytesInAtTick, 1500u);
    EXPECT_EQ(ids(t2.added), (Ids{3}));
    EXPECT_EQ(ids(t2.changed), (Ids{1}));
    EXPECT_TRUE(t2.removed.empty());
    EXPECT_EQ(table.find(1)->bytesInAtTick, 2500u);
    EXPECT_EQ(table.find(1)->bytesOutAtTick, 160u);
    EXPECT_EQ(table.find(2)->bytesOutAtTick, 80u);

    // Tick 3: nothing happened.
    FlowChanges t3 = table.takeChanges();
    EXPECT_TRUE(t3.added.empty());
    EXPECT_TRUE(t3.changed.empty());
    EXPECT_TRUE(t3.removed.empty());

    // Tick 4: b expires (idle since 120, timeout 1000); a changes.
    table.addPacket(DecodeStatus::Ip, a, 1200, 60);
    table.expireIdle(1200);
    FlowChanges t4 = table.takeChanges();
    EXPECT_TRUE(t4.added.empty());
    EXPECT_EQ(ids(t4.changed), (Ids{1}));
    ASSERT_EQ(t4.removed.size(), 1u);
    EXPECT_EQ(t4.removed[0].id, 2u);
    EXPECT_EQ(t4.removed[0].counters.bytesOut, 80u);

    // Tick 5: c changes and then expires in the same tick: only "removed".
    table.addPacket(DecodeStatus::Ip, c, 1300, 98);
    table.expireIdle(2400);
    FlowChanges t5 = table.takeChanges();
    EXPECT_TRUE(t5.changed.empty());
    ASSERT_EQ(t5.removed.size(), 2u);  // c (last seen 1300) and a (last seen 1200)
    EXPECT_EQ(sorted({t5.removed[0].id, t5.removed[1].id}), (Ids{1, 3}));
    EXPECT_EQ(table.size(), 0u);
}

TEST(FlowTableChanges, SlotReusedWithinATick) {
    FlowTable table(FlowTableConfig{1, 0});
    const DecodedPacket a = test::udp("10.0.0.1", 1000, "1.1.1.1", 53);
    const DecodedPacket b = test::udp("10.0.0.1", 1001, "1.1.1.1", 53);
    table.addPacket(DecodeStatus::Ip, a, 1, 100);
    table.takeChanges();
    // a changes, is evicted by b (same slot), then b by a new flow for a's key.
    table.addPacket(DecodeStatus::Ip, a, 2, 100);
    table.addPacket(DecodeStatus::Ip, b, 3, 200);
    table.addPacket(DecodeStatus::Ip, a, 4, 300);
    FlowChanges c = table.takeChanges();
    EXPECT_EQ(ids(c.added), (Ids{3}));
    EXPECT_TRUE(c.changed.empty());
    ASSERT_EQ(c.removed.size(), 2u);
    EXPECT_EQ(c.removed[0].id, 1u);
    EXPECT_EQ(c.removed[0].counters.bytes(), 200u);
    EXPECT_EQ(c.removed[1].id, 2u);
    EXPECT_EQ(table.find(3)->bytesOutAtTick, 300u);
    EXPECT_EQ(table.totals().evictedFlows, 2u);
    EXPECT_EQ(table.totals().ipBytes, 700u);

    // The next tick starts clean.
    table.addPacket(DecodeStatus::Ip, a, 5, 10);
    c = table.takeChanges();
    EXPECT_TRUE(c.added.empty());
    EXPECT_EQ(ids(c.changed), (Ids{3}));
    EXPECT_EQ(table.find(3)->bytesOutAtTick, 310u);
}

TEST(FlowTableChanges, ManyFlowsOnlyTouchedOnesReported) {
    FlowTable table;
    for (uint16_t i = 0; i < 5000; ++i) {
        table.addPacket(DecodeStatus::Ip, test::udp("10.0.0.1", uint16_t(1024 + i), "1.1.1.1", 53),
                        i, 100);
    }
    EXPECT_EQ(table.takeChanges().added.size(), 5000u);
    for (uint16_t i = 0; i < 5000; i += 10) {
        table.addPacket(DecodeStatus::Ip, test::udp("1.1.1.1", 53, "10.0.0.1", uint16_t(1024 + i)),
                        10000 + i, 100);
    }
    const FlowChanges c = table.takeChanges();
    EXPECT_TRUE(c.added.empty());
    ASSERT_EQ(c.changed.size(), 500u);
    for (const Flow& f : c.changed) {
        EXPECT_EQ((f.id - 1) % 10, 0u);
        // The copy still holds the previous tick's mark: 100 bytes came in during this tick.
        EXPECT_EQ(f.counters.bytesIn - f.bytesInAtTick, 100u);
        EXPECT_EQ(table.find(f.id)->bytesInAtTick, 100u);
    }
}

}  // namespace
}  // namespace flowscope
