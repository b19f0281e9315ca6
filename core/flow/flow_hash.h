// Private: the 64-bit mixing primitives behind FlowKey::hash() (wyhash-style multiply-fold).
#pragma once

#include <cstdint>

namespace flowscope::hashmix {

inline constexpr uint64_t kSecret[6] = {
    0xa0761d6478bd642full, 0xe7037ed1a0b428dbull, 0x8ebc6af09c88c6e3ull,
    0x589965cc75374cc3ull, 0x1d8e4e27c47d124full, 0x9e3779b97f4a7c15ull,
};

// 64x64 -> 128-bit multiply, folded: every input bit reaches every output bit.
inline uint64_t mum(uint64_t x, uint64_t y) {
    __extension__ using U128 = unsigned __int128;
    const U128 r = U128(x) * y;
    return uint64_t(r) ^ uint64_t(r >> 64);
}

// Murmur3's 64-bit finalizer: full avalanche, so a change in any input bit of the last
// mum() (whose other operand may be constant) flips about half of the output bits.
inline uint64_t avalanche(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

// A well-spread 32-bit value of a 64-bit hash, for the open-addressing index.
inline uint32_t fold32(uint64_t h) {
    return uint32_t(h ^ (h >> 32));
}

}  // namespace flowscope::hashmix
