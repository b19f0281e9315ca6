// NameLearner on hand-made frames: DNS answers, SNI/Host per connection, split ClientHellos,
// truncated frames, priorities between sources, the memory cap.
#include "core/enrich/name_learner.h"

#include <gtest/gtest.h>

#include <cstring>

#include "core/packet/decoder.h"
#include "tests/enrich/names_dns_builder.h"
#include "tests/packet/frame_builder.h"

namespace flowscope {
namespace {

namespace ft = flowscope::test;
namespace nt = flowscope::names_test;
using Bytes = std::vector<uint8_t>;

constexpr uint32_t kClient = 0xc0a80164;  // 192.168.1.100
constexpr uint32_t kServer = 0x5db8d822;  // 93.184.216.34
constexpr uint32_t kResolver = 0xc0a80101;

IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

Bytes udpFrame(uint32_t src, uint32_t dst, uint16_t sport, uint16_t dport, const Bytes& data) {
    ft::Ipv4Options o;
    o.protocol = kProtoUdp;
    o.src = src;
    o.dst = dst;
    return ft::cat({ft::ethernet(ft::kEtherIpv4), ft::ipv4(o, 8 + data.size()),
                    ft::udp(sport, dport, data.size()), data});
}

Bytes tcpFrame(uint32_t src, uint32_t dst, uint16_t sport, uint16_t dport, uint8_t flags,
               const Bytes& data) {
    ft::Ipv4Options o;
    o.src = src;
    o.dst = dst;
    return ft::cat({ft::ethernet(ft::kEtherIpv4), ft::ipv4(o, 20 + data.size()),
                    ft::tcp(sport, dport, flags), data});
}

// A response to "name A" with one A record.
Bytes dnsAnswer(const char* name, uint32_t address, uint32_t ttl = 300) {
    Bytes b;
    nt::putHeader(b, 0x4242, nt::kResponseFlags, 1, 1);
    nt::putName(b, name);
    nt::put16(b, 1);
    nt::put16(b, 1);
    nt::putPointer(b, 12);
    nt::putRecordFixed(b, 1, 1, ttl, 4);
    nt::put32(b, address);
    return b;
}

Bytes clientHelloRecords(const char* name) {
    Bytes ext = nt::sniExtension(name);
    const Bytes padding = nt::tlsExtension(0x0015, Bytes(400, 0));
    ext.insert(ext.end(), padding.begin(), padding.end());
    return nt::tlsRecords(nt::clientHello(ext));
}

bool sameCounters(const NameLearnerCounters& a, const NameLearnerCounters& b) {
    static_assert(sizeof(NameLearnerCounters) % sizeof(uint64_t) == 0);  // no padding
    return std::memcmp(&a, &b, sizeof a) == 0;
}

struct Feeder {
    NameLearner learner;
    // A second learner told only of the packets the engine passes on: those mayLearnFrom()
    // accepts, and every packet while something is pending. It must learn exactly the same.
    NameLearner gated;
    int64_t ts = 1'000'000'000;

    explicit Feeder(NameLearnerConfig c = {}) : learner(c), gated(c) {}

