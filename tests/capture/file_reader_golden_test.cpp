// Golden checks of FileReader against every capture in tests/data/pcap.
//
// The expected numbers were computed with tshark/capinfos 4.0.17 (Debian 12):
//   count:      capinfos -M -c <file>   (and `tshark -r <file> -T fields -e frame.len | wc -l`)
//   wire bytes: tshark -r <file> -T fields -e frame.len | awk '{s+=$1} END {print s}'
//   first/last: tshark -r <file> -T fields -e frame.time_epoch | sed -n '1p;$p'
//               (in file order, not sorted; converted to integer nanoseconds)
//   link types: capinfos <file> ("Encapsulation = ... (N - name)" per interface), checked
//               against the LINKTYPE_* field of the pcap header / pcapng IDBs (xxd).
// For the damaged files capinfos/tshark stop with the error quoted next to them.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"

namespace flowscope {
namespace {

constexpr int64_t kMaxNs = std::numeric_limits<int64_t>::max();

struct Golden {
    const char* file;
    FileFormat format;
    uint64_t packets;
    uint64_t wireBytes;
    int64_t firstNs;
    int64_t lastNs;
    std::vector<uint32_t> linkTypes;  // per interface
    ReadStatus ending = ReadStatus::End;
    bool warns = false;
};

const std::vector<Golden>& goldens() {
    static const std::vector<Golden> g = {
        // capinfos: null (LINKTYPE_NULL 0)
        {"gopacket-test_loopback.pcap",
         FileFormat::Pcap,
         24,
         58179,
         1357492952275121000,
         1357492952508959000,
         {0}},
        {"ndpi-alexa-app.pcapng",
         FileFormat::Pcapng,
         3103,
         1171135,
         1490976022526783000,
         1490976198776068000,
         {1}},
        // pcapng despite the name
        {"ndpi-zoom.pcap",
         FileFormat::Pcapng,
         781,
         382666,
         1569520466080774000,
         1673445056996306000,
         {1}},
        {"pathspider-real.pcap",
         FileFormat::Pcap,
         62781,
         4626848,
         1353690039425111000,
         1353693638421204000,
         {1}},
        // capinfos: "An error occurred after reading 1 packets ... appears to have been cut
        // short in the middle of a packet." Record 2's header is garbage claiming 16896 bytes
        // that the file does not have: we treat it like tshark, as a truncated file.
        {"pcapfix-test_damaged.pcap",
         FileFormat::Pcap,
         1,
         74,
         1369248420080467000,
         1369248420080467000,
         {1},
         ReadStatus::End,
         true},
        {"pcapplusplus-DnsPackets.pcap",
         FileFormat::Pcap,
         464,
         57942,
         1413054930198203000,
         1413056207820523000,
         {1}},
        {"pcapplusplus-VlanPackets.pcap",
         FileFormat::Pcap,
         26,
         4686,
         1277840495135052000,
         1277840530538713000,
         {1}},
        {"pcapplusplus-example.pcap",
         FileFormat::Pcap,
         4631,
         3738523,
         1367526033491822000,
         1367526049137582000,
         {1}},
        {"pcapplusplus-example2.pcap",
         FileFormat::Pcap,
         4709,
         2856009,
         1277840495135052000,
         1420290330099620000,
         {1}},
        // capinfos: rawip4 (LINKTYPE_IPV4 228)
        {"pcapplusplus-linktype_ipv4.pcap",
         FileFormat::Pcap,
         2,
         210,
         1488848077610623000,
         1488848077628624000,
         {228}},
        // capinfos: 11 interfaces, #8 Raw IP written as DLT 12, #4 and #10 null
        {"pcapplusplus-many_interfaces-1.pcapng",
         FileFormat::Pcapng,
         64,
         15954,
         1439753725701607000,
         1439753728292345000,
         {1, 1, 1, 1, 0, 1, 1, 1, 12, 1, 0}},
        // capinfos -a: first packet time 1.000001234 (the earliest; it is the 2nd in the file)
        {"pcapplusplus-nanosecs.pcap", FileFormat::PcapNano, 2, 32, 1000002000, 1000001234, {1}},
        {"pcapplusplus-nanosecs_big_endian.pcap",
         FileFormat::PcapNano,
         10,
         2198,
         1766361926167647291,
         1766361926168451894,
         {1}},
        {"pcapplusplus-null_loopback.pcap",
         FileFormat::Pcap,
         3,
         924,
         1360854457375051000,
         1413056123956615000,
         {0}},
        // tshark: last frame.time_epoch 18446744073204.277451 s (year 586524), beyond int64
        // nanoseconds: saturated.
        {"pcapplusplus-pcapng-example.pcapng",
         FileFormat::Pcapng,
         159,
         57465,
         1422527998578402281,
         kMaxNs,
         {1, 113}},
        // capinfos: rawip (LINKTYPE_RAW 101)
        {"pcapplusplus-raw_ip.pcap",
         FileFormat::Pcap,
         100,
         31018,
         1147551795526632000,
         1488848077767141000,
         {101}},
        {"pcapplusplus-sll.pcap",
         FileFormat::Pcap,
         518,
         451558,
         1465939067790511000,
         1465939118808423000,
         {113}},
        {"pcapplusplus-sll2.pcap",
         FileFormat::Pcap,
         3,
         211,
         1668510343193355000,
         1668510343193835000,
         {276}},
        {"pcapplusplus-tls2.pcap",
         FileFormat::Pcap,
         7451,
         2734637,
         1609829736669007000,
         1609829882471134000,
         {1}},
        {"suricata-verify-decode-sll2-02.pcap",
         FileFormat::Pcap,
         159,
         2610421,
         1736381483613927000,
         1736381483634085000,
         {276}},
        // capinfos: "An error occurred after reading 2696 packets ... cut short in the middle
        // of a packet."
        {"suricata-verify-http-mime-truncated.pcap",
         FileFormat::Pcap,
         2696,
         2672299,
         1567255440735719000,
         1567255455207352000,
         {1},
         ReadStatus::End,
         true},
        // capinfos: "An error occurred after reading 18 packets ... (pcap: File has
        // 3925868813-byte packet, bigger than maximum of 262144)"
        {"suricata-verify-smtp-to-comma.pcap",
         FileFormat::Pcap,
         18,
         3383,
         1564419705390017000,
         1564419707068972000,
         {1},
         ReadStatus::Error},
        {"zeek-echo-connections.pcap",
         FileFormat::Pcap,
         82582,
         5512362,
         1627225020686470000,
         1627225027180797000,
         {1}},
        {"zeek-telnet-long-line-no-eol.pcapng",
         FileFormat::Pcapng,
         13987,
         17532514,
         1781209740995116000,
         1781209743572583000,
         {1}},
        // 802.11, radiotap, 802.3 SNAP, PPPoE and MPLS captures (Zeek's test traces)
        {"zeek-arp-who-has-radiotap.pcap",
         FileFormat::Pcap,
         2,
         391,
         1439902891705224000,
         1439902891746878000,
         {127}},
        {"zeek-arp-who-has-wlanmon.pcap",
         FileFormat::Pcap,
         2,
         142,
         1526421670037720000,
         1526421670038745000,
         {105}},
        // FDDI: a link type Flowscope does not decode, which the warning names
        {"zeek-llc.pcap",
         FileFormat::Pcap,
         1333,
         92572,
         826191058128321000,
         826277399202051000,
         {10},
         ReadStatus::End,
         true},
        {"zeek-mixed-vlan-mpls.pcap",
         FileFormat::Pcap,
         47,
         16403,
         952109346874907000,
         1278600802074822000,
         {1}},
        {"zeek-mpls-6in6-6in6-4in6-invalid-version-4.pcap",
         FileFormat::Pcap,
         1,
         128,
         1500557630000000000,
         1500557630000000000,
         {1}},
        {"zeek-mpls-in-vlan.pcap",
         FileFormat::Pcap,
         3,
         2533,
         1371685686536606000,
         1371686961479321000,
         {1}},
        {"zeek-pppoe-over-qinq.pcap",
         FileFormat::Pcap,
         86,
         40864,
         1523351398449222000,
         1523351676615704000,
         {1}},
        {"zeek-pppoe.pcap",
         FileFormat::Pcap,
         65,
         5232,
         1284385406780560000,
         1284385452499560000,
         {1}},
        {"zeek-radiotap.pcap",
         FileFormat::Pcap,
         3,
         780,
         1439902891705224000,
         1439903050580632000,
         {127}},
        {"zeek-snap-tcp.pcap",
         FileFormat::Pcap,
         8,
         610,
         1730384299771684000,
         1730384299775109000,
         {1}},
        {"zeek-wlanmon.pcap",
         FileFormat::Pcap,
         3,
         659,
         1526399270280018000,
         1526399270293114000,
         {105}},
    };
    return g;
}

std::string dataPath(const std::string& file) {
    return std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + file;
}

class GoldenTest : public ::testing::TestWithParam<Golden> {};

TEST_P(GoldenTest, MatchesTshark) {
    const Golden& g = GetParam();
    auto opened = FileReader::open(dataPath(g.file));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    FileReader& reader = **opened;
    EXPECT_EQ(reader.format(), g.format);

    RawPacket p;
    uint64_t count = 0;
    uint64_t bytes = 0;
    int64_t first = 0;
    int64_t last = 0;
    ReadStatus status;
    while ((status = reader.next(p)) == ReadStatus::Packet) {
        if (count == 0) {
            first = p.timestampNs;
        }
        last = p.timestampNs;
        ++count;
        bytes += p.wireLength;
        ASSERT_LT(p.interfaceId, reader.interfaces().size());
        EXPECT_EQ(p.linkType, reader.interfaces()[p.interfaceId].linkType);
    }
    EXPECT_EQ(status, g.ending) << reader.error().message;
    EXPECT_EQ(count, g.packets);
    EXPECT_EQ(bytes, g.wireBytes);
    EXPECT_EQ(first, g.firstNs);
    EXPECT_EQ(last, g.lastNs);
    EXPECT_EQ(reader.counters().received, g.packets);
    std::vector<uint32_t> linkTypes;
    for (const FileInterface& i : reader.interfaces()) {
        linkTypes.push_back(i.linkType);
    }
    EXPECT_EQ(linkTypes, g.linkTypes);
    EXPECT_EQ(reader.linkType(), g.linkTypes.front());
    EXPECT_EQ(!reader.warning().empty(), g.warns) << reader.warning();
    // Sticky end: calling again returns the same status.
    EXPECT_EQ(reader.next(p), g.ending);
}

// Every capture in tests/data/pcap has a golden entry (the one that cannot be opened is tested in
// file_reader_test.cpp).
TEST(GoldenCoverage, EveryFileIsListed) {
    std::vector<std::string> missing;
    for (const auto& entry : std::filesystem::directory_iterator(dataPath(""))) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name == "libpcap-shb-option-too-long.pcapng") {
            continue;
        }
        bool found = false;
        for (const Golden& g : goldens()) {
            found = found || name == g.file;
        }
        if (!found) {
            missing.push_back(name);
        }
    }
    EXPECT_TRUE(missing.empty()) << "no golden values for " << missing.front();
}

INSTANTIATE_TEST_SUITE_P(AllFiles, GoldenTest, ::testing::ValuesIn(goldens()),
                         [](const ::testing::TestParamInfo<Golden>& info) {
                             std::string name = info.param.file;
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) {
                                     c = '_';
                                 }
                             }
                             return name;
                         });

}  // namespace
}  // namespace flowscope
