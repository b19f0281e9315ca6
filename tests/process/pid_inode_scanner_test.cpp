// The /proc/<pid>/fd scan on this very process, whose socket inodes are known from fstat():
// a descriptor table larger than one getdents64 block (read in several calls) and a small one
// (one short block, taken as the end) both give every socket, and only sockets.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

#include "core/process/linux/pid_inode_scanner.h"

namespace flowscope {
namespace {

class Descriptors {
public:
    ~Descriptors() {
        for (int fd : fds) {
            ::close(fd);
        }
    }
    std::vector<int> fds;
};

// One record per socket descriptor, with the inode fstat() reports for it.
std::vector<SocketRecord> recordsOf(const std::vector<int>& fds) {
    std::vector<SocketRecord> out;
    for (int fd : fds) {
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode)) {
            SocketRecord r;
            r.protocol = 17;
            r.inode = st.st_ino;
            r.uid = uint32_t(::geteuid());
            out.push_back(r);
        }
    }
    return out;
}

void expectAllOwnedByThisProcess(size_t sockets, size_t files) {
    Descriptors d;
    for (size_t i = 0; i < sockets; ++i) {
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        ASSERT_GE(fd, 0) << "socket " << i;
        d.fds.push_back(fd);
    }
    std::vector<int> others;
    for (size_t i = 0; i < files; ++i) {  // descriptors that are not sockets, in between
        const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        ASSERT_GE(fd, 0);
        d.fds.push_back(fd);
    }
    std::vector<SocketRecord> table = recordsOf(d.fds);
    ASSERT_EQ(table.size(), sockets);
    linuxproc::PidInodeScanner scanner;
    scanner.update(table);
    const uint32_t self = uint32_t(::getpid());
    size_t owned = 0;
    for (const SocketRecord& r : table) {
        owned += r.pids == std::vector<uint32_t>{self} ? 1 : 0;
    }
    EXPECT_EQ(owned, sockets);
    // Every descriptor was read (0-2 and the test runner's own ones besides).
    EXPECT_GE(scanner.lastStats().fdsRead, sockets + files);
}

TEST(PidInodeScanner, SocketsOfALargeDescriptorTableReadInSeveralBlocks) {
    // 1,500 sockets and 500 files: about 48 KB of directory entries, several getdents64 calls.
    rlimit limit{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_cur < 2100) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 4096);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur < 2100) {
        GTEST_SKIP() << "RLIMIT_NOFILE allows only " << limit.rlim_cur << " descriptors";
    }
    expectAllOwnedByThisProcess(1500, 500);
}

TEST(PidInodeScanner, SocketsOfASmallDescriptorTableReadInOneBlock) {
    expectAllOwnedByThisProcess(5, 3);
}

// The scan of a whole-table refresh may run while the table is read: this process is scanned,
// then opens a socket that the table has. That socket is not taken for one nobody holds (an
// orphan is never searched for again for a while, and on loopback the other end's listener
// would then own the connection): the next lookup finds its owner.
TEST(PidInodeScanner, ASocketOpenedAfterAScanDuringTheTableIsFoundByTheNextLookup) {
    linuxproc::PidInodeScanner scanner;
    scanner.prepare(linuxproc::PidInodeScanner::ScanOrder::DuringTable);
    Descriptors d;
    d.fds.push_back(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    ASSERT_GE(d.fds[0], 0);
    std::vector<SocketRecord> table = recordsOf(d.fds);
    scanner.resolve(table);  // may not know yet: this process was scanned before the socket
    std::vector<SocketRecord> lookedUp = recordsOf(d.fds);
    scanner.resolveFew(lookedUp);
    EXPECT_EQ(lookedUp[0].pids, std::vector<uint32_t>{uint32_t(::getpid())});
}

// After the table, the scan sees every socket of it; one nobody holds stays unowned.
TEST(PidInodeScanner, ASocketOfTheTableThatNobodyHoldsStaysUnowned) {
    linuxproc::PidInodeScanner scanner;
    std::vector<SocketRecord> table(1);
    table[0].protocol = 17;
    table[0].inode = 0x7fffffff0001ULL;  // no such socket inode
    table[0].uid = uint32_t(::geteuid());
    scanner.update(table);
    EXPECT_TRUE(table[0].pids.empty());
    scanner.resolveFew(table);
    EXPECT_TRUE(table[0].pids.empty());
}

}  // namespace
}  // namespace flowscope
