// Private: open-addressing hash indexes of uint32 slot numbers into the flow table's slot
// vector. Linear probing, growth at 0.7 load, tombstone-free deletion by backward shift.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace flowscope {

inline constexpr uint32_t kNoSlot = UINT32_MAX;

// What erasing has cost so far: a guard against clustering (an erase walks to the end of its
// entry's run of occupied buckets, so its steps grow with the run length).
struct IndexProbes {
    uint64_t erases = 0;
    uint64_t eraseSteps = 0;  // buckets visited by all erases
};

// Flow key -> slot. Buckets keep the key's 32-bit hash next to the slot, so a probe touches
// the flow itself only on a hash match, and rehashing or shifting never recomputes hashes.
class KeyIndex {
public:
    KeyIndex();

    // The slot whose key hashes to `hash` and satisfies `match(slot)`, or kNoSlot.
    template <class Match>
    uint32_t find(uint32_t hash, const Match& match) const {
        size_t pos = hash & m_mask;
        while (true) {
            const Bucket& b = m_buckets[pos];
            if (b.slot == kNoSlot) {
                return kNoSlot;
            }
            if (b.hash == hash && match(b.slot)) {
                return b.slot;
            }
            pos = (pos + 1) & m_mask;
        }
    }
    // For prefetching: starts loading the bucket `hash` homes to.
    void prefetch(uint32_t hash) const { __builtin_prefetch(&m_buckets[hash & m_mask]); }
    // For prefetching: the first slot whose bucket holds `hash` (its key unchecked), or
    // kNoSlot.
    uint32_t peek(uint32_t hash) const {
        return find(hash, [](uint32_t) { return true; });
    }
    // The key must not be present.
    void insert(uint32_t hash, uint32_t slot);
    // Removes the entry (hash, slot); it must be present.
    void erase(uint32_t hash, uint32_t slot) { (void)eraseIfPresent(hash, slot); }
    // Removes the entry (hash, slot) if it is there; false if it is not.
    bool eraseIfPresent(uint32_t hash, uint32_t slot);

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_buckets.capacity() * sizeof(Bucket); }
    // Buckets visited by erase() so far (finding the entry, then shifting its run back).
    const IndexProbes& probes() const { return m_probes; }

private:
    struct Bucket {
        uint32_t slot = kNoSlot;
        uint32_t hash = 0;
    };
    void grow();

    std::vector<Bucket> m_buckets;
    size_t m_mask = 0;
    size_t m_size = 0;
    IndexProbes m_probes;
};

// Flow id -> slot, 4 bytes a bucket; the id of an occupied bucket is read back from the slot
// (`idOf(slot)`). Ids are sequential and the live ones form a sliding window, so homing them
// by their low bits would pack them into one contiguous run of buckets that every erase's
// backward shift walks to its end: O(live flows) per eviction. A Fibonacci (multiplicative)
// hash spreads consecutive ids evenly over the table instead, keeping runs short.
class IdIndex {
public:
    IdIndex() : m_buckets(kInitialCapacity), m_shift(32 - kInitialBits) {}

    template <class IdOf>
    uint32_t find(uint64_t id, const IdOf& idOf) const {
        const uint32_t h = hashOf(id);
        const size_t mask = m_buckets.size() - 1;
        size_t pos = home(h);
        while (true) {
            const Bucket& b = m_buckets[pos];
            if (b.slot == kNoSlot || (b.hash == h && idOf(b.slot) == id)) {
                return b.slot;
            }
            pos = (pos + 1) & mask;
        }
    }

    void insert(uint64_t id, uint32_t slot) {
        if ((m_size + 1) * 10 > m_buckets.size() * 7) {
            std::vector<Bucket> old(m_buckets.size() * 2);
            old.swap(m_buckets);
            --m_shift;
            for (const Bucket& b : old) {
                if (b.slot != kNoSlot) {
                    place(b);
                }
            }
        }
        place(Bucket{slot, hashOf(id)});
        ++m_size;
    }

    template <class IdOf>
    void erase(uint64_t id, const IdOf& idOf) {
        const uint32_t h = hashOf(id);
        const size_t mask = m_buckets.size() - 1;
        size_t hole = home(h);
        uint64_t steps = 1;
        while (!holds(m_buckets[hole], id, h, idOf)) {
            hole = (hole + 1) & mask;
            ++steps;
        }
        size_t pos = hole;
        while (true) {
            pos = (pos + 1) & mask;
            ++steps;
            const Bucket b = m_buckets[pos];
            if (b.slot == kNoSlot) {
                break;
            }
            const size_t from = home(b.hash);
            // The entry at `pos` may fill the hole unless its home lies cyclically in (hole, pos].
            if (((pos - from) & mask) >= ((pos - hole) & mask)) {
                m_buckets[hole] = b;
                hole = pos;
            }
        }
        m_buckets[hole] = Bucket{};
        --m_size;
        ++m_probes.erases;
        m_probes.eraseSteps += steps;
    }

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_buckets.capacity() * sizeof(Bucket); }
    // Buckets visited by erase() so far (finding the entry, then shifting its run back).
    const IndexProbes& probes() const { return m_probes; }

private:
    static constexpr unsigned kInitialBits = 6;
    static constexpr size_t kInitialCapacity = size_t{1} << kInitialBits;

    // Each bucket keeps its id's hash next to the slot, so that growing the index and shifting
    // entries back in erase() need not read the flow of every entry they move: a cache miss
    // each, in no order, which was 1.5 % of all samples of `flows --read` on 100,000 flows.
    struct Bucket {
        uint32_t slot = kNoSlot;
        uint32_t hash = 0;
    };

    // Knuth's multiplicative hash: the top 32 bits of id * 2^64 / phi; the top bits of those
    // give the home bucket.
    static uint32_t hashOf(uint64_t id) { return uint32_t((id * 0x9e3779b97f4a7c15ull) >> 32); }
    size_t home(uint32_t hash) const { return size_t(hash >> m_shift); }

    template <class IdOf>
    static bool holds(const Bucket& b, uint64_t id, uint32_t hash, const IdOf& idOf) {
        return b.slot != kNoSlot && b.hash == hash && idOf(b.slot) == id;
    }

    void place(const Bucket& entry) {
        const size_t mask = m_buckets.size() - 1;
        size_t pos = home(entry.hash);
        while (m_buckets[pos].slot != kNoSlot) {
            pos = (pos + 1) & mask;
        }
        m_buckets[pos] = entry;
    }

    std::vector<Bucket> m_buckets;
    unsigned m_shift;  // 32 - log2(bucket count)
    size_t m_size = 0;
    IndexProbes m_probes;
};

}  // namespace flowscope
