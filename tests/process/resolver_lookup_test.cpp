// The resolver with a backend that looks sockets up one by one (as Linux sock_diag does): new
// connections are looked up at once after the first whole-table read, the whole table is read
// again only periodically while connections are tracked or for large bursts, and a backend
// whose lookups fail or that has none falls back to whole tables.
#include <gtest/gtest.h>

#include "core/process/process_resolver.h"
#include "tests/process/fake_backend.h"

namespace flowscope {
namespace {

using namespace std::chrono_literals;
using test::addr;
using test::proc;
using test::sock;

constexpr int64_t kMs = 1'000'000;

class LookupResolverTest : public ::testing::Test {
protected:
    LookupResolverTest() : state(std::make_shared<test::FakeState>()) {
        state->lookups = true;
        ProcessResolverConfig config = test::testConfig(clock, 4);
        config.fullRefreshInterval = 5s;
        config.maxLookupBatch = 16;
        resolver =
            std::make_unique<ProcessResolver>(std::make_unique<test::FakeBackend>(state), config);
        state->processes[100] = proc(100, "/usr/bin/curl", "curl");
        state->processes[300] = proc(300, "/usr/bin/python3", "python3");
        state->processes[200] = proc(200, "/usr/sbin/nginx", "nginx", 33);
    }
    void setTable(std::vector<SocketRecord> t) {
        std::lock_guard lock(state->mutex);
        state->table = std::move(t);
    }
    static ConnectionTuple client(uint16_t port) {
        return ConnectionTuple{6, addr("10.0.0.1", port), addr("93.184.216.34", 443)};
    }
    static SocketRecord clientSocket(uint16_t port, uint32_t pid) {
        return sock(6, addr("10.0.0.1", port), addr("93.184.216.34", 443), SocketState::Established,
                    {pid});
    }
    // The first track reads the whole table (the cold read).
    void warmUp() {
        setTable({clientSocket(1, 100)});
        resolver->track(1, client(1));
        ASSERT_EQ(resolver->runDue(), 0);
        ASSERT_EQ(state->reads, 1);
        ASSERT_EQ(resolver->takeAttributions().size(), 1u);
    }

    int64_t clock = 1'000 * kMs;
    std::shared_ptr<test::FakeState> state;
    std::unique_ptr<ProcessResolver> resolver;
};

TEST_F(LookupResolverTest, NewConnectionsAreLookedUpOneByOneAtOnce) {
    warmUp();
    setTable({clientSocket(1, 100), clientSocket(2, 100), clientSocket(3, 300)});
    clock += 1 * kMs;  // well inside minRefreshInterval: lookups do not wait for it
    resolver->track(2, client(2));
    resolver->track(3, client(3));
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(state->reads, 1);  // no second whole-table read
    EXPECT_EQ(state->lookupCalls, 1);
    EXPECT_EQ(state->lookedUp, 2u);
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 2u);
    std::sort(got.begin(), got.end(), [](const Attribution& a, const Attribution& b) {
        return a.connectionId < b.connectionId;
    });
    EXPECT_EQ(got[0].pid, 100u);
    EXPECT_EQ(got[1].pid, 300u);
    EXPECT_EQ(got[1].match, MatchKind::Exact);
    const auto stats = resolver->stats();
    EXPECT_EQ(stats.refreshes, 1u);
    EXPECT_EQ(stats.lookupRounds, 1u);
    EXPECT_EQ(stats.lookedUp, 2u);
    // The application found by a lookup lists its pid, and lookups serve the cache.
    const auto apps = resolver->applications();
    EXPECT_EQ((*apps)[got[1].applicationId - 1].path, "/usr/bin/python3");
    EXPECT_EQ((*apps)[got[1].applicationId - 1].pids, (std::vector<uint32_t>{300}));
    ASSERT_TRUE(resolver->lookup(client(3)));
    EXPECT_EQ(resolver->lookup(client(3))->pid, 300u);
    // Nothing else pending: the worker sleeps until the periodic whole-table read is due.
    EXPECT_EQ(resolver->runDue(), 5'000 * kMs - 1 * kMs);
}

TEST_F(LookupResolverTest, AConnectionWhoseSocketIsGoneFallsBackToTheListener) {
    warmUp();
    setTable({clientSocket(1, 100),
              sock(6, addr("0.0.0.0", 80), addr("0.0.0.0", 0), SocketState::Listen, {200}, 33)});
    resolver->track(9, ConnectionTuple{6, addr("10.0.0.1", 80), addr("1.2.3.4", 5000)});
    resolver->runDue();
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 200u);
    EXPECT_EQ(got[0].match, MatchKind::LocalPort);
}

TEST_F(LookupResolverTest, BothEndsOfALoopbackConnectionCanTellItsOwner) {
    warmUp();
    const SocketAddress clientEnd = addr("127.0.0.1", 40000), serverEnd = addr("127.0.0.1", 8080);
    // The client's socket is already gone; the server's accepted socket is still open.
    setTable({sock(6, serverEnd, clientEnd, SocketState::Established, {200}, 33),
              sock(6, serverEnd, addr("0.0.0.0", 0), SocketState::Listen, {200}, 33)});
    resolver->track(5, ConnectionTuple{6, clientEnd, serverEnd, true});
    resolver->runDue();
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 200u);
    EXPECT_EQ(got[0].match, MatchKind::Exact);
    // Without peerIsLocal the other end is not asked.
    resolver->track(6, ConnectionTuple{6, addr("127.0.0.1", 40001), serverEnd, false});
    resolver->runDue();
    EXPECT_TRUE(resolver->takeAttributions().empty());
}

