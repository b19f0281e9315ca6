#include "core/enrich/reverse_dns_resolver.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <deque>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_set>

#include "core/base/thread_name.h"
#include "core/enrich/name_oldest_out_map.h"
#include "core/enrich/reverse_dns_resolv_conf.h"
#include "core/enrich/reverse_dns_socket.h"

namespace flowscope {

namespace {

using Clock = std::chrono::steady_clock;
using enrich_internal::OldestOutMap;
namespace net = enrich_internal;

constexpr size_t kMaxResults = 65'536;

struct Queued {
    IpAddress address;
    Clock::time_point requestedAt;
};

struct Flight {
    IpAddress address;
    Clock::time_point requestedAt;
    Clock::time_point deadline;
    std::vector<uint8_t> query;
    int fd = -1;
    uint16_t id = 0;
    int attempts = 0;
};

struct CacheEntry {
    ReverseDnsStatus status = ReverseDnsStatus::Failed;
    std::string name;
    Clock::time_point expires;
};

int64_t nsBetween(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count();
}

}  // namespace

struct ReverseDnsResolver::Impl {
    explicit Impl(ReverseDnsConfig c, IpAddress s)
        : config(std::move(c)), server(s), cache(config.cacheCapacity) {}

    const ReverseDnsConfig config;
    const IpAddress server;
    int wakeRead = -1;
    int wakeWrite = -1;
    std::thread thread;

    mutable std::mutex mutex;  // guards everything below up to `flights`
    bool stopping = false;
    std::deque<Queued> queue;
    std::unordered_set<IpAddress, IpAddressHash> pending;  // queued or in flight
    OldestOutMap<IpAddress, CacheEntry, IpAddressHash> cache;
    std::deque<ReverseDnsResult> results;
    ReverseDnsCounters counters;
    size_t inFlightCount = 0;

    std::vector<Flight> flights;  // the resolver thread's own
    std::mt19937 random{std::random_device{}()};

