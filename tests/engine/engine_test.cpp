// The engine on real capture files: threads, ticks in file time, diffs, pause, stop, errors.
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>

#include "core/capture/file_reader.h"
#include "core/enrich/geo_resolver.h"

using namespace flowscope;

namespace {

std::string dataFile(const std::string& name) {
    return std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + name;
}

EngineConfig fileConfig(const std::string& name) {
    EngineConfig c;
    c.source = EngineConfig::Source::File;
    c.filePath = dataFile(name);
    return c;
}

}  // namespace

// capinfos -M -c -d pcapplusplus-example2.pcap: 4709 packets, 2856009 bytes.
TEST(Engine, ReadsAFileAndPublishesTicksWithConsistentDiffs) {
    Engine engine(fileConfig("pcapplusplus-example2.pcap"));
    std::set<uint64_t> added;
    std::set<uint64_t> removed;
    uint64_t snapshots = 0;
    uint64_t samples = 0;
    uint64_t packetsInSamples = 0;
    uint64_t packetsInIntervals = 0;
    int64_t lastSample = INT64_MIN;
    bool samplesOrdered = true;
    int64_t lastTime = INT64_MIN;
    bool timeOrdered = true;
    bool ratesAddUp = true;
    SnapshotPtr last;
    engine.setTickCallback([&](const SnapshotPtr& snap, EngineDiff&& diff) {
        ++snapshots;
        packetsInIntervals += snap->intervalPackets;
        for (const TickSample& t : snap->samples) {
            ++samples;
            packetsInSamples += t.packets;
            samplesOrdered = samplesOrdered && t.startNs > lastSample && t.packets > 0;
            lastSample = t.startNs;
        }
        timeOrdered = timeOrdered && snap->timeNs >= lastTime;
        lastTime = snap->timeNs;
        for (const Flow& f : diff.added) {
            EXPECT_TRUE(added.insert(f.id).second) << "flow added twice";
        }
        for (const Flow& f : diff.changed) {
            EXPECT_TRUE(added.count(f.id)) << "changed before added";
        }
        for (const Flow& f : diff.removed) {
            removed.insert(f.id);
        }
        // Per-flow traffic of this tick, from the diff, adds up to the tick's total traffic.
        uint64_t tickBytes = 0;
        for (const auto* list : {&diff.added, &diff.changed}) {
            for (const Flow& f : *list) {
                tickBytes += f.counters.bytesIn - f.bytesInAtTick;
                tickBytes += f.counters.bytesOut - f.bytesOutAtTick;
            }
        }
        ratesAddUp = ratesAddUp && tickBytes == snap->intervalTraffic.bytes();
        last = snap;
    });
    ASSERT_TRUE(engine.start());
    engine.wait();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->state, EngineState::Finished);
    EXPECT_EQ(last->totals.packets, 4709u);
    EXPECT_EQ(last->totals.bytes, 2856009u);
    EXPECT_EQ(packetsInIntervals, 4709u);  // every packet is in exactly one interval
    EXPECT_EQ(packetsInSamples, 4709u);    // ... and in exactly one tick sample
    // The file's own timeline, one sample per second of file time that has packets:
    // tshark -r pcapplusplus-example2.pcap -T fields -e frame.time_epoch | cut -d. -f1 |
    //   sort -u | wc -l  -> 52
    EXPECT_EQ(samples, 52u);
    EXPECT_TRUE(samplesOrdered);
    EXPECT_GE(snapshots, 1u);
    EXPECT_TRUE(timeOrdered);
    EXPECT_TRUE(ratesAddUp);
    EXPECT_EQ(added.size(), last->totals.flows);
    EXPECT_EQ(engine.table().size(), added.size() - removed.size());
    EXPECT_FALSE(last->topHosts.empty());
    EXPECT_GE(last->topHosts.front().counters.bytes(), last->topHosts.back().counters.bytes());
}

TEST(Engine, OfflineFilterKeepsOnlyMatchingFrames) {
    EngineConfig c = fileConfig("pcapplusplus-example2.pcap");
    c.filter = "udp";
    Engine engine(c);
    ASSERT_TRUE(engine.start());
    engine.wait();
    bool onlyUdp = true;
    engine.table().forEach([&](const Flow& f) { onlyUdp = onlyUdp && f.key.protocol == 17; });
    EXPECT_TRUE(onlyUdp);
    EXPECT_GT(engine.table().size(), 0u);
    // tshark -r pcapplusplus-example2.pcap -Y "udp and not icmp" -T fields -e frame.len
    //   -> 269 frames, 34428 bytes (BPF "udp" matches the outer header only, hence "not icmp")
    EXPECT_EQ(engine.latest()->totals.packets, 269u);
    EXPECT_EQ(engine.latest()->totals.bytes, 34428u);
}

TEST(Engine, StartReportsClearErrors) {
    {
        Engine engine(fileConfig("does-not-exist.pcap"));
        Status s = engine.start();
        ASSERT_FALSE(s);
        EXPECT_EQ(s.error().code, ErrorCode::NotFound);
        EXPECT_NE(s.error().message.find("does-not-exist.pcap"), std::string::npos);
        EXPECT_EQ(engine.failedStep(), StartStep::Source);
    }
    {
        EngineConfig c = fileConfig("pcapplusplus-example2.pcap");
        c.filter = "tcp port banana";
        Engine engine(c);
        Status s = engine.start();
        ASSERT_FALSE(s);
        EXPECT_EQ(s.error().code, ErrorCode::BadFilter);
        EXPECT_EQ(engine.failedStep(), StartStep::Filter);
    }
    {
        EngineConfig c = fileConfig("pcapplusplus-example2.pcap");
        c.writePath = "/nonexistent-dir/out.pcap";
        Engine engine(c);
        EXPECT_FALSE(engine.start());
        EXPECT_EQ(engine.failedStep(), StartStep::DumpFile);
    }
}

