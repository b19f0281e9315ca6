// FileReader on synthetic pcapng and pcap files: every block type, both byte orders, several
// sections, time resolutions and offsets, and each kind of damaged block.
#include <gtest/gtest.h>

#include <limits>

#include "capture_test_util.h"
#include "core/capture/file_reader.h"

namespace flowscope {
namespace {

using test::Bytes;
using test::PcapngBuilder;

const std::vector<uint8_t> kFrameA = {1, 2, 3, 4, 5};
const std::vector<uint8_t> kFrameB = {9, 8, 7, 6, 5, 4, 3, 2};

std::unique_ptr<FileReader> openBytes(const std::vector<uint8_t>& bytes) {
    auto r = FileReader::openMemory(bytes.data(), bytes.size(), "synthetic");
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? std::move(r.value()) : nullptr;
}

class PcapngByteOrder : public ::testing::TestWithParam<bool> {};

TEST_P(PcapngByteOrder, AllPacketBlockKindsAndSkippedBlocks) {
    PcapngBuilder b(GetParam());
    b.section()
        .interface(1, 65535)                              // µs (default)
        .interface(101, 0, 9, 0, "eth1")                  // ns, raw IP
        .block(4, {1, 0, 4, 0, 10, 0, 0, 1, 0, 0, 0, 0})  // name resolution: skipped
        .block(0x00000BAD, {0xde, 0xad, 0xbe, 0xef})      // custom: skipped
        .block(0x12345678, {})                            // unknown: skipped
        .enhanced(0, 1500000000123456ULL, kFrameA, 60)
        .enhanced(1, 1500000000123456789ULL, kFrameB)
        .simple(kFrameB, 100)  // wire 100, 8 bytes captured
        .obsolete(1, 42, kFrameA)
        .block(5, std::vector<uint8_t>(16, 0));  // interface statistics: skipped
    auto reader = openBytes(b.bytes());
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->format(), FileFormat::Pcapng);
    EXPECT_EQ(reader->bigEndian(), GetParam());
    ASSERT_EQ(reader->interfaces().size(), 2u);
    EXPECT_EQ(reader->interfaces()[1].name, "eth1");
    EXPECT_EQ(reader->interfaces()[1].linkType, 101u);

    RawPacket p;
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    EXPECT_EQ(p.timestampNs, 1500000000123456000);
    EXPECT_EQ(p.wireLength, 60u);
    EXPECT_EQ(p.capturedLength, 5u);
    EXPECT_EQ(std::vector<uint8_t>(p.data, p.data + 5), kFrameA);
    EXPECT_EQ(p.linkType, 1u);

    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    EXPECT_EQ(p.timestampNs, 1500000000123456789);
    EXPECT_EQ(p.linkType, 101u);
    EXPECT_EQ(p.interfaceId, 1u);

    ASSERT_EQ(reader->next(p), ReadStatus::Packet);  // simple packet block: interface 0
    EXPECT_EQ(p.timestampNs, 0);
    EXPECT_EQ(p.wireLength, 100u);
    EXPECT_EQ(p.capturedLength, 8u);
    EXPECT_EQ(std::vector<uint8_t>(p.data, p.data + 8), kFrameB);
    EXPECT_EQ(p.interfaceId, 0u);

    ASSERT_EQ(reader->next(p), ReadStatus::Packet);  // obsolete packet block
    EXPECT_EQ(p.timestampNs, 42);
    EXPECT_EQ(p.interfaceId, 1u);
    EXPECT_EQ(p.capturedLength, 5u);

