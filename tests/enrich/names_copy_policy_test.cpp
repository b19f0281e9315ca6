// What the name learner still loses with the engine's copy policy (core/engine/payload_policy:
// frames that may carry a name are copied up to kNamePayloadBytes, the rest up to copyBytes),
// measured on the shared captures against whole frames.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"
#include "core/engine/payload_policy.h"
#include "core/enrich/name_learner.h"
#include "core/packet/decoder.h"

namespace flowscope {
namespace {

struct Outcome {
    std::vector<std::string> conns;
    NameLearnerCounters counters;
    std::vector<std::string> addressNames;  // every address of the capture: its name
};

// copyBytes == 0: whole frames; else the engine's policy with that copyBytes. `gated`: only the
// frames the engine passes on (NameLearner::mayLearnFrom, or something pending), as it does.
Outcome run(const std::string& capture, uint32_t copyBytes, bool gated = false) {
    Outcome out;
    auto reader = FileReader::open(std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + capture);
    EXPECT_TRUE(reader.ok()) << capture;
    if (!reader.ok()) {
        return out;
    }
    NameLearner learner;
    RawPacket raw;
    DecodedPacket decoded;
    std::set<IpAddress> addresses;
    uint64_t frame = 0;
    while ((*reader)->next(raw) == ReadStatus::Packet) {
        ++frame;
        const uint32_t length = copyBytes == 0 ? raw.capturedLength : bytesToCopy(raw, copyBytes);
        if (decodePacket(raw.linkType, raw.data, length, decoded) != DecodeStatus::Ip) {
            continue;
        }
        addresses.insert(decoded.src);
        addresses.insert(decoded.dst);
        const std::span<const uint8_t> bytes(raw.data, length);
        if (gated && !NameLearner::mayLearnFrom(decoded, bytes) && !learner.hasPending()) {
            continue;
        }
        if (auto name = learner.observe(decoded, bytes, raw.wireLength, raw.timestampNs)) {
            out.conns.push_back(std::to_string(frame) + " " + name->name);
        }
    }
    out.counters = learner.counters();
    for (const IpAddress& a : addresses) {
        const auto name = learner.lookup(a);
        out.addressNames.push_back(a.toString() + " " + (name ? name->name : "-") + " " +
                                   (name ? nameSourceName(name->source) : "-"));
    }
    return out;
}

// The engine hands the learner only the frames mayLearnFrom() accepts while nothing is pending
// (the capture thread asks, so that the engine need not read every payload): on every test
// capture that learns the same names, at the same frames, with the same counters.
TEST(NamesCopyPolicy, FramesMayLearnFromSkipsTeachNothing) {
    size_t captures = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(FLOWSCOPE_TEST_DATA) + "/pcap")) {
        const std::string name = entry.path().filename().string();
        if (name.find(".pcap") == std::string::npos || !FileReader::open(entry.path().string())) {
            continue;  // LICENSES, and the captures made to be unreadable
        }
        const Outcome all = run(name, 256);
        const Outcome gated = run(name, 256, true);
        EXPECT_EQ(gated.conns, all.conns) << name;
        EXPECT_EQ(gated.addressNames, all.addressNames) << name;
        EXPECT_EQ(std::memcmp(&gated.counters, &all.counters, sizeof all.counters), 0) << name;
        ++captures;
    }
    EXPECT_GE(captures, 20u);
}

// Note: a ClientHello split over two segments would lose its second segment beyond copyBytes
// (that segment does not start like a handshake record); none of these captures has one.
TEST(NamesCopyPolicy, EngineCopyPolicyKeepsTheNames) {
    unsigned long long lostConns = 0, lostDns = 0, reassembled = 0;
    for (const char* capture :
         {"pcapplusplus-example2.pcap", "pcapplusplus-example.pcap", "pcapplusplus-DnsPackets.pcap",
          "pcapplusplus-tls2.pcap", "pathspider-real.pcap", "ndpi-zoom.pcap",
          "ndpi-alexa-app.pcapng", "pcapplusplus-many_interfaces-1.pcapng"}) {
        const Outcome whole = run(capture, 0);
        const Outcome policy = run(capture, 256);
        const unsigned long long conns = whole.conns.size() - policy.conns.size();
        const unsigned long long dns = whole.counters.dnsResponses - policy.counters.dnsResponses;
        std::printf(
            "%-40s names %3zu, lost with the copy policy %llu (DNS responses lost "
            "%llu; ClientHellos over 2+ segments %llu)\n",
            capture, whole.conns.size(), conns, dns,
            (unsigned long long)whole.counters.tlsReassembled);
        lostConns += conns;
        lostDns += dns;
        reassembled += whole.counters.tlsReassembled;
        // On these captures nothing is lost: same names, at the same frames.
        EXPECT_EQ(policy.conns, whole.conns) << capture;
        EXPECT_EQ(policy.counters.dnsResponses, whole.counters.dnsResponses) << capture;
        EXPECT_EQ(policy.counters.dnsTruncated, 0u) << capture;
    }
    std::printf(
        "total lost with the copy policy: %llu connection names, %llu DNS responses; "
        "%llu ClientHellos came in 2+ segments\n",
        lostConns, lostDns, reassembled);
}

}  // namespace
}  // namespace flowscope
