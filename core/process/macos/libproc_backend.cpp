// The macOS process backend (libproc): every process's socket descriptors
// (proc_pidinfo PROC_PIDLISTFDS, proc_pidfdinfo PROC_PIDFDSOCKETINFO) give the socket table
// with owners; proc_pidpath, PROC_PIDTBSDINFO and sysctl KERN_PROCARGS2 describe a process.
//
// Written to <libproc.h> / <sys/proc_info.h>; built and tested only by the macOS CI recipe
// (.github/workflows/ports.yml), never on the Linux development machine.
//
// Limitation: without root, libproc only opens the caller's own processes; sockets of other
// users' processes are then not listed at all (the per-process walk never sees them), so
// ownerHidden stays false here.
#if defined(__APPLE__)

#include <libproc.h>
#include <netinet/in.h>
#include <sys/proc_info.h>
#include <sys/socket.h>
#include <sys/sysctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/process/process_backend.h"

namespace flowscope {

namespace {

SocketState stateFromTsi(int state) {
    switch (state) {
        case TSI_S_CLOSED:
            return SocketState::Closed;
        case TSI_S_LISTEN:
            return SocketState::Listen;
        case TSI_S_SYN_SENT:
            return SocketState::SynSent;
        case TSI_S_SYN_RECEIVED:
            return SocketState::SynReceived;
        case TSI_S_ESTABLISHED:
            return SocketState::Established;
        case TSI_S__CLOSE_WAIT:
            return SocketState::CloseWait;
        case TSI_S_FIN_WAIT_1:
            return SocketState::FinWait1;
        case TSI_S_CLOSING:
            return SocketState::Closing;
        case TSI_S_LAST_ACK:
            return SocketState::LastAck;
        case TSI_S_FIN_WAIT_2:
            return SocketState::FinWait2;
        case TSI_S_TIME_WAIT:
            return SocketState::TimeWait;
        default:
            return SocketState::Unknown;
    }
}

// in_sockinfo keeps ports as ints holding the network-order 16 bits.
uint16_t portOf(int field) {
    return ntohs(static_cast<uint16_t>(field));
}

IpAddress addressOf(const in_sockinfo& in, bool v4, bool local) {
    if (v4) {
        const in_addr& a =
            local ? in.insi_laddr.ina_46.i46a_addr4 : in.insi_faddr.ina_46.i46a_addr4;
        uint8_t bytes[4];
        std::memcpy(bytes, &a, 4);
        return IpAddress::fromV4(bytes);
    }
    const in6_addr& a = local ? in.insi_laddr.ina_6 : in.insi_faddr.ina_6;
    uint8_t bytes[16];
    std::memcpy(bytes, &a, 16);
    return IpAddress::fromV6(bytes);
}

// A TCP or UDP socket of `info`; false for every other kind of socket.
bool recordFromSocket(const socket_info& info, SocketRecord& record) {
    if (info.soi_family != AF_INET && info.soi_family != AF_INET6) {
        return false;
    }
    const in_sockinfo* in = nullptr;
    if (info.soi_kind == SOCKINFO_TCP && info.soi_protocol == IPPROTO_TCP) {
        in = &info.soi_proto.pri_tcp.tcpsi_ini;
        record.protocol = 6;
        record.state = stateFromTsi(info.soi_proto.pri_tcp.tcpsi_state);
    } else if (info.soi_kind == SOCKINFO_IN && info.soi_protocol == IPPROTO_UDP) {
        in = &info.soi_proto.pri_in;
        record.protocol = 17;
    } else {
        return false;
    }
    // A dual-stack AF_INET6 socket used for IPv4 only carries the IPv4 flag.
    const bool v4 = info.soi_family == AF_INET ||
                    ((in->insi_vflag & INI_IPV4) != 0 && (in->insi_vflag & INI_IPV6) == 0);
    record.local = {addressOf(*in, v4, true), portOf(in->insi_lport)};
    record.remote = {addressOf(*in, v4, false), portOf(in->insi_fport)};
    if (record.protocol == 17) {
        record.state =
            record.remote.port != 0 ? SocketState::Established : SocketState::Unconnected;
    }
    record.uid = info.soi_stat.vst_uid;
    record.inode = info.soi_so;  // opaque but stable socket handle: merges shared sockets
    return true;
}

std::vector<pid_t> allPids() {
    std::vector<pid_t> pids;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int bytes = proc_listpids(PROC_ALL_PIDS, 0, nullptr, 0);
        if (bytes <= 0) {
            return {};
        }
        pids.resize(size_t(bytes) / sizeof(pid_t) + 64);  // room for processes born meanwhile
        const int got =
            proc_listpids(PROC_ALL_PIDS, 0, pids.data(), int(pids.size() * sizeof(pid_t)));
        if (got <= 0) {
            return {};
        }
        if (size_t(got) < pids.size() * sizeof(pid_t)) {
            pids.resize(size_t(got) / sizeof(pid_t));
            break;
        }
    }
    pids.erase(std::remove(pids.begin(), pids.end(), 0), pids.end());
    return pids;
}

std::string commandLineOf(pid_t pid) {
    // KERN_PROCARGS2: int argc, the exec path, NUL padding, then argc NUL-terminated args.
    int argMax = 0;
    size_t size = sizeof argMax;
    int mibArgMax[2] = {CTL_KERN, KERN_ARGMAX};
    if (sysctl(mibArgMax, 2, &argMax, &size, nullptr, 0) != 0 || argMax <= 0) {
        return {};
    }
    std::vector<char> buffer(size_t(argMax));
    size = buffer.size();
    int mib[3] = {CTL_KERN, KERN_PROCARGS2, int(pid)};
    if (sysctl(mib, 3, buffer.data(), &size, nullptr, 0) != 0 || size < sizeof(int)) {
        return {};  // another user's process without root
    }
    int argc = 0;
    std::memcpy(&argc, buffer.data(), sizeof argc);
    size_t pos = sizeof argc;
    while (pos < size && buffer[pos] != '\0') {  // exec path
        ++pos;
    }
    while (pos < size && buffer[pos] == '\0') {  // padding
        ++pos;
    }
    std::string out;
    for (int i = 0; i < argc && pos < size; ++i) {
        const size_t end =
            std::find(buffer.begin() + long(pos), buffer.begin() + long(size), '\0') -
            buffer.begin();
        if (!out.empty()) {
            out += ' ';
        }
        out.append(buffer.data() + pos, end - pos);
        pos = end + 1;
    }
    return out;
}

class LibprocBackend final : public ProcessBackend {
public:
    const char* name() const override { return "libproc"; }

