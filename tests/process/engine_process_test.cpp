// The engine with process identification, live on loopback in a private network namespace:
// flows get their application and pid, and an application's totals include the traffic its
// flows carried before the owner was known (the backend here hides owners for its first
// reads, as when a process is found late); traffic between two other machines is nobody's
// here, even when a local listener uses its port.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <net/if.h>
#include <netpacket/packet.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/engine/process_enricher.h"
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
    // The snapshot path's late owners (socket events would name the owner at once).
    config.processSource = ProcessSource::Snapshot;
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

// An Ethernet frame with a TCP SYN from `from`:`sport` to `to`:`dport`, as loopback carries it.
std::vector<uint8_t> synFrame(const char* from, uint16_t sport, const char* to, uint16_t dport) {
    std::vector<uint8_t> f(14 + 20 + 20, 0);
    f[12] = 0x08;  // IPv4
    uint8_t* ip = f.data() + 14;
    ip[0] = 0x45;
    ip[3] = 40;    // total length
    ip[6] = 0x40;  // don't fragment
    ip[8] = 64;    // TTL
    ip[9] = 6;     // TCP
    inet_pton(AF_INET, from, ip + 12);
    inet_pton(AF_INET, to, ip + 16);
    uint32_t sum = 0;
    for (int i = 0; i < 20; i += 2) {
        sum += uint32_t(ip[i] << 8 | ip[i + 1]);
    }
    sum = (sum & 0xffff) + (sum >> 16);
    sum = (sum & 0xffff) + (sum >> 16);
    ip[10] = uint8_t(~sum >> 8);
    ip[11] = uint8_t(~sum);
    uint8_t* tcp = ip + 20;
    tcp[0] = uint8_t(sport >> 8);
    tcp[1] = uint8_t(sport);
    tcp[2] = uint8_t(dport >> 8);
    tcp[3] = uint8_t(dport);
    tcp[7] = 1;        // sequence number
    tcp[12] = 5 << 4;  // header length
    tcp[13] = 0x02;    // SYN
    tcp[14] = 0xff;    // window
    return f;
}

// Sends frames on lo through a packet socket; an empty string when done, else why not.
std::string sendOnLoopback(const std::vector<std::vector<uint8_t>>& frames) {
    const int fd = ::socket(AF_PACKET, SOCK_RAW, 0);
    if (fd < 0) {
        return std::string("packet socket: ") + std::strerror(errno);
    }
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_ifindex = int(if_nametoindex("lo"));
    to.sll_halen = 6;
    std::string why;
    for (const auto& frame : frames) {
        if (::sendto(fd, frame.data(), frame.size(), 0, reinterpret_cast<sockaddr*>(&to),
                     sizeof to) != ssize_t(frame.size())) {
            why = std::string("sendto: ") + std::strerror(errno);
            break;
        }
    }
    ::close(fd);
    return why;
}

TEST(EngineProcesses, TrafficBetweenTwoOtherMachinesHasNoOwnerHere) {
    if (std::string why = test::enterPrivateNetns(); !why.empty()) {
        GTEST_SKIP() << why;
    }
    EngineConfig config;
    config.source = EngineConfig::Source::Live;
    config.live.interface = "lo";
    config.tickNs = 200'000'000;
    Engine engine(config);
    const Status started = engine.start();
    if (!started && started.error().code == ErrorCode::PermissionDenied) {
        GTEST_SKIP() << started.error().message;
    }
    ASSERT_TRUE(started.ok()) << started.error().message;
    // A listener on every address; the port is the higher one, so it is the "local" end of
    // both flows below.
    SocketsProcess server({"listen", "tcp", "0.0.0.0", "47301", "accept", "wait"});
    ASSERT_FALSE(server.expect("listen").empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    // 10.9.9.9 -> 10.8.8.8: seen on the wire, neither address is this machine's.
    const std::string why = sendOnLoopback({synFrame("10.9.9.9", 7000, "10.8.8.8", 47301),
                                            synFrame("10.9.9.9", 7000, "10.8.8.8", 47301)});
    if (!why.empty()) {
        engine.stop();
        GTEST_SKIP() << "cannot send a raw frame on lo (" << why << ")";
    }
    // A real connection to the same listener, as the control.
    SocketsProcess client({"connect", "tcp", "127.0.0.1", "47301", "wait"});
    const ConnectionTuple c = tupleOf(client.expect("connect"));
    ASSERT_FALSE(server.expect("accept").empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    engine.stop();

    const Flow* foreign = nullptr;
    const Flow* real = nullptr;
    engine.table().forEach([&](const Flow& f) {
        if (f.key.protocol != 6) {
            return;
        }
        if (f.local().address == *IpAddress::parse("10.8.8.8")) {
            foreign = &f;
        } else if (f.local().port == c.local.port || f.remote().port == c.local.port) {
            real = &f;
        }
    });
    ASSERT_NE(foreign, nullptr) << "the injected SYN was not captured";
    EXPECT_EQ(foreign->local().port, 47301);
    EXPECT_EQ(foreign->appId, 0u);
    EXPECT_EQ(foreign->pid, 0u);
    ASSERT_NE(real, nullptr);
    EXPECT_NE(real->appId, 0u);
    // On loopback both ends are this machine's: the local end's owner, or the other end's
    // when the local socket has none yet (an accepted connection the server has not taken
    // from its queue).
    EXPECT_TRUE(real->pid == server.pid() || real->pid == client.pid()) << real->pid;
}

// Events the kernel dropped for want of room are said once (the sentence does not change with
// the count, so the window and the CLI do not repeat it), with what to do.
TEST(ProcessEnricherTest, LostSocketEventsGiveOneWarningWithTheRemedy) {
    struct Lossy final : SocketEventSource {
        const char* name() const override { return "test"; }
        void start(Sink) override {}
        void stop() override {}
        SocketEventStats stats() const override { return {100, lost, 4096}; }
        uint64_t lost = 0;
    };
    auto source = std::make_unique<Lossy>();
    Lossy* lossy = source.get();
    ProcessEnricher enricher(linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Netlink),
                             {}, "lo");
    enricher.useSocketEvents({std::move(source), verbatim("on"), SocketEventsStatus::On}, false,
                             false);
    EXPECT_EQ(enricher.warning(), "");
    lossy->lost = 3;
    const std::string warning = enricher.warning();
    EXPECT_NE(warning.find("event buffer was full"), std::string::npos) << warning;
    EXPECT_NE(warning.find("--event-buffer"), std::string::npos) << warning;
    lossy->lost = 70;
    EXPECT_EQ(enricher.warning(), warning);
}

}  // namespace
}  // namespace flowscope
