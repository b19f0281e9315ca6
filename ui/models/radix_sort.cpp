#include "ui/models/radix_sort.h"

#include <algorithm>
#include <array>

namespace flowscope::ui {

void radixSortByKey(std::vector<KeyedRow>& entries, std::vector<KeyedRow>& scratch) {
    constexpr int kDigits = 8;
    constexpr size_t kSmall = 64;  // below this, std::stable_sort is cheaper
    const size_t count = entries.size();
    const auto byKey = [](const KeyedRow& a, const KeyedRow& b) { return a.key < b.key; };
    if (count < kSmall) {
        std::stable_sort(entries.begin(), entries.end(), byKey);
        return;
    }
    // One pass for every digit's histogram.
    std::array<std::array<uint32_t, 256>, kDigits> histogram{};
    for (const KeyedRow& e : entries) {
        for (int d = 0; d < kDigits; ++d) {
            ++histogram[static_cast<size_t>(d)][(e.key >> (8 * d)) & 0xff];
        }
    }
    scratch.resize(count);
    KeyedRow* from = entries.data();
    KeyedRow* to = scratch.data();
    for (int d = 0; d < kDigits; ++d) {
        auto& counts = histogram[static_cast<size_t>(d)];
        const uint64_t digitOfFirst = (from[0].key >> (8 * d)) & 0xff;
        if (counts[digitOfFirst] == count) {
            continue;  // every entry has this digit: the pass would not move anything
        }
        uint32_t offset = 0;
        for (uint32_t& c : counts) {
            const uint32_t n = c;
            c = offset;
            offset += n;
        }
        for (size_t i = 0; i < count; ++i) {
            const KeyedRow& e = from[i];
            to[counts[(e.key >> (8 * d)) & 0xff]++] = e;
        }
        std::swap(from, to);
    }
    if (from != entries.data()) {
        std::copy(from, from + count, entries.data());
    }
}

}  // namespace flowscope::ui
