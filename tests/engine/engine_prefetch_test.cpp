// The engine's prefetching path (EngineLoop::processPrefetching: frames decoded ahead, the flow
// table loading their flows in stages) must count exactly what counting the same frames one by
// one does. The capture is made here: 30,000 connections over a 20,000-flow cap, visited in
// no order (which turns prefetching on), with trains of one flow, TCP connections reusing their
// 5-tuple after a FIN or RST, IPv6, IPv4 fragments (first and later ones) and ticks closing in
// between. The oracle is a FlowTable fed the same frames in order, without the engine.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <vector>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/packet/decoder.h"

using namespace flowscope;

namespace {

constexpr uint32_t kConnections = 30'000;
constexpr uint32_t kFrames = 150'000;

void put16(std::vector<uint8_t>& f, size_t at, uint16_t v) {
    f[at] = uint8_t(v >> 8);
    f[at + 1] = uint8_t(v);
}

struct Spec {
    uint32_t connection = 0;
    bool fromLocal = true;
    uint8_t tcpFlags = 0;
    int fragment = 0;  // 0 none, 1 the first (more fragments), 2 a later one
    uint16_t fragmentId = 0;
};

// Ethernet + IPv4 or IPv6 + TCP or UDP, with 40 bytes of payload. Every fifth connection is
// IPv6, odd ones are UDP.
std::vector<uint8_t> frame(const Spec& s) {
    const uint32_t c = s.connection;
    const bool v6 = c % 5 == 0;
    const bool tcp = c % 2 == 0;
    const size_t l4 = tcp ? 20 : 8;
    const size_t ipHeader = v6 ? 40 : 20;
    const size_t l4Bytes = s.fragment == 2 ? 48 : l4 + 40;
    std::vector<uint8_t> f(14 + ipHeader + l4Bytes, 0);
    put16(f, 12, v6 ? 0x86DD : 0x0800);
    uint8_t local[16] = {};
    uint8_t remote[16] = {};
    if (v6) {
        local[0] = 0xfd;
        remote[0] = 0x20;
        remote[1] = 0x01;
        remote[2] = 0x0d;
        remote[3] = 0xb8;
        for (int i = 0; i < 4; ++i) {
            remote[12 + i] = uint8_t(c >> (8 * (3 - i)));
        }
        local[15] = 1;
    } else {
        const uint8_t l[4] = {10, 0, 0, 1};
        const uint8_t r[4] = {198, uint8_t(18 + (c >> 16)), uint8_t(c >> 8), uint8_t(c)};
        std::copy(l, l + 4, local);
        std::copy(r, r + 4, remote);
    }
    const uint8_t* src = s.fromLocal ? local : remote;
    const uint8_t* dst = s.fromLocal ? remote : local;
    const uint8_t protocol = tcp ? 6 : 17;
    if (v6) {
        f[14] = 0x60;
        put16(f, 18, uint16_t(l4Bytes));
        f[20] = protocol;
        f[21] = 64;
        std::copy(src, src + 16, f.begin() + 22);
        std::copy(dst, dst + 16, f.begin() + 38);
    } else {
        f[14] = 0x45;
        put16(f, 16, uint16_t(20 + l4Bytes));
        put16(f, 18, s.fragmentId);
        put16(f, 20, s.fragment == 1 ? 0x2000 : s.fragment == 2 ? 6 : 0);  // MF; offset 48
        f[22] = 64;
        f[23] = protocol;
        std::copy(src, src + 4, f.begin() + 26);
        std::copy(dst, dst + 4, f.begin() + 30);
    }
    if (s.fragment != 2) {
        const size_t at = 14 + ipHeader;
        const uint16_t localPort = uint16_t(20'000 + c % 40'000);
        const uint16_t remotePort = tcp ? 443 : 53;
        put16(f, at, s.fromLocal ? localPort : remotePort);
        put16(f, at + 2, s.fromLocal ? remotePort : localPort);
        if (tcp) {
            f[at + 12] = 0x50;
            f[at + 13] = s.tcpFlags;
        } else {
            put16(f, at + 4, uint16_t(l4Bytes));
        }
    }
    return f;
}

uint64_t nextRandom(uint64_t& state) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
}

