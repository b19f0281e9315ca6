// EngineConfig::kFinalSnapshotOnly (what `flows --read` asks for): a file is read without a
// snapshot until its end, unless flows removed at the cap pile up, which still bounds memory.
// The captures are made here: one UDP datagram per connection, each to its own address, 100 µs
// apart (1,000 connections take 0.1 s of file time).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"

using namespace flowscope;

namespace {

void writeLe32(std::FILE* out, uint32_t v) {
    const uint8_t b[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
    std::fwrite(b, 1, 4, out);
}

// Ethernet + IPv4 + UDP from 192.168.1.10:40000 to 10.x.y.z:53 for connection x.y.z.
std::vector<uint8_t> datagram(uint32_t connection) {
    std::vector<uint8_t> f(14 + 20 + 8, 0);
    f[12] = 0x08;
    f[14] = 0x45;
    f[17] = 28;  // IP total length
    f[22] = 64;
    f[23] = 17;
    const uint8_t local[4] = {192, 168, 1, 10};
    const uint8_t remote[4] = {10, uint8_t(connection >> 16), uint8_t(connection >> 8),
                               uint8_t(connection)};
    std::copy(local, local + 4, f.begin() + 26);
    std::copy(remote, remote + 4, f.begin() + 30);
    f[34] = 40'000 >> 8;
    f[35] = 40'000 & 0xff;
    f[37] = 53;
    f[39] = 8;  // UDP length
    return f;
}

std::string writeCapture(const std::string& name, uint32_t connections) {
    const std::string path = testing::TempDir() + "/" + name;
    std::FILE* out = std::fopen(path.c_str(), "wb");
    for (uint32_t v : {0xa1b2c3d4u, 0x00040002u, 0u, 0u, 65535u, 1u}) {
        writeLe32(out, v);  // magic, version 2.4, zone, sigfigs, snaplen, Ethernet
    }
    for (uint32_t i = 0; i < connections; ++i) {
        const std::vector<uint8_t> f = datagram(i);
        writeLe32(out, 1'700'000'000 + i / 10'000);
        writeLe32(out, i % 10'000 * 100);
        writeLe32(out, uint32_t(f.size()));
        writeLe32(out, uint32_t(f.size()));
        std::fwrite(f.data(), 1, f.size(), out);
    }
    std::fclose(out);
    return path;
}

struct Published {
    std::vector<size_t> added;
    std::vector<size_t> removed;
    EngineState lastState = EngineState::Idle;
    uint64_t lastPackets = 0;
};

// `wantsDiffs`: as Engine::setTickCallback's.
Published readWith(const std::string& path, int publishIntervalMs, size_t maxFlows,
                   bool wantsDiffs = true, size_t* tableSize = nullptr) {
    EngineConfig config;
    config.source = EngineConfig::Source::File;
    config.filePath = path;
    config.filePublishIntervalMs = publishIntervalMs;
    config.flows.maxFlows = maxFlows;
    Engine engine(config);
    Published seen;
    engine.setTickCallback(
        [&seen](const SnapshotPtr& snap, EngineDiff&& diff) {
            seen.added.push_back(diff.added.size());
            seen.removed.push_back(diff.removed.size());
            seen.lastState = snap->state;
            seen.lastPackets = snap->totals.packets;
        },
        wantsDiffs);
    EXPECT_TRUE(engine.start());
    engine.wait();
    if (tableSize) {
        *tableSize = engine.table().size();
    }
    return seen;
}

size_t sum(const std::vector<size_t>& v) {
    size_t total = 0;
    for (size_t n : v) {
        total += n;
    }
    return total;
}

}  // namespace

TEST(FinalSnapshotOnly, AFileIsPublishedOnceAtItsEndWithEveryFlow) {
    const std::string path = writeCapture("flowscope-final-only.pcap", 30'000);  // 3 s
    const Published everyTick = readWith(path, 0, 1'000'000);
    EXPECT_GE(everyTick.added.size(), 3u) << "a snapshot per tick of file time";
    EXPECT_EQ(sum(everyTick.added), 30'000u);

    const Published finalOnly = readWith(path, EngineConfig::kFinalSnapshotOnly, 1'000'000);
    ASSERT_EQ(finalOnly.added.size(), 1u);
    EXPECT_EQ(finalOnly.added[0], 30'000u);
    EXPECT_EQ(finalOnly.lastState, EngineState::Finished);
    EXPECT_EQ(finalOnly.lastPackets, 30'000u);
    std::filesystem::remove(path);
}

TEST(FinalSnapshotOnly, FlowsRemovedAtTheCapDoNotPileUpUntilTheEnd) {
    // 70,000 connections through a cap of 1,000: 69,000 evicted, more than may wait (65,536).
    const std::string path = writeCapture("flowscope-final-only-cap.pcap", 70'000);
    const Published seen = readWith(path, EngineConfig::kFinalSnapshotOnly, 1'000);
    ASSERT_GE(seen.removed.size(), 2u) << "a snapshot before the end took the removed flows";
    EXPECT_GE(seen.removed[0], 65'536u);
    EXPECT_LT(seen.removed[0], 65'536u + 8'192u) << "at most a queue's worth of frames more";
    EXPECT_EQ(sum(seen.removed), 69'000u);
    EXPECT_EQ(seen.lastState, EngineState::Finished);
    EXPECT_EQ(seen.lastPackets, 70'000u);
    std::filesystem::remove(path);
}

// `flows` reads the table itself: told so, the engine copies no flow into the diffs, and the
// table is the same. Removed flows still come (enrichers forget them).
TEST(FinalSnapshotOnly, FlowsAreNotCopiedForACallbackThatWantsNoDiffs) {
    const std::string path = writeCapture("flowscope-final-nodiff.pcap", 3'000);
    size_t tableSize = 0;
    const Published seen =
        readWith(path, EngineConfig::kFinalSnapshotOnly, 1'000'000, false, &tableSize);
    ASSERT_EQ(seen.added.size(), 1u);
    EXPECT_EQ(seen.added[0], 0u);
    EXPECT_EQ(tableSize, 3'000u);
    EXPECT_EQ(seen.lastPackets, 3'000u);
    const Published capped = readWith(path, EngineConfig::kFinalSnapshotOnly, 1'000, false);
    EXPECT_EQ(sum(capped.added), 0u);
    EXPECT_EQ(sum(capped.removed), 2'000u);
    std::filesystem::remove(path);
}
