// A thread-safe, bounded per-address cache of geolocation results. Eviction approximates
// least-recently-used with two generations per shard: new entries go into the current map; when
// it holds half the shard's capacity it becomes the previous map and the old previous map is
// dropped; a hit in the previous map moves the entry back into the current one. A hit in the
// current map writes nothing, so the common case is one hash lookup under an uncontended lock.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/base/ip_address.h"
#include "core/enrich/geo_record.h"

namespace flowscope {

class GeoCache {
public:
    struct Stats {
        uint64_t hits = 0;
        uint64_t misses = 0;
        size_t size = 0;
        size_t capacity = 0;
        double hitRate() const {
            const uint64_t all = hits + misses;
            return all == 0 ? 0.0 : double(hits) / double(all);
        }
    };

    // Holds at most `capacity` addresses (rounded up to twice the shard count) and at least
    // half as many once that many have been stored.
    explicit GeoCache(size_t capacity = 65536);

    // The cached record, or nullopt (counted as a miss). Safe from any thread.
    std::optional<GeoRecord> get(const IpAddress& address);
    // Stores `record` unless clear() ran since `generation` was read, so that a lookup that
    // raced with a database change cannot store an answer from the old database.
    void put(const IpAddress& address, const GeoRecord& record, uint64_t generation);
    uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }

    // Drops every entry (after a database change) and starts a new generation.
    void clear();
    Stats stats() const;

private:
    static constexpr size_t kShards = 16;
    using Map = std::unordered_map<IpAddress, GeoRecord, IpAddressHash>;
    struct Shard {
        mutable std::mutex mutex;
        Map current;   // at most m_half entries
        Map previous;  // the generation before, at most m_half entries
    };
    Shard& shardFor(const IpAddress& address);
    void makeRoom(Shard& shard);  // rotates the generations when the current one is full

    size_t m_half;  // entries per generation per shard
    std::vector<std::unique_ptr<Shard>> m_shards;
    std::atomic<uint64_t> m_generation{0};
    std::atomic<uint64_t> m_hits{0};
    std::atomic<uint64_t> m_misses{0};
};

}  // namespace flowscope
