#include "ui/models/flow_row_index.h"

#include <algorithm>

namespace flowscope::ui {

namespace {

constexpr size_t kMinCapacity = 64;

// Ids are sequential: a multiplicative mix spreads neighbours over the table.
inline uint64_t mix(uint64_t id) {
    id ^= id >> 31;
    id *= 0x9e3779b97f4a7c15ull;
    return id ^ (id >> 29);
}

}  // namespace

FlowRowIndex::FlowRowIndex() {
    grow(kMinCapacity);
}

size_t FlowRowIndex::slotOf(uint64_t id) const {
    return static_cast<size_t>(mix(id)) & m_mask;
}

int FlowRowIndex::find(uint64_t id) const {
    if (id == kEmpty) {
        return m_hasEmptyId ? m_emptyIdRow : -1;
    }
    for (size_t i = slotOf(id);; i = (i + 1) & m_mask) {
        const Slot& slot = m_slots[i];
        if (slot.id == id) {
            return slot.row;
        }
        if (slot.id == kEmpty) {
            return -1;
        }
    }
}

void FlowRowIndex::prefetch(uint64_t id) const {
    __builtin_prefetch(&m_slots[slotOf(id)]);
}

void FlowRowIndex::set(uint64_t id, int row) {
    if (id == kEmpty) {
        m_size += m_hasEmptyId ? 0 : 1;
        m_hasEmptyId = true;
        m_emptyIdRow = row;
        return;
    }
    // At most 3/4 full keeps the probe runs short.
    if (size_t(m_size + 1) * 4 > m_slots.size() * 3) {
        grow(m_slots.size() * 2);
    }
    for (size_t i = slotOf(id);; i = (i + 1) & m_mask) {
        Slot& slot = m_slots[i];
        if (slot.id == id) {
            slot.row = row;
            return;
        }
        if (slot.id == kEmpty) {
            slot = {id, row};
            ++m_size;
            return;
        }
    }
}

void FlowRowIndex::erase(uint64_t id) {
    if (id == kEmpty) {
        m_size -= m_hasEmptyId ? 1 : 0;
        m_hasEmptyId = false;
        return;
    }
    size_t hole = slotOf(id);
    while (m_slots[hole].id != id) {
        if (m_slots[hole].id == kEmpty) {
            return;
        }
        hole = (hole + 1) & m_mask;
    }
    // Backward-shift deletion: move later entries of the probe run into the hole when their
    // home slot does not lie (cyclically) between the hole and their position.
    for (size_t i = (hole + 1) & m_mask; m_slots[i].id != kEmpty; i = (i + 1) & m_mask) {
        const size_t home = slotOf(m_slots[i].id);
        const bool homeInRange =
            hole <= i ? (hole < home && home <= i) : (hole < home || home <= i);
        if (!homeInRange) {
            m_slots[hole] = m_slots[i];
            hole = i;
        }
    }
    m_slots[hole].id = kEmpty;
    --m_size;
}

void FlowRowIndex::reserve(int count) {
    size_t capacity = m_slots.size();
    while (size_t(std::max(count, 0)) * 4 > capacity * 3) {
        capacity *= 2;
    }
    if (capacity != m_slots.size()) {
        grow(capacity);
    }
}

void FlowRowIndex::clear() {
    m_slots.assign(kMinCapacity, Slot{kEmpty, -1});
    m_mask = kMinCapacity - 1;
    m_size = 0;
    m_hasEmptyId = false;
}

void FlowRowIndex::grow(size_t capacity) {
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{kEmpty, -1});
    m_mask = capacity - 1;
    for (const Slot& slot : old) {
        if (slot.id != kEmpty) {
            size_t i = slotOf(slot.id);
            while (m_slots[i].id != kEmpty) {
                i = (i + 1) & m_mask;
            }
            m_slots[i] = slot;
        }
    }
}

}  // namespace flowscope::ui
