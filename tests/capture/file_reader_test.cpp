// FileReader on particular real files (precision, byte order, interfaces, damage) and on bad
// input: missing, unreadable, empty, not a capture, every truncation of real files.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <limits>
#include <map>

#include "capture_test_util.h"
#include "core/capture/file_reader.h"

namespace flowscope {
namespace {

using test::dataPath;
using test::readAll;

struct Frame {
    int64_t ts;
    uint32_t wire;
    uint32_t captured;
    uint32_t linkType;
    uint32_t interfaceId;
    std::vector<uint8_t> bytes;
    bool operator==(const Frame&) const = default;
};

std::vector<Frame> readFrames(FileReader& reader, ReadStatus* end = nullptr) {
    std::vector<Frame> frames;
    RawPacket p;
    ReadStatus status;
    while ((status = reader.next(p)) == ReadStatus::Packet) {
        frames.push_back({p.timestampNs, p.wireLength, p.capturedLength, p.linkType, p.interfaceId,
                          std::vector<uint8_t>(p.data, p.data + p.capturedLength)});
    }
    if (end) {
        *end = status;
    }
    return frames;
}

std::unique_ptr<FileReader> openOk(const std::string& file) {
    auto r = FileReader::open(dataPath(file));
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? std::move(r.value()) : nullptr;
}

TEST(FileReader, NanosecondPcap) {
    auto reader = openOk("pcapplusplus-nanosecs.pcap");
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->format(), FileFormat::PcapNano);
    EXPECT_FALSE(reader->bigEndian());
    const auto frames = readFrames(*reader);
    ASSERT_EQ(frames.size(), 2u);
    // tshark -r pcapplusplus-nanosecs.pcap -T fields -e frame.time_epoch: 1.000002000, 1.000001234
    EXPECT_EQ(frames[0].ts, 1000002000);
    EXPECT_EQ(frames[1].ts, 1000001234);
    // capinfos -a: "First packet time: 1970-01-01 00:00:01.000001234"
    EXPECT_EQ(std::min(frames[0].ts, frames[1].ts), 1000001234);
}

TEST(FileReader, BigEndianNanosecondPcap) {
    auto reader = openOk("pcapplusplus-nanosecs_big_endian.pcap");
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->bigEndian());
    EXPECT_EQ(reader->format(), FileFormat::PcapNano);
    const auto frames = readFrames(*reader);
    ASSERT_EQ(frames.size(), 10u);
    EXPECT_EQ(frames[0].ts, 1766361926167647291);  // tshark frame.time_epoch, 1st frame
    EXPECT_EQ(frames[0].bytes.size(), frames[0].captured);
}

TEST(FileReader, ManyInterfacesWithDifferentLinkTypes) {
    auto reader = openOk("pcapplusplus-many_interfaces-1.pcapng");
    ASSERT_TRUE(reader);
    // Known before the first packet is read (IDBs come first).
    EXPECT_EQ(reader->linkType(), 1u);
    std::map<uint32_t, int> perInterface;
    for (const Frame& f : readFrames(*reader)) {
        ++perInterface[f.interfaceId];
        if (f.interfaceId == 10) {
            EXPECT_EQ(f.linkType, 0u);  // null/loopback
            EXPECT_EQ(f.wire, 168u);
        } else {
            EXPECT_EQ(f.linkType, 1u);
        }
    }
    // tshark -T fields -e frame.interface_id | sort | uniq -c: 62 x 0, 2 x 10
    EXPECT_EQ(perInterface, (std::map<uint32_t, int>{{0, 62}, {10, 2}}));
    ASSERT_EQ(reader->interfaces().size(), 11u);
    EXPECT_EQ(reader->interfaces()[8].linkType, 12u);
    EXPECT_EQ(reader->interfaces()[0].snaplen, 262144u);
}

