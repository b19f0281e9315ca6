// flowscope-test-peer: a real client or server process for the live capture tests.
//
//   flowscope-test-peer tcp-server ADDR PORT REPLY_BYTES   accept one connection, read until
//                                                          the client shuts down its side,
//                                                          send REPLY_BYTES, close
//   flowscope-test-peer tcp-client ADDR PORT SEND_BYTES    connect, send, shut down writing,
//                                                          read the reply to the end
//   flowscope-test-peer udp-server ADDR PORT COUNT         echo COUNT datagrams, then exit
//   flowscope-test-peer udp-client ADDR PORT COUNT SIZE    send COUNT datagrams of SIZE bytes,
//                                                          wait for each echo
// Prints "ok <bytes sent> <bytes received>" and exits 0 on success.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

int die(const char* what) {
    std::fprintf(stderr, "flowscope-test-peer: %s: %s\n", what, std::strerror(errno));
    return 1;
}

bool makeAddress(const char* text, int port, sockaddr_storage& ss, socklen_t& len) {
    std::memset(&ss, 0, sizeof ss);
    auto* v4 = reinterpret_cast<sockaddr_in*>(&ss);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&ss);
    if (inet_pton(AF_INET, text, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(uint16_t(port));
        len = sizeof *v4;
        return true;
    }
    if (inet_pton(AF_INET6, text, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(uint16_t(port));
        len = sizeof *v6;
        return true;
    }
    return false;
}

bool sendAll(int fd, size_t bytes) {
    std::vector<char> buf(16384, 'x');
    while (bytes > 0) {
        const size_t n = bytes < buf.size() ? bytes : buf.size();
        const ssize_t w = ::send(fd, buf.data(), n, MSG_NOSIGNAL);
        if (w <= 0) {
            return false;
        }
        bytes -= size_t(w);
    }
    return true;
}

long readToEnd(int fd) {
    char buf[16384];
    long total = 0;
    while (true) {
        const ssize_t r = ::recv(fd, buf, sizeof buf, 0);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            return total;
        }
        total += r;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: see the comment at the top of peer.cpp\n");
        return 2;
    }
    const std::string mode = argv[1];
    sockaddr_storage addr;
    socklen_t len = 0;
    if (!makeAddress(argv[2], std::atoi(argv[3]), addr, len)) {
        std::fprintf(stderr, "flowscope-test-peer: bad address %s\n", argv[2]);
        return 2;
    }
    const long n = std::atol(argv[4]);
    const bool tcp = mode.rfind("tcp", 0) == 0;
    const int fd = ::socket(addr.ss_family, tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
    if (fd < 0) {
        return die("socket");
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (mode == "tcp-server") {
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd, 4) != 0) {
            return die("bind/listen");
        }
        std::printf("listening\n");
        std::fflush(stdout);
        const int c = ::accept(fd, nullptr, nullptr);
        if (c < 0) {
            return die("accept");
        }
        const long got = readToEnd(c);
        if (got < 0 || !sendAll(c, size_t(n))) {
            return die("tcp-server io");
        }
        ::close(c);
        std::printf("ok %ld %ld\n", n, got);
    } else if (mode == "tcp-client") {
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0) {
            return die("connect");
        }
        if (!sendAll(fd, size_t(n))) {
            return die("send");
        }
        ::shutdown(fd, SHUT_WR);
        const long got = readToEnd(fd);
        if (got < 0) {
            return die("recv");
        }
        std::printf("ok %ld %ld\n", n, got);
    } else if (mode == "udp-server") {
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0) {
            return die("bind");
        }
        std::printf("listening\n");
        std::fflush(stdout);
        char buf[65536];
        long total = 0;
        for (long i = 0; i < n; ++i) {
            sockaddr_storage from;
            socklen_t fromLen = sizeof from;
            const ssize_t r =
                ::recvfrom(fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &fromLen);
            if (r < 0 ||
                ::sendto(fd, buf, size_t(r), 0, reinterpret_cast<sockaddr*>(&from), fromLen) != r) {
                return die("udp-server io");
            }
            total += r;
        }
        std::printf("ok %ld %ld\n", total, total);
    } else if (mode == "udp-client" && argc >= 6) {
        const size_t size = size_t(std::atol(argv[5]));
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0) {
            return die("connect");
        }
        timeval tv{5, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        std::vector<char> out(size, 'u'), in(65536);
        long total = 0;
        for (long i = 0; i < n; ++i) {
            if (::send(fd, out.data(), size, 0) != ssize_t(size) ||
                ::recv(fd, in.data(), in.size(), 0) != ssize_t(size)) {
                return die("udp-client io");
            }
            total += long(size);
        }
        std::printf("ok %ld %ld\n", total, total);
    } else {
        std::fprintf(stderr, "flowscope-test-peer: unknown mode %s\n", mode.c_str());
        return 2;
    }
    ::close(fd);
    return 0;
}
