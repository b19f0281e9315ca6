// Snapshot sinks on real captures: every tick reaches a healthy sink in order, a slow sink
// loses ticks (counted) and never holds the engine up, a failing sink is detached with one
// sentence while the capture goes on, and every long-lived thread carries its name.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "core/base/thread_name.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/engine/snapshot_sink.h"

using namespace flowscope;
using namespace std::chrono_literals;

namespace {

EngineConfig fileConfig(const std::string& name) {
    EngineConfig c;
    c.source = EngineConfig::Source::File;
    c.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + name;
    c.filePublishIntervalMs = 0;  // a snapshot per batch: many ticks for the sinks
    c.tickNs = 10'000'000;
    return c;
}

// Records what it got; optionally sleeps per tick, fails at a tick, or throws.
class RecordingSink : public SnapshotSink {
public:
    explicit RecordingSink(std::string name) : m_name(std::move(name)) {}
    std::string name() const override { return m_name; }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override {
        std::lock_guard lock(mutex);
        threadName = currentThreadName();
        if (!sequences.empty() && snapshot->sequence <= sequences.back()) {
            outOfOrder = true;
        }
        sequences.push_back(snapshot->sequence);
        flowsAdded += diff.added.size();
        sawFinal = sawFinal || snapshot->state == EngineState::Finished;
        if (failAt != 0 && sequences.size() == failAt) {
            if (throwInstead) {
                throw std::runtime_error("it threw on purpose.");
            }
            return makeError(ErrorCode::Io, "the disk is full.");
        }
        if (delay.count() > 0) {
            std::this_thread::sleep_for(delay);
        }
        if (gated) {
            // Hold the first tick until the engine has published its last one: the engine
            // can only get there if it never waits for this sink.
            std::unique_lock gateLock(gateMutex);
            gateTimedOut = !gateOpen.wait_for(gateLock, 30s, [&] { return opened; });
            gated = false;
        }
        return {};
    }
    void openGate() {
        std::lock_guard lock(gateMutex);
        opened = true;
        gateOpen.notify_all();
    }
    void finish() override { finished = true; }

    std::mutex mutex;
    std::vector<uint64_t> sequences;
    size_t flowsAdded = 0;
    bool outOfOrder = false;
    bool sawFinal = false;
    std::string threadName;
    std::chrono::milliseconds delay{0};
    size_t failAt = 0;  // fail at this tick (1-based); 0 = never
    bool throwInstead = false;
    bool gated = false;
    bool gateTimedOut = false;
    std::atomic<bool> finished{false};

private:
    std::string m_name;
    std::mutex gateMutex;
    std::condition_variable gateOpen;
    bool opened = false;
};

struct SinkRun {
    std::chrono::steady_clock::duration elapsed{};
    SnapshotPtr last;
    uint64_t snapshots = 0;
    size_t flowsAdded = 0;
};

SinkRun runWith(const std::vector<std::pair<std::shared_ptr<RecordingSink>, SinkOptions>>& sinks) {
    Engine engine(fileConfig("pcapplusplus-example2.pcap"));
    SinkRun run;
    engine.setTickCallback([&](const SnapshotPtr& snapshot, EngineDiff&& diff) {
        ++run.snapshots;
        run.flowsAdded += diff.added.size();
        if (snapshot->state == EngineState::Finished) {
            for (const auto& sink : sinks) {
                sink.first->openGate();
            }
        }
    });
    for (const auto& [sink, options] : sinks) {
        engine.addSink(sink, options);
    }
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(engine.start().ok());
    engine.wait();
    run.elapsed = std::chrono::steady_clock::now() - start;
    run.last = engine.latest();
    return run;
}

}  // namespace

