// Reads an open file to its end into a growable buffer (std::string or std::vector<uint8_t>),
// doubling it as needed up to `limit` bytes, retrying interrupted reads; the buffer ends at
// the bytes read. For /proc and /sys files, whose size is not known before reading.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace flowscope::linuxproc {

template <class Buffer>
void readToEnd(int fd, Buffer& buffer, size_t initial, size_t limit) {
    buffer.resize(initial);
    size_t used = 0;
    while (true) {
        if (used == buffer.size()) {
            if (buffer.size() >= limit) {
                break;
            }
            buffer.resize(buffer.size() * 2);
        }
        const ssize_t n = ::read(fd, buffer.data() + used, buffer.size() - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        used += size_t(n);
    }
    buffer.resize(used);
}

}  // namespace flowscope::linuxproc
