// The FreeBSD process backend (sysctl), the way sockstat(1) works: the TCP and UDP protocol
// control blocks from net.inet.tcp.pcblist / net.inet.udp.pcblist (struct xinpgen, then
// xtcpcb / xinpcb records), every open file from kern.file (struct xfile) to map a socket to
// the processes holding it, and kinfo_getproc(3) + KERN_PROC_PATHNAME / KERN_PROC_ARGS for
// facts about a process.
//
// Written to FreeBSD 13/14's <netinet/in_pcb.h>, <netinet/tcp_var.h>, <sys/file.h>; built and
// tested only by the FreeBSD CI recipe (packaging/ci/freebsd.sh), never on the Linux
// development machine.
#if defined(__FreeBSD__)

// clang-format off
#include <sys/param.h>
#include <sys/types.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/socketvar.h>
#include <sys/sysctl.h>
#include <sys/user.h>
#include <netinet/in.h>
#include <netinet/in_pcb.h>
#include <netinet/tcp.h>
#include <netinet/tcp_fsm.h>
#include <netinet/tcp_var.h>
#include <arpa/inet.h>
#include <libutil.h>
// clang-format on

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/process/process_backend.h"

namespace flowscope {

namespace {

SocketState stateFromTcps(int state) {
    switch (state) {
        case TCPS_CLOSED:
            return SocketState::Closed;
        case TCPS_LISTEN:
            return SocketState::Listen;
        case TCPS_SYN_SENT:
            return SocketState::SynSent;
        case TCPS_SYN_RECEIVED:
            return SocketState::SynReceived;
        case TCPS_ESTABLISHED:
            return SocketState::Established;
        case TCPS_CLOSE_WAIT:
            return SocketState::CloseWait;
        case TCPS_FIN_WAIT_1:
            return SocketState::FinWait1;
        case TCPS_CLOSING:
            return SocketState::Closing;
        case TCPS_LAST_ACK:
            return SocketState::LastAck;
        case TCPS_FIN_WAIT_2:
            return SocketState::FinWait2;
        case TCPS_TIME_WAIT:
            return SocketState::TimeWait;
        default:
            return SocketState::Unknown;
    }
}

std::string errnoText() {
    return std::strerror(errno);
}

// A whole sysctl value, growing the buffer while the kernel answers ENOMEM.
bool readSysctl(const char* name, std::vector<char>& buffer) {
    if (buffer.size() < 64 * 1024) {
        buffer.resize(64 * 1024);
    }
    for (int attempt = 0; attempt < 16; ++attempt) {
        size_t size = buffer.size();
        if (sysctlbyname(name, buffer.data(), &size, nullptr, 0) == 0) {
            buffer.resize(size);
            return true;
        }
        if (errno != ENOMEM) {
            return false;
        }
        buffer.resize(buffer.size() * 2);
    }
    return false;
}

// Socket (kernel address) -> every pid with a descriptor for it, from kern.file.
Result<std::unordered_map<kvaddr_t, std::vector<uint32_t>>> socketOwners(
    std::vector<char>& buffer) {
    if (!readSysctl("kern.file", buffer)) {
        return makeError(
            ErrorCode::Io,
            "FreeBSD did not return its open-file table (sysctl kern.file: " + errnoText() +
                "), so connections cannot be matched to programs; try again.");
    }
    std::unordered_map<kvaddr_t, std::vector<uint32_t>> owners;
    if (buffer.size() < sizeof(xfile)) {
        return owners;
    }
    xfile first;
    std::memcpy(&first, buffer.data(), sizeof first);
    if (first.xf_size != sizeof(xfile)) {
        return makeError(ErrorCode::Internal,
                         "This build of Flowscope does not match the running FreeBSD kernel "
                         "(struct xfile differs); rebuild Flowscope on this FreeBSD version.");
    }
    const size_t count = buffer.size() / sizeof(xfile);
    for (size_t i = 0; i < count; ++i) {
        xfile file;
        std::memcpy(&file, buffer.data() + i * sizeof(xfile), sizeof file);
        if (file.xf_type != DTYPE_SOCKET || file.xf_data == 0) {
            continue;
        }
        std::vector<uint32_t>& pids = owners[file.xf_data];
        const uint32_t pid = uint32_t(file.xf_pid);
        if (std::find(pids.begin(), pids.end(), pid) == pids.end()) {
            pids.push_back(pid);
        }
    }
    for (auto& [socket, pids] : owners) {
        std::sort(pids.begin(), pids.end());
    }
    return owners;
}

void fillAddresses(const xinpcb& inp, SocketRecord& record) {
    if ((inp.inp_vflag & INP_IPV4) != 0) {
        uint8_t local[4];
        uint8_t remote[4];
        std::memcpy(local, &inp.inp_laddr, 4);
        std::memcpy(remote, &inp.inp_faddr, 4);
        record.local.address = IpAddress::fromV4(local);
        record.remote.address = IpAddress::fromV4(remote);
    } else {
        uint8_t local[16];
        uint8_t remote[16];
        std::memcpy(local, &inp.in6p_laddr, 16);
        std::memcpy(remote, &inp.in6p_faddr, 16);
        record.local.address = IpAddress::fromV6(local);
        record.remote.address = IpAddress::fromV6(remote);
    }
    record.local.port = ntohs(inp.inp_lport);
    record.remote.port = ntohs(inp.inp_fport);
}

// One pcblist: xinpgen, records (each starting with its length), a closing xinpgen.
Status appendPcbList(uint8_t protocol, std::vector<char>& buffer,
                     const std::unordered_map<kvaddr_t, std::vector<uint32_t>>& owners,
                     std::vector<SocketRecord>& out) {
    const char* name = protocol == 6 ? "net.inet.tcp.pcblist" : "net.inet.udp.pcblist";
    if (!readSysctl(name, buffer)) {
        return makeError(ErrorCode::Io,
                         std::string("FreeBSD did not return its socket table (sysctl ") + name +
                             ": " + errnoText() +
                             "), so connections cannot be matched to programs; "
                             "try again.");
    }
    const size_t recordSize = protocol == 6 ? sizeof(xtcpcb) : sizeof(xinpcb);
    size_t pos = 0;
    xinpgen header;
    if (buffer.size() < sizeof header) {
        return {};
    }
    std::memcpy(&header, buffer.data(), sizeof header);
    pos += header.xig_len;
    while (pos + sizeof(ksize_t) <= buffer.size()) {
        ksize_t length = 0;
        std::memcpy(&length, buffer.data() + pos, sizeof length);
        if (length <= sizeof(xinpgen) || pos + length > buffer.size()) {
            break;  // the closing xinpgen
        }
        if (length != recordSize) {
            return makeError(ErrorCode::Internal,
                             "This build of Flowscope does not match the running FreeBSD kernel "
                             "(the socket table's records differ); rebuild Flowscope on this "
                             "FreeBSD version.");
        }
        SocketRecord record;
        record.protocol = protocol;
        xinpcb inp;
        if (protocol == 6) {
            xtcpcb tcp;
            std::memcpy(&tcp, buffer.data() + pos, sizeof tcp);
            inp = tcp.xt_inp;
            record.state = stateFromTcps(tcp.t_state);
        } else {
            std::memcpy(&inp, buffer.data() + pos, sizeof inp);
        }
        pos += length;
        if ((inp.inp_vflag & (INP_IPV4 | INP_IPV6)) == 0) {
            continue;
        }
        fillAddresses(inp, record);
        if (protocol == 17) {
            record.state =
                record.remote.port != 0 ? SocketState::Established : SocketState::Unconnected;
        }
        record.uid = uint32_t(inp.xi_socket.so_uid);
        record.inode = uint64_t(inp.xi_socket.xso_so);
        if (auto it = owners.find(inp.xi_socket.xso_so); it != owners.end()) {
            record.pids = it->second;
        } else if (inp.xi_socket.xso_so != 0) {
            // A live socket but no descriptor we may see: another user's process while
            // security.bsd.see_other_uids=0, or a jail.
            record.ownerHidden = true;
        }
        out.push_back(std::move(record));
    }
    return {};
}

std::string sysctlString(int* mib, unsigned length) {
    size_t size = 0;
    if (sysctl(mib, length, nullptr, &size, nullptr, 0) != 0 || size == 0) {
        return {};
    }
    std::vector<char> buffer(size + 1);
    if (sysctl(mib, length, buffer.data(), &size, nullptr, 0) != 0) {
        return {};
    }
    buffer.resize(std::min(size, buffer.size()));
    return std::string(buffer.begin(), buffer.end());
}

class SysctlBackend final : public ProcessBackend {
public:
    const char* name() const override { return "sysctl"; }

