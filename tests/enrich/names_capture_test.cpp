// NameLearner on the shared real captures: exact names, as computed with tshark.
//
// Expectations: tests/data/expected/names/<capture>.tsv, each made by
//   python3 tests/enrich/names_expected.py tests/data/pcap/<capture>
//       > tests/data/expected/names/<capture>.tsv
// (TShark 4.0.17, Debian 12; the script applies NameLearner's documented rules to tshark's
// dissection: tshark's DNS fields, its TLS reassembly and SNI field, its HTTP Host field).
// Lines: "conn FRAME SOURCE CLIENT CPORT SERVER SPORT NAME" (a connection named at that frame)
// and "addr ADDRESS SOURCE NAME" (the address table after the whole file).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"
#include "core/enrich/name_learner.h"
#include "core/packet/decoder.h"

namespace flowscope {
namespace {

struct Expected {
    std::vector<std::string> conns;
    std::map<std::string, std::string> addrs;  // address -> "source name"
};

Expected readExpected(const std::string& capture) {
    Expected e;
    std::ifstream in(std::string(FLOWSCOPE_TEST_DATA) + "/expected/names/" + capture + ".tsv");
    EXPECT_TRUE(in) << "no expectations for " << capture;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("conn\t", 0) == 0) {
            e.conns.push_back(line.substr(5));
        } else if (line.rfind("addr\t", 0) == 0) {
            const std::string rest = line.substr(5);
            const size_t tab = rest.find('\t');
            std::string value = rest.substr(tab + 1);
            value[value.find('\t')] = ' ';
            e.addrs[rest.substr(0, tab)] = value;
        }
    }
    return e;
}

struct CaptureRun {
    std::vector<std::string> conns;
    NameLearnerCounters counters;
    std::map<std::string, std::string> addrs;
    size_t addressCount = 0;
};

// Feeds every frame of `capture`, handing the learner at most `copyBytes` of each.
CaptureRun runCapture(const std::string& capture, const std::vector<std::string>& addressesToLookUp,
                      uint32_t copyBytes = UINT32_MAX) {
    CaptureRun run;
    auto reader = FileReader::open(std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + capture);
    EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().message);
    if (!reader.ok()) {
        return run;
    }
    NameLearner learner;
    RawPacket raw;
    DecodedPacket decoded;
    uint64_t frame = 0;
    while ((*reader)->next(raw) == ReadStatus::Packet) {
        ++frame;
        const uint32_t length = std::min(raw.capturedLength, copyBytes);
        if (decodePacket(raw.linkType, raw.data, length, decoded) != DecodeStatus::Ip) {
            continue;
        }
        auto name = learner.observe(decoded, std::span<const uint8_t>(raw.data, length),
                                    raw.wireLength, raw.timestampNs);
        if (name) {
            std::ostringstream s;
            s << frame << '\t' << nameSourceName(name->source) << '\t' << name->client.toString()
              << '\t' << name->clientPort << '\t' << name->server.toString() << '\t'
              << name->serverPort << '\t' << name->name;
            run.conns.push_back(s.str());
        }
    }
    for (const std::string& a : addressesToLookUp) {
        if (auto entry = learner.lookup(*IpAddress::parse(a))) {
            run.addrs[a] = std::string(nameSourceName(entry->source)) + " " + entry->name;
        }
    }
    run.counters = learner.counters();
    run.addressCount = learner.addressCount();
    return run;
}

std::vector<std::string> keys(const std::map<std::string, std::string>& m) {
    std::vector<std::string> out;
    for (const auto& [k, v] : m) {
        out.push_back(k);
    }
    return out;
}

class NamesFromCapture : public ::testing::TestWithParam<const char*> {};

