// The system's socket headers, for the exporter's .cpp files only (see socket_io.h), and the
// system's own type of a net::Socket.
#pragma once

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <sys/socket.h>
#endif

#include "core/export/socket_io.h"

namespace flowscope::ipfix::net {

#ifdef _WIN32
inline SOCKET native(Socket socket) {
    return static_cast<SOCKET>(socket);
}
#else
inline int native(Socket socket) {
    return socket;
}
#endif

}  // namespace flowscope::ipfix::net
