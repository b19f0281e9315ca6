// Memory for large tables visited in no order, such as the flow table's slots and indexes.
// A frame of a busy capture lands on a random one of 100,000 flows: each visit is a cache
// miss, and with 4 KiB pages also a TLB miss (12.8 MB of flows are 3,200 pages, more than the
// TLB holds). On Linux a block of at least 2 MiB is aligned to 2 MiB and asked to be backed
// by huge pages (madvise MADV_HUGEPAGE, which Debian's default "madvise" THP mode honours),
// so the same flows fit in 7 TLB entries. Elsewhere, or where the kernel says no, it is
// ordinary memory. Pages are given by the kernel on first touch, zeroed.
#pragma once

#include <cstddef>
#include <new>

namespace flowscope {

inline constexpr size_t kLargeBlockAlignment = size_t{2} << 20;  // one x86-64/arm64 huge page

// At least `bytes` bytes; throws std::bad_alloc. Free with freeLarge(p, bytes), same bytes.
void* allocateLarge(size_t bytes);
void freeLarge(void* p, size_t bytes) noexcept;

// For std::vector: blocks from kLargeBlockAlignment up come from allocateLarge(); smaller
// ones from operator new, so small tables cost what they did.
template <class T>
struct LargeAllocator {
    using value_type = T;
    LargeAllocator() = default;
    template <class U>
    LargeAllocator(const LargeAllocator<U>&) noexcept {}

    T* allocate(size_t n) {
        const size_t bytes = n * sizeof(T);
        if (bytes >= kLargeBlockAlignment) {
            return static_cast<T*>(allocateLarge(bytes));
        }
        return static_cast<T*>(::operator new(bytes));
    }
    void deallocate(T* p, size_t n) noexcept {
        const size_t bytes = n * sizeof(T);
        if (bytes >= kLargeBlockAlignment) {
            freeLarge(p, bytes);
        } else {
            ::operator delete(p);
        }
    }
    template <class U>
    bool operator==(const LargeAllocator<U>&) const noexcept {
        return true;
    }
};

}  // namespace flowscope
