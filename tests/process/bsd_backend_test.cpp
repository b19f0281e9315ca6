// The macOS (libproc) and FreeBSD (sysctl) process backends against the real system: this
// test's own TCP listener, connected pair and UDP socket must appear with its pid, and
// describe() must give its own executable path. Runs only on those systems.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__APPLE__)
#include <mach-o/dyld.h>
#else
#include <sys/sysctl.h>
#include <sys/types.h>
#endif

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/process/process_backend.h"

namespace flowscope {
namespace {

std::string ownExecutable() {
    char path[PATH_MAX] = {};
#if defined(__APPLE__)
    uint32_t size = sizeof path;
    if (_NSGetExecutablePath(path, &size) != 0) {
        return {};
    }
#else
    int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PATHNAME, -1};
    size_t size = sizeof path;
    if (sysctl(mib, 4, path, &size, nullptr, 0) != 0) {
        return {};
    }
#endif
    char resolved[PATH_MAX] = {};
    return realpath(path, resolved) ? resolved : path;
}

class Sockets : public ::testing::Test {
protected:
    void TearDown() override {
        for (int fd : m_fds) {
            close(fd);
        }
    }
    int track(int fd) {
        if (fd >= 0) {
            m_fds.push_back(fd);
        }
        return fd;
    }
    static uint16_t portOf(int fd) {
        sockaddr_in address{};
        socklen_t length = sizeof address;
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
        return ntohs(address.sin_port);
    }
    static const SocketRecord* find(const std::vector<SocketRecord>& records, uint8_t protocol,
                                    uint16_t local, uint16_t remote, SocketState state) {
        for (const SocketRecord& r : records) {
            if (r.protocol == protocol && r.local.port == local && r.remote.port == remote &&
                r.state == state) {
                return &r;
            }
        }
        return nullptr;
    }
    std::vector<int> m_fds;
};

sockaddr_in loopback(uint16_t port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

TEST_F(Sockets, FindsOwnTcpListenerConnectedPairAndUdpSocket) {
    const int listener = track(socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in any = loopback(0);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&any), sizeof any), 0);
    ASSERT_EQ(listen(listener, 4), 0);
    const uint16_t listenPort = portOf(listener);
    const int client = track(socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in target = loopback(listenPort);
    ASSERT_EQ(connect(client, reinterpret_cast<sockaddr*>(&target), sizeof target), 0);
    const int server = track(accept(listener, nullptr, nullptr));
    ASSERT_GE(server, 0);
    const uint16_t clientPort = portOf(client);
    const int udp = track(socket(AF_INET, SOCK_DGRAM, 0));
    sockaddr_in udpAddress = loopback(0);
    ASSERT_EQ(bind(udp, reinterpret_cast<sockaddr*>(&udpAddress), sizeof udpAddress), 0);
    const uint16_t udpPort = portOf(udp);

    std::unique_ptr<ProcessBackend> backend = createSystemProcessBackend();
#if defined(__APPLE__)
    EXPECT_STREQ(backend->name(), "libproc");
#else
    EXPECT_STREQ(backend->name(), "sysctl");
#endif
    Result<std::vector<SocketRecord>> records = backend->readSockets();
    ASSERT_TRUE(records.ok()) << records.error().message;
    const uint32_t self = uint32_t(getpid());
    const SocketRecord* listening = find(*records, 6, listenPort, 0, SocketState::Listen);
    const SocketRecord* out = find(*records, 6, clientPort, listenPort, SocketState::Established);
    const SocketRecord* in = find(*records, 6, listenPort, clientPort, SocketState::Established);
    const SocketRecord* unconnected = find(*records, 17, udpPort, 0, SocketState::Unconnected);
    ASSERT_NE(listening, nullptr);
    ASSERT_NE(out, nullptr);
    ASSERT_NE(in, nullptr);
    ASSERT_NE(unconnected, nullptr);
    EXPECT_EQ(listening->local.address.toString(), "127.0.0.1");
    EXPECT_EQ(out->remote.address.toString(), "127.0.0.1");
    for (const SocketRecord* r : {listening, out, in, unconnected}) {
        EXPECT_EQ(r->pids, std::vector<uint32_t>{self}) << "port " << r->local.port;
        EXPECT_EQ(r->uid, uint32_t(getuid()));
        EXPECT_FALSE(r->ownerHidden);
    }
}

TEST_F(Sockets, ForkedChildSharesTheListener) {
    const int listener = track(socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in any = loopback(0);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&any), sizeof any), 0);
    ASSERT_EQ(listen(listener, 1), 0);
    const uint16_t port = portOf(listener);
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        close(ready[0]);
        const char byte = 'r';
        (void)!write(ready[1], &byte, 1);
        pause();  // killed by the parent
        _exit(0);
    }
    close(ready[1]);
    char byte = 0;
    ASSERT_EQ(read(ready[0], &byte, 1), 1);
    close(ready[0]);
    Result<std::vector<SocketRecord>> records = createSystemProcessBackend()->readSockets();
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    ASSERT_TRUE(records.ok()) << records.error().message;
    const SocketRecord* r = find(*records, 6, port, 0, SocketState::Listen);
    ASSERT_NE(r, nullptr);
    std::vector<uint32_t> expected = {uint32_t(getpid()), uint32_t(child)};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(r->pids, expected);
}

TEST(BsdDescribe, OwnProcess) {
    std::optional<ProcessInfo> info = createSystemProcessBackend()->describe(uint32_t(getpid()));
    ASSERT_TRUE(info.has_value());
    const std::string self = ownExecutable();
    ASSERT_FALSE(self.empty());
    char resolved[PATH_MAX] = {};
    EXPECT_EQ(realpath(info->path.c_str(), resolved) ? std::string(resolved) : info->path, self);
    EXPECT_EQ(info->name, "process_bsd_test");
    EXPECT_EQ(info->uid, uint32_t(getuid()));
    EXPECT_EQ(info->user, userNameForUid(uint32_t(getuid())));
    EXPECT_NE(info->commandLine.find("process_bsd_test"), std::string::npos) << info->commandLine;
}

TEST(BsdDescribe, ExitedChildIsNullopt) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        _exit(0);
    }
    waitpid(child, nullptr, 0);
    EXPECT_FALSE(createSystemProcessBackend()->describe(uint32_t(child)).has_value());
}

}  // namespace
}  // namespace flowscope