    // Feeds `frame`, of which only the first `captured` bytes were captured (default all).
    std::optional<ConnectionName> feed(const Bytes& frame, size_t captured = SIZE_MAX) {
        captured = std::min(captured, frame.size());
        auto copy = nt::exactCopy(frame, captured);
        DecodedPacket d;
        EXPECT_EQ(decodePacket(1, copy.get(), captured, d), DecodeStatus::Ip);
        ts += 1'000'000;
        const std::span<const uint8_t> bytes(copy.get(), captured);
        auto name = learner.observe(d, bytes, uint32_t(frame.size()), ts);
        std::optional<ConnectionName> gatedName;
        if (NameLearner::mayLearnFrom(d, bytes) || gated.hasPending()) {
            gatedName = gated.observe(d, bytes, uint32_t(frame.size()), ts);
        }
        EXPECT_EQ(gatedName.has_value(), name.has_value());
        if (name && gatedName) {
            EXPECT_EQ(gatedName->name, name->name);
        }
        EXPECT_TRUE(sameCounters(gated.counters(), learner.counters()));
        EXPECT_EQ(gated.addressCount(), learner.addressCount());
        return name;
    }
};

TEST(NameLearner, LearnsDnsAnswersNotQueries) {
    Feeder f;
    f.feed(udpFrame(kClient, kResolver, 40000, 53, dnsAnswer("query.example", 0x0a000001)));
    EXPECT_EQ(f.learner.addressCount(), 0u);  // to port 53: a query direction
    f.feed(udpFrame(kResolver, kClient, 53, 40000, dnsAnswer("www.example.com", kServer, 77)));
    EXPECT_EQ(f.learner.nameForAddress(ip("93.184.216.34")), "www.example.com");
    const auto entry = f.learner.lookup(ip("93.184.216.34"));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->source, NameSource::DnsAnswer);
    EXPECT_EQ(entry->ttl, 77u);
    EXPECT_EQ(entry->seenNs, f.ts);
    EXPECT_EQ(f.learner.counters().dnsResponses, 1u);
    EXPECT_EQ(f.learner.counters().dnsLearnings, 1u);
    // The most recent answer wins.
    f.feed(udpFrame(kResolver, kClient, 53, 40001, dnsAnswer("other.example", kServer)));
    EXPECT_EQ(f.learner.nameForAddress(ip("93.184.216.34")), "other.example");
}

TEST(NameLearner, DnsCutByTheCaptureIsTruncatedNotMalformed) {
    Feeder f;
    const Bytes frame = udpFrame(kResolver, kClient, 53, 40000, dnsAnswer("cut.example", kServer));
    f.feed(frame, frame.size() - 2);
    EXPECT_EQ(f.learner.counters().dnsTruncated, 1u);
    EXPECT_EQ(f.learner.counters().dnsMalformed, 0u);
    EXPECT_EQ(f.learner.addressCount(), 0u);
    // The same bytes as a whole datagram (UDP length says so) contradict themselves.
    Bytes shortAnswer = dnsAnswer("cut.example", kServer);
    shortAnswer.resize(shortAnswer.size() - 2);
    f.feed(udpFrame(kResolver, kClient, 53, 40000, shortAnswer));
    EXPECT_EQ(f.learner.counters().dnsMalformed, 1u);
}

TEST(NameLearner, DnsOverTcpAndMdns) {
    Feeder f;
    Bytes tcpDns;
    const Bytes answer = dnsAnswer("tcp.example", 0x0a000002);
    nt::put16(tcpDns, unsigned(answer.size()));
    tcpDns.insert(tcpDns.end(), answer.begin(), answer.end());
    f.feed(tcpFrame(kResolver, kClient, 53, 40000, kTcpAck | kTcpPsh, tcpDns));
    EXPECT_EQ(f.learner.nameForAddress(ip("10.0.0.2")), "tcp.example");

    Bytes mdns;
    nt::putHeader(mdns, 0, 0x8400, 0, 1);
    nt::putName(mdns, "printer.local");
    nt::putRecordFixed(mdns, 1, 0x8001, 120, 4);
    nt::put32(mdns, 0xc0a80114);
    f.feed(udpFrame(0xc0a80114, 0xe00000fb, 5353, 5353, mdns));
    EXPECT_EQ(f.learner.nameForAddress(ip("192.168.1.20")), "printer.local");

    NameLearnerConfig noMdns;
    noMdns.learnMdns = false;
    Feeder g(noMdns);
    g.feed(udpFrame(0xc0a80114, 0xe00000fb, 5353, 5353, mdns));
    EXPECT_EQ(g.learner.addressCount(), 0u);
}

TEST(NameLearner, FirstClientHelloNamesTheConnection) {
    Feeder f;
    const Bytes hello = clientHelloRecords("www.example.com");
    auto name = f.feed(tcpFrame(kClient, kServer, 51000, 443, kTcpAck | kTcpPsh, hello));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->name, "www.example.com");
    EXPECT_EQ(name->source, NameSource::TlsSni);
    EXPECT_EQ(name->client, ip("192.168.1.100"));
    EXPECT_EQ(name->clientPort, 51000);
    EXPECT_EQ(name->server, ip("93.184.216.34"));
    EXPECT_EQ(name->serverPort, 443);
    EXPECT_EQ(f.learner.nameForAddress(ip("93.184.216.34")), "www.example.com");
    // A second ClientHello on the same connection is not reported again...
    EXPECT_FALSE(f.feed(tcpFrame(kClient, kServer, 51000, 443, kTcpAck, hello)));
    // ...until a SYN starts a new connection on the same ports.
    f.feed(tcpFrame(kClient, kServer, 51000, 443, kTcpSyn, {}));
    EXPECT_TRUE(f.feed(tcpFrame(kClient, kServer, 51000, 443, kTcpAck, hello)));
    // Another connection is named on its own.
    EXPECT_TRUE(f.feed(tcpFrame(kClient, kServer, 51001, 443, kTcpAck, hello)));
    EXPECT_EQ(f.learner.counters().sniNames, 3u);
}

