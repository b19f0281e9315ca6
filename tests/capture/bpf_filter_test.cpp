// BpfFilter on file packets, filter validation, and listAdapters.
#include <gtest/gtest.h>

#include "capture_test_util.h"
#include "core/capture/adapters.h"
#include "core/capture/bpf_filter.h"
#include "core/capture/file_reader.h"

namespace flowscope {
namespace {

uint64_t countMatches(const std::string& file, const std::string& expression) {
    auto reader = FileReader::open(test::dataPath(file));
    EXPECT_TRUE(reader.ok());
    if (!reader.ok()) {
        return 0;
    }
    auto filter = BpfFilter::compile(expression, reader.value()->linkType());
    EXPECT_TRUE(filter.ok()) << filter.error().message;
    if (!filter.ok()) {
        return 0;
    }
    uint64_t n = 0;
    RawPacket p;
    while (reader.value()->next(p) == ReadStatus::Packet) {
        n += filter->matches(p) ? 1 : 0;
    }
    return n;
}

TEST(BpfFilter, MatchesLikeTshark) {
    // tshark -r pcapplusplus-DnsPackets.pcap -Y "udp.port==53" | wc -l
    EXPECT_EQ(countMatches("pcapplusplus-DnsPackets.pcap", "udp port 53"), 428u);
    // tshark -r pcapplusplus-example.pcap -Y tcp | wc -l
    EXPECT_EQ(countMatches("pcapplusplus-example.pcap", "tcp"), 4492u);
    // LINKTYPE_RAW (101) is DLT_RAW (12) for libpcap's compiler.
    // tshark -r pcapplusplus-raw_ip.pcap -Y tcp | wc -l
    EXPECT_EQ(countMatches("pcapplusplus-raw_ip.pcap", "tcp"), 92u);
    EXPECT_EQ(countMatches("pcapplusplus-example.pcap", ""), 4631u);  // empty: everything
}

TEST(BpfFilter, InvalidExpression) {
    auto filter = BpfFilter::compile("tcp port x", 1);
    ASSERT_FALSE(filter.ok());
    EXPECT_EQ(filter.error().code, ErrorCode::BadFilter);
    const std::string& m = filter.error().message;
    EXPECT_EQ(m.rfind("The capture filter \"tcp port x\" is invalid: ", 0), 0u) << m;
    EXPECT_NE(m.find("port"), std::string::npos) << m;

    EXPECT_FALSE(BpfFilter::validate("host 1.2.3.4 and and").ok());
    EXPECT_TRUE(BpfFilter::validate("host 1.2.3.4 and tcp").ok());
    EXPECT_TRUE(BpfFilter::validate("").ok());
}

TEST(BpfFilter, MoveKeepsProgram) {
    auto compiled = BpfFilter::compile("udp", 1);
    ASSERT_TRUE(compiled.ok());
    BpfFilter filter = std::move(compiled.value());
    EXPECT_EQ(filter.expression(), "udp");
    // Ethernet + IPv4 + UDP header, zero elsewhere.
    std::vector<uint8_t> frame(42, 0);
    frame[12] = 0x08;
    frame[14] = 0x45;
    frame[23] = 17;
    RawPacket p;
    p.data = frame.data();
    p.capturedLength = p.wireLength = static_cast<uint32_t>(frame.size());
    p.linkType = 1;
    EXPECT_TRUE(filter.matches(p));
    frame[23] = 6;
    EXPECT_FALSE(filter.matches(p));
}

TEST(Adapters, ListsLoopback) {
    auto adapters = listAdapters();
    ASSERT_TRUE(adapters.ok()) << adapters.error().message;
    bool sawLoopback = false;
    for (const AdapterInfo& a : adapters.value()) {
        EXPECT_FALSE(a.name.empty());
        if (a.name == "lo") {
            sawLoopback = true;
            EXPECT_TRUE(a.loopback);
            for (const AdapterAddress& addr : a.addresses) {
                if (addr.address == IpAddress::fromV4(0x7F000001)) {
                    EXPECT_EQ(addr.prefixLength, 8);
                }
                if (addr.address.isV6()) {
                    EXPECT_EQ(addr.prefixLength, 128);
                }
            }
        }
    }
    if (!sawLoopback) {
        GTEST_SKIP() << "this machine has no adapter named lo";
    }
}

TEST(Adapters, DefaultAdapter) {
    AdapterInfo lo{"lo", "", {{IpAddress::fromV4(0x7F000001), 8}}, true, true, true, false};
    AdapterInfo down{"eth9", "", {{IpAddress::fromV4(0x0A000001), 24}}, false, false, false, false};
    AdapterInfo noAddress{"eth1", "", {}, true, true, false, false};
    AdapterInfo good{"eth0", "", {{IpAddress::fromV4(0xC0A80102), 24}}, true, true, false, false};
    EXPECT_EQ(defaultAdapterName({lo, down, noAddress, good}), "eth0");
    EXPECT_EQ(defaultAdapterName({lo, down, noAddress}), "");
    EXPECT_EQ(defaultAdapterName({}), "");
}

}  // namespace
}  // namespace flowscope