TEST(FileReader, PcapngExampleResolutionsAndAbsurdTimestamps) {
    auto reader = openOk("pcapplusplus-pcapng-example.pcapng");
    ASSERT_TRUE(reader);
    const auto frames = readFrames(*reader);
    ASSERT_EQ(frames.size(), 159u);
    ASSERT_EQ(reader->interfaces().size(), 2u);
    EXPECT_EQ(reader->interfaces()[0].name, "lo");   // capinfos: Name = lo
    EXPECT_EQ(reader->interfaces()[1].snaplen, 0u);  // capinfos: Capture length = 0
    // if_tsresol 9; tshark frame.time_epoch of frames 1 and 2
    EXPECT_EQ(frames[0].ts, 1422527998578402281);
    EXPECT_EQ(frames[1].ts, 2894531997938836488);
    for (size_t i = 59; i < frames.size(); ++i) {
        EXPECT_EQ(frames[i].linkType, 113u);
        EXPECT_EQ(frames[i].interfaceId, 1u);
        // tshark: 18446744073204.126329 s and later (year 586524): saturated
        EXPECT_EQ(frames[i].ts, std::numeric_limits<int64_t>::max());
    }
}

TEST(FileReader, OversizedRecordStopsWithError) {
    auto reader = openOk("suricata-verify-smtp-to-comma.pcap");
    ASSERT_TRUE(reader);
    ReadStatus end;
    EXPECT_EQ(readFrames(*reader, &end).size(), 18u);
    ASSERT_EQ(end, ReadStatus::Error);
    EXPECT_EQ(reader->error().code, ErrorCode::Corrupt);
    const std::string& m = reader->error().message;
    EXPECT_NE(m.find("record 19 at byte offset 3695"), std::string::npos) << m;
    EXPECT_NE(m.find("3925868813"), std::string::npos) << m;
    EXPECT_NE(m.find("18 packets"), std::string::npos) << m;
}

TEST(FileReader, TruncatedFileEndsWithWarning) {
    auto reader = openOk("suricata-verify-http-mime-truncated.pcap");
    ASSERT_TRUE(reader);
    ReadStatus end;
    EXPECT_EQ(readFrames(*reader, &end).size(), 2696u);
    EXPECT_EQ(end, ReadStatus::End);
    const std::string w = reader->warning();
    EXPECT_NE(w.find("ends in the middle of packet 2697"), std::string::npos) << w;
    EXPECT_NE(w.find("the 2696 complete packets before it were read"), std::string::npos) << w;
}

// Record 2 of pcapfix's damaged sample is garbage claiming 16896 bytes that the file does not
// have. Like tshark ("cut short in the middle of a packet") we return packet 1 and end with a
// truncation warning rather than an error.
TEST(FileReader, PcapfixDamagedIsReadAsTruncated) {
    auto reader = openOk("pcapfix-test_damaged.pcap");
    ASSERT_TRUE(reader);
    ReadStatus end;
    EXPECT_EQ(readFrames(*reader, &end).size(), 1u);
    EXPECT_EQ(end, ReadStatus::End);
    EXPECT_NE(reader->warning().find("ends in the middle of packet 2"), std::string::npos)
        << reader->warning();
    EXPECT_NE(reader->warning().find("1 complete packet before it was read"), std::string::npos);
}

TEST(FileReader, SectionHeaderOptionTooLongFailsToOpen) {
    auto r = FileReader::open(dataPath("libpcap-shb-option-too-long.pcapng"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Corrupt);
    EXPECT_NE(r.error().message.find("12336"), std::string::npos) << r.error().message;
}

TEST(FileReader, MissingFile) {
    auto r = FileReader::open("/nonexistent/dir/x.pcap");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_EQ(r.error().message,
              "/nonexistent/dir/x.pcap does not exist; check the file name "
              "and folder.");
}

TEST(FileReader, Directory) {
    auto r = FileReader::open(FLOWSCOPE_TEST_DATA);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_NE(r.error().message.find("is a folder"), std::string::npos);
}

TEST(FileReader, EmptyAndTinyAndUnknown) {
    const std::string dir = ::testing::TempDir();
    const std::string empty = dir + "/flowscope_empty.pcap";
    test::writeAll(empty, {});
    auto r = FileReader::open(empty);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_NE(r.error().message.find("is empty"), std::string::npos);

    const uint8_t tiny[3] = {0xd4, 0xc3, 0xb2};
    auto t = FileReader::openMemory(tiny, sizeof tiny, "tiny");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, ErrorCode::BadFormat);

    const std::string text = "hello world, not a capture";
    auto u = FileReader::openMemory(reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                                    "notes.txt");
    ASSERT_FALSE(u.ok());
    EXPECT_EQ(u.error().code, ErrorCode::BadFormat);
    EXPECT_EQ(u.error().message,
              "notes.txt is not a pcap or pcapng capture file (unknown magic number 0x68656c6c).");

    // A pcap magic number followed by less than a file header.
    const uint8_t shortHeader[10] = {0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0};
    auto s = FileReader::openMemory(shortHeader, sizeof shortHeader, "short.pcap");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Corrupt);
    std::filesystem::remove(empty);
}

