#include "core/enrich/reverse_dns_socket.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace flowscope::enrich_internal {

namespace {

bool makeNonBlockingCloexec(int fd) {
    const int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
           fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

}  // namespace

int openConnectedUdp(const IpAddress& server, uint16_t port) {
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (server.isV4()) {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        std::memcpy(&sa.sin_addr, server.bytes().data(), 4);
        std::memcpy(&storage, &sa, sizeof sa);
        length = sizeof sa;
    } else if (server.isV6()) {
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(port);
        std::memcpy(&sa.sin6_addr, server.bytes().data(), 16);
        std::memcpy(&storage, &sa, sizeof sa);
        length = sizeof sa;
    } else {
        return -1;
    }
    int fd = socket(storage.ss_family, SOCK_DGRAM, 0);
    if (fd < 0) {
        return -1;
    }
    if (!makeNonBlockingCloexec(fd) ||
        connect(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0) {
        closeFd(fd);
        return -1;
    }
    return fd;
}

bool sendDatagram(int fd, std::span<const uint8_t> bytes) {
    ssize_t n;
    do {
        n = send(fd, bytes.data(), bytes.size(), 0);
    } while (n < 0 && errno == EINTR);
    return n == static_cast<ssize_t>(bytes.size());
}

Receive receiveDatagram(int fd, std::span<uint8_t> buffer, size_t& length) {
    ssize_t n;
    do {
        n = recv(fd, buffer.data(), buffer.size(), 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? Receive::WouldBlock : Receive::Error;
    }
    length = static_cast<size_t>(n);
    return Receive::Datagram;
}

bool openWakePipe(int& readEnd, int& writeEnd) {
    int fds[2];
    if (pipe(fds) != 0) {
        return false;
    }
    if (!makeNonBlockingCloexec(fds[0]) || !makeNonBlockingCloexec(fds[1])) {
        close(fds[0]);
        close(fds[1]);
        return false;
    }
    readEnd = fds[0];
    writeEnd = fds[1];
    return true;
}

void wake(int writeEnd) {
    const uint8_t byte = 1;
    // A full pipe already guarantees a wake-up; nothing to do on EAGAIN.
    [[maybe_unused]] const ssize_t n = write(writeEnd, &byte, 1);
}

void drainWake(int readEnd) {
    uint8_t buffer[64];
    while (read(readEnd, buffer, sizeof buffer) > 0) {
    }
}

int pollReadable(std::span<const int> fds, int timeoutMs, std::vector<PollResult>& events) {
    std::vector<pollfd> entries;
    entries.reserve(fds.size());
    for (const int fd : fds) {
        entries.push_back(pollfd{fd, POLLIN, 0});
    }
    const int ready = poll(entries.data(), static_cast<nfds_t>(entries.size()), timeoutMs);
    events.assign(fds.size(), PollResult::Nothing);
    for (size_t i = 0; ready > 0 && i < entries.size(); ++i) {
        if ((entries[i].revents & POLLIN) != 0) {
            events[i] = PollResult::Readable;
        } else if (entries[i].revents != 0) {
            events[i] = PollResult::Other;
        }
    }
    return ready;
}

void closeFd(int& fd) {
    if (fd >= 0) {
        close(fd);
        fd = -1;
    }
}

}  // namespace flowscope::enrich_internal
