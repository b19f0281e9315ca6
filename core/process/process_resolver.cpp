#include "core/process/process_resolver.h"

#include <algorithm>
#include <climits>

#include "core/base/thread_name.h"

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
    // Empty until socket events describe processes (ingest()).
    m_registry.setExitedLookup([this](uint32_t pid) { return exitedProcess(pid); });
    m_applications = m_registry.publish();
}

ProcessResolver::~ProcessResolver() {
    stop();
}

void ProcessResolver::attachEvents(std::unique_ptr<SocketEventSource> source, Phrase note,
                                   SocketEventsStatus status, bool fromHelper) {
    std::lock_guard refreshing(m_refreshMutex);
    m_events = std::move(source);
    m_registry.setEventsExpected(m_events != nullptr);
    std::lock_guard lock(m_mutex);
    m_stats.eventSource = m_events ? m_events->name() : "";
    m_stats.eventNote = std::move(note);
    m_stats.eventStatus = m_events ? SocketEventsStatus::On : status;
    m_stats.eventsFromHelper = m_events && fromHelper;
}

// Called with m_refreshMutex held (from the registry).
std::optional<ProcessInfo> ProcessResolver::exitedProcess(uint32_t pid) const {
    auto it = m_described.find(pid);
    if (it == m_described.end()) {
        return std::nullopt;
    }
    return it->second;
}

void ProcessResolver::ingest(SocketEvents&& events) {
    constexpr size_t kDescribedMax = 8192;
    size_t entries;
    {
        std::lock_guard refreshing(m_refreshMutex);
        for (ProcessInfo& p : events.processes) {
            if (m_describedOrder.size() < kDescribedMax) {
                m_describedOrder.push_back(p.pid);
            } else {  // a ring of pids: the oldest description makes room
                m_described.erase(m_describedOrder[m_describedNext]);
                m_describedOrder[m_describedNext] = p.pid;
                m_describedNext = (m_describedNext + 1) % kDescribedMax;
            }
            const uint32_t pid = p.pid;
            m_described[pid] = std::move(p);
        }
        std::unique_lock index(m_indexMutex);
        auto applicationOf = [this](const SocketRecord& r) { return m_registry.applicationOf(r); };
        m_index.upsert(events.sockets, applicationOf);
        for (const SocketRecord& r : events.sockets) {
            m_registry.addPids(applicationOf(r), r.pids);
        }
        entries = m_index.size();
        index.unlock();
        auto apps = m_registry.publish();
        std::lock_guard lock(m_mutex);
        m_applications = std::move(apps);
        m_stats.sockets = entries;
        m_stats.eventSockets += events.sockets.size();
        m_stats.eventProcesses += events.processes.size();
    }
    resolveExact();
    requestPeriodicRefresh();
}

// Events add sockets whether or not a captured flow needs them (a capture filter, traffic
// elsewhere); only a whole-table read closes those that are gone. So while events arrive, the
// periodic whole-table read runs as it does while connections are tracked, which keeps the
// index to the sockets of the last fullRefreshInterval plus the grace period.
void ProcessResolver::requestPeriodicRefresh() {
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_trackedSinceFull = true;
        wake = !m_refreshRequested;
        m_refreshRequested = true;  // the worker works out when the periodic read is due
    }
    if (wake) {
        m_wake.notify_one();
    }
}

bool ProcessResolver::takeNow(const SocketMatch& m, int64_t trackedNs, int64_t nowNs) const {
    // A socket whose owner the table read could not see (another user's) is the connection's
    // own, but a socket event may still name its process: with events on, that waits too.
    const bool own = m.match == MatchKind::Exact && !m.viaPeer && (m.pid != 0 || !m_events);
    return own || !m_events || m_lastLook.load() || nowNs - trackedNs >= m_config.eventWait.count();
}