    Result<std::vector<SocketRecord>> readSockets() override {
        auto owners = socketOwners(m_files);
        if (!owners) {
            return owners.error();
        }
        std::vector<SocketRecord> records;
        for (uint8_t protocol : {uint8_t(6), uint8_t(17)}) {
            if (Status status = appendPcbList(protocol, m_pcbs, *owners, records); !status) {
                return status.error();
            }
        }
        return records;
    }

    std::optional<ProcessInfo> describe(uint32_t pid) override {
        kinfo_proc* proc = kinfo_getproc(pid_t(pid));
        if (!proc) {
            return std::nullopt;  // exited (or hidden by security.bsd.see_other_uids)
        }
        ProcessInfo info;
        info.pid = pid;
        info.uid = uint32_t(proc->ki_uid);
        const std::string comm(proc->ki_comm, strnlen(proc->ki_comm, sizeof proc->ki_comm));
        std::free(proc);
        info.user = userNameForUid(info.uid);

        int pathMib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PATHNAME, int(pid)};
        info.path = sysctlString(pathMib, 4);
        while (!info.path.empty() && info.path.back() == '\0') {
            info.path.pop_back();
        }
        if (!info.path.empty()) {
            const size_t slash = info.path.rfind('/');
            info.name = slash == std::string::npos ? info.path : info.path.substr(slash + 1);
        } else {
            info.name = comm;
        }
        int argsMib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_ARGS, int(pid)};
        std::string args = sysctlString(argsMib, 4);  // NUL-separated
        while (!args.empty() && args.back() == '\0') {
            args.pop_back();
        }
        std::replace(args.begin(), args.end(), '\0', ' ');
        info.commandLine = args;
        return info;
    }

private:
    std::vector<char> m_files;  // buffers kept between reads
    std::vector<char> m_pcbs;
};

}  // namespace

std::unique_ptr<ProcessBackend> createSystemProcessBackend() {
    return std::make_unique<SysctlBackend>();
}

}  // namespace flowscope

#endif  // __FreeBSD__
