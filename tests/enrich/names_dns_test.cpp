// DNS names, messages, and what a response teaches: hand-made messages, every truncation.
#include <gtest/gtest.h>

#include <string>

#include "core/enrich/dns_learning.h"
#include "core/enrich/dns_message.h"
#include "core/enrich/dns_name.h"
#include "core/enrich/reverse_dns_query.h"
#include "tests/enrich/names_dns_builder.h"

namespace flowscope {
namespace {

using namespace flowscope::names_test;

IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

ParseStatus nameAt(const Bytes& b, size_t offset, std::string& name, size_t& next) {
    return readDnsName(std::span(b.data(), b.size()), offset, name, next);
}

// A response for www.Example.com A: CNAME to cdn.example.net, CNAME to edge.cdn.example.net,
// then an A and an AAAA record for edge.cdn.example.net, all compressed.
struct ChainResponse {
    Bytes bytes;
    ChainResponse() {
        putHeader(bytes, 0x1234, kResponseFlags, 1, 4);
        putName(bytes, "www.Example.com");  // at 12
        put16(bytes, kDnsTypeA);
        put16(bytes, kDnsClassIn);
        // CNAME www.example.com -> cdn.example.net
        putPointer(bytes, 12);
        const size_t rdStart = bytes.size() + 10;
        putRecordFixed(bytes, kDnsTypeCname, 1, 300, 0);
        putName(bytes, "cdn.example.net");
        const unsigned cdnAt = unsigned(rdStart);
        bytes[rdStart - 2] = 0;
        bytes[rdStart - 1] = uint8_t(bytes.size() - rdStart);
        // CNAME cdn.example.net -> edge.<cdn.example.net>
        putPointer(bytes, cdnAt);
        const size_t rd2 = bytes.size() + 10;
        putRecordFixed(bytes, kDnsTypeCname, 1, 60, 0);
        putNameThenPointer(bytes, "edge", cdnAt);
        const unsigned edgeAt = unsigned(rd2);
        bytes[rd2 - 1] = uint8_t(bytes.size() - rd2);
        // A and AAAA for edge.cdn.example.net
        putPointer(bytes, edgeAt);
        putRecordFixed(bytes, kDnsTypeA, 1, 120, 4);
        for (unsigned v : {93u, 184u, 216u, 34u}) {
            put8(bytes, v);
        }
        putPointer(bytes, edgeAt);
        putRecordFixed(bytes, kDnsTypeAaaa, 1, 30, 16);
        const Bytes v6 = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x05};
        bytes.insert(bytes.end(), v6.begin(), v6.end());
        bytes[7] = 4;
    }
};

TEST(DnsName, ReadsLabelsLowerCaseAndFollowsPointers) {
    Bytes b(12, 0);
    putName(b, "WWW.Example.COM");
    const size_t second = b.size();
    putNameThenPointer(b, "mail", 16);  // "mail" + pointer to "example.com"
    std::string name;
    size_t next = 0;
    ASSERT_EQ(nameAt(b, 12, name, next), ParseStatus::Ok);
    EXPECT_EQ(name, "www.example.com");
    EXPECT_EQ(next, second);
    ASSERT_EQ(nameAt(b, second, name, next), ParseStatus::Ok);
    EXPECT_EQ(name, "mail.example.com");
    EXPECT_EQ(next, b.size());
}

TEST(DnsName, RootIsEmpty) {
    const Bytes b = {0};
    std::string name = "x";
    size_t next = 0;
    ASSERT_EQ(nameAt(b, 0, name, next), ParseStatus::Ok);
    EXPECT_EQ(name, "");
    EXPECT_EQ(next, 1u);
}

TEST(DnsName, EscapesBytesThatAreNotPrintable) {
    Bytes b;
    put8(b, 5);
    putText(b, "a.b\\");
    put8(b, 0x07);
    put8(b, 0);
    std::string name;
    size_t next = 0;
    ASSERT_EQ(nameAt(b, 0, name, next), ParseStatus::Ok);
    EXPECT_EQ(name, "a\\.b\\\\\\007");
}

TEST(DnsName, PointerLoopsAndForwardPointersAreMalformed) {
    std::string name;
    size_t next = 0;
    Bytes self(12, 0);
    putPointer(self, 12);  // points at itself
    EXPECT_EQ(nameAt(self, 12, name, next), ParseStatus::Malformed);
    Bytes pair(12, 0);
    putNameThenPointer(pair, "a", 12);  // "a" then back to its own start
    EXPECT_EQ(nameAt(pair, 12, name, next), ParseStatus::Malformed);
    Bytes forward(12, 0);
    putPointer(forward, 14);
    putName(forward, "x");
    EXPECT_EQ(nameAt(forward, 12, name, next), ParseStatus::Malformed);
    // Two pointers that point at each other.
    Bytes twoWay;
    putPointer(twoWay, 2);
    putPointer(twoWay, 0);
    EXPECT_EQ(nameAt(twoWay, 2, name, next), ParseStatus::Malformed);
}

TEST(DnsName, LimitsOnLabelsAndNames) {
    std::string name;
    size_t next = 0;
    Bytes long63;
    put8(long63, 63);
    long63.resize(64, 'a');
    put8(long63, 0);
    EXPECT_EQ(nameAt(long63, 0, name, next), ParseStatus::Ok);
    Bytes extended = {0x41, 'a', 0};  // label type 01: not a length, not a pointer
    EXPECT_EQ(nameAt(extended, 0, name, next), ParseStatus::Malformed);
    Bytes reserved = {0x80, 'a', 0};
    EXPECT_EQ(nameAt(reserved, 0, name, next), ParseStatus::Malformed);
    // 4 labels of 63 bytes: 4 * 64 + 1 = 257 wire bytes > 255.
    Bytes tooLong;
    for (int i = 0; i < 4; ++i) {
        put8(tooLong, 63);
        tooLong.resize(tooLong.size() + 63, 'b');
    }
    put8(tooLong, 0);
    EXPECT_EQ(nameAt(tooLong, 0, name, next), ParseStatus::Malformed);
    // Exactly 255: 3 * 64 + 62 + 1.
    Bytes max;
    for (int i = 0; i < 3; ++i) {
        put8(max, 63);
        max.resize(max.size() + 63, 'c');
    }
    put8(max, 61);
    max.resize(max.size() + 61, 'd');
    put8(max, 0);
    ASSERT_EQ(max.size(), 255u);
    EXPECT_EQ(nameAt(max, 0, name, next), ParseStatus::Ok);
}

TEST(DnsName, TruncatedInsideLabelOrPointer) {
    std::string name;
    size_t next = 0;
    Bytes b;
    putName(b, "www.example.com");
    for (size_t n = 0; n < b.size(); ++n) {
        const Bytes prefix(b.begin(), b.begin() + long(n));
        EXPECT_EQ(nameAt(prefix, 0, name, next), ParseStatus::Truncated) << n;
    }
    const Bytes halfPointer = {0xc0};
    EXPECT_EQ(nameAt(halfPointer, 0, name, next), ParseStatus::Truncated);
}

TEST(DnsName, AppendRejectsBadNames) {
    Bytes out;
    EXPECT_TRUE(appendDnsName("example.com.", out));
    EXPECT_EQ(out, (Bytes{7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0}));
    out.clear();
    EXPECT_TRUE(appendDnsName("", out));
    EXPECT_EQ(out, Bytes{0});
    out.clear();
    EXPECT_FALSE(appendDnsName("a..b", out));
    EXPECT_FALSE(appendDnsName(".a", out));
    EXPECT_FALSE(appendDnsName("a..", out));
    EXPECT_FALSE(appendDnsName(std::string(64, 'x') + ".com", out));
    EXPECT_TRUE(out.empty());
}

TEST(DnsName, ReverseNamesRoundTrip) {
    EXPECT_EQ(reverseDnsName(ip("192.0.2.10")), "10.2.0.192.in-addr.arpa");
    EXPECT_EQ(reverseDnsName(ip("2001:db8::567:89ab")),
              "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    for (const char* a : {"192.0.2.10", "0.0.0.0", "255.255.255.255", "2001:db8::567:89ab", "::1",
                          "fe80::1:2:3:4"}) {
        EXPECT_EQ(addressFromReverseName(reverseDnsName(ip(a))), ip(a)) << a;
    }
    EXPECT_EQ(addressFromReverseName("10.2.0.192.IN-ADDR.ARPA."), ip("192.0.2.10"));
    EXPECT_FALSE(addressFromReverseName("2.0.192.in-addr.arpa"));  // a network
    EXPECT_FALSE(addressFromReverseName("256.2.0.192.in-addr.arpa"));
    EXPECT_FALSE(addressFromReverseName("1.10.2.0.192.in-addr.arpa"));
    EXPECT_FALSE(addressFromReverseName("a.2.0.192.in-addr.arpa"));
    EXPECT_FALSE(addressFromReverseName("1.0.ip6.arpa"));
    EXPECT_FALSE(addressFromReverseName("www.example.com"));
    EXPECT_EQ(reverseDnsName(IpAddress()), "");
}