TEST(NameLearner, ClientHelloSplitOverTwoSegments) {
    Feeder f;
    const Bytes hello = clientHelloRecords("split.example");
    const Bytes first(hello.begin(), hello.begin() + 60);  // ends before the name
    const Bytes second(hello.begin() + 60, hello.end());
    EXPECT_FALSE(f.feed(tcpFrame(kClient, kServer, 52000, 443, kTcpAck, first)));
    // The server's ACK in between changes nothing.
    EXPECT_FALSE(f.feed(tcpFrame(kServer, kClient, 443, 52000, kTcpAck, {})));
    // A retransmission of the first segment restarts the join.
    EXPECT_FALSE(f.feed(tcpFrame(kClient, kServer, 52000, 443, kTcpAck, first)));
    auto name = f.feed(tcpFrame(kClient, kServer, 52000, 443, kTcpAck, second));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->name, "split.example");
    EXPECT_EQ(f.learner.counters().tlsReassembled, 1u);
    EXPECT_EQ(f.learner.counters().tlsTruncated, 0u);
}

TEST(NameLearner, PendingClientHelloTimesOut) {
    Feeder f;
    const Bytes hello = clientHelloRecords("late.example");
    f.feed(
        tcpFrame(kClient, kServer, 52001, 443, kTcpAck, Bytes(hello.begin(), hello.begin() + 60)));
    f.ts += 20'000'000'000;  // 20 s later
    EXPECT_FALSE(f.feed(
        tcpFrame(kClient, kServer, 52001, 443, kTcpAck, Bytes(hello.begin() + 60, hello.end()))));
    EXPECT_EQ(f.learner.counters().tlsTruncated, 1u);
}

TEST(NameLearner, ClientHelloCutByTheCaptureIsCountedTruncated) {
    Feeder f;
    const Bytes frame =
        tcpFrame(kClient, kServer, 52002, 443, kTcpAck, clientHelloRecords("cut.example"));
    EXPECT_FALSE(f.feed(frame, 100));  // snapshot length 100: cut before the name
    EXPECT_EQ(f.learner.counters().tlsTruncated, 1u);
    EXPECT_EQ(f.learner.counters().sniNames, 0u);
}

