// /proc/net/{tcp,tcp6,udp,udp6} parsing and process facts, on text in the kernel's exact format.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <netinet/in.h>
#include <filesystem>
#include <fstream>

#include "core/process/linux/linux_process_info.h"
#include "core/process/linux/procfs_sockets.h"

namespace flowscope {
namespace {

using linuxproc::parseProcNetTable;

// Lines as Linux 6.x prints them (include/net/tcp.h / net/ipv4/tcp_ipv4.c get_tcp4_sock).
constexpr const char* kTcp4 =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode                                                     \n"
    "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        "
    "0 31377 1 0000000000000000 100 0 0 10 0                    \n"
    "   1: 0100007F:9C40 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        "
    "0 31378 1 0000000000000000 20 4 30 10 -1                   \n"
    "   2: 0100007F:9C41 0100007F:1F90 06 00000000:00000000 03:00000F2C 00000000     0        "
    "0 0 3 0000000000000000\n"
    "garbage line\n";

constexpr const char* kTcp6 =
    "  sl  local_address                         remote_address                        st "
    "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    "   0: 00000000000000000000000001000000:0050 00000000000000000000000000000000:0000 0A "
    "00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 "
    "10 0\n"
    "   1: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000100007F:A000 01 "
    "00000000:00000000 00:00000000 00000000    33        0 4243 1 0000000000000000 100 0 0 "
    "10 0\n";

constexpr const char* kUdp4 =
    "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode ref pointer drops\n"
    "  120: 00000000:0044 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        "
    "0 19002 2 0000000000000000 0\n"
    "  121: 0100007F:D431 0100007F:0035 01 00000000:00000000 00:00000000 00000000   100        "
    "0 19003 2 0000000000000000 0\n";

TEST(ProcfsParse, Ipv4TcpAddressesPortsStatesUidsAndInodes) {
    std::vector<SocketRecord> out;
    EXPECT_EQ(parseProcNetTable(kTcp4, false, 6, out), 3u);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].local.address.toString(), "127.0.0.1");
    EXPECT_EQ(out[0].local.port, 8080);
    EXPECT_EQ(out[0].remote.address.toString(), "0.0.0.0");
    EXPECT_EQ(out[0].state, SocketState::Listen);
    EXPECT_EQ(out[0].inode, 31377u);
    EXPECT_EQ(out[1].remote.port, 8080);
    EXPECT_EQ(out[1].local.port, 40000);
    EXPECT_EQ(out[1].state, SocketState::Established);
    EXPECT_EQ(out[1].uid, 1000u);
    EXPECT_EQ(out[2].state, SocketState::TimeWait);
    EXPECT_EQ(out[2].inode, 0u);
    for (const auto& r : out) {
        EXPECT_EQ(r.protocol, 6);
        EXPECT_TRUE(r.pids.empty());
    }
}

TEST(ProcfsParse, Ipv6WordsAreInKernelOrder) {
    std::vector<SocketRecord> out;
    ASSERT_EQ(parseProcNetTable(kTcp6, true, 6, out), 2u);
    EXPECT_EQ(out[0].local.address.toString(), "::1");
    EXPECT_EQ(out[0].local.port, 80);
    EXPECT_EQ(out[0].remote.address.toString(), "::");
    EXPECT_EQ(out[1].local.address.toString(), "::ffff:127.0.0.1");
    EXPECT_EQ(out[1].remote.port, 0xA000);
    EXPECT_EQ(out[1].uid, 33u);
    EXPECT_EQ(out[1].inode, 4243u);
}

TEST(ProcfsParse, UdpStatesAreUnconnectedOrEstablished) {
    std::vector<SocketRecord> out;
    ASSERT_EQ(parseProcNetTable(kUdp4, false, 17, out), 2u);
    EXPECT_EQ(out[0].state, SocketState::Unconnected);
    EXPECT_EQ(out[0].local.port, 68);
    EXPECT_EQ(out[1].state, SocketState::Established);
    EXPECT_EQ(out[1].remote.port, 53);
    EXPECT_EQ(out[1].protocol, 17);
}

TEST(ProcfsParse, TruncatedAndHostileLinesAreSkipped) {
    std::vector<SocketRecord> out;
    EXPECT_EQ(parseProcNetTable("", false, 6, out), 0u);
    EXPECT_EQ(parseProcNetTable("header only", false, 6, out), 0u);
    EXPECT_EQ(parseProcNetTable("h\n   0: 0100007F:1F", false, 6, out), 0u);
    EXPECT_EQ(parseProcNetTable("h\n   0: 0100007F:1F90 00000000:0000 0A 0:0 0:0 0 "
                                "99999999999999999999 0 1",
                                false, 6, out),
              0u);
    EXPECT_EQ(
        parseProcNetTable("h\n   0: 0100007G:1F90 00000000:0000 0A a b c 0 0 1", false, 6, out),
        0u);
    EXPECT_TRUE(out.empty());
}