TEST(DnsMessage, ParsesHeaderQuestionAndCompressedChain) {
    const ChainResponse r;
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(r.bytes, m), ParseStatus::Ok);
    EXPECT_EQ(m.id, 0x1234);
    EXPECT_TRUE(m.response);
    EXPECT_TRUE(m.recursionDesired);
    EXPECT_EQ(m.rcode, kDnsRcodeNoError);
    ASSERT_EQ(m.questions.size(), 1u);
    EXPECT_EQ(m.questions[0].name, "www.example.com");
    EXPECT_EQ(m.questions[0].type, kDnsTypeA);
    ASSERT_EQ(m.answers.size(), 4u);
    EXPECT_EQ(m.answers[0].name, "www.example.com");
    EXPECT_EQ(m.answers[0].target, "cdn.example.net");
    EXPECT_EQ(m.answers[0].ttl, 300u);
    EXPECT_EQ(m.answers[1].name, "cdn.example.net");
    EXPECT_EQ(m.answers[1].target, "edge.cdn.example.net");
    EXPECT_EQ(m.answers[2].name, "edge.cdn.example.net");
    EXPECT_EQ(m.answers[2].address, ip("93.184.216.34"));
    EXPECT_EQ(m.answers[3].address, ip("2001:db8::5"));
}

