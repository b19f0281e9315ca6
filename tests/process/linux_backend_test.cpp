// The Linux backend against real processes in a private network namespace, once with netlink
// sock_diag and once with the /proc/net fallback.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "core/process/linux/linux_backend.h"
#include "core/process/linux/linux_process_info.h"
#include "core/process/process_resolver.h"
#include "tests/process/process_test_util.h"

namespace flowscope {
namespace {

using linuxproc::SocketTableSource;
using test::findLocal;
using test::SocketsProcess;
using test::tupleOf;
using test::words;

std::string testSocketsPath() {
    char resolved[4096];
    return ::realpath(FLOWSCOPE_TEST_SOCKETS, resolved) ? resolved : FLOWSCOPE_TEST_SOCKETS;
}

class LinuxBackendTest : public ::testing::TestWithParam<SocketTableSource> {
protected:
    void SetUp() override {
        if (std::string why = test::enterPrivateNetns(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_backend = linuxproc::createLinuxBackend(GetParam());
        const std::string expected =
            GetParam() == SocketTableSource::Netlink ? "netlink" : "procfs";
        ASSERT_EQ(m_backend->name(), expected);
    }
    std::vector<SocketRecord> table() {
        auto r = m_backend->readSockets();
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
        return r.ok() ? r.value() : std::vector<SocketRecord>{};
    }
    std::unique_ptr<ProcessBackend> m_backend;
};

TEST_P(LinuxBackendTest, ListeningAndConnectedSocketsOverIpv4AndIpv6HaveTheirOwners) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "listen", "tcp", "::1", "0", "listen",
                           "udp", "127.0.0.1", "0", "listen", "udp", "::1", "0", "accept", "accept",
                           "wait"});
    std::vector<std::string> ports;
    for (int i = 0; i < 4; ++i) {
        auto w = words(server.expect("listen"));
        ASSERT_EQ(w.size(), 4u);
        ports.push_back(w[3]);
    }
    SocketsProcess client({"connect", "tcp", "127.0.0.1", ports[0], "connect", "tcp", "::1",
                           ports[1], "connect", "udp", "127.0.0.1", ports[2], "connect", "udp",
                           "::1", ports[3], "wait"});
    std::vector<ConnectionTuple> clientSide, serverSide;
    for (int i = 0; i < 4; ++i) {
        const std::string line = client.expect("connect");
        ASSERT_FALSE(line.empty());
        clientSide.push_back(tupleOf(line));
    }
    for (int i = 0; i < 2; ++i) {
        const std::string line = server.expect("accept");
        ASSERT_FALSE(line.empty());
        serverSide.push_back(tupleOf(line));
    }
    const auto t = table();
    const std::vector<uint32_t> serverPid{server.pid()}, clientPid{client.pid()};
    for (size_t i = 0; i < 4; ++i) {
        const uint8_t proto = i < 2 ? 6 : 17;
        const SocketRecord* listener =
            findLocal(t, proto, test::socketAddress(i % 2 ? "::1" : "127.0.0.1", ports[i]));
        ASSERT_NE(listener, nullptr) << "listener " << i;
        EXPECT_EQ(listener->pids, serverPid);
        EXPECT_EQ(listener->state, proto == 6 ? SocketState::Listen : SocketState::Unconnected);
        EXPECT_EQ(listener->uid, uint32_t(::geteuid()));
        EXPECT_NE(listener->inode, 0u);
        EXPECT_FALSE(listener->ownerHidden);
        const ConnectionTuple& c = clientSide[i];
        const SocketRecord* conn = findLocal(t, proto, c.local, &c.remote);
        ASSERT_NE(conn, nullptr) << "client socket " << i;
        EXPECT_EQ(conn->pids, clientPid);
        EXPECT_EQ(conn->state, SocketState::Established);
    }
    for (const ConnectionTuple& c : serverSide) {
        const SocketRecord* conn = findLocal(t, 6, c.local, &c.remote);
        ASSERT_NE(conn, nullptr);
        EXPECT_EQ(conn->pids, serverPid);
        EXPECT_EQ(conn->state, SocketState::Established);
    }
}

TEST_P(LinuxBackendTest, ProcessFactsGiveTheFullNameBeyondFifteenCharacters) {
    SocketsProcess p({"listen", "tcp", "127.0.0.1", "0", "wait"});
    ASSERT_FALSE(p.expect("listen").empty());
    auto info = m_backend->describe(p.pid());
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->pid, p.pid());
    EXPECT_EQ(info->name, "flowscope-test-sockets");  // comm is "flowscope-test-"
    EXPECT_EQ(info->path, testSocketsPath());
    EXPECT_NE(info->commandLine.find("listen tcp 127.0.0.1 0 wait"), std::string::npos)
        << info->commandLine;
    EXPECT_EQ(info->uid, uint32_t(::geteuid()));
    EXPECT_EQ(info->user, userNameForUid(uint32_t(::geteuid())));
    p.finish();
    EXPECT_FALSE(m_backend->describe(p.pid()).has_value());
}

