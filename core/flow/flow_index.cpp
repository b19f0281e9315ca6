#include "core/flow/flow_index.h"

namespace flowscope {

namespace {
constexpr size_t kInitialBuckets = 64;
}

KeyIndex::KeyIndex() : m_buckets(kInitialBuckets), m_mask(kInitialBuckets - 1) {}

void KeyIndex::insert(uint32_t hash, uint32_t slot) {
    if ((m_size + 1) * 10 > m_buckets.size() * 7) {
        grow();
    }
    size_t pos = hash & m_mask;
    while (m_buckets[pos].slot != kNoSlot) {
        pos = (pos + 1) & m_mask;
    }
    m_buckets[pos] = Bucket{slot, hash};
    ++m_size;
}

bool KeyIndex::eraseIfPresent(uint32_t hash, uint32_t slot) {
    size_t hole = hash & m_mask;
    uint64_t steps = 1;
    while (m_buckets[hole].slot != slot) {
        if (m_buckets[hole].slot == kNoSlot) {
            return false;
        }
        hole = (hole + 1) & m_mask;
        ++steps;
    }
    size_t pos = hole;
    while (true) {
        pos = (pos + 1) & m_mask;
        ++steps;
        const Bucket b = m_buckets[pos];
        if (b.slot == kNoSlot) {
            break;
        }
        const size_t home = b.hash & m_mask;
        // The entry at `pos` may fill the hole unless its home lies cyclically in (hole, pos].
        if (((pos - home) & m_mask) >= ((pos - hole) & m_mask)) {
            m_buckets[hole] = b;
            hole = pos;
        }
    }
    m_buckets[hole] = Bucket{};
    --m_size;
    ++m_probes.erases;
    m_probes.eraseSteps += steps;
    return true;
}

void KeyIndex::grow() {
    std::vector<Bucket> old(m_buckets.size() * 2);
    old.swap(m_buckets);
    m_mask = m_buckets.size() - 1;
    for (const Bucket& b : old) {
        if (b.slot == kNoSlot) {
            continue;
        }
        size_t pos = b.hash & m_mask;
        while (m_buckets[pos].slot != kNoSlot) {
            pos = (pos + 1) & m_mask;
        }
        m_buckets[pos] = b;
    }
}

}  // namespace flowscope