TEST(DnsMessage, EveryTruncationSaysTruncated) {
    const ChainResponse r;
    DnsMessage m;
    for (size_t n = 0; n < r.bytes.size(); ++n) {
        auto copy = exactCopy(r.bytes, n);
        EXPECT_EQ(parseDnsMessage(std::span<const uint8_t>(copy.get(), n), m),
                  ParseStatus::Truncated)
            << "cut at " << n;
    }
    auto whole = exactCopy(r.bytes, r.bytes.size());
    EXPECT_EQ(parseDnsMessage(std::span<const uint8_t>(whole.get(), r.bytes.size()), m),
              ParseStatus::Ok);
}

TEST(DnsMessage, AuthorityAndAdditionalAreNotNeeded) {
    ChainResponse r;
    r.bytes[9] = 1;  // one authority record that is not there
    DnsMessage m;
    EXPECT_EQ(parseDnsMessage(r.bytes, m), ParseStatus::Ok);
    EXPECT_EQ(m.authorityCount, 1);
}

TEST(DnsMessage, BadRecordLengthsAreMalformed) {
    Bytes a;
    putHeader(a, 1, kResponseFlags, 0, 1);
    putName(a, "x.example");
    putRecordFixed(a, kDnsTypeA, 1, 10, 5);
    a.insert(a.end(), {1, 2, 3, 4, 5});
    DnsMessage m;
    EXPECT_EQ(parseDnsMessage(a, m), ParseStatus::Malformed);

    Bytes aaaa;
    putHeader(aaaa, 1, kResponseFlags, 0, 1);
    putName(aaaa, "x.example");
    putRecordFixed(aaaa, kDnsTypeAaaa, 1, 10, 4);
    aaaa.insert(aaaa.end(), {1, 2, 3, 4});
    EXPECT_EQ(parseDnsMessage(aaaa, m), ParseStatus::Malformed);

    // A CNAME whose name runs past its record data.
    Bytes cname;
    putHeader(cname, 1, kResponseFlags, 0, 1);
    putName(cname, "x.example");
    putRecordFixed(cname, kDnsTypeCname, 1, 10, 3);
    putName(cname, "target.example");
    EXPECT_EQ(parseDnsMessage(cname, m), ParseStatus::Malformed);

    // A CNAME whose name ends before its record data does.
    Bytes shortName;
    putHeader(shortName, 1, kResponseFlags, 0, 1);
    putName(shortName, "x.example");
    putRecordFixed(shortName, kDnsTypeCname, 1, 10, 6);
    putName(shortName, "ab");
    put16(shortName, 0);
    EXPECT_EQ(parseDnsMessage(shortName, m), ParseStatus::Malformed);
}

TEST(DnsMessage, HugeCountsOnATinyMessageEndQuickly) {
    Bytes b;
    putHeader(b, 1, kResponseFlags, 0xffff, 0xffff, 0xffff, 0xffff);
    DnsMessage m;
    EXPECT_EQ(parseDnsMessage(b, m), ParseStatus::Truncated);
    EXPECT_EQ(m.questionCount, 0xffff);
}

