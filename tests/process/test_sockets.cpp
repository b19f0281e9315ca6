// flowscope-test-sockets: a process with a known executable that opens sockets as told, for
// the process-attribution tests. Its name is longer than Linux's 15-character comm on
// purpose. Commands run in order; every line it prints is flushed at once:
//
//   listen tcp|udp ADDR PORT      bind (and listen); prints "listen PROTO ADDR PORT"
//   listen-reuseport tcp ADDR PORT   the same with SO_REUSEPORT
//   connect tcp|udp ADDR PORT     prints "connect PROTO LADDR LPORT RADDR RPORT"
//   accept                        accepts one connection on whichever TCP listener has one
//   short tcp|udp ADDR PORT COUNT HOLD_MS GAP_MS
//                                 COUNT connections, each held HOLD_MS then closed, GAP_MS
//                                 apart; prints "connect ..." for each as it opens
//   send COUNT                    sends COUNT 100-byte messages on every connected socket
//   fork                          the child prints "child PID" and both go on
//   sleep MS
//   close                         closes every socket
//   wait                          waits until standard input closes
//
// It first prints "pid PID", and "done" when the commands have run.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

std::vector<int> g_fds;
std::vector<int> g_listeners;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "flowscope-test-sockets: %s: %s\n", what.c_str(), std::strerror(errno));
    std::exit(1);
}

void say(const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

socklen_t makeAddress(const std::string& text, int port, sockaddr_storage& ss) {
    std::memset(&ss, 0, sizeof ss);
    auto* v4 = reinterpret_cast<sockaddr_in*>(&ss);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&ss);
    if (inet_pton(AF_INET, text.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(uint16_t(port));
        return sizeof *v4;
    }
    if (inet_pton(AF_INET6, text.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(uint16_t(port));
        return sizeof *v6;
    }
    die("bad address " + text);
}

std::string endpoint(const sockaddr_storage& ss) {
    char text[INET6_ADDRSTRLEN] = "?";
    int port = 0;
    if (ss.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&ss);
        inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        port = ntohs(a->sin_port);
    } else {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&ss);
        inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        port = ntohs(a->sin6_port);
    }
    return std::string(text) + " " + std::to_string(port);
}

std::string localOf(int fd) {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
    return endpoint(ss);
}

std::string remoteOf(int fd) {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    ::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len);
    return endpoint(ss);
}

int typeOf(const std::string& proto) {
    if (proto == "tcp") {
        return SOCK_STREAM;
    }
    if (proto == "udp") {
        return SOCK_DGRAM;
    }
    die("bad protocol " + proto);
}

int openConnected(const std::string& proto, const std::string& addr, int port) {
    sockaddr_storage ss;
    const socklen_t len = makeAddress(addr, port, ss);
    const int fd = ::socket(ss.ss_family, typeOf(proto), 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) {
        die("connect " + addr + " " + std::to_string(port));
    }
    if (proto == "udp" && ::send(fd, "x", 1, 0) != 1) {  // so the capture sees the flow
        die("send");
    }
    say("connect " + proto + " " + localOf(fd) + " " + remoteOf(fd));
    return fd;
}

void sleepMs(long ms) {
    ::usleep(useconds_t(ms * 1000));
}

}  // namespace

int main(int argc, char** argv) {
    ::signal(SIGPIPE, SIG_IGN);
    say("pid " + std::to_string(::getpid()));
    std::vector<std::string> a(argv + 1, argv + argc);
    auto need = [&](size_t i, size_t n) {
        if (i + n >= a.size() + 1) {
            std::fprintf(stderr, "flowscope-test-sockets: '%s' needs %zu arguments\n",
                         a[i - 1].c_str(), n);
            std::exit(2);
        }
    };
    for (size_t i = 0; i < a.size();) {
        const std::string cmd = a[i++];
        if (cmd == "listen" || cmd == "listen-reuseport") {
            need(i, 3);
            const std::string proto = a[i], addr = a[i + 1];
            const int port = std::atoi(a[i + 2].c_str());
            i += 3;
            sockaddr_storage ss;
            const socklen_t len = makeAddress(addr, port, ss);
            const int fd = ::socket(ss.ss_family, typeOf(proto), 0);
            const int one = 1;
            ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            if (cmd == "listen-reuseport") {
                ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
            }
            if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0 ||
                (proto == "tcp" && ::listen(fd, 4096) != 0)) {
                die("listen " + addr + " " + std::to_string(port));
            }
            if (proto == "tcp") {
                g_listeners.push_back(fd);
            }
            g_fds.push_back(fd);
            say("listen " + proto + " " + localOf(fd));
        } else if (cmd == "connect") {
            need(i, 3);
            g_fds.push_back(openConnected(a[i], a[i + 1], std::atoi(a[i + 2].c_str())));
            i += 3;
        } else if (cmd == "accept") {
            std::vector<pollfd> polls;
            for (int l : g_listeners) {
                polls.push_back(pollfd{l, POLLIN, 0});
            }
            if (polls.empty() || ::poll(polls.data(), polls.size(), 30000) <= 0) {
                die("accept: nothing to accept");
            }
            int fd = -1;
            for (const pollfd& p : polls) {
                if (fd < 0 && (p.revents & POLLIN)) {
                    fd = ::accept(p.fd, nullptr, nullptr);
                }
            }
            if (fd < 0) {
                die("accept");
            }
            g_fds.push_back(fd);
            say("accept tcp " + localOf(fd) + " " + remoteOf(fd));
        } else if (cmd == "short") {
            need(i, 6);
            const std::string proto = a[i], addr = a[i + 1];
            const int port = std::atoi(a[i + 2].c_str());
            const long count = std::atol(a[i + 3].c_str());
            const long hold = std::atol(a[i + 4].c_str()), gap = std::atol(a[i + 5].c_str());
            i += 6;
            for (long k = 0; k < count; ++k) {
                const int fd = openConnected(proto, addr, port);
                sleepMs(hold);
                ::close(fd);
                sleepMs(gap);
            }
        } else if (cmd == "send") {
            need(i, 1);
            const long count = std::atol(a[i++].c_str());
            const std::vector<char> message(100, 'm');
            for (int fd : g_fds) {
                sockaddr_storage peer{};
                socklen_t len = sizeof peer;
                if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &len) != 0) {
                    continue;  // a listener
                }
                for (long k = 0; k < count; ++k) {
                    if (::send(fd, message.data(), message.size(), 0) < 0) {
                        die("send");
                    }
                }
            }
            say("sent " + std::to_string(count));
        } else if (cmd == "fork") {
            const pid_t pid = ::fork();
            if (pid < 0) {
                die("fork");
            }
            if (pid == 0) {
                ::prctl(PR_SET_PDEATHSIG, SIGKILL);
                say("child " + std::to_string(::getpid()));
            }
        } else if (cmd == "sleep") {
            need(i, 1);
            sleepMs(std::atol(a[i++].c_str()));
        } else if (cmd == "close") {
            for (int fd : g_fds) {
                ::close(fd);
            }
            g_fds.clear();
            g_listeners.clear();
        } else if (cmd == "wait") {
            char buf[64];
            while (::read(0, buf, sizeof buf) > 0) {
            }
        } else {
            std::fprintf(stderr, "flowscope-test-sockets: unknown command %s\n", cmd.c_str());
            return 2;
        }
    }
    say("done");
    return 0;
}
