#include "core/icons/icon_cache.h"

#include <exception>

namespace flowscope {

IconCache::IconCache(std::shared_ptr<IconBackend> backend, IconCacheOptions options)
    : m_backend(std::move(backend)), m_options(options) {
    if (m_options.capacity == 0) {
        m_options.capacity = 1;
    }
}

IconLookupPtr IconCache::findLocked(const Key& key) {
    const auto it = m_index.find(key);
    if (it == m_index.end()) {
        return nullptr;
    }
    if (it->second->expires <= std::chrono::steady_clock::now()) {
        m_lru.erase(it->second);
        m_index.erase(it);
        return nullptr;
    }
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return it->second->lookup;
}

IconLookupPtr IconCache::find(const std::string& executablePath, int size) {
    const std::lock_guard lock(m_mutex);
    IconLookupPtr found = findLocked(Key{executablePath, size});
    if (found) {
        ++m_stats.hits;
    }
    return found;
}

IconLookupPtr IconCache::lookup(const std::string& executablePath, int size) {
    {
        const std::lock_guard lock(m_mutex);
        if (IconLookupPtr found = findLocked(Key{executablePath, size})) {
            ++m_stats.hits;
            return found;
        }
        ++m_stats.misses;
    }
    IconLookup result;
    try {
        result = m_backend->lookup(executablePath, size);
    } catch (const std::exception& e) {
        // A backend failure (out of memory, an OS error surfacing as an exception) means the
        // generic icon, not a crash of the thread that asked.
        result = IconLookup{};
        result.explanation.push_back(std::string("lookup failed: ") + e.what());
    }
    auto shared = std::make_shared<const IconLookup>(std::move(result));
    store(executablePath, size, shared);
    return shared;
}

void IconCache::store(const std::string& executablePath, int size, IconLookupPtr lookup) {
    const auto now = std::chrono::steady_clock::now();
    const auto expires = lookup->image.kind == IconImage::Kind::None
                             ? now + m_options.noneTtl
                             : std::chrono::steady_clock::time_point::max();
    const std::lock_guard lock(m_mutex);
    Key key{executablePath, size};
    const auto it = m_index.find(key);
    if (it != m_index.end()) {
        it->second->lookup = std::move(lookup);
        it->second->expires = expires;
        m_lru.splice(m_lru.begin(), m_lru, it->second);
        return;
    }
    m_lru.push_front(Entry{key, std::move(lookup), expires});
    m_index.emplace(std::move(key), m_lru.begin());
    while (m_lru.size() > m_options.capacity) {
        m_index.erase(m_lru.back().key);
        m_lru.pop_back();
        ++m_stats.evictions;
    }
}

void IconCache::clear() {
    const std::lock_guard lock(m_mutex);
    m_index.clear();
    m_lru.clear();
}

size_t IconCache::size() const {
    const std::lock_guard lock(m_mutex);
    return m_lru.size();
}

IconCache::Stats IconCache::stats() const {
    const std::lock_guard lock(m_mutex);
    return m_stats;
}

}  // namespace flowscope
