// Sockets looked up one by one over netlink sock_diag (no dump), against real processes in a
// private network namespace: exact tuples of TCP and UDP over IPv4 and IPv6, the listener or
// unconnected socket for a tuple nobody has, both ends of a loopback connection, batches
// larger than one send, and the /proc/net fallback, which has no lookups.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/process/linux/linux_backend.h"
#include "core/process/linux/netlink_sockets.h"
#include "tests/process/process_test_util.h"

namespace flowscope {
namespace {

using linuxproc::SocketTableSource;
using test::findLocal;
using test::SocketsProcess;
using test::tupleOf;
using test::words;

class NetlinkLookupTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (std::string why = test::enterPrivateNetns(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_backend = linuxproc::createLinuxBackend(SocketTableSource::Netlink);
        ASSERT_TRUE(m_backend->looksUpSockets());
    }
    std::vector<SocketRecord> lookUp(const std::vector<ConnectionTuple>& tuples) {
        auto r = m_backend->readSocketsOf(tuples);
        EXPECT_TRUE(r.has_value());
        if (!r) {
            return {};
        }
        EXPECT_TRUE(r->ok()) << (r->ok() ? "" : r->error().message);
        return r->ok() ? r->value() : std::vector<SocketRecord>{};
    }
    std::unique_ptr<ProcessBackend> m_backend;
};

// The one TCP dump for both families gives exactly the records of the two per-family dumps,
// in the same order (IPv4 first): listeners, connections both ways, and an IPv4-mapped
// connection on an IPv6 socket.
TEST_F(NetlinkLookupTest, OneTcpDumpForBothFamiliesEqualsOnePerFamily) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "listen", "tcp", "::1", "0", "listen",
                           "tcp", "::", "0", "accept", "accept", "accept", "wait"});
    std::vector<std::string> ports;
    for (int i = 0; i < 3; ++i) {
        ports.push_back(words(server.expect("listen")).at(3));
    }
    SocketsProcess client({"connect", "tcp", "127.0.0.1", ports[0], "connect", "tcp", "::1",
                           ports[1], "connect", "tcp", "127.0.0.1", ports[2], "wait"});
    for (int i = 0; i < 3; ++i) {
        ASSERT_FALSE(client.expect("connect").empty());
        ASSERT_FALSE(server.expect("accept").empty());
    }
    linuxproc::NetlinkSocketReader reader;
    ASSERT_TRUE(reader.open().ok());
    std::vector<SocketRecord> separate, together;
    ASSERT_TRUE(reader.read(AF_INET, 6, separate).ok());
    const size_t v4 = separate.size();
    ASSERT_TRUE(reader.read(AF_INET6, 6, separate).ok());
    ASSERT_TRUE(reader.readTcp(together).ok());
    // IPv4: the 127.0.0.1 listener, both ends of its connection, the client side of the
    // connection to the [::] listener. IPv6: two listeners, both ends of the ::1
    // connection, the accepted (IPv4-mapped) side of the connection to [::].
    EXPECT_EQ(v4, 4u);
    EXPECT_EQ(separate.size() - v4, 5u);
    ASSERT_EQ(together.size(), separate.size());
    for (size_t i = 0; i < together.size(); ++i) {
        const SocketRecord& a = together[i];
        const SocketRecord& b = separate[i];
        EXPECT_EQ(a.inode, b.inode) << i;
        EXPECT_EQ(a.protocol, 6);
        EXPECT_EQ(a.local.address, b.local.address) << i;
        EXPECT_EQ(a.local.port, b.local.port) << i;
        EXPECT_EQ(a.remote.address, b.remote.address) << i;
        EXPECT_EQ(a.remote.port, b.remote.port) << i;
        EXPECT_EQ(a.state, b.state) << i;
        EXPECT_EQ(a.uid, b.uid) << i;
    }
}

