// Byte-exact IPFIX encodings: the template set, IPv4 and IPv6 data sets with padding, and
// variable-length strings in their one-byte and three-byte forms.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/export/ipfix_encoder.h"

namespace flowscope::ipfix {
namespace {

std::vector<uint8_t> hex(const std::string& text) {
    std::vector<uint8_t> out;
    std::string digits;
    for (const char c : text) {
        if (std::isxdigit(static_cast<unsigned char>(c))) {
            digits += c;
        }
    }
    for (size_t i = 0; i + 1 < digits.size(); i += 2) {
        out.push_back(static_cast<uint8_t>(std::stoi(digits.substr(i, 2), nullptr, 16)));
    }
    return out;
}

FlowRecord sampleV4() {
    FlowRecord r;
    r.source = *IpAddress::parse("192.0.2.1");
    r.destination = *IpAddress::parse("198.51.100.7");
    r.sourcePort = 50000;
    r.destinationPort = 443;
    r.protocol = 6;
    r.octets = 1500;
    r.packets = 3;
    r.startMs = 1764000000000;
    r.endMs = 1764000002500;
    r.endReason = EndReason::EndOfFlow;
    r.tcpFlags = 0x1b;
    r.direction = Direction::Egress;
    r.ingressInterface = 2;
    r.applicationName = "curl";
    r.userName = "alice";
    r.pid = 4242;
    r.executablePath = "/usr/bin/curl";
    r.remoteHostName = "example.org";
    return r;
}

// The fields after the addresses, shared by both templates.
const char* kCommonFields =
    "0007 0002  000b 0002  0004 0001  0001 0008  0002 0008  0098 0008  0099 0008"
    "0088 0001  0006 0002  003d 0001  000a 0004  0060 ffff  0173 ffff"
    "8001 0004 00007ed9  8002 ffff 00007ed9  8003 ffff 00007ed9";

TEST(IpfixEncoder, TemplateSetIsByteExact) {
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({1764000003, 7, 42});
    encoder.templates(kDocumentationPen);
    ASSERT_TRUE(encoder.finish());
    const std::string expected = std::string("000a 00c4 69248103 00000007 0000002a") +  // header
                                 "0002 00b4" +                                          // set 2
                                 "0100 0012 0008 0004 000c 0004" + kCommonFields +      // IPv4
                                 "0101 0012 001b 0010 001c 0010" + kCommonFields;       // IPv6
    EXPECT_EQ(out, hex(expected));
    EXPECT_EQ(out.size(), 16u + 180u);
}

TEST(IpfixEncoder, Ipv4DataSetIsByteExactAndPaddedToFourBytes) {
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({1764000003, 0, 1});
    encoder.beginDataSet(kTemplateV4);
    encoder.record(sampleV4());
    encoder.endDataSet();
    ASSERT_TRUE(encoder.finish());
    // Record: 53 bytes of fixed fields + 41 of strings and pid = 94; set 98 + 2 padding.
    const std::string expected =
        "000a 0074 69248103 00000000 00000001"
        "0100 0064"
        "c0000201 c6336407 c350 01bb 06"
        "00000000000005dc 0000000000000003 0000019ab697e800 0000019ab697f1c4"
        "03 001b 01 00000002"
        "04 6375726c  05 616c696365  00001092"
        "0d 2f7573722f62696e2f6375726c  0b 6578616d706c652e6f7267"
        "0000";
    EXPECT_EQ(out, hex(expected));
    EXPECT_EQ(encodedRecordSize(sampleV4()), 94u);
}

TEST(IpfixEncoder, Ipv6DataSetIsByteExact) {
    FlowRecord r = sampleV4();
    r.source = *IpAddress::parse("2001:db8::1");
    r.destination = *IpAddress::parse("2001:db8::2");
    r.applicationName = r.userName = r.executablePath = r.remoteHostName = "";
    r.pid = 0;
    r.direction = Direction::Ingress;
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({1764000003, 5, 1});
    encoder.beginDataSet(kTemplateV6);
    encoder.record(r);
    encoder.endDataSet();
    ASSERT_TRUE(encoder.finish());
    // Record: 32 + 45 + 4 empty strings (one length byte each) + pid = 85; set 89 + 3.
    const std::string expected =
        "000a 006c 69248103 00000005 00000001"
        "0101 005c"
        "20010db8000000000000000000000001 20010db8000000000000000000000002"
        "c350 01bb 06"
        "00000000000005dc 0000000000000003 0000019ab697e800 0000019ab697f1c4"
        "03 001b 00 00000002"
        "00 00 00000000 00 00"
        "000000";
    EXPECT_EQ(out, hex(expected));
}

TEST(IpfixEncoder, VariableLengthUsesOneByteBelow255AndThreeBytesFrom255) {
    const auto encode = [](size_t length) {
        std::vector<uint8_t> out;
        ByteWriter(out).variable(std::string(length, 'x'));
        return out;
    };
    EXPECT_EQ(encode(0), hex("00"));
    EXPECT_EQ(encode(254).size(), 255u);
    EXPECT_EQ(encode(254)[0], 254);
    const auto at255 = encode(255);
    ASSERT_EQ(at255.size(), 258u);
    EXPECT_EQ(std::vector<uint8_t>(at255.begin(), at255.begin() + 3), hex("ff 00ff"));
    const auto long300 = encode(300);
    ASSERT_EQ(long300.size(), 303u);
    EXPECT_EQ(std::vector<uint8_t>(long300.begin(), long300.begin() + 4), hex("ff 012c 78"));
    // Cut to kMaxStringBytes.
    const auto huge = encode(5000);
    ASSERT_EQ(huge.size(), 3 + kMaxStringBytes);
    EXPECT_EQ(std::vector<uint8_t>(huge.begin(), huge.begin() + 3), hex("ff 0400"));
}

TEST(IpfixEncoder, RecordSizeMatchesTheEncodingForLongStrings) {
    FlowRecord r = sampleV4();
    r.executablePath = "/opt/" + std::string(400, 'p');
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({0, 0, 0});
    encoder.beginDataSet(kTemplateV4);
    const size_t before = out.size();
    encoder.record(r);
    EXPECT_EQ(out.size() - before, encodedRecordSize(r));
}

// Hex of a string's bytes, for the expected encodings of names and descriptions.
std::string ascii(const std::string& text) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : text) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

TEST(IpfixEncoder, OptionsTemplatesAreByteExactOnePerSet) {
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({1764000003, 0, 42});
    encoder.optionsTemplates();
    ASSERT_TRUE(encoder.finish());
    const std::string expected =
        "000a 007a 69248103 00000000 0000002a"
        // RFC 7011 4.3: exportingProcessId (scope), notSent{Flow,Packet,Octet}TotalCount,
        // flowStart/EndMilliseconds.
        "0003 0022 0102 0006 0001"
        "0090 0004 00a6 0008 00a7 0008 00a8 0008 0098 0008 0099 0008"
        // RFC 7011 4.1: observationDomainId (scope), exported{Message,FlowRecord,Octet}TotalCount.
        "0003 001a 0103 0004 0001"
        "0095 0004 0029 0008 002a 0008 0028 0008"
        // RFC 5610: informationElementId and privateEnterpriseNumber (scope), data type,
        // semantics, units, range begin and end, name, description.
        "0003 002e 0104 0009 0002"
        "012f 0002 015a 0004 0153 0001 0158 0001 0159 0002 0156 0008 0157 0008"
        "0155 ffff 0154 ffff";
    EXPECT_EQ(out, hex(expected));
}

TEST(IpfixEncoder, StatisticsRecordsAreByteExact) {
    ExportTotals t;
    t.exportingProcessId = 4242;
    t.observationDomain = 42;
    t.messagesSent = 7;
    t.recordsSent = 300;
    t.octetsSent = 9000;
    t.recordsLost = 2;
    t.packetsLost = 5;
    t.octetsLost = 700;
    t.firstLossMs = 1764000000000;
    t.lastLossMs = 1764000002500;
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({1764000003, 9, 42});
    EXPECT_EQ(encoder.totals(t), 2u);
    ASSERT_TRUE(encoder.finish());
    const std::string expected =
        "000a 0060 69248103 00000009 0000002a"
        "0102 0030 00001092 0000000000000002 0000000000000005 00000000000002bc"
        "0000019ab697e800 0000019ab697f1c4"
        "0103 0020 0000002a 0000000000000007 000000000000012c 0000000000002328";
    EXPECT_EQ(out, hex(expected));
}

TEST(IpfixEncoder, ElementTypeRecordsDescribeTheEnterpriseElements) {
    std::vector<uint8_t> out;
    MessageEncoder encoder(out);
    encoder.begin({1764000003, 0, 42});
    EXPECT_EQ(encoder.elementTypes(kDocumentationPen), kElementTypeRecords);
    ASSERT_TRUE(encoder.finish());
    const std::string zeros = "0000 0000000000000000 0000000000000000";  // units, range
    const std::string expected =
        "000a 014c 69248103 00000000 0000002a"
        "0104 013c" +
        // processId: unsigned32 (3), identifier (4).
        std::string("0001 00007ed9 03 04") + zeros + "09" + ascii("processId") + "46" +
        ascii("The lowest process id holding the flow's socket on the exporting host.") +
        // executablePath: string (13), default semantics.
        "0002 00007ed9 0d 00" + zeros + "0e" + ascii("executablePath") + "33" +
        ascii("The executable file of the program behind the flow.") +
        // remoteHostName: string.
        "0003 00007ed9 0d 00" + zeros + "0e" + ascii("remoteHostName") + "43" +
        ascii("The remote end's host name, from DNS answers, TLS SNI or HTTP Host.") +
        "000000";  // padding to 316 bytes
    EXPECT_EQ(out, hex(expected));
}

}  // namespace
}  // namespace flowscope::ipfix
