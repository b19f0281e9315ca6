// The resolver with a scripted backend and an injected clock: coalesced refreshes, retries
// with backoff, giving up, the grace period, applications by path, hidden owners.
#include <gtest/gtest.h>

#include <thread>

#include "core/process/process_resolver.h"
#include "tests/process/fake_backend.h"

namespace flowscope {
namespace {

using namespace std::chrono_literals;
using test::addr;
using test::proc;
using test::sock;

constexpr int64_t kMs = 1'000'000;

class ResolverTest : public ::testing::Test {
protected:
    ResolverTest() : state(std::make_shared<test::FakeState>()) {
        resolver = std::make_unique<ProcessResolver>(std::make_unique<test::FakeBackend>(state),
                                                     test::testConfig(clock, 6));
        state->processes[100] = proc(100, "/usr/bin/curl", "curl");
        state->processes[101] = proc(101, "/usr/bin/curl", "curl");
        state->processes[200] = proc(200, "/usr/sbin/nginx", "nginx", 33);
    }
    void setTable(std::vector<SocketRecord> t) {
        std::lock_guard lock(state->mutex);
        state->table = std::move(t);
    }
    int reads() {
        std::lock_guard lock(state->mutex);
        return state->reads;
    }
    static ConnectionTuple client(uint16_t port) {
        return ConnectionTuple{6, addr("10.0.0.1", port), addr("93.184.216.34", 443)};
    }
    static SocketRecord clientSocket(uint16_t port, uint32_t pid) {
        return sock(6, addr("10.0.0.1", port), addr("93.184.216.34", 443), SocketState::Established,
                    {pid});
    }

    int64_t clock = 1'000 * kMs;
    std::shared_ptr<test::FakeState> state;
    std::unique_ptr<ProcessResolver> resolver;
};

TEST_F(ResolverTest, ABurstOfNewConnectionsCostsOneRefresh) {
    std::vector<SocketRecord> table;
    for (uint16_t p = 1; p <= 100; ++p) {
        table.push_back(clientSocket(p, 100));
    }
    setTable(table);
    EXPECT_EQ(resolver->runDue(), -1);  // nothing to do
    for (uint16_t p = 1; p <= 100; ++p) {
        resolver->track(p, client(p));
    }
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(reads(), 1);
    const auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 100u);
    for (const auto& a : got) {
        EXPECT_EQ(a.pid, 100u);
        EXPECT_EQ(a.applicationId, 1u);
        EXPECT_EQ(a.match, MatchKind::Exact);
    }
    EXPECT_TRUE(resolver->takeAttributions().empty());  // each at most once

    // New connections right after a refresh wait for the minimum interval, then share one.
    setTable({clientSocket(500, 101), clientSocket(501, 101)});
    resolver->track(500, client(500));
    resolver->track(501, client(501));
    EXPECT_EQ(resolver->runDue(), 10 * kMs);
    EXPECT_EQ(reads(), 1);
    clock += 10 * kMs;
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(reads(), 2);
    EXPECT_EQ(resolver->takeAttributions().size(), 2u);
    EXPECT_EQ(resolver->runDue(), -1);
}

TEST_F(ResolverTest, AnUnknownOwnerIsRetriedWithBackoffThenGivenUp) {
    resolver->track(1, client(1));
    std::vector<int64_t> waits;
    for (int i = 0; i < 20; ++i) {
        const int64_t w = resolver->runDue();
        if (w < 0) {
            break;
        }
        if (w > 0) {
            waits.push_back(w / kMs);
            clock += w;
        }
    }
    // 50, 100, 200, 400 (the cap), 400 ms after the 1st..5th failed refresh; the 6th gives up.
    EXPECT_EQ(waits, (std::vector<int64_t>{50, 100, 200, 400, 400}));
    EXPECT_EQ(reads(), 6);
    EXPECT_EQ(resolver->stats().givenUp, 1u);
    EXPECT_EQ(resolver->stats().pending, 0u);
    EXPECT_TRUE(resolver->takeAttributions().empty());
}

TEST_F(ResolverTest, AnOwnerFoundOnARetryIsAttributedThen) {
    resolver->track(1, client(1));
    resolver->runDue();
    EXPECT_TRUE(resolver->takeAttributions().empty());
    setTable({clientSocket(1, 101)});
    clock += resolver->runDue();  // waits 50 ms
    resolver->runDue();
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 101u);
}

