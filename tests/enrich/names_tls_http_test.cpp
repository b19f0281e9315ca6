// TLS ClientHello SNI and HTTP Host parsers: hand-made messages, every truncation.
#include <gtest/gtest.h>

#include <string>

#include "core/enrich/http_host.h"
#include "core/enrich/tls_client_hello.h"
#include "tests/enrich/names_dns_builder.h"

namespace flowscope {
namespace {

using namespace flowscope::names_test;

ParseStatus sni(const Bytes& b, std::string& name) {
    return parseTlsClientHelloSni(std::span(b.data(), b.size()), name);
}

ParseStatus host(std::string_view text, std::string& name) {
    const Bytes b = textBytes(text);
    return parseHttpHost(std::span(b.data(), b.size()), name);
}

// Extensions as a browser sends them: some before the server_name, some after.
Bytes typicalExtensions(std::string_view name) {
    Bytes e = tlsExtension(0x0017, {});  // extended_master_secret
    const Bytes groups = tlsExtension(0x000a, {0, 4, 0, 0x1d, 0, 0x17});
    e.insert(e.end(), groups.begin(), groups.end());
    const Bytes s = sniExtension(name);
    e.insert(e.end(), s.begin(), s.end());
    const Bytes alpn = tlsExtension(0x0010, {0, 3, 2, 'h', '2'});
    e.insert(e.end(), alpn.begin(), alpn.end());
    return e;
}

TEST(TlsClientHello, FindsTheServerName) {
    const Bytes b = tlsRecords(clientHello(typicalExtensions("WWW.Example.org")));
    std::string name;
    EXPECT_TRUE(looksLikeTlsClientHello(b));
    ASSERT_EQ(sni(b, name), ParseStatus::Ok);
    EXPECT_EQ(name, "www.example.org");
}

TEST(TlsClientHello, EveryTruncationBeforeTheNameSaysTruncated) {
    const Bytes hs = clientHello(typicalExtensions("a.example.org"));
    for (size_t fragment : {size_t(16384), size_t(50), size_t(7)}) {
        const Bytes b = tlsRecords(hs, fragment);
        // The offset just past the name in the records.
        const std::string target = "a.example.org";
        const auto at = std::search(b.begin(), b.end(), target.begin(), target.end());
        // With small fragments the name may be split by a record header; then find the end by
        // parsing prefixes: the first Ok must come at or after the end of the visible name.
        size_t firstOk = b.size() + 1;
        for (size_t n = 0; n <= b.size(); ++n) {
            auto copy = exactCopy(b, n);
            std::string name;
            const ParseStatus s =
                parseTlsClientHelloSni(std::span<const uint8_t>(copy.get(), n), name);
            if (s == ParseStatus::Ok) {
                EXPECT_EQ(name, target) << "fragment " << fragment << " cut " << n;
                firstOk = std::min(firstOk, n);
            } else {
                EXPECT_EQ(s, ParseStatus::Truncated) << "fragment " << fragment << " cut " << n;
                EXPECT_GT(firstOk, n) << "Ok then not Ok at " << n;
            }
        }
        if (at != b.end()) {
            EXPECT_EQ(firstOk, size_t(at - b.begin()) + target.size()) << fragment;
        }
        EXPECT_LE(firstOk, b.size());
    }
}

TEST(TlsClientHello, AbsentWhenThereIsNoServerName) {
    std::string name;
    EXPECT_EQ(sni(tlsRecords(clientHello({}, false)), name), ParseStatus::Absent);
    EXPECT_EQ(sni(tlsRecords(clientHello(tlsExtension(0x0017, {}))), name), ParseStatus::Absent);
    // A server_name list with only a non-host_name entry.
    const Bytes odd = tlsExtension(0, {0, 4, 7, 0, 1, 'x'});
    EXPECT_EQ(sni(tlsRecords(clientHello(odd)), name), ParseStatus::Absent);
}

TEST(TlsClientHello, OtherForOtherRecordsAndHandshakes) {
    std::string name;
    EXPECT_EQ(sni(tlsRecords(clientHello(typicalExtensions("x.org")), 16384, 23), name),
              ParseStatus::Other);  // application data
    Bytes serverHello = clientHello({});
    serverHello[0] = 2;
    EXPECT_EQ(sni(tlsRecords(serverHello), name), ParseStatus::Other);
    EXPECT_EQ(sni(textBytes("GET / HTTP/1.1\r\n"), name), ParseStatus::Other);
    EXPECT_FALSE(looksLikeTlsClientHello(tlsRecords(serverHello)));
}

TEST(TlsClientHello, MalformedLengthsAndNames) {
    std::string name;
    // An extension longer than the extensions block.
    Bytes ext = typicalExtensions("x.org");
    Bytes hs = clientHello(ext);
    Bytes bad = hs;
    // The first extension's length field sits 4 bytes into the extensions block, which ends
    // the message: patch it to overrun.
    const size_t extStart = hs.size() - ext.size();
    bad[extStart + 2] = 0x7f;
    EXPECT_EQ(sni(tlsRecords(bad), name), ParseStatus::Malformed);
    // A session id over 32 bytes.
    EXPECT_EQ(sni(tlsRecords(clientHello(ext, true, 33)), name), ParseStatus::Malformed);
    // A name with a space, and an empty name.
    EXPECT_EQ(sni(tlsRecords(clientHello(sniExtension("bad name"))), name), ParseStatus::Malformed);
    EXPECT_EQ(sni(tlsRecords(clientHello(sniExtension(""))), name), ParseStatus::Malformed);
    // A record that is not a handshake record before the ClientHello is complete.
    Bytes records = tlsRecords(clientHello(typicalExtensions("x.org")), 20);
    records[25] = 23;  // second record's content type
    EXPECT_EQ(sni(records, name), ParseStatus::Malformed);
    // A zero-length record.
    Bytes empty = {22, 3, 1, 0, 0};
    EXPECT_EQ(sni(empty, name), ParseStatus::Malformed);
}

TEST(TlsClientHello, ABadRecordAfterTheNameDoesNotUnreadIt) {
    // The name is in the first record; the second cannot continue the handshake. The name was
    // read, so the answer is the same as for the first record alone (Ok), not Malformed.
    Bytes ext = sniExtension("first.example");
    const Bytes padding = tlsExtension(0x0015, Bytes(300, 0));
    ext.insert(ext.end(), padding.begin(), padding.end());
    Bytes records = tlsRecords(clientHello(ext), 200);
    records[205] = 23;  // second record: application data
    std::string name;
    ASSERT_EQ(sni(records, name), ParseStatus::Ok);
    EXPECT_EQ(name, "first.example");
}

TEST(TlsClientHello, TheNameIsFoundBeforeTheEndOfTheMessage) {
    // Only the bytes up to the server_name are needed: later ones may be missing.
    Bytes ext = sniExtension("early.example");
    const Bytes padding = tlsExtension(0x0015, Bytes(500, 0));
    ext.insert(ext.end(), padding.begin(), padding.end());
    const Bytes b = tlsRecords(clientHello(ext));
    const Bytes cut(b.begin(), b.begin() + 150);
    std::string name;
    ASSERT_EQ(sni(cut, name), ParseStatus::Ok);
    EXPECT_EQ(name, "early.example");
}

TEST(HttpHost, HostHeader) {
    std::string name;
    ASSERT_EQ(
        host("GET /index.html HTTP/1.1\r\nUser-Agent: x\r\nHOST: WWW.Example.com\r\n\r\n", name),
        ParseStatus::Ok);
    EXPECT_EQ(name, "www.example.com");
    ASSERT_EQ(host("POST /x HTTP/1.0\nhost:example.com:8080\n\n", name), ParseStatus::Ok);
    EXPECT_EQ(name, "example.com");
    ASSERT_EQ(host("GET / HTTP/1.1\r\nHost: [2001:db8::1]:8080\r\n\r\n", name), ParseStatus::Ok);
    EXPECT_EQ(name, "2001:db8::1");
    ASSERT_EQ(host("GET / HTTP/1.1\r\nHost: 192.0.2.7\r\n\r\n", name), ParseStatus::Ok);
    EXPECT_EQ(name, "192.0.2.7");
}

TEST(HttpHost, TargetAuthorityWins) {
    std::string name;
    ASSERT_EQ(host("GET http://user@Proxy.Example:3128/a?b HTTP/1.1\r\nHost: other\r\n\r\n", name),
              ParseStatus::Ok);
    EXPECT_EQ(name, "proxy.example");
    ASSERT_EQ(host("CONNECT tunnel.example:443 HTTP/1.1\r\n\r\n", name), ParseStatus::Ok);
    EXPECT_EQ(name, "tunnel.example");
}

TEST(HttpHost, AbsentOtherMalformed) {
    std::string name;
    EXPECT_EQ(host("GET / HTTP/1.0\r\nAccept: */*\r\n\r\n", name), ParseStatus::Absent);
    EXPECT_EQ(host("GET / HTTP/1.1\r\nHost:\r\n\r\n", name), ParseStatus::Absent);
    EXPECT_EQ(host("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", name), ParseStatus::Other);
    EXPECT_EQ(host("GET /\r\n", name), ParseStatus::Other);  // HTTP/0.9
    EXPECT_EQ(host("get / HTTP/1.1\r\n", name), ParseStatus::Other);
    EXPECT_EQ(host("HTTP/1.1 200 OK\r\n", name), ParseStatus::Other);  // a response
    EXPECT_EQ(host("SSH-2.0-OpenSSH\r\n", name), ParseStatus::Other);
    EXPECT_EQ(host("GET / HTTP/1.1\r\nHost: bad host\r\n\r\n", name), ParseStatus::Malformed);
    EXPECT_EQ(host("GET / HTTP/1.1\r\nHost: h:80x\r\n\r\n", name), ParseStatus::Malformed);
    EXPECT_EQ(host("GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", name), ParseStatus::Malformed);
    EXPECT_EQ(host("GET " + std::string(9000, 'a') + " HTTP/1.1\r\n", name),
              ParseStatus::Malformed);
}

TEST(HttpHost, EveryTruncationBeforeTheHostLineSaysTruncated) {
    const std::string text = "GET /p HTTP/1.1\r\nAccept: */*\r\nHost: h.example\r\nX: y\r\n\r\n";
    const size_t hostLineEnd = text.find("h.example\r\n") + std::string("h.example\r\n").size();
    const Bytes b = textBytes(text);
    for (size_t n = 0; n <= b.size(); ++n) {
        auto copy = exactCopy(b, n);
        std::string name;
        const ParseStatus s = parseHttpHost(std::span<const uint8_t>(copy.get(), n), name);
        if (n >= hostLineEnd) {
            EXPECT_EQ(s, ParseStatus::Ok) << n;
            EXPECT_EQ(name, "h.example");
        } else {
            EXPECT_EQ(s, ParseStatus::Truncated) << n;
        }
    }
}

}  // namespace
}  // namespace flowscope
