// Elements in fixed chunks, past the first 2 MiB carved out of 2 MiB blocks of large memory
// (core/base/large_memory.h: huge pages where the system gives them). Growing never copies or
// re-faults what exists, an element's address is stable, and a table visited in no order, such as
// the flow table's slots or the per-host counters at 100,000 flows, misses the TLB less than in
// small allocations. Only grows; the elements are destroyed with the store.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <memory>
#include <vector>

#include "core/base/large_memory.h"

namespace flowscope {

template <class T>
class ChunkedStore {
public:
    ChunkedStore() = default;
    ~ChunkedStore() {
        for (size_t i = 0; i < m_size; ++i) {
            std::destroy_at(&(*this)[i]);
        }
    }
    ChunkedStore(const ChunkedStore&) = delete;
    ChunkedStore& operator=(const ChunkedStore&) = delete;

    T& operator[](size_t i) { return m_chunks[i >> kChunkBits][i & kChunkMask]; }
    const T& operator[](size_t i) const { return m_chunks[i >> kChunkBits][i & kChunkMask]; }
    T& back() { return (*this)[m_size - 1]; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t capacity() const { return m_chunks.size() << kChunkBits; }

    template <class... Args>
    T& emplaceBack(Args&&... args) {
        if (m_size == capacity()) {
            addChunk();
        }
        T* element = &(*this)[m_size];
        std::construct_at(element, std::forward<Args>(args)...);
        ++m_size;
        return *element;
    }

    class ConstIterator {
    public:
        ConstIterator(const ChunkedStore* store, size_t i) : m_store(store), m_i(i) {}
        const T& operator*() const { return (*m_store)[m_i]; }
        const T* operator->() const { return &(*m_store)[m_i]; }
        ConstIterator& operator++() {
            ++m_i;
            return *this;
        }
        bool operator==(const ConstIterator& other) const { return m_i == other.m_i; }

    private:
        const ChunkedStore* m_store;
        size_t m_i;
    };
    ConstIterator begin() const { return {this, 0}; }
    ConstIterator end() const { return {this, m_size}; }

private:
    // At most 64 KiB a chunk, a power of two of elements so that indexing is a shift and a
    // mask; a block holds whole chunks (what is left at its end, under one chunk, stays unused:
    // 0.4 % for the flow table's 160-byte slots).
    static constexpr size_t kChunkBits =
        std::bit_width(std::max<size_t>(1, (size_t{64} << 10) / sizeof(T))) - 1;
    static constexpr size_t kChunkSize = size_t{1} << kChunkBits;
    static constexpr size_t kChunkMask = kChunkSize - 1;
    static constexpr size_t kChunksPerBlock = kLargeBlockAlignment / (kChunkSize * sizeof(T));
    static_assert(kChunksPerBlock >= 1, "an element larger than 32 KiB");
    static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);

    // The first 2 MiB of chunks are allocated one by one, so that a small table costs what it
    // holds; from then on a chunk is carved out of a 2 MiB block of large memory.
    void addChunk() {
        const size_t count = m_chunks.size();
        roomForOneMore(m_chunks);
        if (count < kChunksPerBlock) {
            m_chunks.push_back(static_cast<T*>(takeBlock(kChunkSize * sizeof(T))));
            return;
        }
        const size_t inBlock = count % kChunksPerBlock;
        if (inBlock == 0) {
            takeBlock(kLargeBlockAlignment);
        }
        m_chunks.push_back(static_cast<T*>(m_blocks.back().get()) + inBlock * kChunkSize);
    }

    // Growing first, so that the push_back after an allocation cannot throw and lose it.
    template <class V>
    static void roomForOneMore(V& v) {
        if (v.size() == v.capacity()) {
            v.reserve(std::max<size_t>(8, 2 * v.capacity()));
        }
    }

    struct BlockFree {
        size_t bytes = 0;
        void operator()(void* p) const noexcept { freeLarge(p, bytes); }
    };
    using Block = std::unique_ptr<void, BlockFree>;
    void* takeBlock(size_t bytes) {
        roomForOneMore(m_blocks);
        m_blocks.push_back(Block(allocateLarge(bytes), BlockFree{bytes}));
        return m_blocks.back().get();
    }

    std::vector<Block> m_blocks;
    std::vector<T*> m_chunks;  // kChunkSize elements each, the first m_size constructed
    size_t m_size = 0;
};

}  // namespace flowscope
