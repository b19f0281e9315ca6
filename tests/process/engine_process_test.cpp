// The engine with process identification, live on loopback in a private network namespace:
// flows get their application and pid, and an application's totals include the traffic its
// flows carried before the owner was known (the backend here hides owners for its first
// reads, as when a process is found late).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "core/engine/engine.h"
#include "core/process/linux/linux_backend.h"
#include "tests/process/process_test_util.h"

namespace flowscope {
namespace {

using test::SocketsProcess;
using test::tupleOf;
using test::words;

// The real backend, but the first `hide` tables come without owners.
class LateBackend final : public ProcessBackend {
public:
    LateBackend(std::unique_ptr<ProcessBackend> real, std::shared_ptr<std::atomic<int>> hide)
        : m_real(std::move(real)), m_hide(std::move(hide)) {}
    const char* name() const override { return m_real->name(); }
    Result<std::vector<SocketRecord>> readSockets() override {
        auto t = m_real->readSockets();
        if (t.ok() && m_hide->load() > 0) {
            m_hide->fetch_sub(1);
            for (auto& r : t.value()) {
                r.pids.clear();
            }
        }
        return t;
    }
    std::optional<ProcessInfo> describe(uint32_t pid) override { return m_real->describe(pid); }

private:
    std::unique_ptr<ProcessBackend> m_real;
    std::shared_ptr<std::atomic<int>> m_hide;
};

TEST(EngineProcesses, FlowsGetTheirOwnerAndEarlierTrafficIsReattributed) {
    if (std::string why = test::enterPrivateNetns(); !why.empty()) {
        GTEST_SKIP() << why;
    }
    auto hide = std::make_shared<std::atomic<int>>(3);
    EngineConfig config;
    config.source = EngineConfig::Source::Live;
    config.live.interface = "lo";
    config.tickNs = 200'000'000;
    config.processBackend = [hide] {
        return std::make_unique<LateBackend>(
            linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Netlink), hide);
    };
    Engine engine(config);
    std::vector<SnapshotPtr> snapshots;
    std::mutex mutex;
    engine.setTickCallback([&](const SnapshotPtr& s, EngineDiff&&) {
        std::lock_guard lock(mutex);
        snapshots.push_back(s);
    });
    const Status started = engine.start();
    if (!started && started.error().code == ErrorCode::PermissionDenied) {
        GTEST_SKIP() << started.error().message;
    }
    ASSERT_TRUE(started.ok()) << started.error().message;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));

    // A port below the ephemeral range: the client's side is the flow's local side.
    SocketsProcess server({"listen", "udp", "127.0.0.1", "7201", "wait"});
    const std::string port = words(server.expect("listen")).at(3);
    // 20 messages while the owner is hidden (the first refreshes), 20 once it is known.
    SocketsProcess client(
        {"connect", "udp", "127.0.0.1", port, "send", "20", "sleep", "1500", "send", "20", "wait"});
    const ConnectionTuple c = tupleOf(client.expect("connect"));
    ASSERT_FALSE(client.expect("sent", 5000).empty());
    ASSERT_FALSE(client.expect("sent", 5000).empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    engine.stop();
    EXPECT_LE(hide->load(), 0) << "the backend's first tables were not all read";

    const Flow* flow = nullptr;
    engine.table().forEach([&](const Flow& f) {
        if (f.key.protocol == 17 && f.local().port == c.local.port) {
            flow = &f;
        }
    });
    ASSERT_NE(flow, nullptr);
    EXPECT_EQ(flow->counters.packetsOut, 41u);  // the connect's byte + 40 messages
    EXPECT_EQ(flow->pid, client.pid());
    ASSERT_NE(flow->appId, 0u);
    ASSERT_NE(engine.flowPids(flow->id), nullptr);
    EXPECT_EQ(*engine.flowPids(flow->id), std::vector<uint32_t>{client.pid()});

    const SnapshotPtr last = engine.latest();
    ASSERT_TRUE(last->applications);
    ASSERT_GE(last->applications->size(), flow->appId);
    const Application& app = (*last->applications)[flow->appId - 1];
    EXPECT_EQ(app.name, "flowscope-test-sockets");
    const ApplicationStat* stat = nullptr;
    for (const auto& s : last->topApplications) {
        if (s.appId == flow->appId) {
            stat = &s;
        }
    }
    ASSERT_NE(stat, nullptr);
    // Every byte of the flow, including the first 20 messages counted while unknown.
    EXPECT_EQ(stat->counters.bytesOut, flow->counters.bytesOut);
    EXPECT_EQ(stat->counters.packetsOut, flow->counters.packetsOut);
    EXPECT_EQ(stat->connections, 1u);
    // The intervals add up to the totals from the snapshot where the owner was found on.
    uint64_t intervalBytes = 0;
    bool sawUnknownThenKnown = false;
    for (const auto& s : snapshots) {
        for (const auto& a : s->topApplications) {
            if (a.appId == flow->appId) {
                intervalBytes += a.interval.bytesOut;
                sawUnknownThenKnown = true;
            }
        }
    }
    EXPECT_TRUE(sawUnknownThenKnown);
    EXPECT_LT(intervalBytes, stat->counters.bytesOut + 1);
    EXPECT_GT(intervalBytes, 0u);
}

}  // namespace
}  // namespace flowscope
