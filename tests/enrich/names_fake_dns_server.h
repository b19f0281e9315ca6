// Test helper: a DNS server on loopback that answers PTR queries as each test tells it to:
// at once or after a delay, NXDOMAIN, SERVFAIL, only the second attempt, or never. It counts
// the queries per address and the most queries it held unanswered at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "core/base/ip_address.h"

namespace flowscope::test {

class FakeDnsServer {
public:
    enum class Behaviour { Answer, NoData, NxDomain, ServFail, AnswerSecondAttempt, Never };
    struct Rule {
        Behaviour behaviour = Behaviour::Never;
        std::string name;  // Answer, AnswerSecondAttempt
        uint32_t ttl = 300;
        int delayMs = 0;
    };

    // Listens on 127.0.0.1 (or ::1 with v6) on a free port. Unknown names are never answered.
    explicit FakeDnsServer(bool v6 = false);
    ~FakeDnsServer();
    FakeDnsServer(const FakeDnsServer&) = delete;
    FakeDnsServer& operator=(const FakeDnsServer&) = delete;

    bool ok() const { return m_fd >= 0; }
    uint16_t port() const { return m_port; }
    IpAddress address() const { return m_address; }
    void set(const IpAddress& address, Rule rule);
    int queriesFor(const IpAddress& address) const;
    int totalQueries() const;
    // The most queries received and not yet answered at one time (only queries the server
    // will answer count: those it drops or never answers are not "outstanding").
    int maxOutstanding() const;

private:
    void run();

    int m_fd = -1;
    int m_wake[2] = {-1, -1};
    uint16_t m_port = 0;
    IpAddress m_address;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::map<std::string, Rule> m_rules;   // by reverse name
    std::map<std::string, int> m_queries;  // by reverse name
    int m_total = 0;
    int m_outstanding = 0;
    int m_maxOutstanding = 0;
    std::thread m_thread;
};

}  // namespace flowscope::test
