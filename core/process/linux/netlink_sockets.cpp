#include "core/process/linux/netlink_sockets.h"

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include "core/base/system_reason.h"
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

void addressWords(const IpAddress& a, __be32* words) {
    std::memcpy(words, a.bytes().data(), a.size());
}

// The record of one inet_diag answer; false for a family that is not IPv4/IPv6.
bool recordOf(const inet_diag_msg& m, uint8_t protocol, SocketRecord& r) {
    const int f = m.idiag_family;
    if (f != AF_INET && f != AF_INET6) {
        return false;
    }
    r.protocol = protocol;
    r.local.address = addressOf(f, m.id.idiag_src);
    r.local.port = ntohs(m.id.idiag_sport);
    r.remote.address = addressOf(f, m.id.idiag_dst);
    r.remote.port = ntohs(m.id.idiag_dport);
    r.state = socketStateFromKernel(protocol, m.idiag_state);
    r.uid = m.idiag_uid;
    r.inode = m.idiag_inode;
    return true;
}

struct Request {
    nlmsghdr header;
    inet_diag_req_v2 request;
};

// Requests answered per send in lookup(): well inside the default receive buffer (each
// answer is ~100 bytes).
constexpr size_t kLookupBatch = 64;

// `what` is the call that failed ("socket", "sendmsg", ...).
Error netlinkError(const char* what, int err) {
    //: %1 is the system call that failed (e.g. recvmsg), %2 the operating system's reason.
    return makeError(
        ErrorCode::Io,
        phrase(FS_PHRASE("Core", "Reading the socket table over netlink failed (%1: %2)."),
               {verbatim(what), systemReason(err)}));
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
    inet_diag_req_v2 request{};
    request.sdiag_family = uint8_t(family);
    request.sdiag_protocol = protocol;
    request.idiag_states = ~0u;  // every state
    request.idiag_ext = 0;       // no extensions: the bare message is all we need
    return dump(&request, sizeof request, SOCK_DIAG_BY_FAMILY, protocol, out);
}

Status NetlinkSocketReader::readTcp(std::vector<SocketRecord>& out) {
    inet_diag_req request{};
    request.idiag_family = AF_INET;  // ignored: this request dumps every family
    request.idiag_states = ~0u;
    const size_t before = out.size();
    if (Status s = dump(&request, sizeof request, TCPDIAG_GETSOCK, 6, out); !s) {
        return s;
    }
    // The kernel interleaves the families bucket by bucket; the order within each family is
    // the order of its own dump.
    std::stable_partition(out.begin() + ptrdiff_t(before), out.end(),
                          [](const SocketRecord& r) { return r.local.address.isV4(); });
    return {};
}

Status NetlinkSocketReader::dump(const void* request, size_t length, uint16_t type,
                                 uint8_t protocol, std::vector<SocketRecord>& out) {
    if (m_fd < 0) {
        if (Status s = open(); !s) {
            return s;
        }
    }
    struct {
        nlmsghdr header;
        char body[sizeof(inet_diag_req_v2) > sizeof(inet_diag_req) ? sizeof(inet_diag_req_v2)
                                                                   : sizeof(inet_diag_req)];
    } message{};
    const uint32_t sequence = ++m_sequence;
    message.header.nlmsg_len = uint32_t(NLMSG_LENGTH(length));
    message.header.nlmsg_type = type;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    std::memcpy(message.body, request, length);

    if (Status s = send(&message, message.header.nlmsg_len); !s) {
        return s;
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
            if (h->nlmsg_type != type || h->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg))) {
                continue;
            }
            SocketRecord r;
            if (recordOf(*static_cast<const inet_diag_msg*>(NLMSG_DATA(h)), protocol, r)) {
                out.push_back(std::move(r));
            }
        }
    }
}

Status NetlinkSocketReader::send(const void* data, size_t length) {
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(m_fd, data, length, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        return netlinkError("send", errno);
    }
    return {};
}

Status NetlinkSocketReader::lookup(const std::vector<ConnectionTuple>& connections,
                                   std::vector<SocketRecord>& out) {
    if (m_fd < 0) {
        if (Status s = open(); !s) {
            return s;
        }
    }
    std::vector<Request> requests;
    for (size_t at = 0; at < connections.size(); at += kLookupBatch) {
        const size_t n = std::min(kLookupBatch, connections.size() - at);
        requests.assign(n, Request{});
        const uint32_t first = m_sequence + 1;
        m_sequence += uint32_t(n);
        for (size_t i = 0; i < n; ++i) {
            const ConnectionTuple& c = connections[at + i];
            Request& q = requests[i];
            q.header.nlmsg_len = sizeof q;
            q.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
            q.header.nlmsg_flags = NLM_F_REQUEST;  // one socket, not a dump
            q.header.nlmsg_seq = first + uint32_t(i);
            q.request.sdiag_family = c.local.address.isV4() ? AF_INET : AF_INET6;
            q.request.sdiag_protocol = c.protocol;
            q.request.idiag_states = ~0u;
            // TCP looks up (src = local, dst = remote); udp_diag has them the other way round
            // (the kernel's "swapped for historical reasons").
            const bool udp = c.protocol == 17;
            const SocketAddress& src = udp ? c.remote : c.local;
            const SocketAddress& dst = udp ? c.local : c.remote;
            q.request.id.idiag_sport = htons(src.port);
            q.request.id.idiag_dport = htons(dst.port);
            addressWords(src.address, q.request.id.idiag_src);
            addressWords(dst.address, q.request.id.idiag_dst);
            q.request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
            q.request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
        }
        if (Status s = send(requests.data(), n * sizeof(Request)); !s) {
            return s;
        }
        // Exactly one answer per request: the socket, or an error (ENOENT: no such socket).
        size_t answered = 0;
        while (answered < n) {
            ssize_t got;
            do {
                got = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
            } while (got < 0 && errno == EINTR);
            if (got <= 0) {
                return netlinkError("receive", got < 0 ? errno : EPIPE);
            }
            size_t left = size_t(got);
            for (auto* h = reinterpret_cast<nlmsghdr*>(m_buffer.data()); NLMSG_OK(h, left);
                 h = NLMSG_NEXT(h, left)) {
                if (h->nlmsg_seq < first || h->nlmsg_seq >= first + n) {
                    continue;  // a late answer to an abandoned request
                }
                const uint8_t protocol = connections[at + (h->nlmsg_seq - first)].protocol;
                ++answered;
                if (h->nlmsg_type == NLMSG_ERROR) {
                    const auto* e = static_cast<const nlmsgerr*>(NLMSG_DATA(h));
                    const int err = e->error < 0 ? -e->error : EPROTO;
                    if (err != ENOENT) {
                        return netlinkError("lookup", err);
                    }
                    continue;
                }
                if (h->nlmsg_type == SOCK_DIAG_BY_FAMILY &&
                    h->nlmsg_len >= NLMSG_LENGTH(sizeof(inet_diag_msg))) {
                    SocketRecord r;
                    if (recordOf(*static_cast<const inet_diag_msg*>(NLMSG_DATA(h)), protocol, r)) {
                        out.push_back(std::move(r));
                    }
                }
            }
        }
    }
    return {};
}

}  // namespace flowscope::linuxproc