TEST(SnapshotSinks, AHealthySinkGetsEveryTickInOrderOnItsOwnThread) {
    auto sink = std::make_shared<RecordingSink>("recorder");
    const SinkRun run = runWith({{sink, SinkOptions{100'000, 10s}}});
    EXPECT_TRUE(sink->finished);
    EXPECT_EQ(sink->sequences.size(), run.snapshots);  // nothing dropped
    EXPECT_FALSE(sink->outOfOrder);
    EXPECT_TRUE(sink->sawFinal);
    EXPECT_EQ(sink->flowsAdded, run.flowsAdded);  // the same diffs as the callback
    EXPECT_EQ(sink->threadName, "sink:recorder");
    EXPECT_TRUE(run.last->warning.empty()) << run.last->warning;
}

TEST(SnapshotSinks, ASlowSinkLosesTicksCountedAndDoesNotSlowTheEngine) {
    const SinkRun bare = runWith({});
    auto slow = std::make_shared<RecordingSink>("slow");
    slow->gated = true;  // stuck on its first tick until the engine has finished
    const SinkRun run = runWith({{slow, SinkOptions{2, 10s}}});
    ASSERT_GT(run.snapshots, 5u) << "the capture must give more ticks than the sink can hold";
    EXPECT_FALSE(slow->gateTimedOut) << "the engine waited for the sink";
    ASSERT_EQ(run.last->sinks.size(), 1u);
    const SinkCounters& c = run.last->sinks[0];
    EXPECT_EQ(c.name, "slow");
    EXPECT_GT(c.dropped, 0u);
    EXPECT_FALSE(c.detached);
    // Every tick was either consumed or counted as dropped. It got at most the one it was
    // stuck on, the `capacity` that waited and the final one, which is never dropped.
    EXPECT_LE(slow->sequences.size(), 1 + 2 + 1u);
    EXPECT_EQ(slow->sequences.size() + c.dropped, run.snapshots);
    EXPECT_TRUE(slow->sawFinal);
    EXPECT_EQ(run.last->totals.packets, 4709u);
    EXPECT_EQ(run.last->totals.packets, bare.last->totals.packets);
}

TEST(SnapshotSinks, AFailingSinkIsDetachedWithOneSentenceAndTheCaptureGoesOn) {
    auto failing = std::make_shared<RecordingSink>("export");
    failing->failAt = 3;
    auto healthy = std::make_shared<RecordingSink>("history");
    const SinkRun run = runWith({{failing, SinkOptions{100'000, 10s}}, {healthy, {100'000, 10s}}});
    EXPECT_EQ(failing->sequences.size(), 3u);  // nothing after the failure
    EXPECT_FALSE(failing->finished);           // a detached sink is not finished
    EXPECT_EQ(healthy->sequences.size(), run.snapshots);
    EXPECT_EQ(run.last->state, EngineState::Finished);
    EXPECT_EQ(run.last->totals.packets, 4709u);
    ASSERT_EQ(run.last->sinks.size(), 2u);
    EXPECT_TRUE(run.last->sinks[0].detached);
    EXPECT_EQ(run.last->sinks[0].error, "the disk is full.");
    EXPECT_FALSE(run.last->sinks[1].detached);
    EXPECT_EQ(run.last->warning, "The export sink stopped: the disk is full.");
}

TEST(SnapshotSinks, ASinkThatThrowsIsDetachedToo) {
    auto throwing = std::make_shared<RecordingSink>("notifier");
    throwing->failAt = 1;
    throwing->throwInstead = true;
    const SinkRun run = runWith({{throwing, SinkOptions{100'000, 10s}}});
    EXPECT_EQ(run.last->state, EngineState::Finished);
    ASSERT_EQ(run.last->sinks.size(), 1u);
    EXPECT_TRUE(run.last->sinks[0].detached);
    EXPECT_EQ(run.last->warning, "The notifier sink stopped: it threw on purpose.");
}

TEST(SnapshotSinks, AStuckSinkIsAbandonedAfterItsFinishTimeout) {
    auto stuck = std::make_shared<RecordingSink>("stuck");
    stuck->delay = 2s;
    const auto start = std::chrono::steady_clock::now();
    const SinkRun run = runWith({{stuck, SinkOptions{4, 200ms}}});
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
    EXPECT_EQ(run.last->totals.packets, 4709u);
}

namespace {

std::multiset<std::string> threadNames() {
    std::multiset<std::string> names;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
        std::ifstream comm(task.path() / "comm");
        std::string name;
        std::getline(comm, name);
        names.insert(name);
    }
    return names;
}

}  // namespace

// A live capture on lo shows its threads by name, as `top -H` would.
TEST(ThreadNames, EveryLongLivedThreadOfALiveCaptureHasAName) {
    EngineConfig c;
    c.source = EngineConfig::Source::Live;
    c.live.interface = "lo";
    Engine engine(c);
    engine.addSink(std::make_shared<RecordingSink>("recorder"));
    if (Status started = engine.start(); !started) {
        GTEST_SKIP() << "no live capture here: " << started.error().message;
    }
    std::multiset<std::string> names;
    for (int i = 0; i < 50; ++i) {  // the workers name themselves as they start
        names = threadNames();
        if (names.count("capture") && names.count("engine") && names.count("process") &&
            names.count("sink:recorder")) {
            break;
        }
        std::this_thread::sleep_for(20ms);
    }
    engine.stop();
    EXPECT_EQ(names.count("capture"), 1u);
    EXPECT_EQ(names.count("engine"), 1u);
    EXPECT_EQ(names.count("process"), 1u);
    EXPECT_EQ(names.count("sink:recorder"), 1u);
}

TEST(ThreadNames, LongNamesAreCutToWhatLinuxKeeps) {
    std::thread([] {
        setCurrentThreadName("sink:a-very-long-sink-name");
        EXPECT_EQ(currentThreadName(), "sink:a-very-lon");
    }).join();
}