    void run();
    void launch(const Queued& q);
    void receive(Flight& f);
    void finish(Flight& f, ReverseDnsStatus status, std::string name, uint32_t ttl);
    uint32_t cacheSeconds(ReverseDnsStatus status, uint32_t ttl) const;
};

uint32_t ReverseDnsResolver::Impl::cacheSeconds(ReverseDnsStatus status, uint32_t ttl) const {
    switch (status) {
        case ReverseDnsStatus::Found:
            return std::clamp(ttl, config.minPositiveTtlS,
                              std::max(config.minPositiveTtlS, config.maxPositiveTtlS));
        case ReverseDnsStatus::NoName:
            return config.negativeTtlS;
        case ReverseDnsStatus::Timeout:
        case ReverseDnsStatus::Failed:
            return config.failureTtlS;
    }
    return config.failureTtlS;
}

void ReverseDnsResolver::Impl::launch(const Queued& q) {
    Flight f;
    f.address = q.address;
    f.requestedAt = q.requestedAt;
    f.id = static_cast<uint16_t>(random());
    f.query = buildPtrQuery(f.id, q.address);
    f.fd = net::openConnectedUdp(server, config.port);
    f.attempts = 1;
    f.deadline = Clock::now() + std::chrono::milliseconds(config.timeoutMs);
    flights.push_back(std::move(f));
    Flight& added = flights.back();
    {
        std::lock_guard lock(mutex);
        ++counters.datagramsSent;
        counters.maxInFlightSeen = std::max(counters.maxInFlightSeen, flights.size());
    }
    if (added.fd < 0 || !net::sendDatagram(added.fd, added.query)) {
        finish(added, ReverseDnsStatus::Failed, {}, 0);
    }
}

void ReverseDnsResolver::Impl::receive(Flight& f) {
    std::array<uint8_t, 4096> buffer;
    while (f.fd >= 0) {
        size_t length = 0;
        const net::Receive r = net::receiveDatagram(f.fd, buffer, length);
        if (r == net::Receive::WouldBlock) {
            return;
        }
        if (r == net::Receive::Error) {
            // With a connected socket, an ICMP "port unreachable" from the server lands here.
            finish(f, ReverseDnsStatus::Failed, {}, 0);
            return;
        }
        PtrAnswer a = readPtrAnswer(std::span(buffer.data(), length), f.id, f.address);
        if (!a.matches) {
            std::lock_guard lock(mutex);
            ++counters.strayDatagrams;
            continue;
        }
        finish(f, a.status, std::move(a.name), a.ttl);
    }
}

void ReverseDnsResolver::Impl::finish(Flight& f, ReverseDnsStatus status, std::string name,
                                      uint32_t ttl) {
    net::closeFd(f.fd);
    const Clock::time_point now = Clock::now();
    ReverseDnsResult result;
    result.address = f.address;
    result.status = status;
    result.name = std::move(name);
    result.elapsedNs = nsBetween(f.requestedAt, now);
    result.attempts = f.attempts;
    {
        std::lock_guard lock(mutex);
        cache.put(f.address, CacheEntry{status, result.name,
                                        now + std::chrono::seconds(cacheSeconds(status, ttl))});
        pending.erase(f.address);
        switch (status) {
            case ReverseDnsStatus::Found:
                ++counters.found;
                break;
            case ReverseDnsStatus::NoName:
                ++counters.noName;
                break;
            case ReverseDnsStatus::Timeout:
                ++counters.timeouts;
                break;
            case ReverseDnsStatus::Failed:
                ++counters.failures;
                break;
        }
        if (!config.onResult) {
            if (results.size() >= kMaxResults) {
                results.pop_front();
                ++counters.resultsDropped;
            }
            results.push_back(result);
            return;
        }
    }
    config.onResult(result);
}

void ReverseDnsResolver::Impl::run() {
    std::vector<int> fds;
    std::vector<net::PollResult> events;
    std::vector<Queued> starting;
    while (true) {
        starting.clear();
        {
            std::lock_guard lock(mutex);
            if (stopping) {
                break;
            }
            while (flights.size() + starting.size() < config.maxInFlight && !queue.empty()) {
                starting.push_back(queue.front());
                queue.pop_front();
            }
        }
        for (const Queued& q : starting) {
            launch(q);
        }
        std::erase_if(flights, [](const Flight& f) { return f.fd < 0; });
        {
            std::lock_guard lock(mutex);
            inFlightCount = flights.size();
        }

        int timeoutMs = -1;
        const Clock::time_point now = Clock::now();
        for (const Flight& f : flights) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(f.deadline - now).count();
            const int ms = static_cast<int>(std::max<int64_t>(0, left));
            timeoutMs = timeoutMs < 0 ? ms : std::min(timeoutMs, ms);
        }
        fds.assign(1, wakeRead);
        for (const Flight& f : flights) {
            fds.push_back(f.fd);
        }
        const int ready = net::pollReadable(fds, timeoutMs, events);
        if (ready > 0 && events[0] == net::PollResult::Readable) {
            net::drainWake(wakeRead);
        }
        for (size_t i = 0; ready > 0 && i < flights.size(); ++i) {
            if (events[i + 1] != net::PollResult::Nothing) {
                receive(flights[i]);
            }
        }
        const Clock::time_point after = Clock::now();
        for (Flight& f : flights) {
            if (f.fd < 0 || f.deadline > after) {
                continue;
            }
            if (f.attempts <= config.retries && net::sendDatagram(f.fd, f.query)) {
                ++f.attempts;
                f.deadline = after + std::chrono::milliseconds(config.timeoutMs);
                std::lock_guard lock(mutex);
                ++counters.datagramsSent;
                ++counters.retries;
            } else {
                finish(f, ReverseDnsStatus::Timeout, {}, 0);
            }
        }
        std::erase_if(flights, [](const Flight& f) { return f.fd < 0; });
    }
    for (Flight& f : flights) {
        net::closeFd(f.fd);
    }
    flights.clear();
}

