// Flow id -> model row, for ConnectionModel's per-tick lookups: an open-addressing table
// (linear probing, one 16-byte slot holding id and row), so a lookup costs one cache miss
// instead of QHash's two (span offsets, then the node), and the next lookups can be
// prefetched while this one is served.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace flowscope::ui {

class FlowRowIndex {
public:
    FlowRowIndex();

    int find(uint64_t id) const;       // the row, or -1
    void set(uint64_t id, int row);    // inserts or overwrites
    void erase(uint64_t id);           // no-op if absent
    void prefetch(uint64_t id) const;  // hint: find(id) comes soon
    void reserve(int count);           // room for `count` ids without growing
    void clear();
    int size() const { return m_size; }

private:
    struct Slot {
        uint64_t id;  // kEmpty when free
        int row;
    };
    static constexpr uint64_t kEmpty = ~uint64_t{0};

    size_t slotOf(uint64_t id) const;
    void grow(size_t capacity);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_size = 0;
    // The id kEmpty itself (never produced by the engine) lives outside the table.
    bool m_hasEmptyId = false;
    int m_emptyIdRow = -1;
};

}  // namespace flowscope::ui
