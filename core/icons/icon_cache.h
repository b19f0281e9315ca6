// A thread-safe cache of icon lookups by (executable path, size) over any IconBackend.
#pragma once

#include <chrono>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/icons/icon_backend.h"

namespace flowscope {

// Answers are shared, immutable values: a cached lookup costs a reference count, not a copy
// of the pixels.
using IconLookupPtr = std::shared_ptr<const IconLookup>;

struct IconCacheOptions {
    size_t capacity = 1024;  // (path, size) entries; the least recently used go first
    // "Only the generic icon applies" answers expire after this, so that a program whose
    // desktop entry is installed later gets its icon. Real icons do not expire (clear()).
    std::chrono::milliseconds noneTtl = std::chrono::seconds(60);
};

class IconCache {
public:
    explicit IconCache(std::shared_ptr<IconBackend> backend, IconCacheOptions options = {});

    // The cached answer, or asks the backend (blocking: never on the GUI thread) and stores
    // it. The lock is not held while the backend works, so other threads keep getting hits.
    IconLookupPtr lookup(const std::string& executablePath, int size);

    // The cached answer without asking the backend; nullptr when absent or expired.
    IconLookupPtr find(const std::string& executablePath, int size);

    void store(const std::string& executablePath, int size, IconLookupPtr lookup);
    void clear();
    size_t size() const;

    struct Stats {
        uint64_t hits = 0;
        uint64_t misses = 0;
        uint64_t evictions = 0;
    };
    Stats stats() const;

    IconBackend& backend() { return *m_backend; }

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
    struct Entry {
        Key key;
        IconLookupPtr lookup;
        std::chrono::steady_clock::time_point expires;  // max() for real icons
    };
    using List = std::list<Entry>;

    IconLookupPtr findLocked(const Key& key);

    std::shared_ptr<IconBackend> m_backend;
    IconCacheOptions m_options;
    mutable std::mutex m_mutex;
    List m_lru;  // most recently used first
    std::unordered_map<Key, List::iterator, KeyHash> m_index;
    Stats m_stats;
};

}  // namespace flowscope