ReverseDnsResolver::ReverseDnsResolver(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Result<std::unique_ptr<ReverseDnsResolver>> ReverseDnsResolver::start(ReverseDnsConfig config) {
    IpAddress server;
    if (config.nameserver) {
        server = *config.nameserver;
    } else {
        Result<IpAddress> found = nameserverFromResolvConf(config.resolvConfPath);
        if (!found) {
            return found.error();
        }
        server = *found;
    }
    if (server.isNone()) {
        return makeError(ErrorCode::InvalidArgument,
                         "The DNS server for reverse lookups has no address; set a valid one.");
    }
    config.maxInFlight = std::max<size_t>(1, config.maxInFlight);
    config.timeoutMs = std::max(1, config.timeoutMs);
    config.retries = std::max(0, config.retries);
    auto impl = std::make_unique<Impl>(std::move(config), server);
    if (!net::openWakePipe(impl->wakeRead, impl->wakeWrite)) {
        return makeError(ErrorCode::Internal,
                         "Reverse DNS could not start (no pipe for its thread); close some "
                         "programs or raise the open-file limit, then try again.");
    }
    Impl* raw = impl.get();
    impl->thread = std::thread([raw] {
        setCurrentThreadName("rdns");
        raw->run();
    });
    return std::unique_ptr<ReverseDnsResolver>(new ReverseDnsResolver(std::move(impl)));
}

ReverseDnsResolver::~ReverseDnsResolver() {
    stop();
}

void ReverseDnsResolver::stop() {
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
        m_impl->queue.clear();
        m_impl->pending.clear();
        net::wake(m_impl->wakeWrite);
    }
    if (m_impl->thread.joinable()) {
        m_impl->thread.join();
    }
    std::lock_guard lock(m_impl->mutex);
    m_impl->inFlightCount = 0;
    net::closeFd(m_impl->wakeRead);
    net::closeFd(m_impl->wakeWrite);
}

ReverseDnsRequest ReverseDnsResolver::request(const IpAddress& address, ReverseDnsResult* cached) {
    Impl& d = *m_impl;
    {
        std::lock_guard lock(d.mutex);
        if (d.stopping) {
            return ReverseDnsRequest::Stopped;
        }
        ++d.counters.requests;
        const Clock::time_point now = Clock::now();
        if (const CacheEntry* e = d.cache.find(address)) {
            if (e->expires > now) {
                ++d.counters.cacheHits;
                if (cached != nullptr) {
                    *cached = ReverseDnsResult{address, e->status, e->name, true, 0, 0};
                }
                return ReverseDnsRequest::Cached;
            }
            d.cache.erase(address);
        }
        if (d.pending.count(address) != 0) {
            return ReverseDnsRequest::AlreadyPending;
        }
        if (d.queue.size() >= d.config.maxQueued) {
            ++d.counters.refused;
            return ReverseDnsRequest::QueueFull;
        }
        d.queue.push_back(Queued{address, now});
        d.pending.insert(address);
        // Under the lock: stop() closes the pipe under it too. A non-blocking write.
        net::wake(d.wakeWrite);
    }
    return ReverseDnsRequest::Queued;
}

std::optional<ReverseDnsResult> ReverseDnsResolver::cached(const IpAddress& address) const {
    std::lock_guard lock(m_impl->mutex);
    const CacheEntry* e = m_impl->cache.find(address);
    if (e == nullptr || e->expires <= Clock::now()) {
        return std::nullopt;
    }
    return ReverseDnsResult{address, e->status, e->name, true, 0, 0};
}

std::vector<ReverseDnsResult> ReverseDnsResolver::takeResults() {
    std::lock_guard lock(m_impl->mutex);
    std::vector<ReverseDnsResult> out(std::make_move_iterator(m_impl->results.begin()),
                                      std::make_move_iterator(m_impl->results.end()));
    m_impl->results.clear();
    return out;
}

ReverseDnsCounters ReverseDnsResolver::counters() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->counters;
}

size_t ReverseDnsResolver::inFlight() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->inFlightCount;
}

size_t ReverseDnsResolver::queued() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->queue.size();
}

IpAddress ReverseDnsResolver::nameserver() const {
    return m_impl->server;
}

}  // namespace flowscope
