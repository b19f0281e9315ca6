// The asynchronous front of the icon cache, for the UI: lookups run on worker threads, never
// on the thread that asks, and identical requests in flight share one lookup.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/icons/icon_cache.h"

namespace flowscope {

struct IconServiceOptions {
    int threads = 1;  // more than one needs a backend whose lookup() is thread-safe
    IconCacheOptions cache;
};

class IconService {
public:
    // Called once per request, on a worker thread, when the lookup finishes. It must not throw
    // and should only hand the result over (e.g. a queued Qt signal).
    using Callback =
        std::function<void(const std::string& executablePath, int size, IconLookupPtr lookup)>;

    explicit IconService(std::shared_ptr<IconBackend> backend, IconServiceOptions options = {});
    // Lets the lookups in progress finish (their callbacks are called), then stops; requests
    // still queued are dropped and their callbacks are not called.
    ~IconService();
    IconService(const IconService&) = delete;
    IconService& operator=(const IconService&) = delete;

    // Never waits for a lookup. A cached answer is returned at once (the callback is not
    // called); otherwise the request is queued, or joins the identical one already queued or
    // running, nullptr is returned, and `callback` follows from a worker thread.
    IconLookupPtr request(const std::string& executablePath, int size, Callback callback);

    // Requests queued or running (distinct keys), not counting callbacks being delivered.
    size_t pending() const;
    // Blocks until nothing is queued, running or being delivered (tests, shutdown paths).
    void waitIdle();

    IconCache& cache() { return m_cache; }

private:
    struct Key {
        std::string path;
        int size;
        bool operator==(const Key& o) const { return size == o.size && path == o.path; }
    };
    struct KeyHash {
        size_t operator()(const Key& k) const {
            return std::hash<std::string>()(k.path) ^ (size_t(k.size) * 0x9e3779b97f4a7c15ull);
        }
    };

    void workerLoop();

    IconCache m_cache;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Key> m_queue;
    // Every key queued or running, with the callbacks waiting for it.
    std::unordered_map<Key, std::vector<Callback>, KeyHash> m_waiting;
    int m_delivering = 0;  // workers calling callbacks right now
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

}  // namespace flowscope
