#include "core/base/large_memory.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace flowscope {

#if defined(__linux__)

namespace {
size_t roundUp(size_t bytes) {
    return (bytes + kLargeBlockAlignment - 1) & ~(kLargeBlockAlignment - 1);
}
}  // namespace

void* allocateLarge(size_t bytes) {
    if (bytes < kLargeBlockAlignment) {
        return ::operator new(bytes);
    }
    // mmap aligns to 4 KiB only: map one huge page more and give back the ends around the
    // aligned block.
    const size_t size = roundUp(bytes);
    void* mapped = mmap(nullptr, size + kLargeBlockAlignment, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) {
        throw std::bad_alloc();
    }
    const auto start = reinterpret_cast<uintptr_t>(mapped);
    const uintptr_t aligned = (start + kLargeBlockAlignment - 1) & ~(kLargeBlockAlignment - 1);
    if (aligned > start) {
        munmap(mapped, aligned - start);
    }
    const uintptr_t tail = aligned + size;
    if (const size_t after = start + size + kLargeBlockAlignment - tail; after > 0) {
        munmap(reinterpret_cast<void*>(tail), after);
    }
    void* block = reinterpret_cast<void*>(aligned);
    // Advice only: a kernel without THP (or with it off) leaves 4 KiB pages, which work.
    madvise(block, size, MADV_HUGEPAGE);
    return block;
}

void freeLarge(void* p, size_t bytes) noexcept {
    if (p == nullptr) {
        return;
    }
    if (bytes < kLargeBlockAlignment) {
        ::operator delete(p);
        return;
    }
    munmap(p, roundUp(bytes));
}

#else

void* allocateLarge(size_t bytes) {
    return ::operator new(bytes);
}

void freeLarge(void* p, size_t) noexcept {
    ::operator delete(p);
}

#endif

}  // namespace flowscope
