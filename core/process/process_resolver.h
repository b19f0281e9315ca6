// Socket -> application resolution for the engine and the CLI, platform-independent: a
// worker thread refreshes its view of the sockets when new connections are tracked
// (coalesced: a burst of new connections costs one refresh), matches each connection (exact
// 5-tuple, then local address and port for listeners and unconnected UDP, then local port),
// retries connections whose owner is not found with backoff, and keeps the owner of a closed
// socket for a grace period so short-lived connections are attributed. Where the backend can
// look sockets up one by one (Linux), new connections are looked up that way at once, and the
// whole table is read only to start, every few seconds while connections are tracked, and
// for large bursts. The clock is injectable, and runDue() performs the worker's step
// synchronously, for tests.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/base/result.h"
#include "core/process/application.h"
#include "core/process/application_registry.h"
#include "core/process/connection_tuple.h"
#include "core/process/process_backend.h"
#include "core/process/socket_event_source.h"
#include "core/process/socket_index.h"

namespace flowscope {

struct ProcessResolverConfig {
    // Refreshes start at least this far apart, and at most this share of the time is spent
    // refreshing (bounds the cost under a flood of new flows; the next refresh waits until
    // lastDuration / maxBusyShare after the previous one started).
    std::chrono::nanoseconds minRefreshInterval = std::chrono::milliseconds(10);
    double maxBusyShare = 0.5;
    // An unresolved connection is retried after firstRetry, then twice as long each time up
    // to maxRetry, and given up after maxAttempts refreshes.
    std::chrono::nanoseconds firstRetry = std::chrono::milliseconds(50);
    std::chrono::nanoseconds maxRetry = std::chrono::seconds(2);
    int maxAttempts = 8;
    // A socket that left the table keeps its owner this long.
    std::chrono::nanoseconds gracePeriod = std::chrono::seconds(10);
    // With a backend that looks sockets up one by one: new and retried connections are looked
    // up that way as soon as they are tracked (no minimum interval; at most maxBusyShare of
    // the time), up to maxLookupBatch at a time (more waiting: the whole table is cheaper);
    // the whole table is read at the first track and then at most every fullRefreshInterval
    // while connections are being tracked (closed sockets, processes that left).
    std::chrono::nanoseconds fullRefreshInterval = std::chrono::seconds(5);
    size_t maxLookupBatch = 256;
    // With socket events: a connection's own socket arrives as an event within about a
    // millisecond (tens with every core busy), so a weaker match (the other end's socket on
    // loopback, a listener, a bound port) is taken only once the connection has been tracked
    // this long.
    std::chrono::nanoseconds eventWait = std::chrono::milliseconds(250);
    // Monotonic time in nanoseconds; steady_clock when empty (tests inject their own).
    std::function<int64_t()> clock;
};

// The owner of a connection as the engine records it.
struct Attribution {
    uint64_t connectionId = 0;
    uint32_t applicationId = 0;
    uint32_t pid = 0;            // lowest pid holding the socket (0 when hidden)
    std::vector<uint32_t> pids;  // every pid holding it
    MatchKind match = MatchKind::None;
};

// What lookup() returns: the socket's owner from the cache.
struct ProcessOwner {
    uint32_t applicationId = 0;
    uint32_t pid = 0;
    MatchKind match = MatchKind::None;
    bool closed = false;  // the socket has closed; its owner is remembered (grace period)
};

struct ProcessResolverStats {
    uint64_t refreshes = 0;  // whole-table reads
    uint64_t failedRefreshes = 0;
    int64_t lastRefreshNs = 0;      // duration of the last whole-table refresh
    uint64_t lookupRounds = 0;      // rounds of connections looked up one by one
    uint64_t lookedUp = 0;          // connections looked up one by one
    int64_t lastLookupRoundNs = 0;  // duration of the last such round
    uint64_t resolved = 0;          // connections attributed
    uint64_t givenUp = 0;           // connections whose owner was never found
    size_t pending = 0;             // connections still being retried
    size_t sockets = 0;             // entries in the cache (open and in grace)
    Phrase lastError;               // the last refresh error (one sentence), empty when fine
    // Socket events (e.g. eBPF): the source in use ("ebpf"; empty: snapshots only), one
    // sentence saying which and why, and the source's own counters.
    std::string eventSource;
    Phrase eventNote;
    SocketEventsStatus eventStatus = SocketEventsStatus::SnapshotChosen;
    bool eventsFromHelper = false;  // loaded by the capture helper, forwarded with the frames
    uint64_t eventSockets = 0;      // sockets received from the source
    uint64_t eventProcesses = 0;    // processes described by the source
    SocketEventStats events;
};

class ProcessResolver {
public:
    explicit ProcessResolver(std::unique_ptr<ProcessBackend> backend,
                             ProcessResolverConfig config = {});
    ~ProcessResolver();
    ProcessResolver(const ProcessResolver&) = delete;
    ProcessResolver& operator=(const ProcessResolver&) = delete;

