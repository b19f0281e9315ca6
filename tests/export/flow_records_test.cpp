// The flow → record builder on hand-made ticks: when records are due (active timeout, idle
// timeout, removal, end), their reasons, and that a flow's records add up to its counters.
#include <gtest/gtest.h>

#include <vector>

#include "core/export/flow_records.h"

namespace flowscope::ipfix {
namespace {

constexpr int64_t kSecond = 1'000'000'000;
constexpr int64_t kStart = 1'764'000'000 * kSecond;

Flow tcpFlow(uint64_t out, uint64_t in, uint64_t packetsOut, uint64_t packetsIn, int64_t last) {
    Flow f;
    f.id = 1;
    f.key.a = {*IpAddress::parse("10.0.0.2"), 40000};
    f.key.b = {*IpAddress::parse("192.0.2.80"), 443};
    f.key.protocol = 6;
    f.key.hasPorts = true;
    f.localIsA = true;
    f.counters = {packetsOut, packetsIn, out, in};
    f.firstSeenNs = kStart;
    f.lastSeenNs = kStart + last * kSecond;
    f.tcpFlagsOut = 0x12;  // SYN, ACK
    f.tcpFlagsIn = 0x18;   // PSH, ACK
    return f;
}

class Ticks {
public:
    explicit Ticks(RecordOptions options) : builder(options) {}
    std::vector<FlowRecord> tick(int64_t second, EngineDiff diff,
                                 EngineState state = EngineState::Running) {
        EngineSnapshot s;
        s.timeNs = kStart + second * kSecond;
        s.state = state;
        std::vector<FlowRecord> out;
        builder.consume(s, diff, out);
        return out;
    }
    FlowRecordBuilder builder;
};

RecordOptions options(uint32_t linkHeader = 0) {
    RecordOptions o;
    o.activeTimeoutNs = 60 * kSecond;
    o.idleTimeoutNs = 15 * kSecond;
    o.linkHeaderBytes = linkHeader;
    return o;
}

TEST(FlowRecords, ActiveTimeoutSplitsALongFlowIntoDeltas) {
    Ticks t(options());
    EXPECT_TRUE(t.tick(1, {{tcpFlow(100, 200, 1, 2, 1)}, {}, {}}).empty());
    EXPECT_TRUE(t.tick(30, {{}, {tcpFlow(1000, 2000, 10, 20, 30)}, {}}).empty());
    auto first = t.tick(60, {{}, {tcpFlow(1500, 2600, 15, 26, 60)}, {}});
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first[0].direction, Direction::Egress);
    EXPECT_EQ(first[0].source.toString(), "10.0.0.2");
    EXPECT_EQ(first[0].sourcePort, 40000);
    EXPECT_EQ(first[0].octets, 1500u);
    EXPECT_EQ(first[0].packets, 15u);
    EXPECT_EQ(first[0].endReason, EndReason::ActiveTimeout);
    EXPECT_EQ(first[0].startMs, kStart / 1'000'000);
    EXPECT_EQ(first[0].endMs, (kStart + 60 * kSecond) / 1'000'000);
    EXPECT_EQ(first[1].direction, Direction::Ingress);
    EXPECT_EQ(first[1].source.toString(), "192.0.2.80");
    EXPECT_EQ(first[1].destinationPort, 40000);
    EXPECT_EQ(first[1].octets, 2600u);
    EXPECT_EQ(first[1].packets, 26u);
    // Only what came after the first records; only the direction that carried traffic.
    EXPECT_TRUE(t.tick(61, {{}, {tcpFlow(1700, 2600, 17, 26, 61)}, {}}).empty());
    auto removed = t.tick(90, {{}, {}, {tcpFlow(1800, 2600, 18, 26, 75)}});
    ASSERT_EQ(removed.size(), 1u);
    EXPECT_EQ(removed[0].octets, 300u);
    EXPECT_EQ(removed[0].packets, 3u);
    EXPECT_EQ(removed[0].endReason, EndReason::IdleTimeout);
    EXPECT_EQ(removed[0].startMs, (kStart + 60 * kSecond) / 1'000'000);
    EXPECT_EQ(t.builder.followed(), 0u);
}

TEST(FlowRecords, IdleFlowIsReportedOnceAndAgainWhenItResumes) {
    Ticks t(options());
    t.tick(1, {{tcpFlow(100, 0, 1, 0, 1)}, {}, {}});
    EXPECT_TRUE(t.tick(15, {}).empty());
    auto idle = t.tick(16, {});
    ASSERT_EQ(idle.size(), 1u);
    EXPECT_EQ(idle[0].endReason, EndReason::IdleTimeout);
    EXPECT_TRUE(t.tick(40, {}).empty());
    t.tick(41, {{}, {tcpFlow(150, 10, 2, 1, 41)}, {}});
    auto end = t.tick(42, {}, EngineState::Finished);
    ASSERT_EQ(end.size(), 2u);
    EXPECT_EQ(end[0].octets + end[1].octets, 60u);
    EXPECT_EQ(end[0].endReason, EndReason::ForcedEnd);
}

TEST(FlowRecords, FinOrRstMeansEndOfFlowAndLinkHeadersAreSubtracted) {
    Ticks t(options(14));
    Flow f = tcpFlow(140 + 3 * 14, 60 + 14, 3, 1, 2);
    f.tcpFlagsIn |= 0x01;                 // the remote end's FIN
    auto out = t.tick(3, {{}, {}, {f}});  // added and removed within one tick
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].endReason, EndReason::EndOfFlow);
    EXPECT_EQ(out[0].octets, 140u);
    EXPECT_EQ(out[1].octets, 60u);
}

