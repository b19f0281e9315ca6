// Helpers for the real-process tests: a private network namespace, and child processes
// (flowscope-test-sockets) driven through their standard input and output.
#pragma once

#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "core/process/connection_tuple.h"

#ifndef FLOWSCOPE_TEST_SOCKETS
#error "FLOWSCOPE_TEST_SOCKETS must name the flowscope-test-sockets executable"
#endif

namespace flowscope::test {

// Moves this (still single-threaded) process into a new network namespace with loopback up.
// Returns an empty string, or why it could not (for GTEST_SKIP).
inline std::string enterPrivateNetns() {
    static std::string result = [] {
        if (::unshare(CLONE_NEWNET) != 0) {
            return std::string("cannot create a private network namespace (unshare: ") +
                   std::strerror(errno) + "); run as root to test with real processes";
        }
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        ifreq ifr{};
        std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
        if (fd < 0 || ::ioctl(fd, SIOCGIFFLAGS, &ifr) != 0) {
            return std::string("cannot read loopback flags");
        }
        ifr.ifr_flags = short(ifr.ifr_flags | IFF_UP);
        const bool up = ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0;
        ::close(fd);
        return up ? std::string() : std::string("cannot bring loopback up");
    }();
    return result;
}

inline std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) {
        out.push_back(w);
    }
    return out;
}

inline SocketAddress socketAddress(const std::string& ip, const std::string& port) {
    return SocketAddress{*IpAddress::parse(ip), uint16_t(std::stoi(port))};
}

// "connect tcp LADDR LPORT RADDR RPORT" (or "accept ...") -> the connection it describes.
inline ConnectionTuple tupleOf(const std::string& line) {
    const auto w = words(line);
    ConnectionTuple t;
    t.protocol = w.at(1) == "tcp" ? 6 : 17;
    t.local = socketAddress(w.at(2), w.at(3));
    t.remote = socketAddress(w.at(4), w.at(5));
    return t;
}

// The record with this protocol and local end (and remote end, when given), or null.
inline const SocketRecord* findLocal(const std::vector<SocketRecord>& t, uint8_t proto,
                                     const SocketAddress& local,
                                     const SocketAddress* remote = nullptr) {
    for (const auto& r : t) {
        if (r.protocol == proto && r.local.address == local.address && r.local.port == local.port &&
            (!remote || (r.remote.address == remote->address && r.remote.port == remote->port))) {
            return &r;
        }
    }
    return nullptr;
}

// A running flowscope-test-sockets.
class SocketsProcess {
public:
    explicit SocketsProcess(const std::vector<std::string>& args) {
        int in[2], out[2];
        if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
            return;
        }
        m_pid = ::fork();
        m_savedPid = m_pid;
        if (m_pid == 0) {
            ::dup2(in[0], 0);
            ::dup2(out[1], 1);
            std::vector<char*> argv;
            argv.push_back(const_cast<char*>(FLOWSCOPE_TEST_SOCKETS));
            for (const auto& a : args) {
                argv.push_back(const_cast<char*>(a.c_str()));
            }
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(in[0]);
        ::close(out[1]);
        m_stdin = in[1];
        m_stdout = out[0];
        readLine();  // "pid N"
    }
    ~SocketsProcess() { finish(); }
    SocketsProcess(const SocketsProcess&) = delete;
    SocketsProcess& operator=(const SocketsProcess&) = delete;

    uint32_t pid() const { return uint32_t(m_savedPid); }

    // The next line of output ("" on timeout or end).
    std::string readLine(int timeoutMs = 20000) {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (true) {
            const size_t nl = m_buffer.find('\n');
            if (nl != std::string::npos) {
                std::string line = m_buffer.substr(0, nl);
                m_buffer.erase(0, nl + 1);
                return line;
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  deadline - std::chrono::steady_clock::now())
                                  .count();
            pollfd p{m_stdout, POLLIN, 0};
            if (left <= 0 || ::poll(&p, 1, int(left)) <= 0) {
                return {};
            }
            char buf[4096];
            const ssize_t n = ::read(m_stdout, buf, sizeof buf);
            if (n <= 0) {
                return {};
            }
            m_buffer.append(buf, size_t(n));
        }
    }
    // Reads lines until one starts with `prefix`; returns it ("" if none came).
    std::string expect(const std::string& prefix, int timeoutMs = 20000) {
        while (true) {
            std::string line = readLine(timeoutMs);
            if (line.empty() || line.rfind(prefix, 0) == 0) {
                return line;
            }
        }
    }
    // Closes its standard input (ends "wait") and reaps it.
    void finish() {
        if (m_stdin >= 0) {
            ::close(m_stdin);
            m_stdin = -1;
        }
        if (m_pid > 0) {
            int status;
            ::waitpid(m_pid, &status, 0);
            m_pid = -1;
        }
        if (m_stdout >= 0) {
            ::close(m_stdout);
            m_stdout = -1;
        }
    }

private:
    pid_t m_pid = -1;
    pid_t m_savedPid = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    std::string m_buffer;
};

}  // namespace flowscope::test
