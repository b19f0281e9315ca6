// The socket table from netlink NETLINK_SOCK_DIAG (inet_diag): exact addresses, state, uid
// and inode of every TCP and UDP socket, IPv4 and IPv6, in one dump per table.
#pragma once

#include <cstdint>
#include <vector>

#include "core/base/result.h"
#include "core/process/process_backend.h"

namespace flowscope::linuxproc {

class NetlinkSocketReader {
public:
    NetlinkSocketReader() = default;
    ~NetlinkSocketReader();
    NetlinkSocketReader(const NetlinkSocketReader&) = delete;
    NetlinkSocketReader& operator=(const NetlinkSocketReader&) = delete;

    // Opens the netlink socket; an error when the kernel has no sock_diag (or a sandbox
    // forbids it).
    Status open();
    // Appends the sockets of one table (family AF_INET or AF_INET6, protocol 6 or 17). An
    // error when this table cannot be dumped (e.g. udp_diag is not available); the caller
    // then reads /proc/net for it. Records have no pids yet.
    Status read(int family, uint8_t protocol, std::vector<SocketRecord>& out);

private:
    int m_fd = -1;
    uint32_t m_sequence = 0;
    std::vector<char> m_buffer;
};

}  // namespace flowscope::linuxproc