TEST(DnsLearning, ChainLeadsBackToTheQuestion) {
    const ChainResponse r;
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(r.bytes, m), ParseStatus::Ok);
    const auto l = learnFromDnsResponse(m);
    ASSERT_EQ(l.size(), 2u);
    EXPECT_EQ(l[0].address, ip("93.184.216.34"));
    EXPECT_EQ(l[0].name, "www.example.com");
    EXPECT_EQ(l[0].canonical, "edge.cdn.example.net");
    EXPECT_EQ(l[0].ttl, 60u);  // the smallest along the chain
    EXPECT_FALSE(l[0].reverse);
    EXPECT_EQ(l[1].address, ip("2001:db8::5"));
    EXPECT_EQ(l[1].ttl, 30u);
}

TEST(DnsLearning, NothingFromErrorsQueriesOrUnrelatedAnswers) {
    ChainResponse nx;
    nx.bytes[3] = 0x83;  // NXDOMAIN
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(nx.bytes, m), ParseStatus::Ok);
    EXPECT_TRUE(learnFromDnsResponse(m).empty());

    ChainResponse query;
    query.bytes[2] = 0x01;  // QR = 0
    ASSERT_EQ(parseDnsMessage(query.bytes, m), ParseStatus::Ok);
    EXPECT_TRUE(learnFromDnsResponse(m).empty());

    Bytes unrelated;
    putHeader(unrelated, 7, kResponseFlags, 1, 1);
    putName(unrelated, "asked.example");
    put16(unrelated, kDnsTypeA);
    put16(unrelated, 1);
    putName(unrelated, "other.example");
    putRecordFixed(unrelated, kDnsTypeA, 1, 10, 4);
    unrelated.insert(unrelated.end(), {10, 0, 0, 1});
    ASSERT_EQ(parseDnsMessage(unrelated, m), ParseStatus::Ok);
    EXPECT_TRUE(learnFromDnsResponse(m).empty());
}

TEST(DnsLearning, CnameLoopEnds) {
    Bytes b;
    putHeader(b, 7, kResponseFlags, 1, 3);
    putName(b, "a.example");  // 12
    put16(b, kDnsTypeA);
    put16(b, 1);
    putName(b, "b.example");
    putRecordFixed(b, kDnsTypeCname, 1, 10, 11);
    putName(b, "c.example");
    putName(b, "c.example");
    putRecordFixed(b, kDnsTypeCname, 1, 10, 11);
    putName(b, "b.example");
    putName(b, "b.example");
    putRecordFixed(b, kDnsTypeA, 1, 10, 4);
    b.insert(b.end(), {10, 0, 0, 2});
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(b, m), ParseStatus::Ok);
    EXPECT_TRUE(learnFromDnsResponse(m).empty());  // the loop never reaches a.example
}

TEST(DnsLearning, MdnsAnswersWithoutQuestionAndPtrAnswers) {
    Bytes b;
    putHeader(b, 0, 0x8400, 0, 2);  // mDNS: QR, AA, no question
    putName(b, "printer.local");
    putRecordFixed(b, kDnsTypeA, 0x8001, 120, 4);  // cache-flush bit set
    b.insert(b.end(), {192, 168, 1, 20});
    putName(b, "20.1.168.192.in-addr.arpa");
    const size_t rd = b.size() + 10;
    putRecordFixed(b, kDnsTypePtr, 0x8001, 120, 0);
    putName(b, "printer.local");
    b[rd - 1] = uint8_t(b.size() - rd);
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(b, m), ParseStatus::Ok);
    const auto l = learnFromDnsResponse(m);
    ASSERT_EQ(l.size(), 2u);
    EXPECT_EQ(l[0].address, ip("192.168.1.20"));
    EXPECT_EQ(l[0].name, "printer.local");
    EXPECT_FALSE(l[0].reverse);
    EXPECT_EQ(l[1].address, ip("192.168.1.20"));
    EXPECT_EQ(l[1].name, "printer.local");
    EXPECT_TRUE(l[1].reverse);
}

