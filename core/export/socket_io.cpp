#include "core/export/socket_io.h"

#include "core/export/socket_headers.h"

#ifdef _WIN32
#include <process.h>
#else
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <system_error>

#include "core/base/system_reason.h"

namespace flowscope::ipfix::net {

#ifdef _WIN32

static_assert(sizeof(Socket) == sizeof(SOCKET) && kNoSocket == Socket{INVALID_SOCKET});
static_assert(sizeof(sockaddr_storage) <= sizeof(SocketAddress::bytes));

Socket openSocket(int family, int type, int protocol) {
    // WSA_FLAG_NO_HANDLE_INHERIT: as SOCK_CLOEXEC.
    const SOCKET s = WSASocketW(family, type, protocol, nullptr, 0,
                                WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (s == INVALID_SOCKET) {
        return kNoSocket;
    }
    u_long nonBlocking = 1;
    if (ioctlsocket(s, FIONBIO, &nonBlocking) != 0) {
        const int error = WSAGetLastError();
        closesocket(s);
        WSASetLastError(error);
        return kNoSocket;
    }
    return s;
}

void closeSocket(Socket socket) {
    closesocket(native(socket));
}

int lastError() {
    return WSAGetLastError();
}

bool connectPending(int error) {
    return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS;
}

bool wouldBlock(int error) {
    return error == WSAEWOULDBLOCK;
}

Phrase socketReason(int error) {
    // Winsock's codes for what the exporter meets, read as the errno they mirror so that the
    // sentence is the translated one; any other as Windows words it.
    static const std::pair<int, int> kAsErrno[] = {
        {WSAECONNREFUSED, ECONNREFUSED},   {WSAENETUNREACH, ENETUNREACH},
        {WSAEHOSTUNREACH, EHOSTUNREACH},   {WSAETIMEDOUT, ETIMEDOUT},
        {WSAECONNRESET, ECONNRESET},       {WSAECONNABORTED, ECONNABORTED},
        {WSAEADDRNOTAVAIL, EADDRNOTAVAIL}, {WSAEACCES, EACCES},
        {WSAEMSGSIZE, EMSGSIZE},           {WSAENOBUFS, ENOBUFS},
        {WSAENETDOWN, ENETDOWN},           {WSAEAFNOSUPPORT, EAFNOSUPPORT},
    };
    for (const auto& [wsa, posix] : kAsErrno) {
        if (error == wsa) {
            return systemReason(posix);
        }
    }
    return systemReason(std::error_code(error, std::system_category()));
}

long long sendSome(Socket socket, const uint8_t* data, size_t size) {
    const int n =
        ::send(native(socket), reinterpret_cast<const char*>(data), static_cast<int>(size), 0);
    return n == SOCKET_ERROR ? -1 : n;
}

bool writable(Socket socket) {
    WSAPOLLFD p{native(socket), POLLWRNORM, 0};
    return WSAPoll(&p, 1, 0) > 0;
}

int connectError(Socket socket) {
    int error = 0;
    int size = sizeof error;
    ::getsockopt(native(socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&error), &size);
    return error;
}

bool peerClosed(Socket socket) {
    WSAPOLLFD p{native(socket), POLLRDNORM, 0};
    if (WSAPoll(&p, 1, 0) <= 0) {
        return false;
    }
    if ((p.revents & (POLLHUP | POLLERR)) != 0) {
        return true;
    }
    char byte;
    return ::recv(native(socket), &byte, 1, MSG_PEEK) <= 0;
}

void shutdownWrites(Socket socket) {
    ::shutdown(native(socket), SD_SEND);
}

uint32_t processId() {
    return static_cast<uint32_t>(_getpid());
}

#else

static_assert(sizeof(sockaddr_storage) <= sizeof(SocketAddress::bytes));

Socket openSocket(int family, int type, int protocol) {
    return ::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
}

void closeSocket(Socket socket) {
    ::close(socket);
}

int lastError() {
    return errno;
}

bool connectPending(int error) {
    return error == EINPROGRESS;
}

bool wouldBlock(int error) {
    return error == EAGAIN || error == EWOULDBLOCK;
}

Phrase socketReason(int error) {
    return systemReason(error);
}

long long sendSome(Socket socket, const uint8_t* data, size_t size) {
    return ::send(socket, data, size, MSG_DONTWAIT | MSG_NOSIGNAL);
}

bool writable(Socket socket) {
    pollfd p{socket, POLLOUT, 0};
    return ::poll(&p, 1, 0) > 0;
}

int connectError(Socket socket) {
    int error = 0;
    socklen_t size = sizeof error;
    ::getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &size);
    return error;
}

bool peerClosed(Socket socket) {
    pollfd p{socket, POLLIN | POLLRDHUP, 0};
    if (::poll(&p, 1, 0) <= 0) {
        return false;
    }
    if ((p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0) {
        return true;
    }
    char byte;
    return ::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT) <= 0;
}

void shutdownWrites(Socket socket) {
    ::shutdown(socket, SHUT_WR);
}

uint32_t processId() {
    return static_cast<uint32_t>(::getpid());
}

#endif

}  // namespace flowscope::ipfix::net