TEST_F(ResolverTest, UntrackedConnectionsAreNotRetried) {
    resolver->track(1, client(1));
    resolver->runDue();
    resolver->untrack(1);
    EXPECT_EQ(resolver->runDue(), -1);
    EXPECT_EQ(resolver->stats().pending, 0u);
}

TEST_F(ResolverTest, AShortConnectionSeenOnceIsAttributedAfterItClosed) {
    setTable({clientSocket(7, 100)});
    ASSERT_TRUE(resolver->refreshNow().ok());  // a refresh for someone else saw it
    setTable({});
    clock += 20 * kMs;
    ASSERT_TRUE(resolver->refreshNow().ok());  // gone
    resolver->track(7, client(7));             // the engine only now sees its packets
    clock += 20 * kMs;
    resolver->runDue();
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 100u);
    auto owner = resolver->lookup(client(7));
    ASSERT_TRUE(owner);
    EXPECT_TRUE(owner->closed);
    clock += 5'000 * kMs;  // past the grace period
    ASSERT_TRUE(resolver->refreshNow().ok());
    EXPECT_FALSE(resolver->lookup(client(7)));
}

// Seen live under load: a loopback connection tracked while the table was being read was
// matched to the other end's listener, because its own socket was not in that table yet.
TEST_F(ResolverTest, AConnectionTrackedDuringARefreshWaitsForItsOwnSocket) {
    const SocketAddress server = addr("127.0.0.1", 8080), peer = addr("127.0.0.1", 40000);
    setTable({sock(6, server, addr("0.0.0.0", 0), SocketState::Listen, {200}, 33),
              clientSocket(1, 100)});
    state->duringRead = [&] {
        clock += 1 * kMs;
        resolver->track(2, ConnectionTuple{6, peer, server, true});
    };
    resolver->track(1, client(1));
    EXPECT_EQ(resolver->runDue(), 0);
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);  // only the connection tracked before the read
    EXPECT_EQ(got[0].connectionId, 1u);
    EXPECT_EQ(resolver->stats().pending, 1u);
    // Its own socket, in the next table, wins over the server's listener.
    setTable({sock(6, server, addr("0.0.0.0", 0), SocketState::Listen, {200}, 33),
              clientSocket(1, 100), sock(6, peer, server, SocketState::Established, {101})});
    clock += 10 * kMs;
    EXPECT_EQ(resolver->runDue(), 0);
    got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 101u);
    EXPECT_EQ(got[0].match, MatchKind::Exact);
}

TEST_F(ResolverTest, ProgramsAreApplicationsByPathWithAllTheirPids) {
    setTable({clientSocket(1, 100), clientSocket(2, 101),
              sock(6, addr("0.0.0.0", 80), addr("0.0.0.0", 0), SocketState::Listen, {200}, 33)});
    ASSERT_TRUE(resolver->refreshNow().ok());
    auto apps = resolver->applications();
    ASSERT_EQ(apps->size(), 2u);
    const Application& curl = (*apps)[resolver->lookup(client(1))->applicationId - 1];
    EXPECT_EQ(curl.path, "/usr/bin/curl");
    EXPECT_EQ(curl.name, "curl");
    EXPECT_EQ(curl.pids, (std::vector<uint32_t>{100, 101}));
    EXPECT_EQ(resolver->lookup(client(2))->applicationId, curl.id);
    auto nginx = resolver->lookup(ConnectionTuple{6, addr("10.0.0.1", 80), addr("1.1.1.1", 9)});
    ASSERT_TRUE(nginx);
    EXPECT_EQ((*apps)[nginx->applicationId - 1].user, "user33");
    EXPECT_EQ((*apps)[nginx->applicationId - 1].uid, 33u);
    EXPECT_EQ(nginx->match, MatchKind::LocalPort);

    // Copy-on-write: the same pointer while nothing changes; each pid described once.
    const int describes = state->describes;
    ASSERT_TRUE(resolver->refreshNow().ok());
    EXPECT_EQ(resolver->applications(), apps);
    EXPECT_EQ(state->describes, describes);
    setTable({clientSocket(1, 100)});  // 101 closed its socket
    ASSERT_TRUE(resolver->refreshNow().ok());
    EXPECT_NE(resolver->applications(), apps);
    EXPECT_EQ((*resolver->applications())[curl.id - 1].pids, (std::vector<uint32_t>{100}));
}