TEST(FileReader, UnreadableFile) {
    const std::string path = ::testing::TempDir() + "/flowscope_unreadable.pcap";
    std::filesystem::copy_file(dataPath("pcapplusplus-nanosecs.pcap"), path,
                               std::filesystem::copy_options::overwrite_existing);
    ASSERT_EQ(chmod(path.c_str(), 0), 0);
    // root reads anything: check as an unprivileged user in a child process.
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
            _exit(2);
        }
        auto r = FileReader::open(path);
        _exit(!r.ok() && r.error().code == ErrorCode::PermissionDenied ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    std::filesystem::remove(path);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 2) {
        GTEST_SKIP() << "cannot drop root privileges to test an unreadable file";
    }
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(FileReader, MemoryAndFileGiveTheSameFrames) {
    for (const char* file : {"pcapplusplus-many_interfaces-1.pcapng", "pcapplusplus-sll.pcap",
                             "pcapplusplus-nanosecs_big_endian.pcap"}) {
        const auto bytes = readAll(dataPath(file));
        auto mem = FileReader::openMemory(bytes.data(), bytes.size(), file);
        ASSERT_TRUE(mem.ok()) << mem.error().message;
        auto disk = openOk(file);
        ASSERT_TRUE(disk);
        EXPECT_EQ(readFrames(**mem), readFrames(*disk)) << file;
        EXPECT_EQ(mem.value()->description(), std::string("file ") + file);
    }
}

// Every prefix of small real files: never a crash, and what is read is a prefix of the file's
// packets; a cut inside a record gives a warning.
TEST(FileReader, EveryTruncationOfRealFiles) {
    for (const char* file : {"pcapplusplus-nanosecs_big_endian.pcap",
                             "pcapplusplus-many_interfaces-1.pcapng", "pcapplusplus-sll2.pcap"}) {
        const auto bytes = readAll(dataPath(file));
        auto whole = FileReader::openMemory(bytes.data(), bytes.size());
        ASSERT_TRUE(whole.ok());
        const auto all = readFrames(**whole);
        size_t opened = 0;
        for (size_t n = 0; n < bytes.size(); ++n) {
            auto r = FileReader::openMemory(bytes.data(), n, "cut");
            if (!r.ok()) {
                EXPECT_FALSE(r.error().message.empty());
                continue;
            }
            ++opened;
            ReadStatus end;
            const auto frames = readFrames(**r, &end);
            ASSERT_EQ(end, ReadStatus::End) << file << " cut at " << n;
            ASSERT_LE(frames.size(), all.size());
            for (size_t i = 0; i < frames.size(); ++i) {
                ASSERT_EQ(frames[i], all[i]) << file << " cut at " << n;
            }
            if (frames.size() < all.size() && r.value()->warning().empty()) {
                // Only a cut exactly between records may end silently.
                auto again = FileReader::openMemory(bytes.data(), n + 1, "cut");
                ASSERT_TRUE(again.ok());
                readFrames(**again);
                EXPECT_FALSE(again.value()->warning().empty()) << file << " cut at " << n + 1;
            }
        }
        EXPECT_GT(opened, bytes.size() / 2) << file;
    }
}

TEST(FileReader, InterruptEndsReading) {
    auto reader = openOk("pcapplusplus-example.pcap");
    ASSERT_TRUE(reader);
    RawPacket p;
    ASSERT_EQ(reader->next(p), ReadStatus::Packet);
    reader->interrupt();
    EXPECT_EQ(reader->next(p), ReadStatus::End);
    EXPECT_EQ(reader->next(p), ReadStatus::End);
}

TEST(FileReader, DescriptionAndPath) {
    auto reader = openOk("pcapplusplus-sll.pcap");
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->path(), dataPath("pcapplusplus-sll.pcap"));
    EXPECT_EQ(reader->description(), "file " + dataPath("pcapplusplus-sll.pcap"));
    EXPECT_FALSE(reader->isLive());
    EXPECT_EQ(reader->linkType(), 113u);
    EXPECT_EQ(reader->snaplen(), 65535u);  // capinfos -l: Packet size limit: file hdr: 65535
}

}  // namespace
}  // namespace flowscope
