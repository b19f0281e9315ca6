// The BPF descriptor iterator against /proc, with real processes: this process's own sockets
// (inodes from fstat), and 160 children, some running as another user, whose owners the
// scanner must give the same with the iterator as with the /proc walk. Skipped, with the
// reason, where the iterator cannot be loaded (no privilege, no BTF, another PID namespace).
#include "core/process/linux/socket_fd_iterator.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <vector>

#include "core/process/linux/linux_process_info.h"
#include "core/process/linux/pid_inode_scanner.h"

namespace flowscope {
namespace {

using linuxproc::DescriptorRecord;
using linuxproc::SocketFdIterator;

uint64_t inodeOf(int fd) {
    struct stat st {};
    return ::fstat(fd, &st) == 0 ? uint64_t(st.st_ino) : 0;
}

TEST(SocketFdIterator, ListsThisProcessesSocketsAndOtherDescriptors) {
    std::string why;
    auto iterator = SocketFdIterator::open(why);
    if (!iterator) {
        GTEST_SKIP() << "the descriptor iterator is not available here: " << why;
    }
    std::vector<int> sockets;
    for (int i = 0; i < 5; ++i) {
        sockets.push_back(::socket(i % 2 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        ASSERT_GE(sockets.back(), 0);
    }
    const int file = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_GE(file, 0);
    std::vector<DescriptorRecord> all;
    ASSERT_TRUE(iterator->read(all));
    ASSERT_TRUE(std::is_sorted(all.begin(), all.end(),
                               [](const auto& a, const auto& b) { return a.pid < b.pid; }));
    std::map<uint32_t, uint64_t> mine;  // fd -> inode (0: not a socket)
    for (const DescriptorRecord& r : all) {
        if (r.pid == uint32_t(::getpid())) {
            mine[r.fd] = r.inode;
            EXPECT_EQ(r.euid, uint32_t(::geteuid()));
        }
    }
    for (int fd : sockets) {
        ASSERT_TRUE(mine.count(uint32_t(fd))) << "socket descriptor " << fd;
        EXPECT_EQ(mine[uint32_t(fd)], inodeOf(fd));
        ::close(fd);
    }
    ASSERT_TRUE(mine.count(uint32_t(file)));
    EXPECT_EQ(mine[uint32_t(file)], 0u);  // not a socket
    ::close(file);
}

// A child: its own sockets (some as user nobody), their inodes written to the pipe, then it
// waits for the pipe's other end to close.
pid_t spawnHolder(int index, int& readEnd, int& holdEnd) {
    int toParent[2], hold[2];
    if (::pipe(toParent) != 0 || ::pipe(hold) != 0) {
        return -1;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(toParent[0]);
        ::close(hold[1]);
        if (index % 4 == 1 && ::getuid() == 0 && ::setresuid(65534, 65534, 65534) != 0) {
            ::_exit(1);
        }
        uint64_t inodes[3];
        for (int i = 0; i < 1 + index % 3; ++i) {
            const int fd = ::socket(AF_INET, i ? SOCK_DGRAM : SOCK_STREAM, 0);
            inodes[i] = inodeOf(fd);
        }
        const ssize_t n = ::write(toParent[1], inodes, sizeof(uint64_t) * size_t(1 + index % 3));
        ::close(toParent[1]);
        char c;
        (void)::read(hold[0], &c, 1);
        ::_exit(n > 0 ? 0 : 1);
    }
    ::close(toParent[1]);
    ::close(hold[0]);
    readEnd = toParent[0];
    holdEnd = hold[1];  // later children inherit it too: they all end once every one is closed
    return pid;
}

struct Children {
    std::vector<pid_t> pids;
    std::vector<int> holds;
    ~Children() {
        for (int fd : holds) {
            ::close(fd);
        }
        for (pid_t pid : pids) {
            ::waitpid(pid, nullptr, 0);
        }
    }
};

std::vector<std::vector<uint32_t>> ownersOf(std::vector<SocketRecord> table, bool walk,
                                            bool& iterated, std::string& note) {
    if (walk) {
        ::setenv("FLOWSCOPE_PROCESS_FDS", "procfs", 1);
    }
    linuxproc::PidInodeScanner scanner;
    scanner.update(table);
    ::unsetenv("FLOWSCOPE_PROCESS_FDS");
    iterated = scanner.lastStats().iterated;
    note = scanner.iteratorNote();
    std::vector<std::vector<uint32_t>> owners;
    for (const SocketRecord& r : table) {
        owners.push_back(r.pids);
        if (!walk && r.pids.size() == 1) {
            // The uid the iterator gave, where it gave one, is the one /proc shows.
            const auto euid = scanner.effectiveUid(r.pids[0]);
            const auto identity = linuxproc::identifyProcess(r.pids[0]);
            if (euid && identity) {
                EXPECT_EQ(*euid, identity->uid) << "pid " << r.pids[0];
            }
        }
    }
    return owners;
}

TEST(SocketFdIterator, TheScannerFindsTheSameOwnersAsByWalkingProc) {
    Children children;
    std::vector<SocketRecord> table;
    std::map<uint64_t, uint32_t> expected;
    for (int i = 0; i < 160; ++i) {
        int readEnd = -1, holdEnd = -1;
        const pid_t pid = spawnHolder(i, readEnd, holdEnd);
        ASSERT_GT(pid, 0);
        children.pids.push_back(pid);
        children.holds.push_back(holdEnd);
        uint64_t inodes[3] = {};
        const ssize_t n = ::read(readEnd, inodes, sizeof inodes);
        ::close(readEnd);
        ASSERT_GT(n, 0) << "child " << i;
        for (ssize_t k = 0; k < n / 8; ++k) {
            SocketRecord r;
            r.protocol = 6;
            r.inode = inodes[k];
            r.uid = i % 4 == 1 && ::getuid() == 0 ? 65534 : uint32_t(::getuid());
            table.push_back(r);
            expected[inodes[k]] = uint32_t(pid);
        }
    }
    bool iterated = false, walked = true;
    std::string note, walkNote;
    const auto byIterator = ownersOf(table, false, iterated, note);
    const auto byWalk = ownersOf(table, true, walked, walkNote);
    EXPECT_FALSE(walked);
    EXPECT_EQ(walkNote, "FLOWSCOPE_PROCESS_FDS=procfs");
    ASSERT_EQ(byIterator.size(), table.size());
    for (size_t i = 0; i < table.size(); ++i) {
        EXPECT_EQ(byWalk[i], std::vector<uint32_t>{expected[table[i].inode]}) << i;
        EXPECT_EQ(byIterator[i], byWalk[i]) << i;
    }
    if (!iterated) {
        GTEST_SKIP() << "compared the /proc walk only; the descriptor iterator is not "
                        "available here: "
                     << note;
    }
}

}  // namespace
}  // namespace flowscope
