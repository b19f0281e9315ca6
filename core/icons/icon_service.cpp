#include "core/icons/icon_service.h"

#include "core/base/thread_name.h"

namespace flowscope {

IconService::IconService(std::shared_ptr<IconBackend> backend, IconServiceOptions options)
    : m_cache(std::move(backend), options.cache) {
    const int threads = options.threads < 1 ? 1 : options.threads;
    m_workers.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i) {
        m_workers.emplace_back([this] {
            setCurrentThreadName("icons");
            workerLoop();
        });
    }
}

IconService::~IconService() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (auto& t : m_workers) {
        t.join();
    }
    m_waiting.clear();
}

IconLookupPtr IconService::request(const std::string& executablePath, int size, Callback callback) {
    if (IconLookupPtr cached = m_cache.find(executablePath, size)) {
        return cached;
    }
    {
        const std::lock_guard lock(m_mutex);
        Key key{executablePath, size};
        auto it = m_waiting.find(key);
        if (it != m_waiting.end()) {
            it->second.push_back(std::move(callback));
            return nullptr;
        }
        // The answer may have arrived between find() above and taking the lock.
        if (IconLookupPtr cached = m_cache.find(executablePath, size)) {
            return cached;
        }
        std::vector<Callback> callbacks;
        callbacks.push_back(std::move(callback));
        m_waiting.emplace(key, std::move(callbacks));
        m_queue.push_back(std::move(key));
    }
    m_wake.notify_one();
    return nullptr;
}

size_t IconService::pending() const {
    const std::lock_guard lock(m_mutex);
    return m_waiting.size();
}

void IconService::waitIdle() {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_waiting.empty() && m_delivering == 0; });
}

void IconService::workerLoop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping) {
            return;
        }
        Key key = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        IconLookupPtr result = m_cache.lookup(key.path, key.size);
        lock.lock();
        std::vector<Callback> callbacks;
        auto it = m_waiting.find(key);
        if (it != m_waiting.end()) {
            callbacks = std::move(it->second);
            m_waiting.erase(it);
        }
        ++m_delivering;
        lock.unlock();
        for (auto& cb : callbacks) {
            if (cb) {
                cb(key.path, key.size, result);
            }
        }
        lock.lock();
        --m_delivering;
        if (m_waiting.empty() && m_delivering == 0) {
            m_idle.notify_all();
        }
    }
}

}  // namespace flowscope
