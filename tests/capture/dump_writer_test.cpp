// DumpWriter: round trips through a real file, link-type filtering, queue overflow, and a
// check of the written file with tshark when it is installed.
#include <gtest/gtest.h>

#include <sys/resource.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>

#include "capture_test_util.h"
#include "core/capture/dump_writer.h"
#include "core/capture/file_reader.h"

namespace flowscope {
namespace {

struct Frame {
    int64_t ts;
    uint32_t wire;
    std::vector<uint8_t> bytes;
    bool operator==(const Frame&) const = default;
};

std::vector<Frame> copyThrough(const std::string& in, const std::string& out,
                               uint32_t* linkTypeOut = nullptr) {
    auto reader = FileReader::open(in);
    EXPECT_TRUE(reader.ok());
    if (!reader.ok()) {
        return {};
    }
    FileReader& r = **reader;
    auto writer = DumpWriter::open(out, r.linkType(), r.snaplen());
    EXPECT_TRUE(writer.ok()) << writer.error().message;
    if (!writer.ok()) {
        return {};
    }
    std::vector<Frame> frames;
    RawPacket p;
    while (r.next(p) == ReadStatus::Packet) {
        frames.push_back({p.timestampNs, p.wireLength, {p.data, p.data + p.capturedLength}});
        writer.value()->write(p);
    }
    EXPECT_TRUE(writer.value()->close().ok());
    EXPECT_EQ(writer.value()->written(), frames.size());
    EXPECT_EQ(writer.value()->lost(), 0u);
    EXPECT_EQ(writer.value()->skipped(), 0u);
    if (linkTypeOut) {
        *linkTypeOut = r.linkType();
    }
    return frames;
}

std::vector<Frame> readBack(const std::string& path, uint32_t expectedLinkType) {
    auto reader = FileReader::open(path);
    EXPECT_TRUE(reader.ok()) << reader.error().message;
    if (!reader.ok()) {
        return {};
    }
    EXPECT_EQ(reader.value()->format(), FileFormat::PcapNano);
    EXPECT_EQ(reader.value()->linkType(), expectedLinkType);
    std::vector<Frame> frames;
    RawPacket p;
    while (reader.value()->next(p) == ReadStatus::Packet) {
        frames.push_back({p.timestampNs, p.wireLength, {p.data, p.data + p.capturedLength}});
    }
    EXPECT_EQ(reader.value()->warning(), "");
    return frames;
}

bool haveTshark() {
    return std::system("command -v tshark >/dev/null 2>&1") == 0;
}

TEST(DumpWriter, RoundTripThroughRealFiles) {
    for (const char* file : {"pcapplusplus-sll.pcap", "pcapplusplus-raw_ip.pcap",
                             "pcapplusplus-nanosecs_big_endian.pcap"}) {
        const std::string out = ::testing::TempDir() + "/flowscope_dump_" + file;
        uint32_t linkType = 0;
        const auto written = copyThrough(test::dataPath(file), out, &linkType);
        ASSERT_FALSE(written.empty());
        EXPECT_EQ(readBack(out, linkType), written) << file;
        if (haveTshark()) {
            const std::string cmd = "tshark -r '" + out + "' -q >/dev/null 2>&1";
            EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
        }
        std::filesystem::remove(out);
    }
    if (!haveTshark()) {
        GTEST_SKIP() << "tshark is not installed: the files were checked with FileReader only";
    }
}

TEST(DumpWriter, SkipsOtherLinkTypesAndCountsLosses) {
    const std::string out = ::testing::TempDir() + "/flowscope_dump_small.pcap";
    // Two buffers of 512 bytes for 100-byte frames: a tight loop overruns them.
    auto writer = DumpWriter::open(out, 1, 100, 1024);
    ASSERT_TRUE(writer.ok()) << writer.error().message;
    std::vector<uint8_t> frame(100, 0x55);
    RawPacket p;
    p.data = frame.data();
    p.capturedLength = p.wireLength = 100;
    p.linkType = 113;
    writer.value()->write(p);
    EXPECT_EQ(writer.value()->skipped(), 1u);
    p.linkType = 1;
    constexpr uint64_t kFrames = 20000;
    for (uint64_t i = 0; i < kFrames; ++i) {
        p.timestampNs = static_cast<int64_t>(i);
        writer.value()->write(p);
    }
    ASSERT_TRUE(writer.value()->close().ok());
    EXPECT_TRUE(writer.value()->close().ok());  // idempotent
    EXPECT_GT(writer.value()->lost(), 0u);
    EXPECT_EQ(writer.value()->written() + writer.value()->lost(), kFrames);
    EXPECT_EQ(readBack(out, 1).size(), writer.value()->written());
    std::filesystem::remove(out);
}

TEST(DumpWriter, TruncatesToSnaplen) {
    const std::string out = ::testing::TempDir() + "/flowscope_dump_snap.pcap";
    {
        auto writer = DumpWriter::open(out, 1, 64);
        ASSERT_TRUE(writer.ok());
        std::vector<uint8_t> frame(200, 1);
        RawPacket p;
        p.data = frame.data();
        p.capturedLength = p.wireLength = 200;
        p.linkType = 1;
        p.timestampNs = 1234567890123456789;
        writer.value()->write(p);
    }  // the destructor flushes and closes
    const auto frames = readBack(out, 1);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].bytes.size(), 64u);
    EXPECT_EQ(frames[0].wire, 200u);
    EXPECT_EQ(frames[0].ts, 1234567890123456789);
    std::filesystem::remove(out);
}