// identify() gives what describe() gives for the path and uid, for a real process, and
// nothing once it has exited.
TEST_P(LinuxBackendTest, IdentifyMatchesDescribe) {
    SocketsProcess p({"listen", "udp", "127.0.0.1", "0", "wait"});
    ASSERT_FALSE(p.expect("listen").empty());
    table();  // the process is new in this read: identified on the scan's threads
    auto id = m_backend->identify(p.pid());
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->path, testSocketsPath());
    EXPECT_EQ(id->uid, uint32_t(::geteuid()));
    table();  // not new any more: read when asked
    auto again = m_backend->identify(p.pid());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->path, id->path);
    EXPECT_EQ(again->uid, id->uid);
    p.finish();
    EXPECT_FALSE(m_backend->identify(p.pid()).has_value());
}

TEST_P(LinuxBackendTest, ASocketSharedAcrossForkReportsBothProcesses) {
    SocketsProcess p({"listen", "tcp", "127.0.0.1", "0", "fork", "wait"});
    const auto w = words(p.expect("listen"));
    ASSERT_EQ(w.size(), 4u);
    const auto child = words(p.expect("child"));
    ASSERT_EQ(child.size(), 2u);
    const uint32_t childPid = uint32_t(std::stoul(child[1]));
    table();  // the child may be seen first as a new pid: either way both must be listed
    const auto t = table();
    const SocketRecord* listener = findLocal(t, 6, test::socketAddress(w[2], w[3]));
    ASSERT_NE(listener, nullptr);
    std::vector<uint32_t> both{p.pid(), childPid};
    std::sort(both.begin(), both.end());
    EXPECT_EQ(listener->pids, both);
}

TEST_P(LinuxBackendTest, SoReusePortListenersReportEachProcess) {
    SocketsProcess a({"listen-reuseport", "udp", "127.0.0.1", "0", "wait"});
    const auto w = words(a.expect("listen"));
    ASSERT_EQ(w.size(), 4u);
    SocketsProcess b({"listen-reuseport", "udp", "127.0.0.1", w[3], "wait"});
    ASSERT_FALSE(b.expect("listen").empty());
    std::vector<uint32_t> owners;
    for (const auto& r : table()) {
        if (r.protocol == 17 && r.local.port == std::stoi(w[3])) {
            owners.insert(owners.end(), r.pids.begin(), r.pids.end());
        }
    }
    std::sort(owners.begin(), owners.end());
    std::vector<uint32_t> expected{a.pid(), b.pid()};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(owners, expected);

    ProcessResolver resolver(linuxproc::createLinuxBackend(GetParam()));
    ASSERT_TRUE(resolver.refreshNow().ok());
    ConnectionTuple c{17, test::socketAddress("127.0.0.1", w[3]),
                      test::socketAddress("127.0.0.1", "40000")};
    auto owner = resolver.lookup(c);
    ASSERT_TRUE(owner.has_value());
    EXPECT_EQ(owner->match, MatchKind::LocalAddress);
    const auto apps = resolver.applications();
    ASSERT_GE(owner->applicationId, 1u);
    EXPECT_EQ((*apps)[owner->applicationId - 1].pids, expected);
}

TEST_P(LinuxBackendTest, ExitedProcessesAreForgottenAndNewOnesFound) {
    auto first = std::make_unique<SocketsProcess>(
        std::vector<std::string>{"listen", "tcp", "127.0.0.1", "0", "wait"});
    const auto w = words(first->expect("listen"));
    ASSERT_EQ(w.size(), 4u);
    const auto address = test::socketAddress(w[2], w[3]);
    {
        const auto t = table();
        const SocketRecord* r = findLocal(t, 6, address);
        ASSERT_NE(r, nullptr);
        EXPECT_EQ(r->pids, std::vector<uint32_t>{first->pid()});
    }
    first->finish();
    EXPECT_EQ(findLocal(table(), 6, address), nullptr);
    SocketsProcess second({"listen", "tcp", "127.0.0.1", w[3], "wait"});
    ASSERT_FALSE(second.expect("listen").empty());
    const auto t = table();
    const SocketRecord* r = findLocal(t, 6, address);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->pids, std::vector<uint32_t>{second.pid()});
}

TEST_P(LinuxBackendTest, ANewSocketInAKnownProcessIsFound) {
    // Same descriptor count before and after (close one, open one): found through the
    // unknown inode, not the count.
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "wait"});
    const auto w = words(server.expect("listen"));
    ASSERT_EQ(w.size(), 4u);
    SocketsProcess client({"connect", "tcp", "127.0.0.1", w[3], "sleep", "300", "close", "connect",
                           "tcp", "127.0.0.1", w[3], "wait"});
    const ConnectionTuple c1 = tupleOf(client.expect("connect"));
    const auto t1 = table();
    const SocketRecord* r1 = findLocal(t1, 6, c1.local, &c1.remote);
    ASSERT_NE(r1, nullptr);
    EXPECT_EQ(r1->pids, std::vector<uint32_t>{client.pid()});
    const ConnectionTuple c2 = tupleOf(client.expect("connect"));
    const auto t2 = table();
    const SocketRecord* r2 = findLocal(t2, 6, c2.local, &c2.remote);
    ASSERT_NE(r2, nullptr);
    EXPECT_EQ(r2->pids, std::vector<uint32_t>{client.pid()});
}

INSTANTIATE_TEST_SUITE_P(Sources, LinuxBackendTest,
                         ::testing::Values(SocketTableSource::Netlink, SocketTableSource::Procfs),
                         [](const auto& info) {
                             return info.param == SocketTableSource::Netlink ? "Netlink" : "Procfs";
                         });

}  // namespace
}  // namespace flowscope
