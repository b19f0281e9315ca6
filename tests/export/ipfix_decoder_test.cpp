// Encode → decode round trips, and malformed messages: each one is an error sentence, never
// a read past the bytes.
#include <gtest/gtest.h>

#include <vector>

#include "core/export/ipfix_decoder.h"
#include "core/export/ipfix_encoder.h"

namespace flowscope::ipfix {
namespace {

FlowRecord record(const char* src, const char* dst, uint64_t octets, std::string path) {
    FlowRecord r;
    r.source = *IpAddress::parse(src);
    r.destination = *IpAddress::parse(dst);
    r.sourcePort = 1234;
    r.destinationPort = 53;
    r.protocol = 17;
    r.octets = octets;
    r.packets = 2;
    r.startMs = 1000;
    r.endMs = 2000;
    r.endReason = EndReason::IdleTimeout;
    r.direction = Direction::Ingress;
    r.applicationName = "resolver";
    r.userName = "systemd-resolve";
    r.pid = 77;
    r.executablePath = std::move(path);
    r.remoteHostName = "dns.example";
    return r;
}

std::vector<uint8_t> message(const std::vector<FlowRecord>& records, bool templates,
                             uint32_t pen = kDocumentationPen) {
    std::vector<uint8_t> out;
    MessageEncoder e(out);
    e.begin({100, 9, 3});
    if (templates) {
        e.templates(pen);
    }
    for (const FlowRecord& r : records) {
        e.beginDataSet(templateIdOf(r));
        e.record(r);
        e.endDataSet();
    }
    EXPECT_TRUE(e.finish());
    return out;
}

TEST(IpfixDecoder, RoundTripsIpv4AndIpv6RecordsWithShortAndLongStrings) {
    const std::vector<FlowRecord> records = {
        record("10.0.0.1", "10.0.0.53", 120, "/usr/lib/systemd/systemd-resolved"),
        record("fe80::1", "ff02::fb", 5000, "/" + std::string(300, 'L')),
        record("192.0.2.9", "192.0.2.10", 0, ""),
    };
    Decoder decoder;
    const auto bytes = message(records, true);
    auto decoded = decoder.decode(bytes.data(), bytes.size());
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->sequence, 9u);
    EXPECT_EQ(decoded->observationDomain, 3u);
    EXPECT_EQ(decoded->exportTime, 100u);
    EXPECT_EQ(decoded->templatesSeen, 2u);
    ASSERT_EQ(decoded->records.size(), records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        EXPECT_EQ(toFlowRecord(decoded->records[i], kDocumentationPen), records[i]) << i;
    }
    // Templates persist: a later message without them decodes too.
    const auto later = message({records[1]}, false);
    auto again = decoder.decode(later.data(), later.size());
    ASSERT_TRUE(again) << again.error().message;
    ASSERT_EQ(again->records.size(), 1u);
    EXPECT_EQ(toFlowRecord(again->records[0], kDocumentationPen), records[1]);
}

TEST(IpfixDecoder, EnterpriseFieldsAreFoundOnlyUnderTheirNumber) {
    Decoder decoder;
    const auto bytes = message({record("10.0.0.1", "10.0.0.2", 1, "/bin/x")}, true, 12345);
    auto decoded = decoder.decode(bytes.data(), bytes.size());
    ASSERT_TRUE(decoded);
    ASSERT_EQ(decoded->records.size(), 1u);
    EXPECT_EQ(decoded->records[0].text(flowscope_ie::executablePath, 12345), "/bin/x");
    EXPECT_FALSE(decoded->records[0].text(flowscope_ie::executablePath, kDocumentationPen));
}

TEST(IpfixDecoder, DataWithoutItsTemplateIsSkippedAndCounted) {
    Decoder decoder;
    const auto bytes = message({record("10.0.0.1", "10.0.0.2", 1, "")}, false);
    auto decoded = decoder.decode(bytes.data(), bytes.size());
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded->records.empty());
    EXPECT_EQ(decoded->setsWithoutTemplate, 1u);
}

