// Reverse DNS (address → PTR name) without ever blocking the caller: a small DNS client of
// its own over UDP, one thread multiplexing every query in flight with poll(), a bounded
// number of queries in flight behind a bounded queue, a per-query timeout with retries, and a
// cache of answers (positive TTL from the answer, clamped) and of failures (negative TTL).
//
// Why one poll() thread and not a pool of getnameinfo() workers: a lookup is all waiting,
// no work; one thread waits on many sockets at once, and each query can be timed out,
// retried and abandoned at will, so stop() returns at once even with queries unanswered.
// A blocked getnameinfo() can be neither timed out nor cancelled, and holds a thread each.
// Each query has its own connected UDP socket (a random source port and a random id).
// POSIX sockets on Linux, macOS and the BSDs; Winsock (WSAPoll) on Windows (reverse_dns_socket.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/base/result.h"
#include "core/enrich/reverse_dns_query.h"

namespace flowscope {

struct ReverseDnsResult {
    IpAddress address;
    ReverseDnsStatus status = ReverseDnsStatus::Failed;
    std::string name;        // Found: the PTR name, lower case, no final dot
    bool fromCache = false;  // answered from the cache by request()
    int64_t elapsedNs = 0;   // from request() to the result (0 from the cache)
    int attempts = 0;        // datagrams sent for it (1 + retries used)
};

struct ReverseDnsConfig {
    std::optional<IpAddress> nameserver;  // unset: the first one in resolvConfPath
    uint16_t port = 53;
    std::string resolvConfPath = "/etc/resolv.conf";
    size_t maxInFlight = 16;        // queries awaiting an answer at once
    size_t maxQueued = 4096;        // requests waiting for a free slot; more are refused
    int timeoutMs = 2000;           // per attempt
    int retries = 1;                // attempts after the first
    uint32_t minPositiveTtlS = 60;  // an answer's TTL is clamped into [min, max]
    uint32_t maxPositiveTtlS = 86400;
    uint32_t negativeTtlS = 900;  // NoName (NXDOMAIN, no PTR)
    uint32_t failureTtlS = 60;    // Timeout, Failed
    size_t cacheCapacity = 100'000;
    // Called on the resolver's thread for each result of a queued request; it must not
    // block. Unset: results wait for takeResults() (at most 65,536, oldest dropped).
    std::function<void(const ReverseDnsResult&)> onResult;
};

enum class ReverseDnsRequest : uint8_t {
    Cached,          // a fresh cached result was written to *cached
    Queued,          // a result will follow (callback or takeResults)
    AlreadyPending,  // queued or in flight already: its result will follow once
    QueueFull,       // refused: maxQueued requests are waiting; ask again later
    Stopped,         // stop() was called
};

struct ReverseDnsCounters {
    uint64_t requests = 0;
    uint64_t cacheHits = 0;
    uint64_t refused = 0;        // QueueFull
    uint64_t datagramsSent = 0;  // first attempts and retries
    uint64_t retries = 0;
    uint64_t found = 0;
    uint64_t noName = 0;
    uint64_t timeouts = 0;
    uint64_t failures = 0;
    uint64_t strayDatagrams = 0;  // received but not an answer to the query on that socket
    uint64_t resultsDropped = 0;  // takeResults() not called for too long
    size_t maxInFlightSeen = 0;
};

class ReverseDnsResolver {
public:
    // Starts the resolver thread. Errors (one sentence): no usable nameserver in resolv.conf,
    // or the thread's wake-up pipe cannot be created.
    static Result<std::unique_ptr<ReverseDnsResolver>> start(ReverseDnsConfig config);
    ~ReverseDnsResolver();  // stop()
    ReverseDnsResolver(const ReverseDnsResolver&) = delete;
    ReverseDnsResolver& operator=(const ReverseDnsResolver&) = delete;

    // Never blocks on the network (only on a short internal lock). Thread-safe.
    ReverseDnsRequest request(const IpAddress& address, ReverseDnsResult* cached = nullptr);
    // The cached result, if fresh (does not count as a request).
    std::optional<ReverseDnsResult> cached(const IpAddress& address) const;
    // Results that arrived since the last call (when no onResult callback is set).
    std::vector<ReverseDnsResult> takeResults();
    // Stops the thread promptly: queries in flight are abandoned, queued requests dropped,
    // and no callback runs after stop() returns. Idempotent.
    void stop();

    ReverseDnsCounters counters() const;
    size_t inFlight() const;
    size_t queued() const;
    IpAddress nameserver() const;

    struct Impl;

private:
    explicit ReverseDnsResolver(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace flowscope