std::vector<Spec> frameSpecs() {
    constexpr uint8_t kFlags[] = {0x02, 0x12, 0x10, 0x18, 0x11, 0x04};  // SYN … FIN, RST
    std::vector<Spec> specs;
    uint64_t seed = 17;
    Spec previous;
    std::vector<uint16_t> openFragments(kConnections, 0);
    while (specs.size() < kFrames) {
        Spec s;
        const uint64_t r = nextRandom(seed);
        // One frame in five follows the frame before on its connection (a train).
        s.connection = r % 5 == 0 ? previous.connection : uint32_t(nextRandom(seed) % kConnections);
        s.fromLocal = (r >> 3) % 2 == 0;
        s.tcpFlags = kFlags[(r >> 4) % 6];
        const bool v4Udp = s.connection % 5 != 0 && s.connection % 2 == 1;
        if (v4Udp && openFragments[s.connection] != 0) {
            s.fragment = 2;  // the rest of the datagram whose first fragment went before
            s.fragmentId = openFragments[s.connection];
            openFragments[s.connection] = 0;
        } else if (v4Udp && (r >> 8) % 20 == 0) {
            s.fragment = 1;
            s.fragmentId = uint16_t(1 + (r >> 12) % 60'000);
            openFragments[s.connection] = s.fragmentId;
        }
        specs.push_back(s);
        previous = s;
    }
    return specs;
}

void writeLe32(std::FILE* out, uint32_t v) {
    const uint8_t b[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
    std::fwrite(b, 1, 4, out);
}

// Frame i at 100 µs × i: 15 s of capture, so ticks close inside batches.
int64_t timestampNs(size_t i) {
    return 1'700'000'000'000'000'000 + int64_t(i) * 100'000;
}

std::string writeCapture(const std::vector<std::vector<uint8_t>>& frames) {
    const std::string path = testing::TempDir() + "/flowscope-prefetch.pcap";
    std::FILE* out = std::fopen(path.c_str(), "wb");
    for (uint32_t v : {0xa1b2c3d4u, 0x00040002u, 0u, 0u, 65535u, 1u}) {
        writeLe32(out, v);  // magic, version 2.4, zone, sigfigs, snaplen, Ethernet
    }
    for (size_t i = 0; i < frames.size(); ++i) {
        const int64_t ns = timestampNs(i);
        writeLe32(out, uint32_t(ns / 1'000'000'000));
        writeLe32(out, uint32_t(ns % 1'000'000'000 / 1000));
        writeLe32(out, uint32_t(frames[i].size()));
        writeLe32(out, uint32_t(frames[i].size()));
        std::fwrite(frames[i].data(), 1, frames[i].size(), out);
    }
    std::fclose(out);
    return path;
}

std::map<uint64_t, Flow> flowsOf(const FlowTable& table) {
    std::map<uint64_t, Flow> out;
    table.forEach([&](const Flow& f) { out.emplace(f.id, f); });
    return out;
}

}  // namespace

TEST(EnginePrefetch, CountsExactlyWhatCountingInOrderDoes) {
    std::vector<std::vector<uint8_t>> frames;
    for (const Spec& s : frameSpecs()) {
        frames.push_back(frame(s));
    }
    const std::string path = writeCapture(frames);

    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = path;
    config.flows.maxFlows = 20'000;
    Engine engine(config);
    ASSERT_TRUE(engine.start());
    engine.wait();
    const FlowTable& counted = engine.table();
    // Most frames went through the prefetching path (it starts once 8,192 flows are live).
    EXPECT_GT(counted.prefetchedFrames(), kFrames / 2);

    FlowTable oracle(config.flows, counted.locality());
    DecodedPacket decoded;
    for (size_t i = 0; i < frames.size(); ++i) {
        const DecodeStatus status = decodePacket(1, frames[i].data(), frames[i].size(), decoded);
        oracle.addPacket(status, decoded, timestampNs(i), uint32_t(frames[i].size()));
    }
    EXPECT_EQ(counted.totals().packets, uint64_t(kFrames));
    EXPECT_EQ(counted.totals().bytes, oracle.totals().bytes);
    EXPECT_EQ(counted.totals().flows, oracle.totals().flows);
    EXPECT_GT(counted.totals().evictedFlows, 0u);
    EXPECT_EQ(counted.totals().evictedFlows, oracle.totals().evictedFlows);
    EXPECT_EQ(counted.totals().direction.bytesOut, oracle.totals().direction.bytesOut);
    EXPECT_EQ(counted.followers(), oracle.followers());

    const auto got = flowsOf(counted);
    const auto want = flowsOf(oracle);
    ASSERT_EQ(got.size(), want.size());
    size_t differing = 0;
    for (const auto& [id, w] : want) {
        const auto it = got.find(id);
        const bool same =
            it != got.end() && it->second.key == w.key && it->second.localIsA == w.localIsA &&
            it->second.counters.packetsOut == w.counters.packetsOut &&
            it->second.counters.packetsIn == w.counters.packetsIn &&
            it->second.counters.bytesOut == w.counters.bytesOut &&
            it->second.counters.bytesIn == w.counters.bytesIn &&
            it->second.firstSeenNs == w.firstSeenNs && it->second.lastSeenNs == w.lastSeenNs &&
            it->second.tcpFlagsOut == w.tcpFlagsOut && it->second.tcpFlagsIn == w.tcpFlagsIn;
        differing += same ? 0 : 1;
    }
    EXPECT_EQ(differing, 0u) << "of " << want.size() << " flows";
    for (const auto& [address, counters] : oracle.aggregates().byRemoteHost()) {
        const FlowCounters* c = counted.aggregates().byRemoteHost().find(address);
        ASSERT_NE(c, nullptr);
        ASSERT_EQ(c->bytes(), counters.bytes());
    }
    std::filesystem::remove(path);
}
