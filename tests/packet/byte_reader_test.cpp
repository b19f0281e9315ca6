// ByteReader's sticky "overran" state: any read outside the readable range sets it, and
// nothing clears it, so one check after a header's reads catches every missing byte.
#include <gtest/gtest.h>

#include <cstdint>

#include "core/packet/byte_reader.h"

namespace flowscope::packet_internal {
namespace {

const uint8_t kBytes[] = {0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc};

TEST(ByteReader, ReadsInsideTheRangeDoNotOverrun) {
    ByteReader r = ByteReader::over(kBytes, sizeof kBytes);
    EXPECT_EQ(r.u8(0), 0x12);
    EXPECT_EQ(r.be16(0), 0x1234);
    EXPECT_EQ(r.le16(0), 0x3412);
    EXPECT_EQ(r.be32(2), 0x56789abcu);
    EXPECT_EQ(r.le32(2), 0xbc9a7856u);
    EXPECT_NE(r.ptr(0, 6), nullptr);
    r.need(6);
    EXPECT_FALSE(r.overran());
}

TEST(ByteReader, EveryKindOfReadPastTheEndSetsOverran) {
    const auto reads = {
        +[](ByteReader& r) { return uint32_t{r.u8(6)}; },
        +[](ByteReader& r) { return uint32_t{r.be16(5)}; },
        +[](ByteReader& r) { return uint32_t{r.le16(5)}; },
        +[](ByteReader& r) { return r.be32(3); },
        +[](ByteReader& r) { return r.le32(3); },
        +[](ByteReader& r) { return uint32_t{r.ptr(4, 3) != nullptr}; },
        +[](ByteReader& r) {
            r.need(7);
            return uint32_t{0};
        },
    };
    for (auto read : reads) {
        ByteReader r = ByteReader::over(kBytes, sizeof kBytes);
        EXPECT_EQ(read(r), 0u);  // never a byte from outside the range
        EXPECT_TRUE(r.overran());
    }
}

TEST(ByteReader, OverranIsStickyAcrossLaterReadsSkipAndLimit) {
    ByteReader r = ByteReader::over(kBytes, sizeof kBytes);
    EXPECT_EQ(r.be32(4), 0u);
    ASSERT_TRUE(r.overran());
    EXPECT_EQ(r.u8(0), 0x12);  // a later good read still works...
    EXPECT_TRUE(r.overran());  // ...and does not clear the state
    EXPECT_TRUE(r.skip(2));
    EXPECT_TRUE(r.overran());
    r.limit(2);
    EXPECT_TRUE(r.overran());
    EXPECT_FALSE(r.endIsCapture());
    EXPECT_EQ(r.end(), 4u);
    ByteReader copy = r;  // a layer's copy inherits it
    EXPECT_TRUE(copy.overran());
}

TEST(ByteReader, QueriesDoNotSetOverran) {
    ByteReader r = ByteReader::over(kBytes, sizeof kBytes);
    EXPECT_FALSE(r.has(7));
    EXPECT_FALSE(r.fits(5, 2));
    EXPECT_FALSE(r.skip(7));
    EXPECT_EQ(r.pos, 0u);
    EXPECT_FALSE(r.overran());
}

TEST(ByteReader, DeclaredEndBoundsReads) {
    ByteReader r = ByteReader::over(kBytes, sizeof kBytes);
    r.limit(3);
    EXPECT_EQ(r.u8(2), 0x56);
    EXPECT_FALSE(r.overran());
    EXPECT_EQ(r.u8(3), 0);  // captured, but past the declared length
    EXPECT_TRUE(r.overran());
}

TEST(ByteReader, EmptyAndNullFrames) {
    ByteReader empty = ByteReader::over(nullptr, 100);
    EXPECT_EQ(empty.end(), 0u);
    EXPECT_EQ(empty.u8(0), 0);
    EXPECT_TRUE(empty.overran());
}

}  // namespace
}  // namespace flowscope::packet_internal
