#include "core/process/linux/netlink_sockets.h"

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/process/linux/kernel_socket_state.h"

namespace flowscope::linuxproc {

namespace {

// The kernel fills each dump message up to the largest buffer recvmsg() was given (at most
// 32 KiB per message since Linux 4.x); a bigger buffer costs nothing and saves calls.
constexpr size_t kBufferBytes = 64 * 1024;

IpAddress addressOf(int family, const __be32* words) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(words);
    return family == AF_INET ? IpAddress::fromV4(bytes) : IpAddress::fromV6(bytes);
}

Error netlinkError(const char* what, int err) {
    return makeError(ErrorCode::Io, std::string("Reading the socket table over netlink failed (") +
                                        what + ": " + std::strerror(err) + ").");
}

}  // namespace

NetlinkSocketReader::~NetlinkSocketReader() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

Status NetlinkSocketReader::open() {
    if (m_fd >= 0) {
        return {};
    }
    m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (m_fd < 0) {
        return netlinkError("socket", errno);
    }
    m_buffer.resize(kBufferBytes);
    return {};
}

Status NetlinkSocketReader::read(int family, uint8_t protocol, std::vector<SocketRecord>& out) {
    if (m_fd < 0) {
        if (Status s = open(); !s) {
            return s;
        }
    }
    struct {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    const uint32_t sequence = ++m_sequence;
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = uint8_t(family);
    message.request.sdiag_protocol = protocol;
    message.request.idiag_states = ~0u;  // every state
    message.request.idiag_ext = 0;       // no extensions: the bare message is all we need

    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(m_fd, &message, sizeof message, 0, reinterpret_cast<sockaddr*>(&kernel),
                        sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        return netlinkError("send", errno);
    }
    const size_t before = out.size();
    while (true) {
        ssize_t got;
        do {
            got = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            out.resize(before);
            return netlinkError("receive", errno);
        }
        if (got == 0) {
            out.resize(before);
            return netlinkError("receive", EPIPE);
        }
        size_t left = size_t(got);
        for (auto* h = reinterpret_cast<nlmsghdr*>(m_buffer.data()); NLMSG_OK(h, left);
             h = NLMSG_NEXT(h, left)) {
            if (h->nlmsg_seq != sequence) {
                continue;  // a late answer to an abandoned request
            }
            if (h->nlmsg_type == NLMSG_DONE) {
                return {};
            }
            if (h->nlmsg_type == NLMSG_ERROR) {
                out.resize(before);
                const auto* e = static_cast<const nlmsgerr*>(NLMSG_DATA(h));
                return netlinkError("dump", e->error < 0 ? -e->error : EPROTO);
            }
            if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY ||
                h->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg))) {
                continue;
            }
            const auto* m = static_cast<const inet_diag_msg*>(NLMSG_DATA(h));
            const int f = m->idiag_family;
            if (f != AF_INET && f != AF_INET6) {
                continue;
            }
            SocketRecord& r = out.emplace_back();
            r.protocol = protocol;
            r.local.address = addressOf(f, m->id.idiag_src);
            r.local.port = ntohs(m->id.idiag_sport);
            r.remote.address = addressOf(f, m->id.idiag_dst);
            r.remote.port = ntohs(m->id.idiag_dport);
            r.state = socketStateFromKernel(protocol, m->idiag_state);
            r.uid = m->idiag_uid;
            r.inode = m->idiag_inode;
        }
    }
}

}  // namespace flowscope::linuxproc
