// The resolver end to end with the real Linux backend and real processes in a private
// network namespace: long-lived connections (100% must be attributed), short ones down to
// 50 ms (at least 95%), exit and replacement on the same port, with both socket-table
// sources, and with eBPF socket events in front of the netlink one where they load.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <ostream>
#include <thread>

#include "core/process/linux/linux_backend.h"
#include "core/process/process_resolver.h"
#include "core/process/socket_event_source.h"
#include "tests/process/process_test_util.h"

namespace flowscope {
namespace {

using linuxproc::SocketTableSource;
using test::SocketsProcess;
using test::tupleOf;
using test::words;

// Where owners come from: a socket table, with or without the kernel's socket events.
struct Sources {
    SocketTableSource table;
    bool events;
};
// For the test list (else gtest prints the struct's bytes, padding included).
void PrintTo(const Sources& s, std::ostream* out) {
    *out << (s.table == SocketTableSource::Netlink ? "netlink" : "procfs")
         << (s.events ? " + socket events" : "");
}

class AttributionTest : public ::testing::TestWithParam<Sources> {
protected:
    void SetUp() override {
        if (std::string why = test::enterPrivateNetns(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        if (GetParam().events) {
            // Loaded in the private namespace, so that the tracker reports its sockets.
            SocketEventChoice choice = chooseSocketEventSource(ProcessSource::Ebpf);
            if (!choice.source) {
                GTEST_SKIP() << english(choice.note);
            }
            m_events = std::move(choice);
        }
    }
    std::unique_ptr<ProcessResolver> makeResolver() {
        auto resolver =
            std::make_unique<ProcessResolver>(linuxproc::createLinuxBackend(GetParam().table));
        if (m_events.source) {  // one resolver per test takes the tracker
            resolver->attachEvents(std::move(m_events.source), m_events.note, m_events.status);
        }
        return resolver;
    }
    SocketEventChoice m_events;
    // Waits until every tracked id has an attribution (or the deadline passes).
    static std::map<uint64_t, Attribution> collect(ProcessResolver& r, size_t expected,
                                                   int timeoutMs) {
        std::map<uint64_t, Attribution> got;
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (got.size() < expected && std::chrono::steady_clock::now() < deadline) {
            for (auto& a : r.takeAttributions()) {
                got[a.connectionId] = a;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return got;
    }
    static const Application* app(ProcessResolver& r, uint32_t id) {
        auto apps = r.applications();
        return id >= 1 && id <= apps->size() ? &(*apps)[id - 1] : nullptr;
    }
};

TEST_P(AttributionTest, EveryLongLivedConnectionIsAttributedFromBothEnds) {
    SocketsProcess server({"listen", "tcp",    "127.0.0.1", "0",      "listen", "tcp", "::1", "0",
                           "listen", "udp",    "127.0.0.1", "0",      "listen", "udp", "::1", "0",
                           "accept", "accept", "accept",    "accept", "wait"});
    std::vector<std::string> ports;
    for (int i = 0; i < 4; ++i) {
        ports.push_back(words(server.expect("listen")).at(3));
    }
    SocketsProcess client({"connect",   "tcp",     "127.0.0.1", ports[0],    "connect",
                           "tcp",       "::1",     ports[1],    "connect",   "udp",
                           "127.0.0.1", ports[2],  "connect",   "udp",       "::1",
                           ports[3],    "connect", "tcp",       "127.0.0.1", ports[0],
                           "connect",   "tcp",     "::1",       ports[1],    "wait"});
    auto resolver = makeResolver();
    resolver->start();
    // (id, tuple, expected pid): the client's view and the server's view of each connection.
    std::vector<std::tuple<uint64_t, ConnectionTuple, uint32_t>> plan;
    uint64_t id = 0;
    for (int i = 0; i < 6; ++i) {
        const ConnectionTuple c = tupleOf(client.expect("connect"));
        plan.emplace_back(++id, c, client.pid());
        ConnectionTuple reverse{c.protocol, c.remote, c.local};  // the server's side
        plan.emplace_back(++id, reverse, server.pid());
    }
    for (int i = 0; i < 4; ++i) {
        ASSERT_FALSE(server.expect("accept").empty());
    }
    for (const auto& [cid, tuple, pid] : plan) {
        resolver->track(cid, tuple);
    }
    const auto got = collect(*resolver, plan.size(), 10000);
    size_t right = 0;
    for (const auto& [cid, tuple, pid] : plan) {
        auto it = got.find(cid);
        ASSERT_NE(it, got.end()) << "connection " << cid << " was not attributed";
        EXPECT_EQ(it->second.pid, pid) << "connection " << cid;
        const Application* a = app(*resolver, it->second.applicationId);
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->name, "flowscope-test-sockets");
        EXPECT_FALSE(a->ownerHidden);
        right += it->second.pid == pid ? 1 : 0;
    }
    std::printf("long-lived: %zu of %zu connections attributed correctly (%s)\n", right,
                plan.size(), resolver->backendName());
    EXPECT_EQ(right, plan.size());
    // One program, one application, both pids listed.
    const Application* a = app(*resolver, got.begin()->second.applicationId);
    std::vector<uint32_t> pids{server.pid(), client.pid()};
    std::sort(pids.begin(), pids.end());
    EXPECT_EQ(a->pids, pids);
    // The cache answers lookups for the same tuples.
    for (const auto& [cid, tuple, pid] : plan) {
        auto owner = resolver->lookup(tuple);
        ASSERT_TRUE(owner.has_value());
        EXPECT_EQ(owner->pid, pid);
    }
}

// Connections opened and closed by a client, each announced to the resolver as it opens (as
// the engine does when it sees a new flow's first packet).
double shortLivedRate(ProcessResolver& resolver, const std::vector<std::string>& args, int count,
                      uint32_t& clientPid, int& attributed) {
    SocketsProcess client(args);
    clientPid = client.pid();
    std::vector<uint64_t> ids;
    for (int i = 0; i < count; ++i) {
        const std::string line = client.expect("connect", 30000);
        if (line.empty()) {
            break;
        }
        ids.push_back(uint64_t(i) + 1000);
        resolver.track(ids.back(), tupleOf(line));
    }
    client.expect("done", 60000);
    std::map<uint64_t, Attribution> got;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (got.size() < ids.size() && std::chrono::steady_clock::now() < deadline) {
        for (auto& a : resolver.takeAttributions()) {
            got[a.connectionId] = a;
        }
        if (resolver.stats().pending == 0) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (auto& a : resolver.takeAttributions()) {
        got[a.connectionId] = a;
    }
    attributed = 0;
    for (uint64_t id : ids) {
        auto it = got.find(id);
        attributed += it != got.end() && it->second.pid == clientPid ? 1 : 0;
        if (it == got.end() || it->second.pid != clientPid) {
            std::printf("missed #%llu: %s\n", (unsigned long long)id,
                        it == got.end() ? "not attributed" : "wrong pid");
        }
    }
    return ids.empty() ? 0 : 100.0 * attributed / double(ids.size());
}

// 200 connections to a server of their own (100 TCP/IPv4, 50 TCP/IPv6, 50 UDP/IPv4), each
// open for `holdMs` and `gapMs` apart; prints and returns the share attributed to the client.
double shortConnections(ProcessResolver& resolver, const char* holdMs, const char* gapMs) {
    SocketsProcess server({"listen", "tcp", "127.0.0.1", "0", "listen", "tcp", "::1", "0", "listen",
                           "udp", "127.0.0.1", "0", "wait"});
    const std::string p4 = words(server.expect("listen")).at(3);
    const std::string p6 = words(server.expect("listen")).at(3);
    const std::string pu = words(server.expect("listen")).at(3);
    uint32_t clientPid = 0;
    int attributed = 0;
    const double rate =
        shortLivedRate(resolver, {"short", "tcp", "127.0.0.1", p4, "100", holdMs, gapMs,
                                  "short", "tcp", "::1",       p6, "50",  holdMs, gapMs,
                                  "short", "udp", "127.0.0.1", pu, "50",  holdMs, gapMs},
                       200, clientPid, attributed);
    const auto stats = resolver.stats();
    std::printf(
        "%s ms connections: %d of 200 attributed to the right process = %.1f%% (%s%s%s, %llu "
        "whole-table refreshes, %llu lookup rounds)\n",
        holdMs, attributed, rate, resolver.backendName(), stats.eventSource.empty() ? "" : " + ",
        stats.eventSource.c_str(), (unsigned long long)stats.refreshes,
        (unsigned long long)stats.lookupRounds);
    return rate;
}

TEST_P(AttributionTest, AtLeast95PercentOf50MillisecondConnectionsAreAttributed) {
    auto resolver = makeResolver();
    resolver->start();
    // With socket events each connection's owner arrives before the engine asks: all of them.
    EXPECT_GE(shortConnections(*resolver, "50", "5"), GetParam().events ? 99.0 : 95.0);
}

// Shorter than the whole-table refresh interval: with the netlink backend each new
// connection is looked up by its tuple at once, so most connections of a few milliseconds
// are still open when the kernel is asked. On a quiet machine all 200 are (100%, also at
// 1 ms); 93% under ASan beside parallel builds, 76-85% with the two cores oversubscribed 4x
// by busy loops. The bound leaves room for such machines, while whole-table reads alone
// attribute under 5% of them.
TEST_P(AttributionTest, MostTwoMillisecondConnectionsAreAttributedWithNetlink) {
    if (GetParam().table == SocketTableSource::Procfs) {
        GTEST_SKIP() << "the /proc/net fallback reads whole tables, at most every 10 ms: "
                        "connections of 2 ms are below its resolution";
    }
    auto resolver = makeResolver();
    resolver->start();
    (void)resolver->refreshNow();  // the cold read happens at start-up, not on the first flow
    EXPECT_GE(shortConnections(*resolver, "2", "2"), GetParam().events ? 99.0 : 50.0);
}

TEST_P(AttributionTest, AReplacedServerKeepsItsOldConnectionsForTheGracePeriod) {
    auto first = std::make_unique<SocketsProcess>(
        std::vector<std::string>{"listen", "tcp", "127.0.0.1", "0", "accept", "wait"});
    const std::string port = words(first->expect("listen")).at(3);
    auto client = std::make_unique<SocketsProcess>(
        std::vector<std::string>{"connect", "tcp", "127.0.0.1", port, "wait"});
    const ConnectionTuple c = tupleOf(client->expect("connect"));
    ASSERT_FALSE(first->expect("accept").empty());
    const ConnectionTuple serverSide{6, c.remote, c.local};
    auto resolver = makeResolver();
    ASSERT_TRUE(resolver->refreshNow().ok());
    const uint32_t firstPid = first->pid();
    ASSERT_EQ(resolver->lookup(serverSide).value().pid, firstPid);

    // The server exits; a new process takes its port.
    first->finish();
    client->finish();
    SocketsProcess second({"listen", "tcp", "127.0.0.1", port, "accept", "wait"});
    ASSERT_FALSE(second.expect("listen").empty());
    SocketsProcess client2({"connect", "tcp", "127.0.0.1", port, "wait"});
    const ConnectionTuple c2 = tupleOf(client2.expect("connect"));
    ASSERT_FALSE(second.expect("accept").empty());
    ASSERT_TRUE(resolver->refreshNow().ok());

    auto old = resolver->lookup(serverSide);  // closed, remembered
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(old->pid, firstPid);
    EXPECT_TRUE(old->closed);
    auto fresh = resolver->lookup(ConnectionTuple{6, c2.remote, c2.local});
    ASSERT_TRUE(fresh.has_value());
    EXPECT_EQ(fresh->pid, second.pid());
    EXPECT_FALSE(fresh->closed);
    // A connection to the port that is not in the table: the listener, i.e. the new server.
    auto viaListener =
        resolver->lookup(ConnectionTuple{6, c2.remote, test::socketAddress("127.0.0.1", "1")});
    ASSERT_TRUE(viaListener.has_value());
    EXPECT_EQ(viaListener->pid, second.pid());
    EXPECT_EQ(viaListener->match, MatchKind::LocalAddress);
}

INSTANTIATE_TEST_SUITE_P(Sources, AttributionTest,
                         ::testing::Values(Sources{SocketTableSource::Netlink, false},
                                           Sources{SocketTableSource::Procfs, false},
                                           Sources{SocketTableSource::Netlink, true}),
                         [](const auto& info) -> std::string {
                             if (info.param.events) {
                                 return "EbpfEvents";
                             }
                             return info.param.table == SocketTableSource::Netlink ? "Netlink"
                                                                                   : "Procfs";
                         });

}  // namespace
}  // namespace flowscope
