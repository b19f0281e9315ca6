// A grow-only hash map for aggregates: entries live in a std::deque, so references to them
// stay valid forever (FlowTable keeps a pointer to its host and service entries), and the
// index is a flat open-addressing table of (hash, entry number), so an insert costs one
// allocation-free probe instead of std::unordered_map's node allocation and rehash walks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <utility>
#include <vector>

namespace flowscope {

template <class Key, class Value, class Hash>
class StableMap {
public:
    using Entry = std::pair<const Key, Value>;

    StableMap() : m_index(kInitialBuckets), m_mask(kInitialBuckets - 1) {}

    Value& operator[](const Key& key) {
        const uint32_t h = hashOf(key);
        size_t pos = h & m_mask;
        while (m_index[pos].entry != kEmpty) {
            const Bucket& b = m_index[pos];
            if (b.hash == h && m_entries[b.entry].first == key) {
                return m_entries[b.entry].second;
            }
            pos = (pos + 1) & m_mask;
        }
        m_index[pos] = Bucket{uint32_t(m_entries.size()), h};
        m_entries.emplace_back(key, Value{});
        Value& value = m_entries.back().second;
        if (m_entries.size() * 10 > m_index.size() * 7) {
            grow();
        }
        return value;
    }

    const Value* find(const Key& key) const {
        const uint32_t h = hashOf(key);
        for (size_t pos = h & m_mask; m_index[pos].entry != kEmpty; pos = (pos + 1) & m_mask) {
            const Bucket& b = m_index[pos];
            if (b.hash == h && m_entries[b.entry].first == key) {
                return &m_entries[b.entry].second;
            }
        }
        return nullptr;
    }
    size_t count(const Key& key) const { return find(key) != nullptr ? 1 : 0; }
    const Value& at(const Key& key) const {
        const Value* v = find(key);
        if (v == nullptr) {
            throw std::out_of_range("StableMap::at");
        }
        return *v;
    }

    size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    auto begin() const { return m_entries.begin(); }
    auto end() const { return m_entries.end(); }
    size_t memoryBytes() const {
        return m_index.capacity() * sizeof(Bucket) + m_entries.size() * sizeof(Entry);
    }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    static constexpr size_t kInitialBuckets = 64;
    struct Bucket {
        uint32_t entry = kEmpty;
        uint32_t hash = 0;
    };

    static uint32_t hashOf(const Key& key) {
        uint64_t h = uint64_t(Hash{}(key));
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        return uint32_t(h);
    }

    void grow() {
        std::vector<Bucket> bigger(m_index.size() * 2);
        const size_t mask = bigger.size() - 1;
        for (const Bucket& b : m_index) {
            if (b.entry != kEmpty) {
                size_t pos = b.hash & mask;
                while (bigger[pos].entry != kEmpty) {
                    pos = (pos + 1) & mask;
                }
                bigger[pos] = b;
            }
        }
        m_index.swap(bigger);
        m_mask = mask;
    }

    std::deque<Entry> m_entries;
    std::vector<Bucket> m_index;
    size_t m_mask;
};

}  // namespace flowscope
