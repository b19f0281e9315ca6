// The eBPF socket tracker against the running kernel: a connection made by this process is
// reported with its tuple, pid and executable; as nobody it does not load, and says why.
// Skipped, with the tracker's own sentence, where the kernel or the build cannot load it.
#include <arpa/inet.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "core/process/socket_event_source.h"

namespace flowscope {
namespace {

struct Collected {
    std::mutex mutex;
    SocketEvents all;
    void add(SocketEvents&& e) {
        std::lock_guard lock(mutex);
        for (auto& p : e.processes) {
            all.processes.push_back(std::move(p));
        }
        for (auto& s : e.sockets) {
            all.sockets.push_back(std::move(s));
        }
    }
};

int listenOnLoopback(uint16_t& port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(fd, 4) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        return -1;
    }
    port = ntohs(a.sin_port);
    return fd;
}

// Connects to the port, sends a byte; returns the client's fd and local port.
int connectTo(uint16_t port, uint16_t& localPort) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::send(fd, "x", 1, 0) != 1) {
        return -1;
    }
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    localPort = ntohs(a.sin_port);
    return fd;
}

bool hasSocket(Collected& c, SocketState state, uint16_t local, uint16_t remote) {
    std::lock_guard lock(c.mutex);
    for (const SocketRecord& s : c.all.sockets) {
        if (s.protocol == 6 && s.state == state && s.local.port == local &&
            s.remote.port == remote && s.pids == std::vector<uint32_t>{uint32_t(::getpid())} &&
            s.local.address.toString() == "127.0.0.1") {
            return true;
        }
    }
    return false;
}

TEST(SocketTracker, ReportsTheSocketsOfThisProcessWithItsExecutable) {
    SocketEventChoice choice = chooseSocketEventSource(ProcessSource::Ebpf, 1 << 16);
    if (!choice.source) {
        GTEST_SKIP() << english(choice.note);
    }
    EXPECT_STREQ(choice.source->name(), "ebpf");
    Collected got;
    choice.source->start([&](SocketEvents&& e) { got.add(std::move(e)); });
    uint16_t serverPort = 0, clientPort = 0;
    const int listener = listenOnLoopback(serverPort);
    ASSERT_GE(listener, 0);
    const int client = connectTo(serverPort, clientPort);
    ASSERT_GE(client, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!(hasSocket(got, SocketState::Established, clientPort, serverPort) &&
             hasSocket(got, SocketState::Listen, serverPort, 0)) &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    EXPECT_TRUE(hasSocket(got, SocketState::Established, clientPort, serverPort));
    EXPECT_TRUE(hasSocket(got, SocketState::Listen, serverPort, 0));
    choice.source->stop();
    char exe[PATH_MAX] = {};
    ASSERT_NE(::realpath("/proc/self/exe", exe), nullptr);
    bool described = false;
    for (const ProcessInfo& p : got.all.processes) {
        if (p.pid == uint32_t(::getpid())) {
            EXPECT_EQ(p.path, exe);
            EXPECT_EQ(p.uid, uint32_t(::geteuid()));
            described = true;
        }
    }
    EXPECT_TRUE(described);
    const SocketEventStats stats = choice.source->stats();
    EXPECT_GE(stats.events, 3u);  // the process, the listener, the connection
    EXPECT_EQ(stats.lost, 0u);
    EXPECT_GT(stats.mapBytes, size_t(1 << 16));  // the ring and the maps, as the kernel counts
    ::close(client);
    ::close(listener);
}

TEST(SocketTracker, AsNobodyItStaysOffAndSaysWhy) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root to become nobody";
    }
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(fds[0]);
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) {
            std::_Exit(3);
        }
        const SocketEventChoice c = chooseSocketEventSource(ProcessSource::Auto);
        const std::string note = english(c.note);
        (void)!::write(fds[1], note.data(), note.size());
        std::_Exit(c.source ? 1 : 0);
    }
    ::close(fds[1]);
    std::string note;
    char buf[512];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) {
        note.append(buf, size_t(n));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the tracker loaded as nobody: " << note;
    // Either the privileges or (on a kernel without BTF or a build without libbpf) the other
    // reason; never silence.
    EXPECT_NE(note.find("eBPF socket events are off: "), std::string::npos) << note;
    EXPECT_NE(note.find("snapshots of the socket table find the owners instead"), std::string::npos)
        << note;
    if (chooseSocketEventSource(ProcessSource::Ebpf).source) {  // root can: privileges it is
        EXPECT_NE(note.find("needs root or the CAP_BPF and CAP_PERFMON"), std::string::npos)
            << note;
    }
}

}  // namespace
}  // namespace flowscope