// Where the backend identifies processes cheaply (path and uid), a second process of a known
// program is not described: one describe per program, and the application is the same as
// with describes only (name and command line of the first process).
TEST_F(ResolverTest, AProcessOfAKnownProgramIsIdentifiedWithoutBeingDescribed) {
    state->identifies = true;
    state->processes[102] = proc(102, "/usr/bin/curl", "curl", 33);  // curl, another user
    setTable({clientSocket(1, 100), clientSocket(2, 101), clientSocket(3, 102)});
    ASSERT_TRUE(resolver->refreshNow().ok());
    EXPECT_EQ(state->describes, 2);  // 100 (curl of uid 1000) and 102 (curl of uid 33)
    EXPECT_EQ(state->identified, 3);
    auto apps = resolver->applications();
    ASSERT_EQ(apps->size(), 2u);
    const Application& curl = (*apps)[resolver->lookup(client(1))->applicationId - 1];
    EXPECT_EQ(resolver->lookup(client(2))->applicationId, curl.id);
    EXPECT_EQ(curl.pids, (std::vector<uint32_t>{100, 101}));
    EXPECT_EQ(curl.uid, 1000u);
    const Application& other = (*apps)[resolver->lookup(client(3))->applicationId - 1];
    EXPECT_NE(other.id, curl.id);
    EXPECT_EQ(other.uid, 33u);
    EXPECT_EQ(other.path, "/usr/bin/curl");
}

// A process whose executable cannot be read is told apart by its name: identify() does not
// decide it, describe() does.
TEST_F(ResolverTest, AProcessWithoutAReadableExecutableIsStillDescribed) {
    state->identifies = true;
    state->processes[100] = proc(100, "", "curl");
    state->processes[101] = proc(101, "", "wget");
    setTable({clientSocket(1, 100), clientSocket(2, 101)});
    ASSERT_TRUE(resolver->refreshNow().ok());
    EXPECT_EQ(state->describes, 2);
    auto apps = resolver->applications();
    ASSERT_EQ(apps->size(), 2u);
    EXPECT_EQ((*apps)[resolver->lookup(client(1))->applicationId - 1].name, "curl");
    EXPECT_EQ((*apps)[resolver->lookup(client(2))->applicationId - 1].name, "wget");
}

TEST_F(ResolverTest, HiddenOwnersAreOneApplicationPerUser) {
    SocketRecord hidden =
        sock(6, addr("10.0.0.1", 22), addr("10.0.0.7", 5555), SocketState::Established, {}, 0);
    hidden.ownerHidden = true;
    setTable({hidden});
    resolver->track(1, ConnectionTuple{6, addr("10.0.0.1", 22), addr("10.0.0.7", 5555)});
    resolver->runDue();
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 0u);
    const Application& app = (*resolver->applications())[got[0].applicationId - 1];
    EXPECT_TRUE(app.ownerHidden);
    EXPECT_EQ(app.uid, 0u);
    EXPECT_EQ(app.user, userNameForUid(0));
    EXPECT_TRUE(app.path.empty());
    EXPECT_TRUE(app.pids.empty());
}

TEST_F(ResolverTest, AFailingTableIsReportedAndRetried) {
    state->fail = true;
    resolver->track(1, client(1));
    EXPECT_EQ(resolver->runDue(), 0);
    auto stats = resolver->stats();
    EXPECT_EQ(stats.failedRefreshes, 1u);
    EXPECT_EQ(english(stats.lastError), "The fake table is unavailable.");
    EXPECT_FALSE(resolver->refreshNow().ok());
    state->fail = false;
    setTable({clientSocket(1, 100)});
    clock += resolver->runDue();
    resolver->runDue();
    EXPECT_EQ(resolver->takeAttributions().size(), 1u);
    EXPECT_TRUE(resolver->stats().lastError.empty());
}

TEST(ResolverThread, TheWorkerResolvesTrackedConnectionsOnItsOwn) {
    auto state = std::make_shared<test::FakeState>();
    state->processes[100] = proc(100, "/usr/bin/curl", "curl");
    state->table = {
        sock(17, addr("10.0.0.1", 5353), addr("0.0.0.0", 0), SocketState::Unconnected, {100})};
    ProcessResolver resolver(std::make_unique<test::FakeBackend>(state));
    resolver.start();
    resolver.track(9, ConnectionTuple{17, addr("10.0.0.1", 5353), addr("224.0.0.251", 5353)});
    std::vector<Attribution> got;
    for (int i = 0; i < 500 && got.empty(); ++i) {
        got = resolver.takeAttributions();
        std::this_thread::sleep_for(2ms);
    }
    resolver.stop();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].connectionId, 9u);
    EXPECT_EQ(got[0].match, MatchKind::LocalAddress);
}

}  // namespace
}  // namespace flowscope