TEST_F(NetlinkLookupTest, EachConnectionIsFoundByItsTupleWithItsOwner) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "listen", "tcp", "::1", "0", "listen",
                           "udp", "127.0.0.1", "0", "listen", "udp", "::1", "0", "accept", "accept",
                           "wait"});
    std::vector<std::string> ports;
    for (int i = 0; i < 4; ++i) {
        ports.push_back(words(server.expect("listen")).at(3));
    }
    SocketsProcess client({"connect", "tcp", "127.0.0.1", ports[0], "connect", "tcp", "::1",
                           ports[1], "connect", "udp", "127.0.0.1", ports[2], "connect", "udp",
                           "::1", ports[3], "wait"});
    std::vector<ConnectionTuple> clientSide, serverSide;
    for (int i = 0; i < 4; ++i) {
        clientSide.push_back(tupleOf(client.expect("connect")));
    }
    for (int i = 0; i < 2; ++i) {
        serverSide.push_back(tupleOf(server.expect("accept")));
    }
    // Cold: no whole table was read before; the owners are searched for.
    std::vector<ConnectionTuple> all = clientSide;
    all.insert(all.end(), serverSide.begin(), serverSide.end());
    const auto got = lookUp(all);
    ASSERT_EQ(got.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i) {
        const SocketRecord* r = findLocal(got, all[i].protocol, all[i].local, &all[i].remote);
        ASSERT_NE(r, nullptr) << "connection " << i;
        EXPECT_EQ(r->state, SocketState::Established);
        EXPECT_NE(r->inode, 0u);
        EXPECT_EQ(r->uid, uint32_t(::geteuid()));
        const uint32_t pid = i < clientSide.size() ? client.pid() : server.pid();
        EXPECT_EQ(r->pids, std::vector<uint32_t>{pid}) << "connection " << i;
    }
    // The same sockets as the whole table has.
    const auto table = m_backend->readSockets().value();
    for (const SocketRecord& r : got) {
        const SocketRecord* t = findLocal(table, r.protocol, r.local, &r.remote);
        ASSERT_NE(t, nullptr);
        EXPECT_EQ(t->inode, r.inode);
        EXPECT_EQ(t->pids, r.pids);
    }
}

TEST_F(NetlinkLookupTest, ATupleNobodyHasGivesTheSocketThatWouldReceiveIt) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "listen", "udp", "::1", "0", "wait"});
    const std::string tcp = words(server.expect("listen")).at(3);
    const std::string udp = words(server.expect("listen")).at(3);
    const SocketAddress peer4 = test::socketAddress("127.0.0.1", "9"),
                        peer6 = test::socketAddress("::1", "9");
    const SocketAddress tcpEnd = test::socketAddress("127.0.0.1", tcp),
                        udpEnd = test::socketAddress("::1", udp);
    const auto got = lookUp({ConnectionTuple{6, tcpEnd, peer4}, ConnectionTuple{17, udpEnd, peer6},
                             // no socket on this port at all
                             ConnectionTuple{6, test::socketAddress("127.0.0.1", "1"), peer4}});
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].state, SocketState::Listen);
    EXPECT_EQ(findLocal(got, 6, tcpEnd), &got[0]);
    EXPECT_EQ(got[0].pids, std::vector<uint32_t>{server.pid()});
    EXPECT_EQ(got[1].state, SocketState::Unconnected);
    EXPECT_EQ(findLocal(got, 17, udpEnd), &got[1]);
    EXPECT_EQ(got[1].pids, std::vector<uint32_t>{server.pid()});
    EXPECT_TRUE(lookUp({}).empty());
}

TEST_F(NetlinkLookupTest, BothEndsAreAskedWhenThePeerIsLocal) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "accept", "wait"});
    const std::string port = words(server.expect("listen")).at(3);
    SocketsProcess client({"connect", "tcp", "127.0.0.1", port, "wait"});
    ConnectionTuple c = tupleOf(client.expect("connect"));
    server.expect("accept");
    c.peerIsLocal = true;
    const auto got = lookUp({c});
    ASSERT_EQ(got.size(), 2u);
    const SocketRecord* mine = findLocal(got, 6, c.local, &c.remote);
    const SocketRecord* theirs = findLocal(got, 6, c.remote, &c.local);
    ASSERT_NE(mine, nullptr);
    ASSERT_NE(theirs, nullptr);
    EXPECT_EQ(mine->pids, std::vector<uint32_t>{client.pid()});
    EXPECT_EQ(theirs->pids, std::vector<uint32_t>{server.pid()});
}

TEST_F(NetlinkLookupTest, ManyTuplesAreAnsweredAcrossSeveralSends) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "wait"});
    const SocketAddress end =
        test::socketAddress("127.0.0.1", words(server.expect("listen")).at(3));
    std::vector<ConnectionTuple> tuples;
    for (int i = 0; i < 200; ++i) {
        tuples.push_back(
            ConnectionTuple{6, end, test::socketAddress("127.0.0.1", std::to_string(20000 + i))});
    }
    const auto got = lookUp(tuples);
    ASSERT_EQ(got.size(), 200u);
    EXPECT_TRUE(std::all_of(got.begin(), got.end(), [&](const SocketRecord& r) {
        return r.state == SocketState::Listen && r.pids == std::vector<uint32_t>{server.pid()};
    }));
}

TEST(ProcfsLookup, TheProcNetFallbackHasNoLookups) {
    auto backend = linuxproc::createLinuxBackend(SocketTableSource::Procfs);
    EXPECT_FALSE(backend->looksUpSockets());
    EXPECT_FALSE(backend->readSocketsOf({ConnectionTuple{}}).has_value());
}

}  // namespace
}  // namespace flowscope
