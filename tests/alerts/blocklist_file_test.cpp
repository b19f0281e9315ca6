#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/alerts/blocklist_parser.h"

using namespace flowscope;
namespace fs = std::filesystem;

namespace {

class BlocklistFile : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("flowscope_blocklist_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string write(const std::string& name, const std::string& bytes) {
        const auto path = (m_dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    fs::path m_dir;
};

}  // namespace

TEST_F(BlocklistFile, LoadsAList) {
    const auto path = write("a.netset", "# list\n1.2.3.0/24\nbad\n2001:db8::/48\n");
    const auto r = loadBlocklistFile(path);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->entries.size(), 2u);
    EXPECT_EQ(r->malformedLines, 1u);
    EXPECT_EQ(r->problems[0].line, 3u);
}

TEST_F(BlocklistFile, MissingFile) {
    const auto path = (m_dir / "nope.netset").string();
    const auto r = loadBlocklistFile(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_EQ(r.error().message, "The blocklist file " + path + " does not exist; check the path.");
}

TEST_F(BlocklistFile, AFolder) {
    const auto r = loadBlocklistFile(m_dir.string());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(r.error().message,
              m_dir.string() + " is a folder, not a blocklist file; choose a list file inside it.");
}

TEST_F(BlocklistFile, NotARegularFile) {
    // A pipe must not block the reader (opening it would wait for a writer), a socket cannot
    // be opened as a file at all.
    const auto fifo = (m_dir / "list.fifo").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto r = loadBlocklistFile(fifo);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(r.error().message,
              fifo + " is not a regular file (a pipe, socket or device); choose a list file.");

    const auto socketPath = (m_dir / "list.sock").string();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    ASSERT_LT(socketPath.size(), sizeof addr.sun_path);
    std::memcpy(addr.sun_path, socketPath.c_str(), socketPath.size() + 1);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    const auto r2 = loadBlocklistFile(socketPath);
    ::close(fd);
    ASSERT_FALSE(r2);
    EXPECT_NE(r2.error().message.find("is not a regular file"), std::string::npos);
}

TEST_F(BlocklistFile, Unreadable) {
    // Root reads a mode-000 file anyway, but not a write-only sysctl file: /proc/sys checks
    // the mode bits even for root.
    std::string locked = "/proc/sys/vm/drop_caches";
    if (::geteuid() != 0) {
        locked = write("locked.netset", "1.1.1.1\n");
        fs::permissions(locked, fs::perms::none);
    } else if (!fs::exists(locked)) {
        GTEST_SKIP() << "running as root without " << locked << ": no unreadable file to use";
    }
    const auto r = loadBlocklistFile(locked);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(r.error().message, "The blocklist file " + locked +
                                     " cannot be read (Permission denied); check its permissions.");
}

TEST_F(BlocklistFile, BinaryData) {
    std::string bytes = "1.1.1.1\n";
    bytes += std::string(
        "\x7f"
        "ELF\x02\x01\x01\0\0\0",
        10);
    const auto r = loadBlocklistFile(write("bin", bytes));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_NE(r.error().message.find("contains binary data (a zero byte at offset 15)"),
              std::string::npos)
        << r.error().message;
}

TEST_F(BlocklistFile, EmptyOrOnlyComments) {
    for (const std::string& content : {std::string(), std::string("# only\n\n  # comments\r\n")}) {
        const auto path = write("empty", content);
        const auto r = loadBlocklistFile(path);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
        EXPECT_EQ(r.error().message, path +
                                         " holds no addresses (it is empty or only comments); "
                                         "choose a list with at least one IP address or prefix.");
    }
}

TEST_F(BlocklistFile, TextWithoutAnyEntry) {
    const auto path = write("readme.txt", "Hello,\nthis is not a list.\n");
    const auto r = loadBlocklistFile(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_EQ(r.error().message, "None of the 2 non-comment lines in " + path +
                                     " is an IP address or prefix, so it is not a blocklist; "
                                     "choose a plain-text IP/CIDR list.");
}

TEST(BlocklistRealData, FireholStyleList) {
    const std::string path = std::string(FLOWSCOPE_TEST_DATA) + "/blocklists/iana_special.netset";
    const auto r = loadBlocklistFile(path);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->malformedLines, 0u) << r->problemSummary();
    EXPECT_EQ(r->hostBitsMasked, 0u) << r->problemSummary();
    EXPECT_GT(r->entries.size(), 20u);
}