TEST_F(LookupResolverTest, UnfoundConnectionsAreRetriedByLookupThenGivenUp) {
    warmUp();
    resolver->track(7, client(7));
    EXPECT_EQ(resolver->runDue(), 0);
    int64_t wait = resolver->runDue();
    EXPECT_EQ(wait, 50 * kMs);  // first retry
    clock += wait;
    setTable({clientSocket(1, 100), clientSocket(7, 300)});
    EXPECT_EQ(resolver->runDue(), 0);
    auto got = resolver->takeAttributions();
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].pid, 300u);
    EXPECT_EQ(state->reads, 1);
    EXPECT_EQ(state->lookupCalls, 2);

    resolver->track(8, client(8));
    for (int i = 0; i < 10 && resolver->stats().pending > 0; ++i) {
        const int64_t w = resolver->runDue();
        clock += std::max<int64_t>(w, 0);
    }
    EXPECT_EQ(resolver->stats().givenUp, 1u);
}

TEST_F(LookupResolverTest, TheWholeTableIsReadPeriodicallyWhileConnectionsAreTracked) {
    warmUp();
    // Socket 1 closes; lookups alone would never notice.
    setTable({clientSocket(2, 100)});
    clock += 1'000 * kMs;
    resolver->track(2, client(2));
    resolver->runDue();
    EXPECT_EQ(state->reads, 1);
    EXPECT_FALSE(resolver->lookup(client(1))->closed);
    clock += 4'000 * kMs;  // 5 s after the cold read
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(state->reads, 2);
    EXPECT_TRUE(resolver->lookup(client(1))->closed);
    // No tracking since: no further whole-table reads.
    clock += 10'000 * kMs;
    EXPECT_EQ(resolver->runDue(), -1);
    EXPECT_EQ(state->reads, 2);
}

TEST_F(LookupResolverTest, ALargeBurstReadsTheWholeTableInstead) {
    warmUp();
    std::vector<SocketRecord> table;
    for (uint16_t p = 100; p < 140; ++p) {
        table.push_back(clientSocket(p, 100));
    }
    setTable(table);
    clock += 20 * kMs;
    for (uint16_t p = 100; p < 140; ++p) {  // 40 > maxLookupBatch (16)
        resolver->track(p, client(p));
    }
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(state->reads, 2);
    EXPECT_EQ(state->lookupCalls, 0);
    EXPECT_EQ(resolver->takeAttributions().size(), 40u);
}

TEST_F(LookupResolverTest, AFailedLookupFallsBackToTheWholeTable) {
    warmUp();
    state->lookupFails = true;
    setTable({clientSocket(1, 100), clientSocket(2, 300)});
    clock += 20 * kMs;
    resolver->track(2, client(2));
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(state->lookupCalls, 1);
    EXPECT_EQ(state->reads, 2);
    ASSERT_EQ(resolver->takeAttributions().size(), 1u);
    // A transient failure: lookups are tried again next time.
    state->lookupFails = false;
    setTable({clientSocket(1, 100), clientSocket(2, 300), clientSocket(3, 300)});
    clock += 20 * kMs;
    resolver->track(3, client(3));
    resolver->runDue();
    EXPECT_EQ(state->lookupCalls, 2);
    EXPECT_EQ(state->reads, 2);
    EXPECT_EQ(resolver->takeAttributions().size(), 1u);
}

TEST_F(LookupResolverTest, ABackendWithoutLookupsReadsWholeTables) {
    state->lookups = false;
    warmUp();
    setTable({clientSocket(1, 100), clientSocket(2, 300)});
    clock += 20 * kMs;
    resolver->track(2, client(2));
    EXPECT_EQ(resolver->runDue(), 0);
    EXPECT_EQ(state->reads, 2);
    EXPECT_EQ(resolver->stats().lookupRounds, 0u);
    EXPECT_EQ(resolver->takeAttributions().size(), 1u);
}

}  // namespace
}  // namespace flowscope