TEST_P(NamesFromCapture, MatchesTshark) {
    const std::string capture = GetParam();
    const Expected e = readExpected(capture);
    const CaptureRun run = runCapture(capture, keys(e.addrs));
    // Line by line, so that a failure names the frame.
    for (size_t i = 0; i < std::max(run.conns.size(), e.conns.size()); ++i) {
        const std::string got = i < run.conns.size() ? run.conns[i] : "(none)";
        const std::string want = i < e.conns.size() ? e.conns[i] : "(none)";
        if (got != want) {
            ADD_FAILURE() << "connection name " << i << ": got  " << got << "\n  expected " << want;
            break;
        }
    }
    EXPECT_EQ(run.conns.size(), e.conns.size());
    EXPECT_EQ(run.addrs, e.addrs);
    EXPECT_EQ(run.addressCount, e.addrs.size()) << "addresses named that tshark did not name";
    EXPECT_EQ(run.counters.dnsMalformed + run.counters.tlsMalformed, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    SharedCaptures, NamesFromCapture,
    ::testing::Values("pcapplusplus-example2.pcap", "pcapplusplus-example.pcap",
                      "pcapplusplus-DnsPackets.pcap", "pcapplusplus-tls2.pcap",
                      "pathspider-real.pcap", "ndpi-zoom.pcap", "ndpi-alexa-app.pcapng",
                      "pcapplusplus-many_interfaces-1.pcapng", "pcapplusplus-sll.pcap",
                      "pcapplusplus-raw_ip.pcap", "pcapplusplus-null_loopback.pcap",
                      "pcapplusplus-linktype_ipv4.pcap", "gopacket-test_loopback.pcap",
                      "suricata-verify-http-mime-truncated.pcap",
                      "suricata-verify-decode-sll2-02.pcap", "pcapplusplus-pcapng-example.pcapng",
                      "pcapplusplus-nanosecs_big_endian.pcap"),
    [](const ::testing::TestParamInfo<const char*>& info) {
        std::string name = info.param;
        for (char& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c))) {
                c = '_';
            }
        }
        return name;
    });

// The example: pcapplusplus-example2.pcap's DNS answers match its later flows.
// Spot checks, readable without the .tsv (from tshark -r pcapplusplus-example2.pcap
// -Y "dns.flags.response==1 || tls.handshake.type==1 || http.request").
TEST(NamesFromCapture, Example2SpotChecks) {
    const CaptureRun run = runCapture("pcapplusplus-example2.pcap",
                                      {"173.194.78.104", "212.199.219.232", "212.199.202.69",
                                       "168.61.58.14", "31.13.93.3", "137.116.210.57"});
    // Frame 54: www.google.com A 173.194.78.104 (no CNAME); frame 58: its ClientHello.
    EXPECT_EQ(run.addrs.at("173.194.78.104"), "dns www.google.com");
    ASSERT_FALSE(run.conns.empty());
    EXPECT_EQ(run.conns[0], "58\tsni\t10.0.0.1\t55194\t173.194.78.104\t443\twww.google.com");
    // Frame 73: the POST to clients1.google.com (its head ends in frame 74, where tshark
    // shows it; the Host line is in 73).
    EXPECT_EQ(run.conns[1], "73\thttp\t10.0.0.1\t55195\t212.199.219.232\t80\tclients1.google.com");
    // Frames 68/69 named 212.199.219.232 clients1.google.com (CNAME clients.l.google.com);
    // a later answer for apis.google.com (CNAME plus.l.google.com) names it again: the most
    // recent answer wins.
    EXPECT_EQ(run.addrs.at("212.199.219.232"), "dns apis.google.com");
    // 212.199.202.69 is a39.g.akamai.net, reached from www.ynet.co.il (frame 223), go.ynet.co.il
    // (frame 784), ...; the last name asked for it is 23tv.ynet.co.il.
    EXPECT_EQ(run.addrs.at("212.199.202.69"), "dns 23tv.ynet.co.il");
    // Frame 371: sf.exposebox.com CNAME exposebox.blob.core.windows.net CNAME blob.am3...
    // A 168.61.58.14; later the machine asked for exposebox.blob.core.windows.net itself.
    EXPECT_EQ(run.addrs.at("168.61.58.14"), "dns exposebox.blob.core.windows.net");
    // Frame 684: www.facebook.com CNAME star.c10r.facebook.com A 31.13.93.3; frame 809 is the
    // ClientHello to it with SNI www.facebook.com.
    EXPECT_EQ(run.addrs.at("31.13.93.3"), "dns www.facebook.com");
    // Frame 372: server.exposebox.com CNAME recommendations-exposebox.cloudapp.net.
    EXPECT_EQ(run.addrs.at("137.116.210.57"), "dns server.exposebox.com");
    EXPECT_EQ(run.counters.dnsResponses, 124u);
    EXPECT_EQ(run.counters.dnsTruncated, 0u);
    EXPECT_EQ(run.counters.clientHellos, 20u);
    EXPECT_EQ(run.counters.sniNames, 20u);
}