// A link type Flowscope does not decode is named from the first tick (a live adapter of that
// type would otherwise only say so when the capture ends), and only once at the end.
TEST(Engine, AnUndecodedLinkTypeIsNamedFromTheFirstTick) {
    EngineConfig c = fileConfig("zeek-llc.pcap");  // FDDI
    c.filePublishIntervalMs = 0;
    Engine engine(c);
    std::string firstWarning;
    bool first = true;
    engine.setTickCallback([&](const SnapshotPtr& snapshot, EngineDiff&&) {
        if (first) {
            firstWarning = snapshot->warning;
            first = false;
        }
    });
    ASSERT_TRUE(engine.start());
    EXPECT_EQ(engine.failedStep(), StartStep::None);
    engine.wait();
    const std::string sentence = "Flowscope does not decode link type FDDI (10)";
    EXPECT_EQ(firstWarning.rfind(sentence, 0), 0u) << firstWarning;
    const std::string last = engine.latest()->warning;
    const size_t at = last.find(sentence);
    ASSERT_NE(at, std::string::npos) << last;
    EXPECT_EQ(last.find(sentence, at + 1), std::string::npos) << "said twice: " << last;
    EXPECT_EQ(engine.latest()->totals.packets, 1333u);
}

TEST(Engine, CorruptRecordFailsButKeepsWhatWasRead) {
    Engine engine(fileConfig("suricata-verify-smtp-to-comma.pcap"));
    ASSERT_TRUE(engine.start());
    engine.wait();
    SnapshotPtr last = engine.latest();
    EXPECT_EQ(last->state, EngineState::Failed);
    ASSERT_TRUE(last->error);
    EXPECT_FALSE(last->error->message.empty());
    EXPECT_EQ(last->totals.packets, 18u);  // capinfos -c: 18 readable packets
    EXPECT_EQ(engine.table().size(), 1u);
}

TEST(Engine, TruncatedFileFinishesWithAWarning) {
    Engine engine(fileConfig("suricata-verify-http-mime-truncated.pcap"));
    ASSERT_TRUE(engine.start());
    engine.wait();
    SnapshotPtr last = engine.latest();
    EXPECT_EQ(last->state, EngineState::Finished);
    EXPECT_FALSE(last->warning.empty());
    EXPECT_EQ(last->totals.packets, 2696u);  // capinfos -c
}

TEST(Engine, PauseHoldsAFileAndStopNeverHangs) {
    Engine engine(fileConfig("zeek-echo-connections.pcap"));
    ASSERT_TRUE(engine.start());
    engine.pause();
    EXPECT_EQ(engine.state(), EngineState::Paused);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const uint64_t during = engine.latest()->totals.packets;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_EQ(engine.latest()->totals.packets, during);  // nothing moves while paused
    engine.resume();
    const auto t0 = std::chrono::steady_clock::now();
    engine.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
    EXPECT_TRUE(engine.state() == EngineState::Stopped || engine.state() == EngineState::Finished);
    engine.stop();  // twice is fine
}

TEST(Engine, WritesWhatItReadsToAPcapFile) {
    const auto out = std::filesystem::temp_directory_path() / "flowscope-engine-write.pcap";
    EngineConfig c = fileConfig("pcapplusplus-sll.pcap");
    c.writePath = out.string();
    {
        Engine engine(c);
        ASSERT_TRUE(engine.start());
        engine.wait();
    }
    auto reader = FileReader::open(out.string());
    ASSERT_TRUE(reader) << reader.error().message;
    RawPacket p;
    uint64_t n = 0;
    while ((*reader)->next(p) == ReadStatus::Packet) {
        ++n;
        EXPECT_EQ(p.linkType, 113u);
    }
    EXPECT_EQ(n, 518u);  // capinfos -c pcapplusplus-sll.pcap
    std::filesystem::remove(out);
}

// With a geo resolver the engine's top hosts carry their country and AS (the geo enricher), as
// the resolver answers for them; without one they carry nothing.
TEST(Engine, AGeoResolverGivesTheTopHostsTheirPlaces) {
    EngineConfig c = fileConfig("pcapplusplus-example.pcap");
    c.geo = std::make_shared<GeoResolver>();  // the built-in databases
    Engine engine(c);
    ASSERT_TRUE(engine.start());
    engine.wait();
    const SnapshotPtr last = engine.latest();
    ASSERT_FALSE(last->topHosts.empty());
    GeoResolver oracle;
    size_t withCountry = 0;
    for (const HostStat& h : last->topHosts) {
        EXPECT_EQ(h.geo, oracle.lookup(h.address)) << h.address.toString();
        withCountry += h.geo.hasCountry() ? 1 : 0;
    }
    EXPECT_GT(withCountry, last->topHosts.size() / 2);  // mostly public addresses

    Engine bare(fileConfig("pcapplusplus-example.pcap"));
    ASSERT_TRUE(bare.start());
    bare.wait();
    for (const HostStat& h : bare.latest()->topHosts) {
        EXPECT_TRUE(h.geo.empty());
    }
}
