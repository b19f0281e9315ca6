#include "tests/enrich/names_fake_dns_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <vector>

#include "core/enrich/dns_name.h"

namespace flowscope::test {

namespace {

using Clock = std::chrono::steady_clock;

struct Reply {
    Clock::time_point due;
    std::vector<uint8_t> bytes;
    sockaddr_storage to;
    socklen_t toLength;
};

// The question name of a query (uncompressed labels, as a client writes it), lower case;
// `end` is the offset past QTYPE/QCLASS. False if the query is not readable.
bool questionOf(const uint8_t* p, size_t n, std::string& name, size_t& end) {
    size_t pos = 12;
    name.clear();
    while (pos < n && p[pos] != 0) {
        const size_t len = p[pos];
        if (len > 63 || pos + 1 + len > n) {
            return false;
        }
        if (!name.empty()) {
            name += '.';
        }
        for (size_t i = 0; i < len; ++i) {
            const char c = static_cast<char>(p[pos + 1 + i]);
            name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        pos += 1 + len;
    }
    end = pos + 1 + 4;
    return pos < n && end <= n;
}

std::vector<uint8_t> reply(const uint8_t* query, size_t questionEnd,
                           const FakeDnsServer::Rule& rule) {
    uint8_t rcode = 0;
    bool answer = false;
    switch (rule.behaviour) {
        case FakeDnsServer::Behaviour::Answer:
        case FakeDnsServer::Behaviour::AnswerSecondAttempt:
            answer = true;
            break;
        case FakeDnsServer::Behaviour::NxDomain:
            rcode = 3;
            break;
        case FakeDnsServer::Behaviour::ServFail:
            rcode = 2;
            break;
        default:
            break;
    }
    std::vector<uint8_t> r(query, query + questionEnd);
    r[2] = 0x81;  // QR, RD
    r[3] = static_cast<uint8_t>(0x80 | rcode);
    r[6] = 0;
    r[7] = answer ? 1 : 0;
    r[8] = r[9] = r[10] = r[11] = 0;
    if (answer) {
        std::vector<uint8_t> target;
        appendDnsName(rule.name, target);
        const uint8_t fixed[] = {0xc0,
                                 12,
                                 0,
                                 12,
                                 0,
                                 1,
                                 static_cast<uint8_t>(rule.ttl >> 24),
                                 static_cast<uint8_t>(rule.ttl >> 16),
                                 static_cast<uint8_t>(rule.ttl >> 8),
                                 static_cast<uint8_t>(rule.ttl),
                                 static_cast<uint8_t>(target.size() >> 8),
                                 static_cast<uint8_t>(target.size())};
        r.insert(r.end(), std::begin(fixed), std::end(fixed));
        r.insert(r.end(), target.begin(), target.end());
    }
    return r;
}

}  // namespace

FakeDnsServer::FakeDnsServer(bool v6) {
    m_fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0);
    if (m_fd < 0 || pipe(m_wake) != 0) {
        return;
    }
    sockaddr_storage ss{};
    socklen_t length = 0;
    if (v6) {
        auto* sa = reinterpret_cast<sockaddr_in6*>(&ss);
        sa->sin6_family = AF_INET6;
        sa->sin6_addr = in6addr_loopback;
        length = sizeof *sa;
        m_address = *IpAddress::parse("::1");
    } else {
        auto* sa = reinterpret_cast<sockaddr_in*>(&ss);
        sa->sin_family = AF_INET;
        sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        length = sizeof *sa;
        m_address = *IpAddress::parse("127.0.0.1");
    }
    if (bind(m_fd, reinterpret_cast<sockaddr*>(&ss), length) != 0 ||
        getsockname(m_fd, reinterpret_cast<sockaddr*>(&ss), &length) != 0) {
        close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port
                      : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
    m_thread = std::thread([this] { run(); });
}

FakeDnsServer::~FakeDnsServer() {
    m_stop = true;
    if (m_wake[1] >= 0) {
        const char c = 0;
        [[maybe_unused]] ssize_t n = write(m_wake[1], &c, 1);
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
    for (int fd : {m_fd, m_wake[0], m_wake[1]}) {
        if (fd >= 0) {
            close(fd);
        }
    }
}

void FakeDnsServer::set(const IpAddress& address, Rule rule) {
    std::lock_guard lock(m_mutex);
    m_rules[reverseDnsName(address)] = std::move(rule);
}

int FakeDnsServer::queriesFor(const IpAddress& address) const {
    std::lock_guard lock(m_mutex);
    auto it = m_queries.find(reverseDnsName(address));
    return it == m_queries.end() ? 0 : it->second;
}

int FakeDnsServer::totalQueries() const {
    std::lock_guard lock(m_mutex);
    return m_total;
}

int FakeDnsServer::maxOutstanding() const {
    std::lock_guard lock(m_mutex);
    return m_maxOutstanding;
}

void FakeDnsServer::run() {
    std::vector<Reply> pending;
    uint8_t buffer[4096];
    while (!m_stop) {
        int timeoutMs = -1;
        const auto now = Clock::now();
        for (const Reply& r : pending) {
            const auto ms = std::chrono::ceil<std::chrono::milliseconds>(r.due - now).count();
            const int t = ms < 0 ? 0 : static_cast<int>(ms);
            timeoutMs = timeoutMs < 0 ? t : std::min(timeoutMs, t);
        }
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        poll(fds, 2, timeoutMs);
        if ((fds[0].revents & POLLIN) != 0) {
            Reply r{};
            r.toLength = sizeof r.to;
            const ssize_t n = recvfrom(m_fd, buffer, sizeof buffer, 0,
                                       reinterpret_cast<sockaddr*>(&r.to), &r.toLength);
            std::string name;
            size_t end = 0;
            if (n > 12 && questionOf(buffer, size_t(n), name, end)) {
                std::lock_guard lock(m_mutex);
                ++m_total;
                const int count = ++m_queries[name];
                auto rule = m_rules.find(name);
                const bool answers =
                    rule != m_rules.end() && rule->second.behaviour != Behaviour::Never &&
                    !(rule->second.behaviour == Behaviour::AnswerSecondAttempt && count < 2);
                if (answers) {
                    r.bytes = reply(buffer, end, rule->second);
                    r.due = Clock::now() + std::chrono::milliseconds(rule->second.delayMs);
                    pending.push_back(std::move(r));
                    m_maxOutstanding = std::max(m_maxOutstanding, ++m_outstanding);
                }
            }
        }
        const auto after = Clock::now();
        for (size_t i = 0; i < pending.size();) {
            if (pending[i].due <= after) {
                sendto(m_fd, pending[i].bytes.data(), pending[i].bytes.size(), 0,
                       reinterpret_cast<sockaddr*>(&pending[i].to), pending[i].toLength);
                pending.erase(pending.begin() + long(i));
                std::lock_guard lock(m_mutex);
                --m_outstanding;
            } else {
                ++i;
            }
        }
    }
}

}  // namespace flowscope::test
