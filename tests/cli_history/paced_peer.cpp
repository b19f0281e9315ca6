// flowscope-test-paced-peer: a TCP client that sends at a steady pace, and its server, for the
// history recording tests (a recorder must see traffic across several ticks).
//
//   flowscope-test-paced-peer server ADDR PORT   print "listening", accept one connection,
//                                                read to its end, print "ok <bytes read>"
//   flowscope-test-paced-peer client ADDR PORT CHUNK COUNT INTERVAL_MS
//                                                send COUNT chunks of CHUNK bytes, one every
//                                                INTERVAL_MS, close, print "ok <bytes sent>"
// IPv4 only (the tests use 127.0.0.1). Exits 0 on success, 1 with a sentence on stderr.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

int die(const char* what) {
    std::fprintf(stderr, "flowscope-test-paced-peer: %s: %s\n", what, std::strerror(errno));
    return 1;
}

sockaddr_in address(const char* text, int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(uint16_t(port));
    inet_pton(AF_INET, text, &a.sin_addr);
    return a;
}

int server(const char* addr, int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in a = address(addr, port);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 1) != 0) {
        return die("bind/listen");
    }
    std::printf("listening\n");
    std::fflush(stdout);
    const int conn = ::accept(fd, nullptr, nullptr);
    if (conn < 0) {
        return die("accept");
    }
    std::vector<char> buf(65536);
    unsigned long long total = 0;
    for (;;) {
        const ssize_t n = ::recv(conn, buf.data(), buf.size(), 0);
        if (n < 0) {
            return die("recv");
        }
        if (n == 0) {
            break;
        }
        total += uint64_t(n);
    }
    ::close(conn);
    ::close(fd);
    std::printf("ok %llu\n", total);
    return 0;
}

int client(const char* addr, int port, size_t chunk, int count, int intervalMs) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in a = address(addr, port);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0) {
        return die("connect");
    }
    const std::vector<char> buf(chunk, 'h');
    unsigned long long total = 0;
    auto next = std::chrono::steady_clock::now();
    for (int i = 0; i < count; ++i) {
        for (size_t done = 0; done < chunk;) {
            const ssize_t w = ::send(fd, buf.data() + done, chunk - done, MSG_NOSIGNAL);
            if (w <= 0) {
                return die("send");
            }
            done += size_t(w);
        }
        total += chunk;
        next += std::chrono::milliseconds(intervalMs);
        std::this_thread::sleep_until(next);
    }
    ::close(fd);
    std::printf("ok %llu\n", total);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "server" && argc == 4) {
        return server(argv[2], std::atoi(argv[3]));
    }
    if (mode == "client" && argc == 7) {
        return client(argv[2], std::atoi(argv[3]), size_t(std::atol(argv[4])), std::atoi(argv[5]),
                      std::atoi(argv[6]));
    }
    std::fprintf(stderr, "usage: see the comment at the top of paced_peer.cpp\n");
    return 2;
}
