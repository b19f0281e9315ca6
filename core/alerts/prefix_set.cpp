#include "core/alerts/prefix_set.h"

#include <algorithm>

namespace flowscope {

namespace {

using U128 = PrefixSet::U128;

uint64_t loadBe64(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) {
        v = (v << 8) | p[i];
    }
    return v;
}

uint32_t keyV4(const IpAddress& a) {
    const auto& b = a.bytes();
    return uint32_t(b[0]) << 24 | uint32_t(b[1]) << 16 | uint32_t(b[2]) << 8 | b[3];
}

U128 keyV6(const IpAddress& a) {
    return {loadBe64(a.bytes().data()), loadBe64(a.bytes().data() + 8)};
}

// Last address of a prefix: the start with every bit past the prefix set.
uint32_t lastV4(uint32_t start, int length) {
    // Shifting a 32-bit value by 32 is undefined, hence /32 apart.
    return length == 32 ? start : start | (~uint32_t(0) >> length);
}

U128 lastV6(U128 start, int length) {
    if (length == 0) {
        return {~uint64_t(0), ~uint64_t(0)};
    }
    if (length <= 64) {
        return {start.hi | (length == 64 ? 0 : ~uint64_t(0) >> length), ~uint64_t(0)};
    }
    return {start.hi, start.lo | (length == 128 ? 0 : ~uint64_t(0) >> (length - 64))};
}

constexpr uint32_t kBuckets = 1u << 16;
constexpr size_t kMinRangesForBuckets = 1024;
uint32_t topBits(uint32_t k) {
    return k >> 16;
}
uint32_t topBits(U128 k) {
    return uint32_t(k.hi >> 48);
}

bool isMax(uint32_t k) {
    return k == ~uint32_t(0);
}
bool isMax(U128 k) {
    return k.hi == ~uint64_t(0) && k.lo == ~uint64_t(0);
}
uint32_t next(uint32_t k) {
    return k + 1;
}
uint32_t prev(uint32_t k) {
    return k - 1;
}
U128 next(U128 k) {
    return k.lo == ~uint64_t(0) ? U128{k.hi + 1, 0} : U128{k.hi, k.lo + 1};
}
U128 prev(U128 k) {
    return k.lo == 0 ? U128{k.hi - 1, ~uint64_t(0)} : U128{k.hi, k.lo - 1};
}

template <class Key>
struct Span {
    Key start;
    Key end;
    uint32_t id;
};

template <class Key>
class RangeBuilder {
public:
    explicit RangeBuilder(PrefixSet::Ranges<Key>& out) : m_out(out) {}

    // Spans sorted by start, then by end descending (outer first), then by id.
    void build(const std::vector<Span<Key>>& spans) {
        std::vector<Span<Key>> stack;
        for (const auto& s : spans) {
            while (!stack.empty() && stack.back().end < s.start) {
                close(stack.back());
                stack.pop_back();
            }
            if (!stack.empty() && stack.back().start == s.start && stack.back().end == s.end) {
                continue;  // duplicate: the earlier (smaller) id stays
            }
            if (!stack.empty() && m_pos < s.start) {
                emit(m_pos, prev(s.start), stack.back().id);
            }
            stack.push_back(s);
            m_pos = s.start;
        }
        while (!stack.empty()) {
            close(stack.back());
            stack.pop_back();
        }
    }

private:
    // The innermost open span ends: the rest of it (from m_pos) is its range.
    void close(const Span<Key>& s) {
        if (m_exhausted || s.end < m_pos) {
            return;
        }
        emit(m_pos, s.end, s.id);
        if (isMax(s.end)) {
            m_exhausted = true;
        } else {
            m_pos = next(s.end);
        }
    }

    void emit(Key from, Key to, uint32_t id) {
        if (!m_out.ids.empty() && m_out.ids.back() == id && next(m_out.ends.back()) == from) {
            m_out.ends.back() = to;
            return;
        }
        m_out.starts.push_back(from);
        m_out.ends.push_back(to);
        m_out.ids.push_back(id);
    }

    PrefixSet::Ranges<Key>& m_out;
    Key m_pos{};
    bool m_exhausted = false;
};

template <class Key>
void buildRanges(std::vector<Span<Key>>& spans, PrefixSet::Ranges<Key>& out) {
    std::sort(spans.begin(), spans.end(), [](const Span<Key>& a, const Span<Key>& b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.end != b.end) {
            return b.end < a.end;
        }
        return a.id < b.id;
    });
    RangeBuilder<Key>(out).build(spans);
    // A short list is searched whole: the table would cost more to fill than it saves.
    if (out.starts.size() >= kMinRangesForBuckets) {
        out.bucket.assign(kBuckets + 1, uint32_t(out.starts.size()));
        uint32_t filled = 0;  // buckets [0, filled) are set
        for (size_t i = 0; i < out.starts.size(); ++i) {
            const uint32_t top = topBits(out.starts[i]);
            if (top >= filled) {
                std::fill(out.bucket.begin() + filled, out.bucket.begin() + top + 1, uint32_t(i));
                filled = top + 1;
            }
        }
    }
    out.starts.shrink_to_fit();
    out.ends.shrink_to_fit();
    out.ids.shrink_to_fit();
}

template <class Key>
std::optional<uint32_t> findIn(const PrefixSet::Ranges<Key>& r, Key key) {
    auto first = r.starts.begin();
    auto last = r.starts.end();
    if (!r.bucket.empty()) {
        // Every start before bucket[b] is below the bucket, every start from bucket[b + 1] on
        // is above it, so the search in between finds the same place as one over all starts.
        const uint32_t b = topBits(key);
        first = r.starts.begin() + r.bucket[b];
        last = r.starts.begin() + r.bucket[b + 1];
    }
    const auto it = std::upper_bound(first, last, key);
    if (it == r.starts.begin()) {
        return std::nullopt;
    }
    const size_t i = size_t(it - r.starts.begin()) - 1;
    if (r.ends[i] < key) {
        return std::nullopt;
    }
    return r.ids[i];
}

}  // namespace

PrefixSet::PrefixSet(std::vector<PrefixEntry> entries) {
    std::vector<Span<uint32_t>> v4;
    std::vector<Span<U128>> v6;
    for (const auto& e : entries) {
        if (e.network.isV4() && e.prefixLength <= 32) {
            const uint32_t start = keyV4(e.network);
            v4.push_back({start, lastV4(start, e.prefixLength), e.id});
        } else if (e.network.isV6() && e.prefixLength <= 128) {
            const U128 start = keyV6(e.network);
            v6.push_back({start, lastV6(start, e.prefixLength), e.id});
        }
    }
    entries.clear();
    entries.shrink_to_fit();
    buildRanges(v4, m_v4);
    buildRanges(v6, m_v6);
}

std::optional<uint32_t> PrefixSet::find(const IpAddress& address) const {
    if (address.isV4()) {
        return findIn(m_v4, keyV4(address));
    }
    if (address.isV6()) {
        return findIn(m_v6, keyV6(address));
    }
    return std::nullopt;
}

size_t PrefixSet::memoryBytes() const {
    return (m_v4.starts.capacity() + m_v4.ends.capacity()) * sizeof(uint32_t) +
           (m_v6.starts.capacity() + m_v6.ends.capacity()) * sizeof(U128) +
           (m_v4.ids.capacity() + m_v6.ids.capacity() + m_v4.bucket.capacity() +
            m_v6.bucket.capacity()) *
               sizeof(uint32_t);
}

}  // namespace flowscope
