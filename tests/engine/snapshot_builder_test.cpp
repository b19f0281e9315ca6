// The snapshot builder as a pure function: no threads, no capture.
#include "core/engine/snapshot_builder.h"

#include <gtest/gtest.h>

#include "core/flow/flow_table.h"

using namespace flowscope;

namespace {

DecodedPacket udpPacket(const char* src, const char* dst, uint16_t sport, uint16_t dport) {
    DecodedPacket p;
    p.src = *IpAddress::parse(src);
    p.dst = *IpAddress::parse(dst);
    p.ipProtocol = 17;
    p.hasPorts = true;
    p.srcPort = sport;
    p.dstPort = dport;
    return p;
}

}  // namespace

TEST(SnapshotBuilder, CopiesTimesTotalsAndIntervalTraffic) {
    FlowTable table({}, LocalityPolicy({*IpAddress::parse("10.0.0.1")}));
    table.addPacket(DecodeStatus::Ip, udpPacket("10.0.0.1", "8.8.8.8", 5000, 53), 1, 100);
    const Totals before = table.totals();
    table.addPacket(DecodeStatus::Ip, udpPacket("8.8.8.8", "10.0.0.1", 53, 5000), 2, 300);
    table.addPacket(DecodeStatus::Ip, udpPacket("10.0.0.1", "1.1.1.1", 5001, 443), 3, 50);

    SnapshotInputs in;
    in.sequence = 7;
    in.tickNs = 1'000'000'000;
    in.times = {3, 2, 2};
    in.totals = &table.totals();
    in.totalsAtPublish = &before;
    in.aggregates = &table.aggregates();
    in.flowCount = table.size();
    in.droppedByQueue = 4;
    const EngineSnapshot s = buildSnapshot(std::move(in));

    EXPECT_EQ(s.sequence, 7u);
    EXPECT_EQ(s.timeNs, 3);
    EXPECT_EQ(s.intervalNs, 2);
    EXPECT_EQ(s.durationNs, 2);
    EXPECT_EQ(s.totals.packets, 3u);
    EXPECT_EQ(s.totals.bytes, 450u);
    EXPECT_EQ(s.intervalPackets, 2u);
    EXPECT_EQ(s.intervalTraffic.bytesIn, 300u);
    EXPECT_EQ(s.intervalTraffic.bytesOut, 50u);
    EXPECT_EQ(s.flowCount, 2u);
    EXPECT_EQ(s.dropped(), 4u);
    ASSERT_EQ(s.topHosts.size(), 2u);
    EXPECT_EQ(s.topHosts[0].address.toString(), "8.8.8.8");  // largest first
    EXPECT_EQ(s.topHosts[0].counters.bytes(), 400u);
    ASSERT_EQ(s.protocols.size(), 1u);
    EXPECT_EQ(s.protocols[0].protocol, 17);
    EXPECT_EQ(s.topServices.size(), 2u);
}

TEST(SnapshotBuilder, KeepsAtMostTopNHostsLargestFirst) {
    FlowTable table({}, LocalityPolicy({*IpAddress::parse("10.0.0.1")}));
    for (int i = 0; i < 150; ++i) {
        const std::string remote = "192.0.2." + std::to_string(i);
        table.addPacket(DecodeStatus::Ip, udpPacket("10.0.0.1", remote.c_str(), 4000, 53), i,
                        uint32_t(60 + i));
    }
    SnapshotInputs in;
    in.totals = &table.totals();
    in.aggregates = &table.aggregates();
    const EngineSnapshot s = buildSnapshot(std::move(in));
    ASSERT_EQ(s.topHosts.size(), EngineSnapshot::kTopN);
    EXPECT_EQ(s.topHosts.front().counters.bytes(), 60u + 149u);
    for (size_t i = 1; i < s.topHosts.size(); ++i) {
        EXPECT_GE(s.topHosts[i - 1].counters.bytes(), s.topHosts[i].counters.bytes());
    }
}

TEST(SnapshotBuilder, JoinsWarningsAndNamesDetachedSinks) {
    SnapshotInputs in;
    in.warnings = {verbatim(""), verbatim("The file was cut short."), verbatim(""),
                   verbatim("Reverse DNS is off: no resolver.")};
    in.sinks = {{"history", 10, 0, false, "", {}}, {"export", 3, 2, true, "the disk is full.", {}}};
    const EngineSnapshot s = buildSnapshot(std::move(in));
    EXPECT_EQ(s.warning,
              "The file was cut short. Reverse DNS is off: no resolver. The export sink "
              "stopped: the disk is full.");
    ASSERT_EQ(s.sinks.size(), 2u);
    EXPECT_EQ(s.sinks[1].dropped, 2u);
}

TEST(SnapshotBuilder, TickSamplesAndFinalStates) {
    Totals atTick;
    atTick.packets = 10;
    atTick.bytes = 1000;
    atTick.direction.bytesIn = 600;
    Totals now = atTick;
    now.packets = 15;
    now.bytes = 1800;
    now.direction.bytesIn = 1100;
    const TickSample sample = makeTickSample(77, now, atTick);
    EXPECT_EQ(sample.startNs, 77);
    EXPECT_EQ(sample.packets, 5u);
    EXPECT_EQ(sample.bytes, 800u);
    EXPECT_EQ(sample.traffic.bytesIn, 500u);

    EXPECT_EQ(finalState(true, true), EngineState::Failed);
    EXPECT_EQ(finalState(false, true), EngineState::Stopped);
    EXPECT_EQ(finalState(false, false), EngineState::Finished);
}

// A sink that fails on the final snapshot (or on ticks still queued) is named in latest(); one
// already named is not named twice.
TEST(SnapshotBuilder, FinalSinkCountersAddOnlyNewFailures) {
    SnapshotInputs in;
    in.warnings = {verbatim("The file was cut short.")};
    in.sinks = {{"history", 10, 0, false, "", {}}, {"export", 3, 2, true, "the disk is full.", {}}};
    const EngineSnapshot final = buildSnapshot(std::move(in));
    const EngineSnapshot after =
        withFinalSinkCounters(final, {{"history", 11, 0, true, "the database is locked.", {}},
                                      {"export", 3, 3, true, "the disk is full.", {}}});
    EXPECT_EQ(after.warning,
              "The file was cut short. The export sink stopped: the disk is full. The history "
              "sink stopped: the database is locked.");
    ASSERT_EQ(after.sinks.size(), 2u);
    EXPECT_EQ(after.sinks[0].delivered, 11u);
    EXPECT_EQ(after.sinks[1].dropped, 3u);
    EXPECT_EQ(withFinalSinkCounters(final, final.sinks).warning, final.warning);
}