    Result<std::vector<SocketRecord>> readSockets() override {
        const std::vector<pid_t> pids = allPids();
        if (pids.empty()) {
            return makeError(ErrorCode::Io,
                             "macOS did not list its processes (proc_listpids failed: " +
                                 std::string(std::strerror(errno)) +
                                 "), so connections cannot be matched to programs; try again.");
        }
        std::vector<SocketRecord> records;
        std::unordered_map<uint64_t, size_t> bySocket;  // soi_so -> index in records
        std::vector<proc_fdinfo> fds;
        for (pid_t pid : pids) {
            const int bytes = proc_pidinfo(pid, PROC_PIDLISTFDS, 0, nullptr, 0);
            if (bytes <= 0) {
                continue;  // exited, or not ours to inspect
            }
            fds.resize(size_t(bytes) / sizeof(proc_fdinfo) + 16);
            const int got = proc_pidinfo(pid, PROC_PIDLISTFDS, 0, fds.data(),
                                         int(fds.size() * sizeof(proc_fdinfo)));
            if (got <= 0) {
                continue;
            }
            const size_t count = std::min(fds.size(), size_t(got) / sizeof(proc_fdinfo));
            for (size_t i = 0; i < count; ++i) {
                if (fds[i].proc_fdtype != PROX_FDTYPE_SOCKET) {
                    continue;
                }
                socket_fdinfo info{};
                if (proc_pidfdinfo(pid, fds[i].proc_fd, PROC_PIDFDSOCKETINFO, &info, sizeof info) !=
                    int(sizeof info)) {
                    continue;
                }
                SocketRecord record;
                if (!recordFromSocket(info.psi, record)) {
                    continue;
                }
                const uint32_t owner = uint32_t(pid);
                if (record.inode != 0) {
                    auto [it, inserted] = bySocket.emplace(record.inode, records.size());
                    if (!inserted) {  // the same socket in another process (fork, passing)
                        std::vector<uint32_t>& owners = records[it->second].pids;
                        if (std::find(owners.begin(), owners.end(), owner) == owners.end()) {
                            owners.push_back(owner);
                        }
                        continue;
                    }
                }
                record.pids.push_back(owner);
                records.push_back(std::move(record));
            }
        }
        for (SocketRecord& record : records) {
            std::sort(record.pids.begin(), record.pids.end());
        }
        return records;
    }

    std::optional<ProcessInfo> describe(uint32_t pid) override {
        ProcessInfo info;
        info.pid = pid;
        proc_bsdinfo bsd{};
        const int got = proc_pidinfo(pid_t(pid), PROC_PIDTBSDINFO, 0, &bsd, sizeof bsd);
        const bool haveBsd = got == int(sizeof bsd);
        if (!haveBsd && errno == ESRCH) {
            return std::nullopt;
        }
        char path[PROC_PIDPATHINFO_MAXSIZE] = {};
        if (proc_pidpath(pid_t(pid), path, sizeof path) > 0) {
            info.path = path;
        } else if (!haveBsd) {
            return std::nullopt;  // nothing at all is readable: treat as gone
        }
        if (!info.path.empty()) {
            const size_t slash = info.path.rfind('/');
            info.name = slash == std::string::npos ? info.path : info.path.substr(slash + 1);
        }
        if (haveBsd) {
            if (info.name.empty()) {
                const char* n = bsd.pbi_name[0] ? bsd.pbi_name : bsd.pbi_comm;
                const size_t max = bsd.pbi_name[0] ? sizeof bsd.pbi_name : sizeof bsd.pbi_comm;
                info.name.assign(n, strnlen(n, max));
            }
            info.uid = bsd.pbi_uid;
            info.user = userNameForUid(info.uid);
        }
        info.commandLine = commandLineOf(pid_t(pid));
        return info;
    }
};

}  // namespace

std::unique_ptr<ProcessBackend> createSystemProcessBackend() {
    return std::make_unique<LibprocBackend>();
}

}  // namespace flowscope

#endif  // __APPLE__