// Pending connections whose exact socket has just arrived: attributed now, without waiting
// for a lookup or a retry (the fallbacks stay with the worker, which knows when a table was
// read).
void ProcessResolver::resolveExact() {
    const int64_t t = now();
    std::shared_lock index(m_indexMutex);
    std::lock_guard lock(m_mutex);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        auto m = m_index.lookup(it->second.tuple, t);
        if (m && m->match == MatchKind::Exact && !m->viaPeer) {
            m_attributions.push_back(
                Attribution{it->first, m->applicationId, m->pid, *m->pids, m->match});
            ++m_stats.resolved;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

int64_t ProcessResolver::now() const {
    return m_config.clock();
}

void ProcessResolver::start() {
    std::lock_guard lock(m_mutex);
    if (m_worker.joinable() || m_stopping) {
        return;
    }
    m_worker = std::thread([this] {
        setCurrentThreadName("process");
        workerLoop();
    });
    if (m_events) {
        m_events->start([this](SocketEvents&& e) { ingest(std::move(e)); });
    }
}

void ProcessResolver::stop() {
    if (m_events) {
        m_events->stop();  // no ingest() after this
    }
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
            if (m && m->match == MatchKind::Exact && !m->closed && !m->viaPeer &&
                (m->pid != 0 || !m_events)) {  // see takeNow()
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
        m_trackedSinceFull = true;
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

Status ProcessResolver::refreshNow(LastLook last) {
    if (last == LastLook::Yes) {
        m_lastLook.store(true);
    }
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
        m_trackedSinceFull = false;
        m_lastRefreshStartNs = startNs;
        m_everRefreshed = true;
    }
    auto table = m_backend->readSockets();
    const int64_t readNs = now();
    const bool lookups = m_backend->looksUpSockets();  // may change with the table source
    {
        std::lock_guard lock(m_mutex);
        m_lookupsWork = lookups;
    }
    if (!table) {
        std::lock_guard lock(m_mutex);
        ++m_stats.failedRefreshes;
        m_stats.lastError = phraseOf(table.error());
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
        m_stats.lastError = {};
        m_stats.sockets = entries;
    }
    resolvePending(startNs);
    std::lock_guard lock(m_mutex);
    m_stats.lastRefreshNs = now() - startNs;
    return {};
}

void ProcessResolver::retryOrGiveUp(std::unordered_map<uint64_t, Pending>::iterator it,
                                    int64_t nowNs) {
    Pending& p = it->second;
    if (++p.attempts >= m_config.maxAttempts) {
        ++m_stats.givenUp;
        m_pending.erase(it);
        return;
    }
    p.nextTryNs = nowNs + retryDelay(p.attempts);
}

void ProcessResolver::resolvePending(int64_t startNs) {
    const int64_t t = now();
    std::shared_lock index(m_indexMutex);
    std::lock_guard lock(m_mutex);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        Pending& p = it->second;
        auto next = std::next(it);
        // A connection tracked after the table was read may have a socket the table does not
        // have yet: only its exact socket will do, not a fallback (on loopback the other
        // end's listener would win over its own socket); the refresh it requested will tell.
        const bool inTable = p.trackedNs <= startNs;
        auto m = m_index.lookup(p.tuple, t);
        if (m && (inTable || m->match == MatchKind::Exact) && takeNow(*m, p.trackedNs, t)) {
            m_attributions.push_back(
                Attribution{it->first, m->applicationId, m->pid, *m->pids, m->match});
            ++m_stats.resolved;
            m_pending.erase(it);
        } else if (inTable) {
            retryOrGiveUp(it, t);
        }
        it = next;
    }
}

void ProcessResolver::resolveBatch(const Batch& batch) {
    const int64_t t = now();
    std::shared_lock index(m_indexMutex);
    std::lock_guard lock(m_mutex);
    for (const auto& [id, tuple] : batch) {
        auto it = m_pending.find(id);
        if (it == m_pending.end()) {
            continue;  // untracked meanwhile
        }
        if (auto m = m_index.lookup(tuple, t); m && takeNow(*m, it->second.trackedNs, t)) {
            m_attributions.push_back(Attribution{id, m->applicationId, m->pid, *m->pids, m->match});
            ++m_stats.resolved;
            m_pending.erase(it);
        } else {
            retryOrGiveUp(it, t);
        }
    }
}

Status ProcessResolver::refreshSome(int64_t startNs, const Batch& batch) {
    {
        std::lock_guard lock(m_mutex);
        m_refreshRequested = false;
        m_lastLookupStartNs = startNs;
    }
    std::vector<ConnectionTuple> tuples;
    tuples.reserve(batch.size());
    for (const auto& [id, tuple] : batch) {
        tuples.push_back(tuple);
    }
    auto found = m_backend->readSocketsOf(tuples);
    if (!found || !*found) {
        // The backend cannot look sockets up (or the lookup failed): the whole table instead.
        if (!found) {
            std::lock_guard lock(m_mutex);
            m_lookupsWork = false;
        }
        return refresh(startNs);
    }
    const std::vector<SocketRecord>& sockets = found->value();
    size_t entries;
    {
        std::unique_lock index(m_indexMutex);
        auto applicationOf = [this](const SocketRecord& r) { return m_registry.applicationOf(r); };
        m_index.upsert(sockets, applicationOf);
        for (const SocketRecord& r : sockets) {
            if (!r.pids.empty()) {
                m_registry.addPids(applicationOf(r), r.pids);
            }
        }
        entries = m_index.size();
    }
    auto apps = m_registry.publish();
    {
        std::lock_guard lock(m_mutex);
        m_applications = std::move(apps);
        ++m_stats.lookupRounds;
        m_stats.lookedUp += batch.size();
        m_stats.sockets = entries;
    }
    resolveBatch(batch);
    std::lock_guard lock(m_mutex);
    m_stats.lastLookupRoundNs = now() - startNs;
    return {};
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
    bool full = false;
    Batch batch;
    {
        std::lock_guard lock(m_mutex);
        int64_t earliest = INT64_MAX;
        size_t due = 0;
        for (const auto& [id, p] : m_pending) {
            earliest = std::min(earliest, p.nextTryNs);
            due += p.nextTryNs <= t ? 1 : 0;
        }
        // Refreshes are spaced so that a flood of new flows costs at most maxBusyShare of a
        // core; whole-table ones also start at least minRefreshInterval apart.
        const double share = std::clamp(m_config.maxBusyShare, 0.05, 1.0);
        const int64_t fullSpacing = std::max<int64_t>(
            m_config.minRefreshInterval.count(), int64_t(double(m_stats.lastRefreshNs) / share));
        const int64_t fullReady = m_everRefreshed ? m_lastRefreshStartNs + fullSpacing : t;
        const int64_t lookupReady =
            m_lastLookupStartNs + int64_t(double(m_stats.lastLookupRoundNs) / share);
        // The periodic whole-table read while connections are being tracked.
        const int64_t periodic = m_trackedSinceFull && m_everRefreshed
                                     ? m_lastRefreshStartNs + m_config.fullRefreshInterval.count()
                                     : INT64_MAX;
        const bool wanted = m_refreshRequested || earliest <= t;
        const bool lookups = m_lookupsWork && m_everRefreshed && due <= m_config.maxLookupBatch;
        if (wanted && !lookups) {
            if (fullReady > t) {
                return fullReady - t;
            }
            full = true;
        } else if (periodic <= t && fullReady <= t) {
            full = true;
        } else if (wanted && due > 0) {
            if (lookupReady > t) {
                return lookupReady - t;
            }
            for (const auto& [id, p] : m_pending) {
                if (p.nextTryNs <= t) {
                    batch.emplace_back(id, p.tuple);
                }
            }
        } else {
            m_refreshRequested = false;
            const int64_t next = std::min(earliest, std::max(periodic, fullReady));
            return next == INT64_MAX ? -1 : next - t;
        }
    }
    std::lock_guard refreshing(m_refreshMutex);
    // Failures are counted in stats() and retried with backoff.
    (void)(full ? refresh(t) : refreshSome(t, batch));
    return 0;
}

ProcessResolverStats ProcessResolver::stats() const {
    const SocketEventStats events = m_events ? m_events->stats() : SocketEventStats{};
    std::lock_guard lock(m_mutex);
    ProcessResolverStats s = m_stats;
    s.events = events;
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