    // Adds a socket event source (before start()): its sockets go into the same index as the
    // snapshots', at once, and the processes it describes stand in for those that exit before
    // /proc can be read. `note` is the sentence stats() report; with a null source it says
    // why there is none.
    void attachEvents(std::unique_ptr<SocketEventSource> source, Phrase note,
                      SocketEventsStatus status = SocketEventsStatus::SnapshotChosen,
                      bool fromHelper = false);
    // What a source delivers (public for tests that feed events by hand).
    void ingest(SocketEvents&& events);

    // Starts / stops the worker thread (stop() is idempotent and also runs at destruction).
    void start();
    void stop();

    // Engine thread; never waits for a refresh.
    void track(uint64_t connectionId, const ConnectionTuple& connection);
    void untrack(uint64_t connectionId);
    // Owners found since the last call (each tracked connection at most once).
    std::vector<Attribution> takeAttributions();
    // Every application seen so far; index = id - 1. Copy-on-write: the pointer changes when
    // anything in it does.
    std::shared_ptr<const std::vector<Application>> applications() const;

    // Synchronous, for the CLI and tests: reads the socket table now and resolves pending
    // connections. LastLook::Yes when nothing will come after it (the capture stopped): a
    // connection that would still wait for a socket event (eventWait) takes the best match
    // the table has, and from then on every match is taken as it is found.
    enum class LastLook { No, Yes };
    Status refreshNow(LastLook last = LastLook::No);
    // From the cache, without touching the OS.
    std::optional<ProcessOwner> lookup(const ConnectionTuple& connection) const;
    // The last table read (with owners), for `flowscope-cli processes`.
    std::vector<SocketRecord> lastTable() const;

    // One step of the worker: refreshes if one is due (requested by track() or a retry)
    // and the minimum interval allows. Returns the nanoseconds until the next step is due,
    // or -1 when nothing is pending.
    int64_t runDue();

    ProcessResolverStats stats() const;
    const char* backendName() const { return m_backend->name(); }
    int64_t now() const;

private:
    struct Pending {
        ConnectionTuple tuple;
        int attempts = 0;       // refreshes that did not find it
        int64_t nextTryNs = 0;  // when a retry is due
        int64_t trackedNs = 0;
    };

    using Batch = std::vector<std::pair<uint64_t, ConnectionTuple>>;
    Status refresh(int64_t startNs);
    // Looks up only these pending connections; a whole-table refresh where the backend cannot.
    Status refreshSome(int64_t startNs, const Batch& batch);
    void resolvePending(int64_t startNs);
    void resolveBatch(const Batch& batch);
    void resolveExact();
    void requestPeriodicRefresh();
    // Whether a match found for a connection tracked at trackedNs is taken now (socket events
    // may still bring the connection's own socket: see eventWait).
    bool takeNow(const SocketMatch& m, int64_t trackedNs, int64_t nowNs) const;
    std::optional<ProcessInfo> exitedProcess(uint32_t pid) const;
    void retryOrGiveUp(std::unordered_map<uint64_t, Pending>::iterator it, int64_t nowNs);
    int64_t retryDelay(int attempts) const;
    void workerLoop();

    std::unique_ptr<ProcessBackend> m_backend;
    ProcessResolverConfig m_config;

    // Worker-owned (refresh() runs on one thread at a time: m_refreshMutex).
    std::mutex m_refreshMutex;
    ApplicationRegistry m_registry;
    // Processes the event source described, by pid (bounded: the oldest go first).
    std::unordered_map<uint32_t, ProcessInfo> m_described;
    std::vector<uint32_t> m_describedOrder;
    size_t m_describedNext = 0;
    std::unique_ptr<SocketEventSource> m_events;

    // The cache, read by lookup() from any thread.
    mutable std::shared_mutex m_indexMutex;
    SocketIndex m_index;
    std::vector<SocketRecord> m_lastTable;

    // Engine-facing state.
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unordered_map<uint64_t, Pending> m_pending;
    std::vector<Attribution> m_attributions;
    std::shared_ptr<const std::vector<Application>> m_applications;
    std::atomic<bool> m_lastLook{false};  // see refreshNow()
    bool m_refreshRequested = false;
    bool m_stopping = false;
    bool m_everRefreshed = false;
    bool m_lookupsWork = false;  // the backend looks sockets up one by one (as of the last read)
    bool m_trackedSinceFull = false;
    int64_t m_lastRefreshStartNs = 0;  // of the last whole-table refresh
    int64_t m_lastLookupStartNs = 0;
    ProcessResolverStats m_stats;
    std::thread m_worker;
};

}  // namespace flowscope
