#include "core/enrich/geo_cache.h"

#include <algorithm>

namespace flowscope {

GeoCache::GeoCache(size_t capacity)
    : m_half(std::max<size_t>(1, (capacity + 2 * kShards - 1) / (2 * kShards))) {
    m_shards.reserve(kShards);
    for (size_t i = 0; i < kShards; ++i) {
        m_shards.push_back(std::make_unique<Shard>());
        m_shards.back()->current.reserve(m_half);
    }
}

GeoCache::Shard& GeoCache::shardFor(const IpAddress& address) {
    const size_t h = address.hash();
    return *m_shards[(h ^ (h >> 29)) % kShards];
}

void GeoCache::makeRoom(Shard& shard) {
    if (shard.current.size() >= m_half) {
        shard.previous = std::move(shard.current);
        shard.current = Map();
        shard.current.reserve(m_half);
    }
}

std::optional<GeoRecord> GeoCache::get(const IpAddress& address) {
    Shard& shard = shardFor(address);
    {
        std::lock_guard lock(shard.mutex);
        if (auto it = shard.current.find(address); it != shard.current.end()) {
            m_hits.fetch_add(1, std::memory_order_relaxed);
            return it->second;
        }
        if (auto it = shard.previous.find(address); it != shard.previous.end()) {
            m_hits.fetch_add(1, std::memory_order_relaxed);
            GeoRecord record = it->second;
            auto node = shard.previous.extract(it);  // moved, not copied or reallocated
            makeRoom(shard);
            shard.current.insert(std::move(node));
            return record;
        }
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    return std::nullopt;
}

void GeoCache::put(const IpAddress& address, const GeoRecord& record, uint64_t generation) {
    Shard& shard = shardFor(address);
    std::lock_guard lock(shard.mutex);
    // Checked under the shard lock: clear() takes every shard lock after bumping the
    // generation, so a put that passes this test lands before that shard is cleared.
    if (generation != m_generation.load(std::memory_order_acquire)) {
        return;
    }
    if (auto it = shard.current.find(address); it != shard.current.end()) {
        it->second = record;
        return;
    }
    shard.previous.erase(address);
    makeRoom(shard);
    shard.current.emplace(address, record);
}

void GeoCache::clear() {
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    for (auto& shard : m_shards) {
        std::lock_guard lock(shard->mutex);
        shard->current.clear();
        shard->previous.clear();
    }
}

GeoCache::Stats GeoCache::stats() const {
    Stats s;
    s.hits = m_hits.load(std::memory_order_relaxed);
    s.misses = m_misses.load(std::memory_order_relaxed);
    s.capacity = 2 * m_half * kShards;
    for (const auto& shard : m_shards) {
        std::lock_guard lock(shard->mutex);
        s.size += shard->current.size() + shard->previous.size();
    }
    return s;
}

}  // namespace flowscope
