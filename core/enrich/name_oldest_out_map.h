// A map with a size cap that forgets the entry updated longest ago (private to core/enrich).
#pragma once

#include <cstddef>
#include <list>
#include <unordered_map>
#include <utility>

namespace flowscope::enrich_internal {

template <class K, class V, class Hash>
class OldestOutMap {
public:
    explicit OldestOutMap(size_t capacity) : m_capacity(capacity == 0 ? 1 : capacity) {}

    const V* find(const K& key) const {
        auto it = m_index.find(key);
        return it == m_index.end() ? nullptr : &it->second->second;
    }
    V* find(const K& key) {
        auto it = m_index.find(key);
        return it == m_index.end() ? nullptr : &it->second->second;
    }
    // Inserts or replaces, making the entry the newest. Returns the number of entries evicted
    // (0 or 1).
    size_t put(const K& key, V value) {
        if (auto it = m_index.find(key); it != m_index.end()) {
            it->second->second = std::move(value);
            m_order.splice(m_order.end(), m_order, it->second);
            return 0;
        }
        m_order.emplace_back(key, std::move(value));
        m_index.emplace(key, std::prev(m_order.end()));
        if (m_order.size() > m_capacity) {
            m_index.erase(m_order.front().first);
            m_order.pop_front();
            return 1;
        }
        return 0;
    }
    bool erase(const K& key) {
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            return false;
        }
        m_order.erase(it->second);
        m_index.erase(it);
        return true;
    }
    size_t size() const { return m_order.size(); }
    bool empty() const { return m_order.empty(); }
    size_t capacity() const { return m_capacity; }
    // Oldest first.
    const std::list<std::pair<K, V>>& entries() const { return m_order; }
    // Drops the oldest entries while `pred(key, value)` holds; returns how many.
    template <class Pred>
    size_t dropOldestWhile(Pred pred) {
        size_t n = 0;
        while (!m_order.empty() && pred(m_order.front().first, m_order.front().second)) {
            m_index.erase(m_order.front().first);
            m_order.pop_front();
            ++n;
        }
        return n;
    }

private:
    using List = std::list<std::pair<K, V>>;
    size_t m_capacity;
    List m_order;
    std::unordered_map<K, typename List::iterator, Hash> m_index;
};

}  // namespace flowscope::enrich_internal