// How many DNS responses, ClientHellos and HTTP requests need more than the first 256 bytes
// of their frame (the engine's EngineConfig::copyBytes): printed for the record; the
// assertions only check that cutting frames loses names and never invents or misreads one.
TEST(NamesFromCapture, WhatA256ByteCopyLoses) {
    uint64_t dnsAll = 0, dnsCut = 0, tlsAll = 0, tlsCut = 0, httpAll = 0, httpCut = 0;
    for (const char* capture :
         {"pcapplusplus-example2.pcap", "pcapplusplus-example.pcap", "pcapplusplus-DnsPackets.pcap",
          "pcapplusplus-tls2.pcap", "pathspider-real.pcap", "ndpi-zoom.pcap",
          "ndpi-alexa-app.pcapng", "pcapplusplus-many_interfaces-1.pcapng"}) {
        const Expected e = readExpected(capture);
        const CaptureRun whole = runCapture(capture, keys(e.addrs));
        const CaptureRun cut = runCapture(capture, keys(e.addrs), 256);
        const NameLearnerCounters& w = whole.counters;
        const NameLearnerCounters& c = cut.counters;
        std::printf(
            "%-40s DNS responses %4llu, cut at 256: %4llu | ClientHellos %4llu (SNI %4llu), "
            "SNI lost at 256: %4llu | HTTP hosts %4llu, lost at 256: %4llu\n",
            capture, (unsigned long long)(w.dnsResponses), (unsigned long long)(c.dnsTruncated),
            (unsigned long long)(w.clientHellos), (unsigned long long)(w.sniNames),
            (unsigned long long)(w.sniNames - c.sniNames), (unsigned long long)(w.httpHosts),
            (unsigned long long)(w.httpHosts - c.httpHosts));
        dnsAll += w.dnsResponses;
        dnsCut += c.dnsTruncated;
        tlsAll += w.sniNames;
        tlsCut += w.sniNames - c.sniNames;
        httpAll += w.httpHosts;
        httpCut += w.httpHosts - c.httpHosts;
        EXPECT_EQ(c.dnsResponses + c.dnsTruncated, w.dnsResponses) << capture;
        EXPECT_EQ(c.dnsMalformed, w.dnsMalformed) << capture;
        EXPECT_LE(c.sniNames, w.sniNames) << capture;
        // Every name read from cut frames is one read from whole frames.
        for (const std::string& conn : cut.conns) {
            EXPECT_NE(std::find(whole.conns.begin(), whole.conns.end(), conn), whole.conns.end())
                << capture << ": " << conn;
        }
        for (const auto& [address, name] : cut.addrs) {
            if (name.rfind("dns ", 0) == 0) {
                EXPECT_EQ(whole.addrs.at(address).substr(0, 4), "dns ") << address;
            }
        }
    }
    std::printf(
        "total: DNS responses %llu, %llu need more than 256 bytes; SNI names %llu, %llu need "
        "more; HTTP hosts %llu, %llu need more\n",
        (unsigned long long)dnsAll, (unsigned long long)dnsCut, (unsigned long long)tlsAll,
        (unsigned long long)tlsCut, (unsigned long long)httpAll, (unsigned long long)httpCut);
    EXPECT_GT(dnsAll, 0u);
}

}  // namespace
}  // namespace flowscope
