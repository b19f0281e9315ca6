// The socket calls the exporter's transports make, on POSIX and on Windows (Winsock 2), so
// that the exporter and its TCP transport are one code for both. Every socket here is
// non-blocking: the engine's sink thread must never wait for a collector.
// The system's socket headers stay out of this header (<winsock2.h> defines `interface` as a
// macro, a common variable name here): .cpp files include core/export/socket_headers.h.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/base/phrase.h"

namespace flowscope::ipfix::net {

#ifdef _WIN32
using Socket = std::uintptr_t;            // SOCKET
constexpr Socket kNoSocket = ~Socket{0};  // INVALID_SOCKET
#else
using Socket = int;
constexpr Socket kNoSocket = -1;
#endif

// A socket address of any family (the size and alignment of sockaddr_storage).
struct SocketAddress {
    alignas(8) unsigned char bytes[128] = {};
    int length = 0;
};

// A non-blocking socket, not inherited by child processes; kNoSocket on failure (lastError()).
Socket openSocket(int family, int type, int protocol);
void closeSocket(Socket socket);
// The last socket call's error: errno, or WSAGetLastError().
int lastError();
// A non-blocking connect() that is under way rather than failed.
bool connectPending(int error);
// A send() that would have had to wait.
bool wouldBlock(int error);
// The reason for an error of lastError() as a clause (Winsock's codes read as errno's).
Phrase socketReason(int error);
// send() without waiting and without SIGPIPE: bytes taken, or -1 (lastError()).
long long sendSome(Socket socket, const uint8_t* data, size_t size);
// Polls without waiting: the socket can be written (a connect has finished).
bool writable(Socket socket);
// The error a finished non-blocking connect ended with (SO_ERROR), 0 for none.
int connectError(Socket socket);
// True when the peer has closed (a collector never sends over IPFIX/TCP: readable means gone).
bool peerClosed(Socket socket);
// No more writes: the peer reads up to here and then the end.
void shutdownWrites(Socket socket);
// This process's id, for the exporting process statistics.
uint32_t processId();

}  // namespace flowscope::ipfix::net
