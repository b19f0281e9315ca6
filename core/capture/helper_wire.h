// What the capture helper's encoders and decoders share (helper_protocol.cpp,
// helper_phrase.cpp): little-endian writers, and the HP_GET_* macros through which every field
// read goes, so that a short read leaves the calling decoder at once (with `why` set).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#define HP_GET_U8(r, v, what)      \
    do {                           \
        if (!(r).u8(v)) {          \
            why = truncated(what); \
            return false;          \
        }                          \
    } while (0)
#define HP_GET_U32(r, v, what)     \
    do {                           \
        if (!(r).u32(v)) {         \
            why = truncated(what); \
            return false;          \
        }                          \
    } while (0)
#define HP_GET_U64(r, v, what)     \
    do {                           \
        if (!(r).u64(v)) {         \
            why = truncated(what); \
            return false;          \
        }                          \
    } while (0)
#define HP_GET_BYTES(r, n, v, what) \
    do {                            \
        if (!(r).bytes(n, v)) {     \
            why = truncated(what);  \
            return false;           \
        }                           \
    } while (0)
#define HP_GET_REST(r, v, what)    \
    do {                           \
        if (!(r).rest(v)) {        \
            why = truncated(what); \
            return false;          \
        }                          \
    } while (0)

namespace flowscope::helper {

inline std::string truncated(const char* what) {
    return std::string("a message ends before its ") + what;
}

inline void putU32(std::vector<uint8_t>& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
    }
}

inline void putU64(std::vector<uint8_t>& out, uint64_t v) {
    for (int i = 0; i < 8; ++i) {
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
    }
}

}  // namespace flowscope::helper