TEST(DnsLearning, TtlWithTopBitIsZero) {
    Bytes b;
    putHeader(b, 7, kResponseFlags, 1, 1);
    putName(b, "t.example");
    put16(b, kDnsTypeA);
    put16(b, 1);
    putPointer(b, 12);
    putRecordFixed(b, kDnsTypeA, 1, 0x80000001u, 4);
    b.insert(b.end(), {10, 0, 0, 3});
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(b, m), ParseStatus::Ok);
    const auto l = learnFromDnsResponse(m);
    ASSERT_EQ(l.size(), 1u);
    EXPECT_EQ(l[0].ttl, 0u);
}

// --- PTR queries and answers, as the reverse DNS client sends and reads them.

Bytes ptrResponse(uint16_t id, const IpAddress& a, uint8_t rcode, const char* name, uint32_t ttl) {
    Bytes b;
    putHeader(b, id, uint16_t(0x8180 | rcode), 1, name ? 1 : 0);
    putName(b, reverseDnsName(a));
    put16(b, kDnsTypePtr);
    put16(b, 1);
    if (name) {
        putPointer(b, 12);
        const size_t rd = b.size() + 10;
        putRecordFixed(b, kDnsTypePtr, 1, ttl, 0);
        putName(b, name);
        b[rd - 1] = uint8_t(b.size() - rd);
    }
    return b;
}

TEST(PtrQuery, QueryParsesBackAsAStandardQuery) {
    const Bytes q = buildPtrQuery(0xbeef, ip("192.0.2.1"));
    DnsMessage m;
    ASSERT_EQ(parseDnsMessage(q, m), ParseStatus::Ok);
    EXPECT_EQ(m.id, 0xbeef);
    EXPECT_FALSE(m.response);
    EXPECT_TRUE(m.recursionDesired);
    ASSERT_EQ(m.questions.size(), 1u);
    EXPECT_EQ(m.questions[0].name, "1.2.0.192.in-addr.arpa");
    EXPECT_EQ(m.questions[0].type, kDnsTypePtr);
}

TEST(PtrQuery, AnswersAreMatchedAndRead) {
    const IpAddress a = ip("192.0.2.1");
    PtrAnswer found = readPtrAnswer(ptrResponse(7, a, 0, "Host.Example", 3600), 7, a);
    EXPECT_TRUE(found.matches);
    EXPECT_EQ(found.status, ReverseDnsStatus::Found);
    EXPECT_EQ(found.name, "host.example");
    EXPECT_EQ(found.ttl, 3600u);
    EXPECT_FALSE(readPtrAnswer(ptrResponse(8, a, 0, "h", 1), 7, a).matches);  // other id
    EXPECT_FALSE(readPtrAnswer(ptrResponse(7, ip("192.0.2.2"), 0, "h", 1), 7, a).matches);
    EXPECT_FALSE(readPtrAnswer(buildPtrQuery(7, a), 7, a).matches);  // not a response
    EXPECT_EQ(readPtrAnswer(ptrResponse(7, a, 3, nullptr, 0), 7, a).status,
              ReverseDnsStatus::NoName);
    EXPECT_EQ(readPtrAnswer(ptrResponse(7, a, 0, nullptr, 0), 7, a).status,
              ReverseDnsStatus::NoName);
    EXPECT_EQ(readPtrAnswer(ptrResponse(7, a, 2, nullptr, 0), 7, a).status,
              ReverseDnsStatus::Failed);
}

TEST(PtrQuery, ClasslessDelegationCnameIsFollowed) {
    // RFC 2317: 1.2.0.192.in-addr.arpa CNAME 1.0/25.2.0.192.in-addr.arpa, which has the PTR.
    const IpAddress a = ip("192.0.2.1");
    Bytes b;
    putHeader(b, 9, kResponseFlags, 1, 2);
    putName(b, reverseDnsName(a));
    put16(b, kDnsTypePtr);
    put16(b, 1);
    putPointer(b, 12);
    const size_t rd = b.size() + 10;
    putRecordFixed(b, kDnsTypeCname, 1, 500, 0);
    putName(b, "1.0/25.2.0.192.in-addr.arpa");
    b[rd - 1] = uint8_t(b.size() - rd);
    putPointer(b, unsigned(rd));
    const size_t rd2 = b.size() + 10;
    putRecordFixed(b, kDnsTypePtr, 1, 200, 0);
    putName(b, "small.example");
    b[rd2 - 1] = uint8_t(b.size() - rd2);
    const PtrAnswer p = readPtrAnswer(b, 9, a);
    EXPECT_EQ(p.status, ReverseDnsStatus::Found);
    EXPECT_EQ(p.name, "small.example");
    EXPECT_EQ(p.ttl, 200u);
}

}  // namespace
}  // namespace flowscope
