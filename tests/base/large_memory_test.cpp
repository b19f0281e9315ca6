#include "core/base/large_memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using flowscope::allocateLarge;
using flowscope::freeLarge;
using flowscope::kLargeBlockAlignment;
using flowscope::LargeAllocator;

namespace {

#if defined(__linux__)
// The VmFlags line of the mapping in /proc/self/smaps that holds `p` ("" if none does).
std::string vmFlagsOf(const void* p) {
    const auto address = reinterpret_cast<uintptr_t>(p);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        uintptr_t from = 0;
        uintptr_t to = 0;
        char dash = 0;
        std::istringstream head(line);
        if (head >> std::hex >> from >> dash >> to && dash == '-') {
            inside = from <= address && address < to;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            return line;
        }
    }
    return "";
}
#endif

}  // namespace

TEST(LargeMemory, ABlockOfAHugePageOrMoreIsAlignedWritableAndAdvised) {
    const size_t bytes = kLargeBlockAlignment * 3 + 12345;
    auto* p = static_cast<unsigned char*>(allocateLarge(bytes));
    ASSERT_NE(p, nullptr);
    std::memset(p, 0xab, bytes);
    EXPECT_EQ(p[0], 0xab);
    EXPECT_EQ(p[bytes - 1], 0xab);
#if defined(__linux__)
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % kLargeBlockAlignment, 0u);
    // "hg": madvise(MADV_HUGEPAGE) was taken for the whole block, its last byte included.
    EXPECT_NE(vmFlagsOf(p).find(" hg"), std::string::npos) << vmFlagsOf(p);
    EXPECT_NE(vmFlagsOf(p + bytes - 1).find(" hg"), std::string::npos);
#endif
    freeLarge(p, bytes);
#if defined(__linux__)
    EXPECT_EQ(vmFlagsOf(p), "") << "the block is unmapped";
#endif
}

TEST(LargeMemory, ASmallBlockIsOrdinaryMemory) {
    auto* p = static_cast<char*>(allocateLarge(100));
    std::memset(p, 1, 100);
    freeLarge(p, 100);
    freeLarge(nullptr, kLargeBlockAlignment);  // like delete of null: nothing
}

TEST(LargeMemory, AVectorKeepsItsValuesAcrossTheThresholdBothWays) {
    std::vector<uint32_t, LargeAllocator<uint32_t>> v;
    const size_t large = kLargeBlockAlignment / sizeof(uint32_t) * 2;
    for (uint32_t i = 0; i < large; ++i) {
        v.push_back(i * 7);
    }
    EXPECT_EQ(v[large - 1], uint32_t(large - 1) * 7);
    v.resize(10);
    v.shrink_to_fit();  // back below the threshold: operator new again
    EXPECT_EQ(v[9], 63u);
    std::vector<uint32_t, LargeAllocator<uint32_t>> copy(v);
    EXPECT_EQ(copy, v);
}