    EXPECT_EQ(reader->next(p), ReadStatus::End);
    EXPECT_EQ(reader->warning(), "");
    EXPECT_EQ(reader->counters().received, 4u);
}

INSTANTIATE_TEST_SUITE_P(Both, PcapngByteOrder, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Big" : "Little"; });

TEST(PcapngSynthetic, TimeResolutionsAndOffsets) {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    PcapngBuilder b;
    b.section()
        .interface(1, 0, 0x80 | 10)         // 2^-10 s
        .interface(1, 0, 12)                // ps
        .interface(1, 0, 3, 100)            // ms, +100 s
        .interface(1, 0, 6, -5)             // µs, -5 s
        .interface(1, 0, 100)               // 10^-100 s: everything rounds to 0
        .interface(1, 0, 0x80 | 127)        // 2^-127 s
        .interface(1, 0, 0)                 // seconds
        .interface(1, 0, 6, INT64_MAX / 2)  // offset beyond the range
        .enhanced(0, 1024 * 3 + 512, {})
        .enhanced(1, 5000, {})
        .enhanced(2, 1500, {})
        .enhanced(3, 1000000, {})
        .enhanced(4, ~uint64_t{0}, {})
        .enhanced(5, ~uint64_t{0}, {})
        .enhanced(6, 10000000000ULL, {})
        .enhanced(7, 1, {});
    auto reader = openBytes(b.bytes());
    ASSERT_TRUE(reader);
    const std::vector<int64_t> expected = {3500000000, 5, 101500000000, -4000000000,
                                           0,          0, kMax,         kMax};
    RawPacket p;
    for (int64_t ts : expected) {
        ASSERT_EQ(reader->next(p), ReadStatus::Packet);
        EXPECT_EQ(p.timestampNs, ts) << "interface " << p.interfaceId;
    }
    EXPECT_EQ(reader->next(p), ReadStatus::End);
}

TEST(PcapngSynthetic, SectionsResetInterfaces) {
    PcapngBuilder little(false);
    little.section().interface(1, 0).enhanced(0, 1, kFrameA);
    PcapngBuilder big(true);
    big.section().interface(0, 0).enhanced(0, 2, kFrameB);
    auto bytes = little.bytes();
    bytes.insert(bytes.end(), big.bytes().begin(), big.bytes().end());
    auto reader = openBytes(bytes);
    ASSERT_TRUE(reader);
    RawPacket p;
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    EXPECT_EQ(p.linkType, 1u);
    EXPECT_EQ(p.interfaceId, 0u);
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    EXPECT_EQ(p.linkType, 0u);
    EXPECT_EQ(p.interfaceId, 1u);  // index into interfaces(), over all sections
    EXPECT_EQ(p.timestampNs, 2000);
    EXPECT_TRUE(reader->bigEndian());
    EXPECT_EQ(reader->next(p), ReadStatus::End);
    EXPECT_EQ(reader->interfaces().size(), 2u);

    // Interface 1 of the first section does not exist in the second.
    PcapngBuilder bad;
    bad.section().interface(1, 0).interface(1, 0).section().interface(1, 0).enhanced(1, 0, {});
    auto badReader = openBytes(bad.bytes());
    ASSERT_TRUE(badReader);
    EXPECT_EQ(badReader->next(p), ReadStatus::Error);
    EXPECT_EQ(badReader->error().code, ErrorCode::Corrupt);
    EXPECT_NE(badReader->error().message.find("interface 1"), std::string::npos);
}

// Valid section + interface + one packet, then `tail`.
std::vector<uint8_t> withTail(const std::vector<uint8_t>& tail) {
    PcapngBuilder b;
    b.section().interface(1, 0).enhanced(0, 1, kFrameA).rawBytes(tail);
    return b.bytes();
}

void expectDamaged(const std::vector<uint8_t>& bytes, const std::string& needle) {
    auto reader = openBytes(bytes);
    ASSERT_TRUE(reader);
    RawPacket p;
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    ASSERT_EQ(reader->next(p), ReadStatus::Error) << reader->warning();
    EXPECT_EQ(reader->error().code, ErrorCode::Corrupt);
    const std::string& m = reader->error().message;
    EXPECT_NE(m.find(needle), std::string::npos) << m;
    EXPECT_NE(m.find("block 4 at byte offset"), std::string::npos) << m;
    EXPECT_NE(m.find("after the 1 packet before it"), std::string::npos) << m;
    EXPECT_EQ(reader->next(p), ReadStatus::Error);
}

TEST(PcapngSynthetic, DamagedBlocks) {
    expectDamaged(withTail(Bytes().u32(6).u32(13).u32(0).u32(0).data()), "not a multiple of 4");
    expectDamaged(withTail(Bytes().u32(6).u32(8).u32(0).data()), "less than the 12-byte");
    expectDamaged(withTail(Bytes().u32(4).u32(16).u32(0).u32(20).data()), "trailing length");
    expectDamaged(withTail(Bytes().u32(6).u32(0xF0000000).u32(0).data()), "more than any real");
    // An enhanced packet block claiming 100 captured bytes in a 32-byte block.
    expectDamaged(
        withTail(Bytes().u32(6).u32(32).u32(0).u32(0).u32(0).u32(100).u32(100).u32(32).data()),
        "100 captured bytes");
    // A packet block before any interface of a new section.
    PcapngBuilder noIface;
    noIface.section().simple(kFrameA);
    auto reader = openBytes(noIface.bytes());
    ASSERT_TRUE(reader);
    RawPacket p;
    EXPECT_EQ(reader->next(p), ReadStatus::Error);
    EXPECT_NE(reader->error().message.find("so no packet could be read"), std::string::npos);
}

TEST(PcapngSynthetic, TruncatedInsideAPacket) {
    PcapngBuilder b;
    b.section().interface(1, 0).enhanced(0, 1, kFrameA).enhanced(0, 2, kFrameB);
    auto bytes = b.bytes();
    bytes.resize(bytes.size() - 6);
    auto reader = openBytes(bytes);
    ASSERT_TRUE(reader);
    RawPacket p;
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    EXPECT_EQ(reader->next(p), ReadStatus::End);
    EXPECT_NE(reader->warning().find("ends in the middle of packet 2"), std::string::npos)
        << reader->warning();
}

TEST(PcapngSynthetic, BadSectionHeaders) {
    // Wrong byte-order magic.
    auto bytes = Bytes().u32(0x0A0D0D0A).u32(28).u32(0x11223344).u32(1).u64(0).u32(28).data();
    auto r = FileReader::openMemory(bytes.data(), bytes.size());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Corrupt);
    // Unsupported major version.
    bytes = Bytes().u32(0x0A0D0D0A).u32(28).u32(0x1A2B3C4D).u16(2).u16(0).u64(0).u32(28).data();
    r = FileReader::openMemory(bytes.data(), bytes.size());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    // Cut inside the section header.
    bytes.resize(20);
    r = FileReader::openMemory(bytes.data(), bytes.size());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Corrupt);
    EXPECT_NE(r.error().message.find("cut short"), std::string::npos);
}

