// Text appended to a std::string through a local buffer. Printing 100,000 flows made a few dozen
// appends per flow, each with the string's capacity check, length update and terminator;
// here a piece is a copy into the buffer, and the string gets the buffer when it fills.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/base/ip_address.h"

namespace flowscope::cli {

class BufferedText {
public:
    static constexpr size_t kBytes = 4096;

    explicit BufferedText(std::string& out) : m_out(out) {}
    ~BufferedText() { flush(); }
    BufferedText(const BufferedText&) = delete;
    BufferedText& operator=(const BufferedText&) = delete;

    // Hands what is buffered to the string, and returns it for what is appended to it directly.
    std::string& flush() {
        m_out.append(m_buffer, size_t(m_end - m_buffer));
        m_end = m_buffer;
        return m_out;
    }

    // Copies all `Capacity` bytes of `text` and keeps `size` of them: a copy of fixed size is a
    // few vector moves, one of a size known only at run time a call.
    template <size_t Capacity>
    void putFixed(const char (&text)[Capacity], size_t size) {
        room(Capacity);
        std::memcpy(m_end, text, Capacity);
        m_end += size;
    }
    // Text of any length.
    void put(std::string_view text) {
        if (text.size() > kBytes) {
            flush().append(text);
            return;
        }
        room(text.size());
        std::memcpy(m_end, text.data(), text.size());
        m_end += text.size();
    }
    void put(char c) {
        room(1);
        *m_end++ = c;
    }
    void putNumber(uint64_t n) {
        room(20);
        m_end = std::to_chars(m_end, m_end + 20, n).ptr;
    }
    void putAddress(const IpAddress& a) {
        room(IpAddress::kMaxTextLength);
        m_end = a.write(m_end);
    }

private:
    // At least `bytes` (at most kBytes) free in the buffer.
    void room(size_t bytes) {
        if (size_t(m_buffer + kBytes - m_end) < bytes) {
            flush();
        }
    }

    std::string& m_out;
    char m_buffer[kBytes];
    char* m_end = m_buffer;
};

}  // namespace flowscope::cli
