// For tests that capture live: a forked child (a threaded process cannot unshare) in a private
// network namespace with lo up, reporting one line of text back; and datagrams on its lo that
// are known to have reached the capture socket.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

namespace flowscope::test {

constexpr int kSkipExit = 77;  // the child could not enter a namespace: the test is skipped

// Runs `body(message)` in a forked child; returns its exit code and the message it set.
template <class F>
std::pair<int, std::string> runInChild(F&& body) {
    int fds[2];
    if (pipe(fds) != 0) {
        return {-1, "pipe failed"};
    }
    const pid_t pid = fork();
    if (pid < 0) {
        return {-1, "fork failed"};
    }
    if (pid == 0) {
        close(fds[0]);
        std::string message;
        const int code = body(message);
        const ssize_t ignored = write(fds[1], message.data(), message.size());
        (void)ignored;
        _exit(code);
    }
    close(fds[1]);
    std::string text;
    char buf[512];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) {
        text.append(buf, static_cast<size_t>(n));
    }
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text};
}

// Skips (with the child's reason printed) or expects exit code 0.
inline void expectChild(const std::pair<int, std::string>& r) {
    if (r.first == kSkipExit) {
        std::printf("skipped: %s\n", r.second.c_str());
        GTEST_SKIP() << r.second;
    }
    EXPECT_EQ(r.first, 0) << r.second;
}

inline bool bringLoopbackUp(std::string& message) {
    const int s = socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = s >= 0 && ioctl(s, SIOCGIFFLAGS, &ifr) == 0;
    if (ok) {
        ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP | IFF_RUNNING);
        ok = ioctl(s, SIOCSIFFLAGS, &ifr) == 0;
    }
    if (!ok) {
        message = std::string("cannot bring lo up: ") + std::strerror(errno);
    }
    if (s >= 0) {
        close(s);
    }
    return ok;
}

// In the child: a private namespace with lo up. Returns 0, kSkipExit (not permitted here) or
// 1, with `message` saying why.
inline int enterPrivateNetns(std::string& message) {
    if (unshare(CLONE_NEWNET) != 0) {
        message = std::string("unshare(CLONE_NEWNET) failed: ") + std::strerror(errno);
        return errno == EPERM ? kSkipExit : 1;
    }
    return bringLoopbackUp(message) ? 0 : 1;
}

// Sends `count` UDP datagrams of `size` bytes to 127.0.0.1:`port` and receives each before the
// next. A capture socket on lo sees a frame before UDP delivers it, so once this returns true
// every datagram is held by (or was read from) the capture, stamped before the return.
inline bool sendReceivedDatagrams(int count, size_t size, uint16_t port, std::string& message) {
    const int sender = socket(AF_INET, SOCK_DGRAM, 0);
    const int receiver = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval wait{5, 0};
    bool ok = bind(receiver, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0 &&
              setsockopt(receiver, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait) == 0;
    std::string payload(size, 'x');
    for (int i = 0; ok && i < count; ++i) {
        payload[0] = static_cast<char>('a' + i % 26);
        ok = sendto(sender, payload.data(), payload.size(), 0,
                    reinterpret_cast<const sockaddr*>(&to), sizeof to) == ssize_t(size) &&
             recv(receiver, payload.data(), payload.size(), 0) == ssize_t(size);
        if (!ok) {
            message =
                "datagram " + std::to_string(i) + " did not go round: " + std::strerror(errno);
        }
    }
    close(sender);
    close(receiver);
    return ok;
}

}  // namespace flowscope::test
