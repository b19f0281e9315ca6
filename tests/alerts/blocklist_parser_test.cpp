#include "core/alerts/blocklist_parser.h"

#include <gtest/gtest.h>

#include <string>

using namespace flowscope;

namespace {

std::string prefixText(const BlocklistEntry& e) {
    return e.network.toString() + "/" + std::to_string(e.prefixLength);
}

}  // namespace

TEST(BlocklistParser, ReadsAddressesPrefixesCommentsAndBlankLines) {
    const auto list = parseBlocklist(
        "#\n# firehol_level1\n#\n"
        "1.2.3.4\n"
        "  10.0.0.0/8   # private, after an entry\n"
        "\n"
        "\t\n"
        "2001:db8::/32\n"
        "::1\n"
        "::ffff:1.2.3.4/128\n"
        "2001:0DB8:0000:0000:0000:0000:0000:0001\n"
        "192.0.2.0/24 ; SBL123\n");
    EXPECT_EQ(list.malformedLines, 0u);
    EXPECT_EQ(list.hostBitsMasked, 0u);
    EXPECT_EQ(list.lines, 12u);
    ASSERT_EQ(list.entries.size(), 7u);
    EXPECT_EQ(prefixText(list.entries[0]), "1.2.3.4/32");
    EXPECT_EQ(list.entries[0].line, 4u);
    EXPECT_EQ(prefixText(list.entries[1]), "10.0.0.0/8");
    EXPECT_EQ(list.entries[1].line, 5u);
    EXPECT_EQ(prefixText(list.entries[2]), "2001:db8::/32");
    EXPECT_EQ(list.entries[2].line, 8u);
    EXPECT_EQ(prefixText(list.entries[3]), "::1/128");
    EXPECT_TRUE(list.entries[4].network.isV6());
    EXPECT_EQ(list.entries[4].network, *IpAddress::parse("::ffff:1.2.3.4"));
    EXPECT_EQ(prefixText(list.entries[5]), "2001:db8::1/128");
    EXPECT_EQ(prefixText(list.entries[6]), "192.0.2.0/24");
    EXPECT_TRUE(list.problemSummary().empty());
}

TEST(BlocklistParser, CrlfLineEndsAndNoFinalNewline) {
    const auto list = parseBlocklist("# c\r\n1.1.1.1\r\n\r\n2.2.2.0/24\r\n3.3.3.3");
    ASSERT_EQ(list.entries.size(), 3u);
    EXPECT_EQ(prefixText(list.entries[1]), "2.2.2.0/24");
    EXPECT_EQ(list.entries[1].line, 4u);
    EXPECT_EQ(prefixText(list.entries[2]), "3.3.3.3/32");
    EXPECT_EQ(list.entries[2].line, 5u);
    EXPECT_EQ(list.malformedLines, 0u);
}

TEST(BlocklistParser, PrefixLengthEdges) {
    const auto list = parseBlocklist("0.0.0.0/0\n::/0\n9.9.9.9/32\n::2/128\n");
    ASSERT_EQ(list.entries.size(), 4u);
    EXPECT_EQ(prefixText(list.entries[0]), "0.0.0.0/0");
    EXPECT_EQ(prefixText(list.entries[1]), "::/0");
    EXPECT_EQ(prefixText(list.entries[2]), "9.9.9.9/32");
    EXPECT_EQ(prefixText(list.entries[3]), "::2/128");
}

TEST(BlocklistParser, HostBitsAreMaskedWithAWarning) {
    const auto list = parseBlocklist("10.0.0.1/8\n2001:db8::1/32\n1.2.3.255/31\n5.5.5.0/24\n");
    ASSERT_EQ(list.entries.size(), 4u);
    EXPECT_EQ(prefixText(list.entries[0]), "10.0.0.0/8");
    EXPECT_EQ(prefixText(list.entries[1]), "2001:db8::/32");
    EXPECT_EQ(prefixText(list.entries[2]), "1.2.3.254/31");
    EXPECT_EQ(list.hostBitsMasked, 3u);
    EXPECT_EQ(list.malformedLines, 0u);
    ASSERT_EQ(list.problems.size(), 3u);
    EXPECT_TRUE(list.problems[0].warning);
    EXPECT_EQ(list.problems[0].line, 1u);
    EXPECT_EQ(list.problems[0].message,
              "Line 1: \"10.0.0.1/8\" has bits set beyond its prefix length; it is loaded as "
              "10.0.0.0/8.");
    EXPECT_EQ(list.problems[2].line, 3u);
}

