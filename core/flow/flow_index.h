// Private: open-addressing hash indexes of uint32 slot numbers into the flow table's slot
// vector. Linear probing, growth at 0.7 load, tombstone-free deletion by backward shift.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace flowscope {

inline constexpr uint32_t kNoSlot = UINT32_MAX;

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
    // The key must not be present.
    void insert(uint32_t hash, uint32_t slot);
    // Removes the entry (hash, slot); it must be present.
    void erase(uint32_t hash, uint32_t slot);

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_buckets.capacity() * sizeof(Bucket); }

private:
    struct Bucket {
        uint32_t slot = kNoSlot;
        uint32_t hash = 0;
    };
    void grow();

    std::vector<Bucket> m_buckets;
    size_t m_mask = 0;
    size_t m_size = 0;
};

// Flow id -> slot, 4 bytes a bucket. Ids are sequential, so the id's low bits are a perfect
// home bucket; the id of an occupied bucket is read back from the slot (`idOf(slot)`).
class IdIndex {
public:
    IdIndex() : m_buckets(kInitialCapacity, kNoSlot), m_mask(kInitialCapacity - 1) {}

    template <class IdOf>
    uint32_t find(uint64_t id, const IdOf& idOf) const {
        size_t pos = size_t(id) & m_mask;
        while (true) {
            const uint32_t slot = m_buckets[pos];
            if (slot == kNoSlot || idOf(slot) == id) {
                return slot;
            }
            pos = (pos + 1) & m_mask;
        }
    }

    template <class IdOf>
    void insert(uint64_t id, uint32_t slot, const IdOf& idOf) {
        if ((m_size + 1) * 10 > m_buckets.size() * 7) {
            std::vector<uint32_t> old(m_buckets.size() * 2, kNoSlot);
            old.swap(m_buckets);
            m_mask = m_buckets.size() - 1;
            for (uint32_t s : old) {
                if (s != kNoSlot) {
                    place(idOf(s), s);
                }
            }
        }
        place(id, slot);
        ++m_size;
    }

    template <class IdOf>
    void erase(uint64_t id, const IdOf& idOf) {
        size_t hole = size_t(id) & m_mask;
        while (m_buckets[hole] == kNoSlot || idOf(m_buckets[hole]) != id) {
            hole = (hole + 1) & m_mask;
        }
        size_t pos = hole;
        while (true) {
            pos = (pos + 1) & m_mask;
            const uint32_t slot = m_buckets[pos];
            if (slot == kNoSlot) {
                break;
            }
            const size_t home = size_t(idOf(slot)) & m_mask;
            // The entry at `pos` may fill the hole unless its home lies cyclically in (hole, pos].
            if (((pos - home) & m_mask) >= ((pos - hole) & m_mask)) {
                m_buckets[hole] = slot;
                hole = pos;
            }
        }
        m_buckets[hole] = kNoSlot;
        --m_size;
    }

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_buckets.capacity() * sizeof(uint32_t); }

private:
    static constexpr size_t kInitialCapacity = 64;

    void place(uint64_t id, uint32_t slot) {
        size_t pos = size_t(id) & m_mask;
        while (m_buckets[pos] != kNoSlot) {
            pos = (pos + 1) & m_mask;
        }
        m_buckets[pos] = slot;
    }

    std::vector<uint32_t> m_buckets;
    size_t m_mask = 0;
    size_t m_size = 0;
};

}  // namespace flowscope