std::vector<uint8_t> pcapFile(bool big, bool nano, uint32_t snaplen,
                              const std::vector<std::pair<uint32_t, uint32_t>>& records) {
    Bytes b(big);
    b.u32(nano ? 0xA1B23C4D : 0xA1B2C3D4).u16(2).u16(4).u32(0).u32(0).u32(snaplen).u32(1);
    for (auto [captured, fraction] : records) {
        b.u32(7).u32(fraction).u32(captured).u32(captured + 10);
        b.raw(std::vector<uint8_t>(std::min<uint32_t>(captured, 70000), 0xAB));
    }
    return b.data();
}

TEST(PcapSynthetic, ByteOrdersPrecisionsAndLimits) {
    for (bool big : {false, true}) {
        for (bool nano : {false, true}) {
            // A record above a small snaplen but within 262144 is accepted, as by libpcap.
            auto bytes = pcapFile(big, nano, 64, {{10, 999}, {70000, 5}});
            auto reader = openBytes(bytes);
            ASSERT_TRUE(reader);
            EXPECT_EQ(reader->bigEndian(), big);
            RawPacket p;
            ASSERT_EQ(reader->next(p), ReadStatus::Packet);
            EXPECT_EQ(p.timestampNs, 7000000000 + (nano ? 999 : 999000));
            EXPECT_EQ(p.wireLength, 20u);
            ASSERT_EQ(reader->next(p), ReadStatus::Packet);
            EXPECT_EQ(p.capturedLength, 70000u);
            EXPECT_EQ(p.data[69999], 0xAB);
            EXPECT_EQ(reader->next(p), ReadStatus::End);
        }
    }
    auto bytes = pcapFile(false, false, 65535, {{10, 0}, {262145, 0}});
    auto reader = openBytes(bytes);
    ASSERT_TRUE(reader);
    RawPacket p;
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    EXPECT_EQ(reader->next(p), ReadStatus::Error);
    EXPECT_NE(reader->error().message.find("record 2 at byte offset 50"), std::string::npos)
        << reader->error().message;
}

// A pcap file of version major.minor whose records store `first` then `second` in the two
// length fields (libpcap's caplen then len since 2.3, the other way round before).
std::vector<uint8_t> versionedPcap(uint16_t major, uint16_t minor,
                                   const std::vector<std::pair<uint32_t, uint32_t>>& lengths,
                                   bool capturedFirst) {
    Bytes b(false);
    b.u32(0xA1B2C3D4).u16(major).u16(minor).u32(0).u32(0).u32(65535).u32(1);
    for (auto [captured, wire] : lengths) {
        b.u32(1).u32(0);
        capturedFirst ? b.u32(captured).u32(wire) : b.u32(wire).u32(captured);
        b.raw(std::vector<uint8_t>(captured, 0x5A));
    }
    return b.data();
}