TEST(BlocklistParser, MalformedLinesAreReportedByNumberAndTheRestLoads) {
    const auto list = parseBlocklist(
        "1.1.1.1\n"
        "not-an-address\n"
        "1.2.3.4/33\n"
        "2001:db8::/129\n"
        "1.2.3.4/\n"
        "1.2.3.4/ 8\n"
        "256.1.1.1\n"
        "1.2.3\n"
        "1.2.3.4-1.2.3.9\n"
        "fe80::1%eth0\n"
        "1.2.3.4/-1\n"
        "1.2.3.4/37439871999999\n"
        "2.2.2.2\n");
    ASSERT_EQ(list.entries.size(), 2u);
    EXPECT_EQ(list.entries[1].line, 13u);
    EXPECT_EQ(list.malformedLines, 11u);
    ASSERT_EQ(list.problems.size(), 10u);
    for (uint32_t i = 0; i < 10; ++i) {
        EXPECT_EQ(list.problems[i].line, i + 2);
        EXPECT_FALSE(list.problems[i].warning);
        EXPECT_NE(list.problems[i].message.find("the rest of the list still loads"),
                  std::string::npos);
    }
    EXPECT_EQ(list.problems[0].message,
              "Line 2: \"not-an-address\" is not an IPv4 or IPv6 address or prefix, so the line "
              "is skipped (the rest of the list still loads).");
    EXPECT_EQ(list.problems[1].message,
              "Line 3: the prefix length in \"1.2.3.4/33\" must be a number from 0 to 32, so the "
              "line is skipped (the rest of the list still loads).");
    EXPECT_NE(list.problems[2].message.find("from 0 to 128"), std::string::npos);
    EXPECT_NE(list.problems[4].message.find("more than one word"), std::string::npos);
    // An over-long prefix length (found by the fuzzer: it overflowed an int under UBSan).
    EXPECT_EQ(list.problemSummary().find("1.2.3.4/3743987"), std::string::npos);  // 11th
    EXPECT_NE(list.problemSummary().find("... and 1 more."), std::string::npos);
    const auto longLength = parseBlocklist("1.2.3.4/37439871999999\n");
    ASSERT_EQ(longLength.problems.size(), 1u);
    EXPECT_NE(longLength.problems[0].message.find("must be a number from 0 to 32"),
              std::string::npos);
}

TEST(BlocklistParser, ReportedProblemsAreCappedAndCounted) {
    std::string text;
    for (int i = 0; i < 25; ++i) {
        text += "bad" + std::to_string(i) + "\n";
    }
    text += "10.0.0.1/8\n3.3.3.3\n";
    const auto list = parseBlocklist(text);
    EXPECT_EQ(list.entries.size(), 2u);
    EXPECT_EQ(list.malformedLines, 25u);
    EXPECT_EQ(list.hostBitsMasked, 1u);
    EXPECT_EQ(list.problems.size(), BlocklistParser::kMaxReportedProblems);
    EXPECT_EQ(list.problems.back().line, 10u);
    const std::string summary = list.problemSummary();
    EXPECT_NE(summary.find("Line 1: \"bad0\""), std::string::npos);
    EXPECT_EQ(summary.find("Line 11:"), std::string::npos);
    EXPECT_NE(summary.find("... and 16 more.\n"), std::string::npos);
}

TEST(BlocklistParser, OverLongLinesAreRejectedWithoutBeingKept) {
    std::string text = "1.1.1.1\n" + std::string(10'000'000, '1') + "\n2.2.2.2\n";
    BlocklistParser parser;
    // In pieces, as a file is read: the long line spans many chunks.
    for (size_t i = 0; i < text.size(); i += 4096) {
        parser.feed(std::string_view(text).substr(i, 4096));
    }
    const auto list = parser.finish();
    ASSERT_EQ(list.entries.size(), 2u);
    EXPECT_EQ(list.entries[1].line, 3u);
    EXPECT_EQ(list.malformedLines, 1u);
    ASSERT_EQ(list.problems.size(), 1u);
    EXPECT_EQ(list.problems[0].message,
              "Line 2 is longer than 512 characters, so the line is skipped (the rest of the "
              "list still loads).");
    // A long comment line is still a comment only if it fits; a line at the limit is parsed.
    const auto atLimit = parseBlocklist("#" + std::string(511, 'x') + "\n4.4.4.4\n");
    EXPECT_EQ(atLimit.malformedLines, 0u);
    EXPECT_EQ(atLimit.entries.size(), 1u);
}

TEST(BlocklistParser, ChunkBoundariesDoNotChangeTheResult) {
    const std::string text =
        "# head\r\n1.2.3.4/24\r\nbad line\r\n2001:db8::1/64 # x\r\n\r\n::/0\r\n8.8.8.8";
    const auto whole = parseBlocklist(text);
    for (size_t step = 1; step < 9; ++step) {
        BlocklistParser parser;
        for (size_t i = 0; i < text.size(); i += step) {
            parser.feed(std::string_view(text).substr(i, step));
        }
        const auto pieces = parser.finish();
        ASSERT_EQ(pieces.entries.size(), whole.entries.size()) << step;
        for (size_t i = 0; i < whole.entries.size(); ++i) {
            EXPECT_EQ(pieces.entries[i].network, whole.entries[i].network);
            EXPECT_EQ(pieces.entries[i].prefixLength, whole.entries[i].prefixLength);
            EXPECT_EQ(pieces.entries[i].line, whole.entries[i].line);
        }
        EXPECT_EQ(pieces.problemSummary(), whole.problemSummary());
    }
    EXPECT_EQ(whole.entries.size(), 4u);
    EXPECT_EQ(whole.malformedLines, 1u);
    ASSERT_EQ(whole.problems.size(), 3u);
    EXPECT_EQ(whole.problems[0].line, 2u);  // 1.2.3.4/24: host bits
    EXPECT_TRUE(whole.problems[0].warning);
    EXPECT_EQ(whole.problems[1].line, 3u);
    EXPECT_FALSE(whole.problems[1].warning);
    EXPECT_EQ(whole.problems[2].line, 4u);  // 2001:db8::1/64: host bits
    EXPECT_TRUE(whole.problems[2].warning);
}

TEST(BlocklistParser, ControlBytesInAnEntryAreQuotedSafely) {
    const auto list = parseBlocklist(std::string("1.2.3.4\x01\x7f\n", 10));
    ASSERT_EQ(list.problems.size(), 1u);
    EXPECT_EQ(list.problems[0].message.find('\x01'), std::string::npos);
    EXPECT_NE(list.problems[0].message.find("\"1.2.3.4??\""), std::string::npos);
}