TEST(ProcessName, CommIsUsedUnlessTheKernelCutItAtFifteenCharacters) {
    using linuxproc::fullProcessName;
    EXPECT_EQ(fullProcessName("sshd", "/usr/sbin/sshd", "sshd: root"), "sshd");
    EXPECT_EQ(fullProcessName("python3", "/usr/bin/python3.11", "python3"), "python3");
    EXPECT_EQ(fullProcessName("flowscope-test-", "/x/flowscope-test-sockets", "./a"),
              "flowscope-test-sockets");
    EXPECT_EQ(fullProcessName("flowscope-test-", "", "/opt/flowscope-test-sockets"),
              "flowscope-test-sockets");
    // A renamed thread or process whose executable does not start with comm keeps comm.
    EXPECT_EQ(fullProcessName("abcdefghijklmno", "/usr/bin/other", "other"), "abcdefghijklmno");
}

// A process that exits while it is being described (its /proc entry half gone) is reported
// as exited, never as a program without a name.
TEST(ProcessName, AProcessGoneHalfWayThroughIsExited) {
    const std::string root = ::testing::TempDir() + "flowscope-proc-" + std::to_string(::getpid());
    std::filesystem::create_directories(root + "/42");
    std::ofstream(root + "/42/status") << "Name:\tcurl\nUid:\t0\t0\t0\t0\n";
    EXPECT_FALSE(linuxproc::describeProcess(42, root).has_value());  // no comm any more
    std::ofstream(root + "/42/comm") << "\n";                        // an empty one
    EXPECT_FALSE(linuxproc::describeProcess(42, root).has_value());
    std::ofstream(root + "/42/comm") << "curl\n";
    auto info = linuxproc::describeProcess(42, root);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->name, "curl");
    EXPECT_EQ(info->uid, 0u);
    EXPECT_TRUE(info->path.empty());  // no exe link: a zombie's, say
    EXPECT_TRUE(info->exiting);
    std::filesystem::remove_all(root);
}

// A real zombie still has its status and comm but no executable: described, and marked as
// exiting (not as a process whose executable we may not read).
TEST(ProcessName, AZombieIsDescribedAsExiting) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::_exit(0);
    }
    siginfo_t info{};
    ASSERT_EQ(::waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT), 0);  // left a zombie
    auto zombie = linuxproc::describeProcess(uint32_t(child), "/proc");
    auto self = linuxproc::describeProcess(uint32_t(::getpid()), "/proc");
    ::waitpid(child, nullptr, 0);
    ASSERT_TRUE(zombie.has_value());
    EXPECT_TRUE(zombie->path.empty());
    EXPECT_TRUE(zombie->exiting);
    ASSERT_TRUE(self.has_value());
    EXPECT_FALSE(self->path.empty());
    EXPECT_FALSE(self->exiting);
}

// The effective uid is the second number of the "Uid:" line; anything else is no uid (never
// root by accident).
TEST(ProcessStatus, EffectiveUidIsTheSecondFieldOfTheUidLine) {
    uint32_t uid = 7;
    EXPECT_TRUE(linuxproc::effectiveUidOfStatus(
        "Name:\tsudo\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t1000\t0\t0\t0\nGid:\t1000\n", uid));
    EXPECT_EQ(uid, 0u);
    EXPECT_TRUE(linuxproc::effectiveUidOfStatus("Name:\tx\nUid:\t0\t65534\t0\t0\n", uid));
    EXPECT_EQ(uid, 65534u);
    uid = 7;
    EXPECT_FALSE(linuxproc::effectiveUidOfStatus("Name:\tx\nGid:\t0\t0\t0\t0\n", uid));
    EXPECT_FALSE(linuxproc::effectiveUidOfStatus("Name:\tx\nUid:\t1000\n", uid));
    EXPECT_FALSE(linuxproc::effectiveUidOfStatus("Name:\tx\nUid:\tabc\tdef\n", uid));
    EXPECT_EQ(uid, 7u);
}

// identifyProcess reads only status and exe: an exited process (no status) is nullopt, a
// zombie (no exe link) has an empty path, a replaced executable keeps its path.
TEST(ProcessStatus, IdentifyReadsTheExecutableAndTheEffectiveUid) {
    const std::string root =
        ::testing::TempDir() + "flowscope-identify-" + std::to_string(::getpid());
    std::filesystem::create_directories(root + "/42");
    EXPECT_FALSE(linuxproc::identifyProcess(42, root).has_value());
    std::ofstream(root + "/42/status") << "Name:\tcurl\nUid:\t1000\t1001\t1000\t1000\n";
    auto id = linuxproc::identifyProcess(42, root);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->uid, 1001u);
    EXPECT_TRUE(id->path.empty());
    std::filesystem::create_symlink("/usr/bin/curl (deleted)", root + "/42/exe");
    id = linuxproc::identifyProcess(42, root);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->path, "/usr/bin/curl");
    std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace flowscope