TEST(IpfixDecoder, MalformedMessagesAreErrorsNotCrashes) {
    const auto good = message({record("10.0.0.1", "10.0.0.2", 1, "/bin/sh")}, true);
    const auto decodeBytes = [](std::vector<uint8_t> bytes) {
        Decoder decoder;
        return decoder.decode(bytes.data(), bytes.size());
    };
    // Every truncation: the length field no longer matches, or the header is cut.
    for (size_t cut = 0; cut < good.size(); ++cut) {
        auto r = decodeBytes(std::vector<uint8_t>(good.begin(), good.begin() + cut));
        ASSERT_FALSE(r) << cut;
        EXPECT_EQ(r.error().code, ErrorCode::Corrupt);
    }
    auto wrongVersion = good;
    wrongVersion[1] = 9;
    EXPECT_NE(decodeBytes(wrongVersion).error().message.find("version 9"), std::string::npos);

    // A set longer than the message.
    auto longSet = good;
    longSet[16 + 2] = 0xff;
    EXPECT_FALSE(decodeBytes(longSet));

    // The data set's string length pointing past the end of the set.
    auto longString = good;
    const size_t dataSet = 16 + 180;
    const size_t pathLength = dataSet + 4 + 53 + 9 + 16 + 4;  // after app and user names
    ASSERT_EQ(longString[pathLength], 7);
    longString[pathLength] = 200;
    auto r = decodeBytes(longString);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("runs past the end of its set"), std::string::npos);

    // A set length below the set header.
    auto tiny = good;
    tiny[16 + 2] = 0;
    tiny[16 + 3] = 3;
    EXPECT_FALSE(decodeBytes(tiny));
}

TEST(IpfixDecoder, ATemplateWithAZeroLengthFieldIsRejected) {
    // Found by the fuzzer: records of such a template would take no bytes, and the decoder
    // would add empty records until memory ran out.
    std::vector<uint8_t> bytes;
    MessageEncoder e(bytes);
    e.begin({100, 0, 3});
    ByteWriter w(bytes);
    w.u16(kTemplateSetId);
    w.u16(12);
    w.u16(kTemplateV4);
    w.u16(1);
    w.u16(ie::octetDeltaCount);
    w.u16(0);
    w.u16(kTemplateV4);  // a data set with one byte of content
    w.u16(5);
    w.u8(0);
    ASSERT_TRUE(e.finish());
    Decoder decoder;
    auto r = decoder.decode(bytes.data(), bytes.size());
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("has a field of length 0"), std::string::npos);
}

TEST(IpfixDecoder, OptionsRecordsDecodeAndABadScopeCountIsRejected) {
    ExportTotals sent;
    sent.exportingProcessId = 77;
    sent.observationDomain = 3;
    sent.messagesSent = 5;
    sent.recordsSent = 40;
    sent.octetsSent = 4000;
    sent.recordsLost = 1;
    sent.packetsLost = 2;
    sent.octetsLost = 300;
    sent.firstLossMs = sent.lastLossMs = 1764000000000;
    std::vector<uint8_t> bytes;
    MessageEncoder e(bytes);
    e.begin({100, 0, 3});
    e.optionsTemplates();
    e.elementTypes(kDocumentationPen);
    e.totals(sent);
    ASSERT_TRUE(e.finish());
    Decoder decoder;
    auto m = decoder.decode(bytes.data(), bytes.size());
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->templatesSeen, 3u);
    ASSERT_EQ(m->records.size(), kElementTypeRecords + 2);
    EXPECT_EQ(m->records[0].text(ie::informationElementName), "processId");
    EXPECT_EQ(m->records[0].number(ie::privateEnterpriseNumber), kDocumentationPen);
    ExportTotals got;
    for (const DecodedRecord& r : m->records) {
        EXPECT_FALSE(isFlowRecord(r));
        readTotals(r, got);
    }
    EXPECT_EQ(got.exportingProcessId, 77u);
    EXPECT_EQ(got.recordsSent, 40u);
    EXPECT_EQ(got.octetsLost, 300u);
    EXPECT_EQ(got.lastLossMs, 1764000000000);

    // The scope count follows the first options template record's id and count (bytes 24-25).
    for (const uint8_t scope : {0, 7}) {
        std::vector<uint8_t> bad = bytes;
        bad[25] = scope;
        Decoder fresh;
        auto r = fresh.decode(bad.data(), bad.size());
        ASSERT_FALSE(r) << int{scope};
        EXPECT_NE(r.error().message.find("scope fields"), std::string::npos);
    }
}

TEST(IpfixDecoder, AnEmptyTemplateWithdrawsIt) {
    Decoder decoder;
    const auto first = message({}, true);
    ASSERT_TRUE(decoder.decode(first.data(), first.size()));
    ASSERT_NE(decoder.findTemplate(3, kTemplateV4), nullptr);
    std::vector<uint8_t> withdraw;
    MessageEncoder e(withdraw);
    e.begin({100, 0, 3});
    ByteWriter w(withdraw);
    w.u16(kTemplateSetId);
    w.u16(8);
    w.u16(kTemplateV4);
    w.u16(0);
    ASSERT_TRUE(e.finish());
    ASSERT_TRUE(decoder.decode(withdraw.data(), withdraw.size()));
    EXPECT_EQ(decoder.findTemplate(3, kTemplateV4), nullptr);
    EXPECT_NE(decoder.findTemplate(3, kTemplateV6), nullptr);
}

}  // namespace
}  // namespace flowscope::ipfix
