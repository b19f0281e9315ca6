// ReverseDnsResolver against a fake DNS server on loopback that answers some PTR queries at
// once, delays others (within and past the timeout), and never answers the rest.
// Timing bounds are generous (CI runs this under ASan on a shared 2-core machine).
#include "core/enrich/reverse_dns_resolver.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <thread>

#include "tests/enrich/names_fake_dns_server.h"

namespace flowscope {
namespace {

using test::FakeDnsServer;
using Clock = std::chrono::steady_clock;
using Behaviour = FakeDnsServer::Behaviour;

IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

int64_t msSince(Clock::time_point t0) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
}

ReverseDnsConfig configFor(const FakeDnsServer& server) {
    ReverseDnsConfig c;
    c.nameserver = server.address();
    c.port = server.port();
    c.timeoutMs = 400;
    c.retries = 1;
    return c;
}

struct Arrival {
    ReverseDnsResult result;
    int64_t atMs = 0;  // since the test's t0
};

// Polls takeResults() until `count` results arrived or `limitMs` passed.
std::map<std::string, Arrival> collect(ReverseDnsResolver& r, size_t count, Clock::time_point t0,
                                       int limitMs = 5000) {
    std::map<std::string, Arrival> out;
    while (out.size() < count && msSince(t0) < limitMs) {
        for (ReverseDnsResult& res : r.takeResults()) {
            const std::string key = res.address.toString();
            out[key] = Arrival{std::move(res), msSince(t0)};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return out;
}

TEST(ReverseDns, AnsweredDelayedAndUnansweredQueries) {
    FakeDnsServer server;
    ASSERT_TRUE(server.ok());
    server.set(ip("192.0.2.1"), {Behaviour::Never, "", 0, 0});
    server.set(ip("192.0.2.2"), {Behaviour::Answer, "delayed.example.", 300, 150});
    server.set(ip("192.0.2.3"), {Behaviour::Answer, "Quick.Example.", 300, 0});
    server.set(ip("192.0.2.4"), {Behaviour::NxDomain, "", 0, 0});
    server.set(ip("192.0.2.5"), {Behaviour::Answer, "too-late.example", 300, 3000});
    server.set(ip("192.0.2.6"), {Behaviour::AnswerSecondAttempt, "retry.example", 300, 0});
    // Answered 600 ms after each attempt: the first attempt times out at 400 ms, the retry is
    // sent, and the late answer to the first attempt (same socket, same id) at 600 ms counts.
    server.set(ip("192.0.2.7"), {Behaviour::Answer, "late-first.example", 300, 600});
    server.set(ip("192.0.2.8"), {Behaviour::ServFail, "", 0, 0});
    server.set(ip("2001:db8::8"), {Behaviour::Answer, "six.example", 300, 0});

    auto resolver = ReverseDnsResolver::start(configFor(server));
    ASSERT_TRUE(resolver.ok()) << resolver.error().message;
    ReverseDnsResolver& r = **resolver;
    const auto t0 = Clock::now();
    // The unanswered one first: it must not hold up anything after it.
    for (const char* a : {"192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5",
                          "192.0.2.6", "192.0.2.7", "192.0.2.8", "2001:db8::8"}) {
        EXPECT_EQ(r.request(ip(a)), ReverseDnsRequest::Queued) << a;
    }
    EXPECT_LT(msSince(t0), 100) << "request() must not wait for the network";
    auto got = collect(r, 9, t0);
    ASSERT_EQ(got.size(), 9u);

    const Arrival& quick = got.at("192.0.2.3");
    EXPECT_EQ(quick.result.status, ReverseDnsStatus::Found);
    EXPECT_EQ(quick.result.name, "quick.example");
    EXPECT_LT(quick.atMs, 200) << "an answered query waited for an unanswered one";
    EXPECT_EQ(quick.result.attempts, 1);

    const Arrival& delayed = got.at("192.0.2.2");
    EXPECT_EQ(delayed.result.status, ReverseDnsStatus::Found);
    EXPECT_EQ(delayed.result.name, "delayed.example");
    EXPECT_GE(delayed.atMs, 140);
    EXPECT_LT(delayed.atMs, 390) << "answered within the timeout, no retry needed";
    EXPECT_EQ(delayed.result.attempts, 1);

    const Arrival& nx = got.at("192.0.2.4");
    EXPECT_EQ(nx.result.status, ReverseDnsStatus::NoName);
    EXPECT_LT(nx.atMs, 200);

    const Arrival& never = got.at("192.0.2.1");
    EXPECT_EQ(never.result.status, ReverseDnsStatus::Timeout);
    EXPECT_EQ(never.result.attempts, 2);
    EXPECT_GE(never.atMs, 790);  // two attempts of 400 ms
    EXPECT_LT(never.atMs, 1500);
    EXPECT_EQ(server.queriesFor(ip("192.0.2.1")), 2);

    const Arrival& tooLate = got.at("192.0.2.5");
    EXPECT_EQ(tooLate.result.status, ReverseDnsStatus::Timeout);

    const Arrival& retried = got.at("192.0.2.6");
    EXPECT_EQ(retried.result.status, ReverseDnsStatus::Found);
    EXPECT_EQ(retried.result.name, "retry.example");
    EXPECT_EQ(retried.result.attempts, 2);
    EXPECT_GE(retried.atMs, 390);
    EXPECT_LT(retried.atMs, 800);
    EXPECT_EQ(server.queriesFor(ip("192.0.2.6")), 2);

    const Arrival& lateFirst = got.at("192.0.2.7");
    EXPECT_EQ(lateFirst.result.status, ReverseDnsStatus::Found);
    EXPECT_EQ(lateFirst.result.attempts, 2);
    EXPECT_GE(lateFirst.atMs, 590);
    EXPECT_LT(lateFirst.atMs, 900);

    EXPECT_EQ(got.at("192.0.2.8").result.status, ReverseDnsStatus::Failed);
    EXPECT_EQ(got.at("2001:db8::8").result.name, "six.example");

    const ReverseDnsCounters c = r.counters();
    EXPECT_EQ(c.found, 5u);
    EXPECT_EQ(c.noName, 1u);
    EXPECT_EQ(c.timeouts, 2u);
    EXPECT_EQ(c.failures, 1u);
    EXPECT_EQ(c.retries, 4u);  // .1, .5, .6, .7
    EXPECT_EQ(r.inFlight(), 0u);

    // Cached: positive and negative answers are not asked again.
    ReverseDnsResult hit;
    EXPECT_EQ(r.request(ip("192.0.2.3"), &hit), ReverseDnsRequest::Cached);
    EXPECT_TRUE(hit.fromCache);
    EXPECT_EQ(hit.status, ReverseDnsStatus::Found);
    EXPECT_EQ(hit.name, "quick.example");
    EXPECT_EQ(r.request(ip("192.0.2.4"), &hit), ReverseDnsRequest::Cached);
    EXPECT_EQ(hit.status, ReverseDnsStatus::NoName);
    EXPECT_EQ(r.request(ip("192.0.2.1"), &hit), ReverseDnsRequest::Cached);
    EXPECT_EQ(hit.status, ReverseDnsStatus::Timeout);
    EXPECT_EQ(r.cached(ip("192.0.2.8"))->status, ReverseDnsStatus::Failed);
    EXPECT_FALSE(r.cached(ip("192.0.2.99")));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(server.queriesFor(ip("192.0.2.3")), 1);
    EXPECT_EQ(server.queriesFor(ip("192.0.2.4")), 1);
    EXPECT_EQ(server.queriesFor(ip("192.0.2.1")), 2);
    EXPECT_EQ(r.counters().cacheHits, 3u);
    EXPECT_TRUE(r.takeResults().empty()) << "cache hits are answered by request() only";
}

TEST(ReverseDns, CacheEntriesExpireAfterTheirTtl) {
    FakeDnsServer server;
    ASSERT_TRUE(server.ok());
    server.set(ip("198.51.100.1"), {Behaviour::Answer, "short.example", 1, 0});
    server.set(ip("198.51.100.2"), {Behaviour::Answer, "long.example", 3600, 0});
    server.set(ip("198.51.100.3"), {Behaviour::NxDomain, "", 0, 0});
    ReverseDnsConfig c = configFor(server);
    c.minPositiveTtlS = 1;
    c.maxPositiveTtlS = 2;  // 3600 is clamped to 2
    c.negativeTtlS = 1;
    auto resolver = ReverseDnsResolver::start(c);
    ASSERT_TRUE(resolver.ok());
    ReverseDnsResolver& r = **resolver;
    const auto t0 = Clock::now();
    for (const char* a : {"198.51.100.1", "198.51.100.2", "198.51.100.3"}) {
        r.request(ip(a));
    }
    ASSERT_EQ(collect(r, 3, t0).size(), 3u);
    EXPECT_TRUE(r.cached(ip("198.51.100.1")));
    EXPECT_TRUE(r.cached(ip("198.51.100.3")));
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    EXPECT_FALSE(r.cached(ip("198.51.100.1")));  // TTL 1 s
    EXPECT_FALSE(r.cached(ip("198.51.100.3")));  // negative TTL 1 s
    EXPECT_TRUE(r.cached(ip("198.51.100.2")));   // clamped to 2 s
    EXPECT_EQ(r.request(ip("198.51.100.1")), ReverseDnsRequest::Queued);
    EXPECT_EQ(r.request(ip("198.51.100.3")), ReverseDnsRequest::Queued);
    ASSERT_EQ(collect(r, 2, Clock::now()).size(), 2u);
    EXPECT_EQ(server.queriesFor(ip("198.51.100.1")), 2);
    EXPECT_EQ(server.queriesFor(ip("198.51.100.3")), 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(900));
    EXPECT_FALSE(r.cached(ip("198.51.100.2")));  // 2.1 s: the clamped TTL is over
}

TEST(ReverseDns, InFlightQueriesAreBounded) {
    FakeDnsServer server;
    ASSERT_TRUE(server.ok());
    ReverseDnsConfig c = configFor(server);
    c.maxInFlight = 4;
    c.timeoutMs = 2000;
    for (int i = 1; i <= 20; ++i) {
        server.set(ip(("203.0.113." + std::to_string(i)).c_str()),
                   {Behaviour::Answer, "h" + std::to_string(i) + ".example", 300, 100});
    }
    auto resolver = ReverseDnsResolver::start(c);
    ASSERT_TRUE(resolver.ok());
    ReverseDnsResolver& r = **resolver;
    const auto t0 = Clock::now();
    for (int i = 1; i <= 20; ++i) {
        EXPECT_EQ(r.request(ip(("203.0.113." + std::to_string(i)).c_str())),
                  ReverseDnsRequest::Queued);
    }
    const auto got = collect(r, 20, t0);
    ASSERT_EQ(got.size(), 20u);
    for (const auto& [address, a] : got) {
        EXPECT_EQ(a.result.status, ReverseDnsStatus::Found) << address;
    }
    // The server saw at most 4 queries waiting at once, and the resolver used all 4.
    EXPECT_EQ(server.maxOutstanding(), 4);
    EXPECT_EQ(r.counters().maxInFlightSeen, 4u);
    EXPECT_EQ(server.totalQueries(), 20);
    // 20 queries, 4 at a time, 100 ms each: at least 5 rounds.
    EXPECT_GE(msSince(t0), 480);
}

TEST(ReverseDns, QueueIsBoundedAndDuplicatesCoalesce) {
    FakeDnsServer server;
    ASSERT_TRUE(server.ok());
    ReverseDnsConfig c = configFor(server);
    c.maxInFlight = 1;
    c.maxQueued = 2;
    c.timeoutMs = 5000;
    auto resolver = ReverseDnsResolver::start(c);
    ASSERT_TRUE(resolver.ok());
    ReverseDnsResolver& r = **resolver;
    EXPECT_EQ(r.request(ip("10.9.0.1")), ReverseDnsRequest::Queued);
    const auto t0 = Clock::now();
    while (r.inFlight() < 1 && msSince(t0) < 2000) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ASSERT_EQ(r.inFlight(), 1u);
    EXPECT_EQ(r.request(ip("10.9.0.1")), ReverseDnsRequest::AlreadyPending);
    EXPECT_EQ(r.request(ip("10.9.0.2")), ReverseDnsRequest::Queued);
    EXPECT_EQ(r.request(ip("10.9.0.2")), ReverseDnsRequest::AlreadyPending);
    EXPECT_EQ(r.request(ip("10.9.0.3")), ReverseDnsRequest::Queued);
    EXPECT_EQ(r.request(ip("10.9.0.4")), ReverseDnsRequest::QueueFull);
    EXPECT_EQ(r.queued(), 2u);
    EXPECT_EQ(r.counters().refused, 1u);
}

TEST(ReverseDns, StopReturnsPromptlyWithQueriesOutstanding) {
    FakeDnsServer server;
    ASSERT_TRUE(server.ok());
    std::atomic<int> callbacks{0};
    std::atomic<bool> onOtherThread{true};
    const auto testThread = std::this_thread::get_id();
    ReverseDnsConfig c = configFor(server);
    c.timeoutMs = 10'000;
    c.maxInFlight = 8;
    server.set(ip("10.8.0.100"), {Behaviour::Answer, "cb.example", 300, 0});
    c.onResult = [&](const ReverseDnsResult&) {
        ++callbacks;
        if (std::this_thread::get_id() == testThread) {
            onOtherThread = false;
        }
    };
    auto resolver = ReverseDnsResolver::start(c);
    ASSERT_TRUE(resolver.ok());
    ReverseDnsResolver& r = **resolver;
    EXPECT_EQ(r.request(ip("10.8.0.100")), ReverseDnsRequest::Queued);
    const auto t0 = Clock::now();
    while (callbacks < 1 && msSince(t0) < 2000) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_EQ(callbacks, 1);
    EXPECT_TRUE(onOtherThread);
    EXPECT_TRUE(r.takeResults().empty()) << "with a callback, nothing waits for takeResults()";
    for (int i = 1; i <= 30; ++i) {  // never answered: 8 in flight, 22 queued
        r.request(ip(("10.8.0." + std::to_string(i)).c_str()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(r.inFlight(), 8u);
    const auto stopAt = Clock::now();
    r.stop();
    EXPECT_LT(msSince(stopAt), 300) << "stop() waited for the network";
    EXPECT_EQ(r.request(ip("10.8.0.99")), ReverseDnsRequest::Stopped);
    const int after = callbacks;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(callbacks, after) << "a callback ran after stop() returned";
    r.stop();  // idempotent
}

TEST(ReverseDns, ServerThatRefusesFailsFast) {
    // A port nobody listens on: loopback answers with ICMP port unreachable.
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0);
    socklen_t len = sizeof sa;
    getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
    close(fd);
    ReverseDnsConfig c;
    c.nameserver = ip("127.0.0.1");
    c.port = ntohs(sa.sin_port);
    c.timeoutMs = 3000;
    auto resolver = ReverseDnsResolver::start(c);
    ASSERT_TRUE(resolver.ok());
    const auto t0 = Clock::now();
    (*resolver)->request(ip("10.7.0.1"));
    const auto got = collect(**resolver, 1, t0);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got.begin()->second.result.status, ReverseDnsStatus::Failed);
    EXPECT_LT(got.begin()->second.atMs, 1000);
}

TEST(ReverseDns, NameserverFromResolvConf) {
    const std::string path = ::testing::TempDir() + "names_resolv.conf";
    {
        std::ofstream out(path);
        out << "# generated\n; comment\nsearch example.org\nnameserver fe80::1%eth0\n"
               "nameserver   127.0.0.53\nnameserver 192.0.2.53\noptions edns0\n";
    }
    ReverseDnsConfig c;
    c.resolvConfPath = path;
    auto resolver = ReverseDnsResolver::start(c);
    ASSERT_TRUE(resolver.ok());
    EXPECT_EQ((*resolver)->nameserver(), ip("127.0.0.53"));
    (*resolver)->stop();

    {
        std::ofstream out(path);
        out << "search example.org\n";
    }
    auto none = ReverseDnsResolver::start(c);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
    EXPECT_NE(none.error().message.find(path), std::string::npos);
    std::remove(path.c_str());

    c.resolvConfPath = path + ".missing";
    auto missing = ReverseDnsResolver::start(c);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("Cannot read"), std::string::npos);
}

TEST(ReverseDns, Ipv6Nameserver) {
    FakeDnsServer server(true);
    if (!server.ok()) {
        GTEST_SKIP() << "no IPv6 loopback here";
    }
    server.set(ip("192.0.2.77"), {Behaviour::Answer, "v6server.example", 300, 0});
    auto resolver = ReverseDnsResolver::start(configFor(server));
    ASSERT_TRUE(resolver.ok());
    const auto t0 = Clock::now();
    (*resolver)->request(ip("192.0.2.77"));
    const auto got = collect(**resolver, 1, t0);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got.begin()->second.result.name, "v6server.example");
}

}  // namespace
}  // namespace flowscope
