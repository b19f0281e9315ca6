// The socket table from netlink NETLINK_SOCK_DIAG (inet_diag): exact addresses, state, uid
// and inode of every TCP and UDP socket, IPv4 and IPv6, in one dump per table; or single
// sockets looked up by their tuple, without a dump.
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
    // Appends every TCP socket, IPv4 then IPv6, each in the order read() gives, from one dump
    // (the original inet_diag request, TCPDIAG_GETSOCK, which takes both families): the
    // kernel walks its established-connection hash table (2^18 buckets on a machine with a
    // few GB, empty or not) once instead of once per family. An error where the kernel does
    // not answer it; read() then does.
    Status readTcp(std::vector<SocketRecord>& out);

    // Looks connections up one by one (requests without NLM_F_DUMP, sent in batches): per
    // connection the kernel answers with the socket its packets belong to (the exact socket,
    // else the listener or bound UDP socket that would receive them) or with "not found".
    // Appends what was found, without pids. An error when netlink fails or the kernel cannot
    // look up this protocol (then the caller reads whole tables instead).
    Status lookup(const std::vector<ConnectionTuple>& connections, std::vector<SocketRecord>& out);

private:
    Status send(const void* data, size_t length);
    // Sends a dump request and appends the records of its answer (of message type `type`).
    Status dump(const void* request, size_t length, uint16_t type, uint8_t protocol,
                std::vector<SocketRecord>& out);

    int m_fd = -1;
    uint32_t m_sequence = 0;
    std::vector<char> m_buffer;
};

}  // namespace flowscope::linuxproc