TEST(NameLearner, HttpHostNamesTheConnection) {
    Feeder f;
    const Bytes req = nt::textBytes("GET / HTTP/1.1\r\nHost: plain.example:8080\r\n\r\n");
    auto name = f.feed(tcpFrame(kClient, kServer, 53000, 8080, kTcpAck, req));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->name, "plain.example");
    EXPECT_EQ(name->source, NameSource::HttpHost);
    EXPECT_FALSE(f.feed(tcpFrame(kClient, kServer, 53000, 8080, kTcpAck, req)));
    EXPECT_EQ(f.learner.counters().httpHosts, 1u);
}

TEST(NameLearner, DnsNamesOutrankSniWhichOutranksPtr) {
    Feeder f;
    // PTR seen in traffic first.
    Bytes ptr;
    nt::putHeader(ptr, 1, nt::kResponseFlags, 1, 1);
    nt::putName(ptr, "34.216.184.93.in-addr.arpa");
    nt::put16(ptr, 12);
    nt::put16(ptr, 1);
    nt::putPointer(ptr, 12);
    const size_t rd = ptr.size() + 10;
    nt::putRecordFixed(ptr, 12, 1, 100, 0);
    nt::putName(ptr, "reverse.example");
    ptr[rd - 1] = uint8_t(ptr.size() - rd);
    f.feed(udpFrame(kResolver, kClient, 53, 40000, ptr));
    EXPECT_EQ(f.learner.lookup(ip("93.184.216.34"))->source, NameSource::DnsPtr);
    // SNI replaces a PTR name.
    f.feed(tcpFrame(kClient, kServer, 51000, 443, kTcpAck, clientHelloRecords("sni.example")));
    EXPECT_EQ(f.learner.nameForAddress(ip("93.184.216.34")), "sni.example");
    // A DNS answer replaces it.
    f.feed(udpFrame(kResolver, kClient, 53, 40000, dnsAnswer("dns.example", kServer)));
    EXPECT_EQ(f.learner.nameForAddress(ip("93.184.216.34")), "dns.example");
    // Later SNI and PTR do not replace a DNS answer; the connection still gets its SNI.
    auto conn = f.feed(
        tcpFrame(kClient, kServer, 51002, 443, kTcpAck, clientHelloRecords("vhost.example")));
    ASSERT_TRUE(conn);
    EXPECT_EQ(conn->name, "vhost.example");
    f.feed(udpFrame(kResolver, kClient, 53, 40000, ptr));
    EXPECT_EQ(f.learner.nameForAddress(ip("93.184.216.34")), "dns.example");
}

TEST(NameLearner, AddressTableIsCapped) {
    NameLearnerConfig c;
    c.maxAddresses = 3;
    Feeder f(c);
    for (uint32_t i = 1; i <= 5; ++i) {
        f.feed(udpFrame(kResolver, kClient, 53, 40000,
                        dnsAnswer(("h" + std::to_string(i) + ".example").c_str(), 0x0a000000 + i)));
    }
    EXPECT_EQ(f.learner.addressCount(), 3u);
    EXPECT_EQ(f.learner.counters().addressesEvicted, 2u);
    EXPECT_FALSE(f.learner.nameForAddress(ip("10.0.0.1")));
    EXPECT_FALSE(f.learner.nameForAddress(ip("10.0.0.2")));
    EXPECT_EQ(f.learner.nameForAddress(ip("10.0.0.5")), "h5.example");
}

TEST(NameLearner, IgnoresEverythingElse) {
    Feeder f;
    EXPECT_FALSE(f.feed(tcpFrame(kClient, kServer, 51000, 443, kTcpAck, Bytes(300, 0x17))));
    EXPECT_FALSE(f.feed(udpFrame(kClient, kServer, 40000, 443, Bytes(100, 0x16))));
    EXPECT_EQ(f.learner.addressCount(), 0u);
    const NameLearnerCounters& c = f.learner.counters();
    EXPECT_EQ(c.clientHellos + c.httpRequests + c.dnsResponses + c.dnsMalformed, 0u);
}

}  // namespace
}  // namespace flowscope