// Issue 13, finding 9: what libpcap reads (sf-pcap.c) opens, with the record lengths in the
// order that version used.
TEST(PcapVersions, LibpcapVersionsAndTheirLengthOrder) {
    struct Case {
        uint16_t major;
        uint16_t minor;
        bool capturedFirst;
    };
    for (const Case& c :
         {Case{2, 4, true}, Case{2, 3, true}, Case{2, 3, false}, Case{2, 2, false},
          Case{2, 1, false}, Case{2, 0, false}, Case{543, 0, false}, Case{2, 5, true}}) {
        SCOPED_TRACE(std::to_string(c.major) + "." + std::to_string(c.minor));
        const auto bytes = versionedPcap(c.major, c.minor, {{40, 1514}, {60, 60}}, c.capturedFirst);
        auto reader = openBytes(bytes);
        ASSERT_TRUE(reader);
        RawPacket p;
        ASSERT_EQ(reader->next(p), ReadStatus::Packet);
        EXPECT_EQ(p.capturedLength, 40u);
        EXPECT_EQ(p.wireLength, 1514u);
        ASSERT_EQ(reader->next(p), ReadStatus::Packet);
        EXPECT_EQ(p.capturedLength, 60u);
        EXPECT_EQ(p.wireLength, 60u);
        EXPECT_EQ(reader->next(p), ReadStatus::End);
        EXPECT_EQ(reader->warning(), "");
    }
}

TEST(PcapVersions, VersionsLibpcapRefusesAreRefusedWithTheVersion) {
    for (auto [major, minor] : {std::pair<uint16_t, uint16_t>{1, 0}, {3, 0}, {543, 1}}) {
        const auto bytes = versionedPcap(major, minor, {{40, 60}}, true);
        auto r = FileReader::openMemory(bytes.data(), bytes.size(), "old.pcap");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
        const std::string version = std::to_string(major) + "." + std::to_string(minor);
        EXPECT_NE(r.error().message.find("version " + version), std::string::npos)
            << r.error().message;
    }
}

// Issue 13, finding 5: a source names each link type Flowscope does not decode, once, in
// warning() and linkTypeWarning(); decoded ones add nothing.
TEST(LinkTypeWarning, PcapngNamesEachUndecodedTypeOnce) {
    PcapngBuilder b(false);
    b.section()
        .interface(1, 65535)
        .interface(192, 65535)  // PPI
        .interface(192, 65535)
        .interface(9, 65535)  // PPP
        .enhanced(0, 1, kFrameA)
        .enhanced(1, 2, kFrameA)
        .enhanced(3, 3, kFrameA);
    auto reader = openBytes(b.bytes());
    ASSERT_TRUE(reader);
    RawPacket p;
    while (reader->next(p) == ReadStatus::Packet) {
    }
    const std::string w = reader->warning();
    EXPECT_EQ(w, reader->linkTypeWarning());
    EXPECT_NE(w.find("link type PPI (192)"), std::string::npos) << w;
    EXPECT_EQ(w.find("PPI (192)"), w.rfind("PPI (192)")) << "named once: " << w;
    EXPECT_NE(w.find("link type PPP (9)"), std::string::npos) << w;
    EXPECT_EQ(w.find("(1)"), std::string::npos) << w;
}

TEST(LinkTypeWarning, PcapKnowsAtOpenAndKeepsOtherWarnings) {
    Bytes b(false);
    b.u32(0xA1B2C3D4).u16(2).u16(4).u32(0).u32(0).u32(65535).u32(143);  // DOCSIS
    b.u32(1).u32(0).u32(5).u32(5).raw(kFrameA);
    b.u32(2).u32(0).u32(5).u32(5).raw({1, 2});  // cut short
    auto reader = openBytes(b.data());
    ASSERT_TRUE(reader);
    EXPECT_NE(reader->linkTypeWarning().find("DOCSIS (143)"), std::string::npos);
    RawPacket p;
    while (reader->next(p) == ReadStatus::Packet) {
    }
    EXPECT_NE(reader->warning().find("cut short"), std::string::npos) << reader->warning();
    EXPECT_NE(reader->warning().find("DOCSIS (143)"), std::string::npos) << reader->warning();
    // A decoded link type: no warning.
    auto plain = openBytes(pcapFile(false, false, 65535, {{10, 0}}));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->linkTypeWarning(), "");
}

}  // namespace
}  // namespace flowscope
