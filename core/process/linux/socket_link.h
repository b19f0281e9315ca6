// The inode of a socket from the target of its /proc/<pid>/fd link, for both ways of reading
// descriptors (the walk and the iterator's check).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace flowscope::linuxproc {

// "socket:[12345]" -> 12345.
inline bool socketInodeOfLink(const char* link, size_t length, uint64_t& inode) {
    static constexpr char kPrefix[] = "socket:[";
    constexpr size_t kPrefixLength = sizeof kPrefix - 1;
    if (length < kPrefixLength + 2 || std::memcmp(link, kPrefix, kPrefixLength) != 0 ||
        link[length - 1] != ']') {
        return false;
    }
    uint64_t v = 0;
    for (size_t i = kPrefixLength; i + 1 < length; ++i) {
        if (link[i] < '0' || link[i] > '9') {
            return false;
        }
        v = v * 10 + uint64_t(link[i] - '0');
    }
    inode = v;
    return true;
}

}  // namespace flowscope::linuxproc
