#include "core/process/process_resolver.h"

#include <algorithm>
#include <climits>

namespace flowscope {

namespace {

int64_t steadyNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

ProcessResolver::ProcessResolver(std::unique_ptr<ProcessBackend> backend,
                                 ProcessResolverConfig config)
    : m_backend(std::move(backend)),
      m_config(std::move(config)),
      m_registry(*m_backend),
      m_index(m_config.gracePeriod.count()) {
    if (!m_config.clock) {
        m_config.clock = steadyNowNs;
    }
    m_applications = m_registry.publish();
}

ProcessResolver::~ProcessResolver() {
    stop();
}

int64_t ProcessResolver::now() const {
    return m_config.clock();
}

void ProcessResolver::start() {
    std::lock_guard lock(m_mutex);
    if (m_worker.joinable() || m_stopping) {
        return;
    }
    m_worker = std::thread([this] { workerLoop(); });
}

void ProcessResolver::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

void ProcessResolver::track(uint64_t connectionId, const ConnectionTuple& connection) {
    const int64_t t = now();
    {
        // An open socket already in the cache with this exact 5-tuple: no refresh needed.
        std::shared_lock index(m_indexMutex, std::try_to_lock);
        if (index.owns_lock()) {
            auto m = m_index.lookup(connection, t);
            if (m && m->match == MatchKind::Exact && !m->closed) {
                Attribution a{connectionId, m->applicationId, m->pid, *m->pids, m->match};
                index.unlock();
                std::lock_guard lock(m_mutex);
                m_attributions.push_back(std::move(a));
                ++m_stats.resolved;
                return;
            }
        }
    }
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        Pending& p = m_pending[connectionId];
        p.tuple = connection;
        p.attempts = 0;
        p.nextTryNs = t;
        p.trackedNs = t;
        wake = !m_refreshRequested;
        m_refreshRequested = true;
    }
    if (wake) {
        m_wake.notify_one();
    }
}

void ProcessResolver::untrack(uint64_t connectionId) {
    std::lock_guard lock(m_mutex);
    m_pending.erase(connectionId);
}

std::vector<Attribution> ProcessResolver::takeAttributions() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_attributions, {});
}

std::shared_ptr<const std::vector<Application>> ProcessResolver::applications() const {
    std::lock_guard lock(m_mutex);
    return m_applications;
}

Status ProcessResolver::refreshNow() {
    std::lock_guard refreshing(m_refreshMutex);
    return refresh(now());
}

int64_t ProcessResolver::retryDelay(int attempts) const {
    int64_t delay = m_config.firstRetry.count();
    for (int i = 1; i < attempts && delay < m_config.maxRetry.count(); ++i) {
        delay *= 2;
    }
    return std::min<int64_t>(delay, m_config.maxRetry.count());
}

Status ProcessResolver::refresh(int64_t startNs) {
    {
        std::lock_guard lock(m_mutex);
        m_refreshRequested = false;
        m_lastRefreshStartNs = startNs;
        m_everRefreshed = true;
    }
    auto table = m_backend->readSockets();
    const int64_t readNs = now();
    if (!table) {
        std::lock_guard lock(m_mutex);
        ++m_stats.failedRefreshes;
        m_stats.lastError = table.error().message;
        m_stats.lastRefreshNs = readNs - startNs;
        for (auto& [id, p] : m_pending) {
            if (p.trackedNs <= startNs) {
                p.nextTryNs = readNs + retryDelay(++p.attempts);
            }
        }
        return table.error();
    }
    size_t entries;
    {
        std::unique_lock index(m_indexMutex);
        const bool changed = m_index.update(table.value(), readNs, [this](const SocketRecord& r) {
            return m_registry.applicationOf(r);
        });
        if (changed) {
            m_registry.refreshPids(m_index);
        }
        m_lastTable = std::move(table.value());
        entries = m_index.size();
    }
    auto apps = m_registry.publish();
    {
        std::lock_guard lock(m_mutex);
        m_applications = std::move(apps);
        ++m_stats.refreshes;
        m_stats.lastError.clear();
        m_stats.sockets = entries;
    }
    resolvePending(startNs);
    std::lock_guard lock(m_mutex);
    m_stats.lastRefreshNs = now() - startNs;
    return {};
}

void ProcessResolver::resolvePending(int64_t startNs) {
    const int64_t t = now();
    std::shared_lock index(m_indexMutex);
    std::lock_guard lock(m_mutex);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        Pending& p = it->second;
        if (auto m = m_index.lookup(p.tuple, t)) {
            m_attributions.push_back(
                Attribution{it->first, m->applicationId, m->pid, *m->pids, m->match});
            ++m_stats.resolved;
            it = m_pending.erase(it);
            continue;
        }
        if (p.trackedNs > startNs) {
            ++it;  // tracked after the table was read: the refresh it requested will tell
            continue;
        }
        if (++p.attempts >= m_config.maxAttempts) {
            ++m_stats.givenUp;
            it = m_pending.erase(it);
            continue;
        }
        p.nextTryNs = t + retryDelay(p.attempts);
        ++it;
    }
}

std::optional<ProcessOwner> ProcessResolver::lookup(const ConnectionTuple& connection) const {
    const int64_t t = now();
    std::shared_lock index(m_indexMutex);
    auto m = m_index.lookup(connection, t);
    if (!m) {
        return std::nullopt;
    }
    return ProcessOwner{m->applicationId, m->pid, m->match, m->closed};
}

std::vector<SocketRecord> ProcessResolver::lastTable() const {
    std::shared_lock index(m_indexMutex);
    return m_lastTable;
}

int64_t ProcessResolver::runDue() {
    const int64_t t = now();
    {
        std::lock_guard lock(m_mutex);
        bool due = m_refreshRequested;
        int64_t earliest = INT64_MAX;
        for (const auto& [id, p] : m_pending) {
            earliest = std::min(earliest, p.nextTryNs);
        }
        if (!due && earliest <= t) {
            due = true;
        }
        if (!due) {
            return earliest == INT64_MAX ? -1 : earliest - t;
        }
        // Coalescing: refreshes start at least minRefreshInterval apart, and far enough apart
        // that a flood of new flows costs at most maxBusyShare of a core.
        const double share = std::clamp(m_config.maxBusyShare, 0.05, 1.0);
        const int64_t interval = std::max<int64_t>(m_config.minRefreshInterval.count(),
                                                   int64_t(double(m_stats.lastRefreshNs) / share));
        if (m_everRefreshed && t - m_lastRefreshStartNs < interval) {
            return m_lastRefreshStartNs + interval - t;
        }
    }
    std::lock_guard refreshing(m_refreshMutex);
    (void)refresh(t);  // failures are counted in stats() and retried with backoff
    return 0;
}

ProcessResolverStats ProcessResolver::stats() const {
    std::lock_guard lock(m_mutex);
    ProcessResolverStats s = m_stats;
    s.pending = m_pending.size();
    return s;
}

void ProcessResolver::workerLoop() {
    while (true) {
        const int64_t wait = runDue();
        std::unique_lock lock(m_mutex);
        if (m_stopping) {
            return;
        }
        if (wait == 0) {
            continue;
        }
        if (wait < 0) {
            m_wake.wait(lock, [this] { return m_stopping || m_refreshRequested; });
        } else {
            m_wake.wait_for(lock, std::chrono::nanoseconds(wait));
        }
    }
}

}  // namespace flowscope
