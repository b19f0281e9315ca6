// ServiceTable: the built-in IANA table (resources/services.tsv), the choice between the two
// ports of a connection, and the parser's one-sentence errors.
#include "core/enrich/service_table.h"

#include <gtest/gtest.h>

namespace flowscope {
namespace {

constexpr uint8_t kTcp = 6;
constexpr uint8_t kUdp = 17;
constexpr uint8_t kSctp = 132;
constexpr uint8_t kDccp = 33;
constexpr uint8_t kIcmp = 1;

const ServiceTable& table() {
    static const ServiceTable t = [] {
        auto r = ServiceTable::loadEmbedded();
        EXPECT_TRUE(r.ok()) << r.error().message;
        return r.ok() ? std::move(r).value() : ServiceTable();
    }();
    return t;
}

TEST(ServiceTable, BuiltInTableHasIanaNames) {
    // tools/gen_services.py output: 11,600 port/protocol pairs from libwireshark-data 4.0.17.
    EXPECT_EQ(table().size(), 11600u);  // every data line of resources/services.tsv
    EXPECT_EQ(table().name(kTcp, 80), "http");
    EXPECT_EQ(table().name(kTcp, 443), "https");
    EXPECT_EQ(table().name(kUdp, 443), "https");
    EXPECT_EQ(table().name(kUdp, 53), "domain");
    EXPECT_EQ(table().name(kTcp, 22), "ssh");
    EXPECT_EQ(table().name(kUdp, 123), "ntp");
    EXPECT_EQ(table().name(kUdp, 5353), "mdns");
    EXPECT_EQ(table().name(kTcp, 3389), "ms-wbt-server");
    EXPECT_EQ(table().name(kSctp, 80), "http");
    EXPECT_EQ(table().name(kDccp, 9), "discard");
    // "x11 6000-6063/tcp/udp" is a range in the source: every port of it is there.
    EXPECT_EQ(table().name(kTcp, 6000), "x11");
    EXPECT_EQ(table().name(kUdp, 6031), "x11");
    EXPECT_EQ(table().name(kTcp, 6063), "x11");
    EXPECT_NE(table().name(kTcp, 6064), "x11");
    // Unregistered, port 0, and protocols without ports.
    EXPECT_EQ(table().name(kTcp, 61000), "");
    EXPECT_EQ(table().name(kTcp, 0), "");
    EXPECT_EQ(table().name(kIcmp, 80), "");
    // Ports only registered for one protocol.
    EXPECT_EQ(table().name(kTcp, 5228), "hpvroom");
    EXPECT_EQ(table().name(kUdp, 5228), "");
}

TEST(ServiceTable, PrefersTheWellKnownThenTheRemotePort) {
    const ServiceTable& t = table();
    // One side named: that one, whichever side it is.
    EXPECT_EQ(t.serviceFor(kTcp, 61000, 443), "https");
    EXPECT_EQ(t.serviceFor(kTcp, 80, 61000), "http");  // we are the server
    // Both named, only one well-known (< 1024): the well-known one, even when it is local.
    EXPECT_EQ(t.serviceFor(kTcp, 443, 3478), "https");  // 3478 is stun
    EXPECT_EQ(t.serviceFor(kTcp, 3478, 443), "https");
    // Both named and both well-known, or neither: the remote one.
    EXPECT_EQ(t.serviceFor(kTcp, 22, 80), "http");
    EXPECT_EQ(t.serviceFor(kTcp, 8080, 3306), "mysql");
    EXPECT_EQ(t.serviceFor(kUdp, 5353, 5353), "mdns");
    // Nothing named.
    EXPECT_EQ(t.serviceFor(kTcp, 61000, 61001), "");
    EXPECT_EQ(t.serviceFor(kIcmp, 0, 0), "");
}

TEST(ServiceTable, ParsesCommentsCrLfAndKeepsTheFirstName) {
    auto t =
        ServiceTable::parse("# comment\r\n\r\n80\ttcp\thttp\r\n80\ttcp\twww\n53\tudp\tdomain", "x");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->size(), 2u);
    EXPECT_EQ(t->name(kTcp, 80), "http");
    EXPECT_EQ(t->name(kUdp, 53), "domain");
    EXPECT_EQ(t->name(kUdp, 80), "");
    EXPECT_EQ(ServiceTable().serviceFor(kTcp, 1, 80), "");
}

TEST(ServiceTable, MalformedLinesAreOneSentenceWithTheLineNumber) {
    const char* bad[] = {"80\ttcp",     "http\ttcp\thttp", "0\ttcp\tzero",  "65536\ttcp\tbig",
                         "80\ticmp\tx", "80\ttcp\t",       "80\ttcp\ta\tb", "80 tcp http"};
    for (const char* line : bad) {
        auto t = ServiceTable::parse(std::string("# ok\n22\ttcp\tssh\n") + line + "\n", "'t.tsv'");
        ASSERT_FALSE(t.ok()) << line;
        const std::string& m = t.error().message;
        EXPECT_NE(m.find("'t.tsv'"), std::string::npos) << m;
        EXPECT_NE(m.find("line 3"), std::string::npos) << m;
        EXPECT_EQ(m.find('\n'), std::string::npos) << m;
        EXPECT_EQ(m.back(), '.') << m;
    }
    auto missing = ServiceTable::load("/nonexistent/services.tsv");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace flowscope
