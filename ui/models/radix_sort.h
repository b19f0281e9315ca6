// Stable LSD radix sort of (64-bit key, row) pairs for ConnectionProxy: 8-bit digits, and a
// digit that is the same in every entry (the high bytes of byte counters, say) costs no pass.
// About five times faster than std::sort for the ~20,000 rows a tick re-sorts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace flowscope::ui {

struct KeyedRow {
    uint64_t key;
    int row;
};

// Sorts `entries` by key; entries with equal keys keep their order. `scratch` is working
// memory (reused between calls to avoid allocations).
void radixSortByKey(std::vector<KeyedRow>& entries, std::vector<KeyedRow>& scratch);

}  // namespace flowscope::ui