// A real write failure: the process's file size limit (RLIMIT_FSIZE) makes write(2) fail with
// EFBIG in the middle of a record, as a full disk fails with ENOSPC. Writing stops, the error
// is reported, later frames are counted, and the file ends on a complete record.
TEST(DumpWriter, WriteFailureLeavesAReadableFile) {
    const std::string out = ::testing::TempDir() + "/flowscope_dump_limit.pcap";
    constexpr rlim_t kLimit = 10000;  // header + 99 records of 100 bytes, then 84 bytes more
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto* previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = kLimit;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    uint64_t written = 0;
    uint64_t unwritten = 0;
    std::optional<Error> error;
    {
        auto writer = DumpWriter::open(out, 1, 84);
        ASSERT_TRUE(writer.ok()) << writer.error().message;
        std::vector<uint8_t> frame(84, 0x42);
        RawPacket p;
        p.data = frame.data();
        p.capturedLength = p.wireLength = 84;
        p.linkType = 1;
        for (int i = 0; i < 300; ++i) {
            p.timestampNs = 1'000'000'000LL * i;
            writer.value()->write(p);
        }
        const Status closed = writer.value()->close();
        EXPECT_FALSE(closed.ok());
        error = writer.value()->error();
        written = writer.value()->written();
        unwritten = writer.value()->unwritten();
        EXPECT_EQ(writer.value()->lost(), 0u);
    }
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, ErrorCode::Io);
    EXPECT_NE(error->message.find(out), std::string::npos) << error->message;
    EXPECT_NE(error->message.find("stopped after 99 frames"), std::string::npos) << error->message;
    EXPECT_EQ(written, 99u);
    EXPECT_EQ(written + unwritten, 300u);
    EXPECT_EQ(std::filesystem::file_size(out), 24u + 99u * 100u);
    const auto frames = readBack(out, 1);  // no "cut short" warning: see readBack
    EXPECT_EQ(frames.size(), 99u);
    if (haveTshark()) {
        const std::string cmd = "tshark -r '" + out + "' -q >/dev/null 2>&1";
        EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    }
    std::filesystem::remove(out);
}

TEST(DumpWriter, FolderThatAcceptsNoFiles) {
    // /proc exists but files cannot be created in it: not "the folder does not exist".
    auto writer = DumpWriter::open("/proc/flowscope-x.pcap", 1, 65535);
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().message.find("does not exist"), std::string::npos)
        << writer.error().message;
    EXPECT_NE(writer.error().message.find("/proc/flowscope-x.pcap"), std::string::npos);
}

TEST(DumpWriter, UnwritablePath) {
    auto writer = DumpWriter::open("/nonexistent/dir/out.pcap", 1, 65535);
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().code, ErrorCode::NotFound);
    EXPECT_NE(writer.error().message.find("/nonexistent/dir/out.pcap"), std::string::npos);
}

}  // namespace
}  // namespace flowscope
