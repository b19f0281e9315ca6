// The matcher: exact 5-tuple, then local address + port for listeners and unconnected UDP,
// then local port; IPv4-mapped addresses; SO_REUSEPORT groups; the grace period; partial
// updates; both ends of a connection whose peer is local.
#include <gtest/gtest.h>

#include "core/process/socket_index.h"
#include "tests/process/fake_backend.h"

namespace flowscope {
namespace {

using test::addr;
using test::sock;

constexpr int64_t kGrace = 10'000'000'000;

// Application id = lowest pid + 100 (or 7 for a hidden owner), to see which socket matched.
uint32_t appOf(const SocketRecord& r) {
    return r.pids.empty() ? (r.ownerHidden ? 7 : 0) : r.pids.front() + 100;
}

ConnectionTuple conn(uint8_t proto, SocketAddress local, SocketAddress remote) {
    return ConnectionTuple{proto, local, remote};
}

TEST(SocketIndex, MatchesByExactTupleThenLocalAddressThenLocalPort) {
    SocketIndex index(kGrace);
    std::vector<SocketRecord> table = {
        sock(6, addr("10.0.0.1", 443), addr("0.0.0.0", 0), SocketState::Listen, {1}),
        sock(6, addr("10.0.0.1", 443), addr("1.2.3.4", 5000), SocketState::Established, {2}),
        sock(6, addr("0.0.0.0", 22), addr("0.0.0.0", 0), SocketState::Listen, {3}),
        sock(17, addr("0.0.0.0", 53), addr("0.0.0.0", 0), SocketState::Unconnected, {4}),
        sock(17, addr("127.0.0.1", 53), addr("0.0.0.0", 0), SocketState::Unconnected, {5}),
    };
    EXPECT_TRUE(index.update(table, 0, appOf));

    auto m = index.lookup(conn(6, addr("10.0.0.1", 443), addr("1.2.3.4", 5000)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->match, MatchKind::Exact);
    EXPECT_EQ(m->pid, 2u);
    EXPECT_EQ(m->applicationId, 102u);

    m = index.lookup(conn(6, addr("10.0.0.1", 443), addr("1.2.3.4", 5001)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->match, MatchKind::LocalAddress);
    EXPECT_EQ(m->pid, 1u);

    m = index.lookup(conn(6, addr("10.0.0.9", 22), addr("1.2.3.4", 5001)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->match, MatchKind::LocalPort);  // wildcard listener
    EXPECT_EQ(m->pid, 3u);

    m = index.lookup(conn(17, addr("127.0.0.1", 53), addr("127.0.0.1", 999)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->match, MatchKind::LocalAddress);
    EXPECT_EQ(m->pid, 5u);

    // Protocols do not mix, and an unknown port matches nothing.
    EXPECT_FALSE(index.lookup(conn(17, addr("10.0.0.1", 443), addr("1.2.3.4", 5000)), 0));
    EXPECT_FALSE(index.lookup(conn(6, addr("10.0.0.1", 8443), addr("1.2.3.4", 5000)), 0));
    // A connected socket is not a port-wide fallback: only listeners and unconnected UDP.
    EXPECT_FALSE(index.lookup(conn(6, addr("10.0.0.2", 5000), addr("1.2.3.4", 443)), 0));
}

TEST(SocketIndex, Ipv4MappedAddressesOfDualStackSocketsMatchIpv4Flows) {
    SocketIndex index(kGrace);
    index.update({sock(6, addr("::ffff:127.0.0.1", 8080), addr("::ffff:127.0.0.1", 40000),
                       SocketState::Established, {9}),
                  sock(6, addr("::", 8080), addr("::", 0), SocketState::Listen, {9})},
                 0, appOf);
    auto m = index.lookup(conn(6, addr("127.0.0.1", 8080), addr("127.0.0.1", 40000)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->match, MatchKind::Exact);
    m = index.lookup(conn(6, addr("127.0.0.1", 8080), addr("127.0.0.1", 40001)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->match, MatchKind::LocalPort);  // the dual-stack wildcard listener
}

TEST(SocketIndex, ReusePortGroupsAndForkedHoldersListEveryPid) {
    SocketIndex index(kGrace);
    index.update(
        {sock(17, addr("127.0.0.1", 5353), addr("0.0.0.0", 0), SocketState::Unconnected, {30}),
         sock(17, addr("127.0.0.1", 5353), addr("0.0.0.0", 0), SocketState::Unconnected, {20, 40})},
        0, appOf);
    auto m = index.lookup(conn(17, addr("127.0.0.1", 5353), addr("127.0.0.1", 1)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(*m->pids, (std::vector<uint32_t>{20, 30, 40}));
    EXPECT_EQ(m->pid, 20u);
    EXPECT_EQ(m->applicationId, 120u);
}

TEST(SocketIndex, ClosedSocketsKeepTheirOwnerForTheGracePeriod) {
    SocketIndex index(kGrace);
    const auto local = addr("127.0.0.1", 40000), remote = addr("127.0.0.1", 80);
    index.update({sock(6, local, remote, SocketState::Established, {5})}, 0, appOf);
    EXPECT_TRUE(index.update({}, 1'000, appOf));  // closed
    auto m = index.lookup(conn(6, local, remote), 2'000);
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->closed);
    EXPECT_EQ(m->pid, 5u);
    EXPECT_TRUE(index.lookup(conn(6, local, remote), 1'000 + kGrace));
    EXPECT_FALSE(index.lookup(conn(6, local, remote), 1'001 + kGrace));
    index.update({}, 1'001 + kGrace, appOf);
    EXPECT_EQ(index.size(), 0u);
}

TEST(SocketIndex, AnOpenListenerWinsOverAClosedOneOnTheSamePort) {
    SocketIndex index(kGrace);
    const auto l = addr("127.0.0.1", 7000), any = addr("0.0.0.0", 0);
    index.update({sock(6, l, any, SocketState::Listen, {1})}, 0, appOf);
    index.update({}, 10, appOf);  // the old server exited
    auto m = index.lookup(conn(6, l, addr("127.0.0.1", 5)), 20);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->pid, 1u);
    EXPECT_TRUE(m->closed);
    index.update({sock(6, l, any, SocketState::Listen, {2})}, 30, appOf);  // replaced
    m = index.lookup(conn(6, l, addr("127.0.0.1", 5)), 40);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->pid, 2u);
    EXPECT_FALSE(m->closed);
}

TEST(SocketIndex, SocketsWithoutOwnersAreLeftOutButHiddenOwnersAreKept) {
    SocketIndex index(kGrace);
    SocketRecord timeWait =
        sock(6, addr("127.0.0.1", 1), addr("127.0.0.1", 2), SocketState::TimeWait, {});
    SocketRecord hidden =
        sock(6, addr("127.0.0.1", 3), addr("127.0.0.1", 4), SocketState::Established, {}, 33);
    hidden.ownerHidden = true;
    index.update({timeWait, hidden}, 0, appOf);
    EXPECT_FALSE(index.lookup(conn(6, addr("127.0.0.1", 1), addr("127.0.0.1", 2)), 0));
    auto m = index.lookup(conn(6, addr("127.0.0.1", 3), addr("127.0.0.1", 4)), 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->applicationId, 7u);
    EXPECT_EQ(m->pid, 0u);
}

TEST(SocketIndex, AnUnchangedTableReportsNoChange) {
    SocketIndex index(kGrace);
    const std::vector<SocketRecord> table = {
        sock(6, addr("127.0.0.1", 1), addr("127.0.0.1", 2), SocketState::Established, {1})};
    EXPECT_TRUE(index.update(table, 0, appOf));
    EXPECT_FALSE(index.update(table, 1, appOf));
    auto moved = table;
    moved[0].pids = {1, 2};  // a fork
    EXPECT_TRUE(index.update(moved, 2, appOf));
}

TEST(SocketIndex, APartialUpdateAddsSocketsAndClosesNothing) {
    SocketIndex index(kGrace);
    const SocketRecord a =
        sock(6, addr("127.0.0.1", 1), addr("127.0.0.1", 2), SocketState::Established, {1});
    const SocketRecord b =
        sock(6, addr("127.0.0.1", 3), addr("127.0.0.1", 4), SocketState::Established, {2});
    index.update({a}, 0, appOf);
    EXPECT_TRUE(index.upsert({b}, appOf));
    EXPECT_FALSE(index.upsert({b}, appOf));  // the same again: no change
    auto ma = index.lookup(conn(6, a.local, a.remote), 1);
    ASSERT_TRUE(ma);
    EXPECT_FALSE(ma->closed);
    EXPECT_EQ(index.lookup(conn(6, b.local, b.remote), 1)->pid, 2u);
    // The next whole table decides what closed.
    index.update({b}, 2, appOf);
    EXPECT_TRUE(index.lookup(conn(6, a.local, a.remote), 2)->closed);
    EXPECT_FALSE(index.lookup(conn(6, b.local, b.remote), 2)->closed);
}

TEST(SocketIndex, AConnectionWithALocalPeerMatchesEitherEndsSocket) {
    SocketIndex index(kGrace);
    const SocketAddress client = addr("127.0.0.1", 40000), server = addr("127.0.0.1", 8080);
    index.update({sock(6, server, addr("0.0.0.0", 0), SocketState::Listen, {5}),
                  sock(6, server, client, SocketState::Established, {5})},
                 0, appOf);
    ConnectionTuple c{6, client, server, false};
    EXPECT_FALSE(index.lookup(c, 0));  // the client's side alone: nothing
    c.peerIsLocal = true;
    auto m = index.lookup(c, 0);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->pid, 5u);
    EXPECT_EQ(m->match, MatchKind::Exact);  // the server's accepted socket
    // The local side's own socket wins when it is there.
    index.update({sock(6, server, addr("0.0.0.0", 0), SocketState::Listen, {5}),
                  sock(6, server, client, SocketState::Established, {5}),
                  sock(6, client, server, SocketState::Established, {9})},
                 1, appOf);
    EXPECT_EQ(index.lookup(c, 1)->pid, 9u);
    // Only the server's listener left: matched by its local address.
    index.update({sock(6, server, addr("0.0.0.0", 0), SocketState::Listen, {5})}, 2 + kGrace,
                 appOf);
    index.update({sock(6, server, addr("0.0.0.0", 0), SocketState::Listen, {5})}, 3 + 2 * kGrace,
                 appOf);
    m = index.lookup(c, 3 + 2 * kGrace);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->pid, 5u);
    EXPECT_EQ(m->match, MatchKind::LocalAddress);
}

}  // namespace
}  // namespace flowscope
