// The OS's view of sockets and their owners, behind one interface with a backend per OS.
// Backends only read tables; matching, caching and retries live in the platform-independent
// part of core/process (process_resolver.h), which is what the engine and the CLI use.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/result.h"

namespace flowscope {

struct SocketAddress {
    IpAddress address;  // for a wildcard bind: 0.0.0.0 or ::
    uint16_t port = 0;
};

enum class SocketState : uint8_t {
    Unknown,
    Established,
    SynSent,
    SynReceived,
    FinWait1,
    FinWait2,
    TimeWait,
    Closed,
    CloseWait,
    LastAck,
    Listen,
    Closing,
    Unconnected,  // UDP socket without a connected peer
};
const char* socketStateName(SocketState state);  // "ESTABLISHED", "LISTEN", "UNCONN", ...

// One socket of the system's table.
struct SocketRecord {
    uint8_t protocol = 0;  // 6 = TCP, 17 = UDP
    SocketAddress local;
    SocketAddress remote;  // port 0 and a wildcard address when not connected
    SocketState state = SocketState::Unknown;
    uint32_t uid = 0;
    uint64_t inode = 0;  // the OS's socket identity where it has one (Linux inode), else 0
    // Every process holding the socket (fork, SO_REUSEPORT, passed descriptors), ascending.
    // Empty when no owner was found; see ownerHidden.
    std::vector<uint32_t> pids;
    // The owner exists but cannot be read without privileges (another user's process).
    bool ownerHidden = false;
};

// A connection as the engine sees it (protocol, local and remote endpoint).
struct ConnectionTuple {
    uint8_t protocol = 0;  // 6 = TCP, 17 = UDP
    SocketAddress local;
    SocketAddress remote;
    // The remote endpoint is this machine too (loopback, or one of its own addresses): the
    // connection has a socket at both ends, and either end's owner is an owner of it.
    bool peerIsLocal = false;
};

// Facts about one process.
struct ProcessInfo {
    uint32_t pid = 0;
    std::string name;         // full program name (not cut at 15 characters like Linux comm)
    std::string path;         // absolute executable path; empty when unreadable
    std::string commandLine;  // arguments joined by spaces
    uint32_t uid = 0;
    std::string user;  // user name for uid (the number as text if it has no name)
    // Seen between giving up its memory and its files, or as a zombie: no executable to read
    // any more (path empty), though it may still hold sockets. Not "unreadable by us".
    bool exiting = false;
};

// What decides which application a process belongs to (with its uid): its executable.
struct ProcessIdentity {
    std::string path;  // absolute executable path; empty when unreadable
    uint32_t uid = 0;  // effective uid
};

class ProcessBackend {
public:
    virtual ~ProcessBackend() = default;
    // Which mechanism this is: "netlink", "procfs", "iphlpapi", "libproc", "sysctl".
    virtual const char* name() const = 0;
    // Reads the whole socket table (TCP and UDP, IPv4 and IPv6) with each socket's owners.
    // Backends keep whatever cache makes repeated calls cheap (e.g. Linux: per-pid inode sets).
    virtual Result<std::vector<SocketRecord>> readSockets() = 0;
    // Whether readSocketsOf() works now (Linux: every table is read over netlink).
    virtual bool looksUpSockets() const { return false; }
    // Looks up only the sockets of these connections, with their owners: per connection the
    // socket with its exact tuple, else the listener or unconnected UDP socket that receives
    // it (for a connection whose peer is local, the same for the other end). For backends
    // that can ask the OS socket by socket (Linux sock_diag), which costs a few microseconds
    // per connection instead of a whole table. nullopt where the backend cannot: the caller
    // reads the whole table instead.
    virtual std::optional<Result<std::vector<SocketRecord>>> readSocketsOf(
        const std::vector<ConnectionTuple>& connections) {
        (void)connections;
        return std::nullopt;
    }
    // Facts about a process; nullopt if it has exited.
    virtual std::optional<ProcessInfo> describe(uint32_t pid) = 0;
    // The executable path and uid of a process, for backends that learn them for less than
    // describe() (Linux: no comm or cmdline read, and right after a whole-table read from
    // work done on several threads): a process of a program already known then needs no
    // describe(). nullopt when the backend has no cheaper way, or the process has exited;
    // describe() decides.
    virtual std::optional<ProcessIdentity> identify(uint32_t pid) {
        (void)pid;
        return std::nullopt;
    }
};

// The best backend for this OS, chosen at run time (Linux: netlink sock_diag, falling back
// to /proc/net when netlink is unavailable).
std::unique_ptr<ProcessBackend> createSystemProcessBackend();

// The user name for a uid ("1000" if it has none).
std::string userNameForUid(uint32_t uid);

}  // namespace flowscope
