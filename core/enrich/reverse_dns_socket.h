// Socket helpers of the reverse DNS resolver (private to core/enrich): POSIX sockets here
// (reverse_dns_socket.cpp), Winsock on Windows (windows/reverse_dns_socket.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/base/ip_address.h"

namespace flowscope::enrich_internal {

// A non-blocking, close-on-exec UDP socket connected to server:port (so that only the
// server's datagrams arrive, from an ephemeral port of its own); -1 on failure.
int openConnectedUdp(const IpAddress& server, uint16_t port);

// Sends one datagram; false on failure.
bool sendDatagram(int fd, std::span<const uint8_t> bytes);

enum class Receive { Datagram, WouldBlock, Error };

// Receives one datagram without blocking; `length` is its size (cut to the buffer).
Receive receiveDatagram(int fd, std::span<uint8_t> buffer, size_t& length);

// A pipe whose both ends are non-blocking and close-on-exec: the wake-up of a poll() loop.
bool openWakePipe(int& readEnd, int& writeEnd);
void wake(int writeEnd);
void drainWake(int readEnd);

void closeFd(int& fd);

enum class PollResult : uint8_t { Nothing, Readable, Other };

// Waits at most timeoutMs (-1: no limit) for one of `fds` to become readable (poll(), or
// WSAPoll on Windows); `events[i]` says what happened to fds[i] (Other: an error or hang-up).
// The number of descriptors with an event, 0 on timeout, -1 on error.
int pollReadable(std::span<const int> fds, int timeoutMs, std::vector<PollResult>& events);

}  // namespace flowscope::enrich_internal