TEST(FlowRecords, ProgramAndHostNameComeFromTheSnapshot) {
    RecordOptions o = options();
    o.ingressInterface = 3;
    FlowRecordBuilder builder(o);
    EngineSnapshot s;
    s.timeNs = kStart + 2 * kSecond;
    s.state = EngineState::Finished;
    auto apps = std::make_shared<std::vector<Application>>();
    apps->push_back({1, "/usr/bin/curl", "curl", "alice", 1000, {42}, "curl", false});
    s.applications = apps;
    auto names = std::make_shared<std::vector<HostName>>();
    names->push_back({"www.example.org", HostNameSource::Sni});
    s.hostnames = names;
    Flow f = tcpFlow(100, 0, 1, 0, 1);
    f.appId = 1;
    f.pid = 42;
    f.nameId = 1;
    std::vector<FlowRecord> out;
    builder.consume(s, {{f}, {}, {}}, out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].applicationName, "curl");
    EXPECT_EQ(out[0].userName, "alice");
    EXPECT_EQ(out[0].executablePath, "/usr/bin/curl");
    EXPECT_EQ(out[0].pid, 42u);
    EXPECT_EQ(out[0].remoteHostName, "www.example.org");
    EXPECT_EQ(out[0].ingressInterface, 3u);
    EXPECT_EQ(out[0].tcpFlags, 0x12);
}

TEST(FlowRecords, EachDirectionCarriesTheFlagsItSent) {
    Ticks t(options());
    Flow f = tcpFlow(300, 200, 3, 2, 1);
    f.tcpFlagsOut |= 0x04;  // the local side reset it
    auto out = t.tick(2, {{}, {}, {f}});
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].direction, Direction::Egress);
    EXPECT_EQ(out[0].tcpFlags, 0x16);
    EXPECT_EQ(out[1].direction, Direction::Ingress);
    EXPECT_EQ(out[1].tcpFlags, 0x18);
    EXPECT_EQ(out[0].endReason, EndReason::EndOfFlow);  // a RST of either side ends it
}

TEST(FlowRecords, LinkHeaderLengths) {
    EXPECT_EQ(linkHeaderBytes(1), 14u);
    EXPECT_EQ(linkHeaderBytes(113), 16u);
    EXPECT_EQ(linkHeaderBytes(276), 20u);
    EXPECT_EQ(linkHeaderBytes(0), 4u);
    EXPECT_EQ(linkHeaderBytes(101), 0u);
}

}  // namespace
}  // namespace flowscope::ipfix
