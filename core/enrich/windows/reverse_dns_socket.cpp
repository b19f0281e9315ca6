// The reverse DNS resolver's sockets on Windows (Winsock): the same contract as the POSIX
// ../reverse_dns_socket.cpp. Sockets travel as int (Winsock's SOCKET values are small kernel
// handles). WSAPoll waits on sockets only, so the wake-up "pipe" is a pair of loopback UDP
// sockets: the write end is connected to the read end, and a wake-up is a one-byte datagram.
#include <winsock2.h>
#include <ws2tcpip.h>

#include <cstring>

#include "core/base/winsock.h"
#include "core/enrich/reverse_dns_socket.h"

namespace flowscope::enrich_internal {

namespace {

SOCKET toSocket(int fd) {
    return static_cast<SOCKET>(static_cast<unsigned int>(fd));
}

int fromSocket(SOCKET s) {
    return s == INVALID_SOCKET ? -1 : static_cast<int>(s);
}

bool makeNonBlocking(SOCKET s) {
    u_long on = 1;
    return ioctlsocket(s, FIONBIO, &on) == 0;
}

SOCKET openUdp(int family) {
    if (!startWinsock()) {
        return INVALID_SOCKET;
    }
    // Not inherited by child processes (the POSIX version's close-on-exec).
    const SOCKET s =
        WSASocketW(family, SOCK_DGRAM, IPPROTO_UDP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    if (s != INVALID_SOCKET && !makeNonBlocking(s)) {
        closesocket(s);
        return INVALID_SOCKET;
    }
    return s;
}

}  // namespace

int openConnectedUdp(const IpAddress& server, uint16_t port) {
    sockaddr_storage storage{};
    int length = 0;
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
    const SOCKET s = openUdp(storage.ss_family);
    if (s == INVALID_SOCKET) {
        return -1;
    }
    if (connect(s, reinterpret_cast<const sockaddr*>(&storage), length) != 0) {
        closesocket(s);
        return -1;
    }
    return fromSocket(s);
}

bool sendDatagram(int fd, std::span<const uint8_t> bytes) {
    const int n = send(toSocket(fd), reinterpret_cast<const char*>(bytes.data()),
                       static_cast<int>(bytes.size()), 0);
    return n == static_cast<int>(bytes.size());
}

Receive receiveDatagram(int fd, std::span<uint8_t> buffer, size_t& length) {
    const int n = recv(toSocket(fd), reinterpret_cast<char*>(buffer.data()),
                       static_cast<int>(buffer.size()), 0);
    if (n == SOCKET_ERROR) {
        const int err = WSAGetLastError();
        if (err == WSAEWOULDBLOCK) {
            return Receive::WouldBlock;
        }
        if (err == WSAEMSGSIZE) {  // cut to the buffer, as recv() does on POSIX
            length = buffer.size();
            return Receive::Datagram;
        }
        return Receive::Error;  // WSAECONNRESET: the server's port is closed (ICMP)
    }
    length = static_cast<size_t>(n);
    return Receive::Datagram;
}

bool openWakePipe(int& readEnd, int& writeEnd) {
    SOCKET reader = openUdp(AF_INET);
    SOCKET writer = openUdp(AF_INET);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = sizeof address;
    const bool ok =
        reader != INVALID_SOCKET && writer != INVALID_SOCKET &&
        bind(reader, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
        getsockname(reader, reinterpret_cast<sockaddr*>(&address), &length) == 0 &&
        connect(writer, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    if (!ok) {
        if (reader != INVALID_SOCKET) {
            closesocket(reader);
        }
        if (writer != INVALID_SOCKET) {
            closesocket(writer);
        }
        return false;
    }
    readEnd = fromSocket(reader);
    writeEnd = fromSocket(writer);
    return true;
}

void wake(int writeEnd) {
    const char byte = 1;
    // A full buffer already guarantees a wake-up; nothing to do on WSAEWOULDBLOCK.
    send(toSocket(writeEnd), &byte, 1, 0);
}

void drainWake(int readEnd) {
    char buffer[64];
    while (recv(toSocket(readEnd), buffer, sizeof buffer, 0) > 0) {
    }
}

void closeFd(int& fd) {
    if (fd >= 0) {
        closesocket(toSocket(fd));
        fd = -1;
    }
}

int pollReadable(std::span<const int> fds, int timeoutMs, std::vector<PollResult>& events) {
    std::vector<WSAPOLLFD> entries;
    entries.reserve(fds.size());
    for (const int fd : fds) {
        entries.push_back(WSAPOLLFD{toSocket(fd), POLLRDNORM, 0});
    }
    const int ready = WSAPoll(entries.data(), static_cast<ULONG>(entries.size()), timeoutMs);
    events.assign(fds.size(), PollResult::Nothing);
    for (size_t i = 0; ready > 0 && i < entries.size(); ++i) {
        if ((entries[i].revents & POLLRDNORM) != 0) {
            events[i] = PollResult::Readable;
        } else if (entries[i].revents != 0) {
            events[i] = PollResult::Other;
        }
    }
    return ready == SOCKET_ERROR ? -1 : ready;
}

}  // namespace flowscope::enrich_internal
