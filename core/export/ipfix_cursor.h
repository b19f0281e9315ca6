// A bounds-checked reader over untrusted bytes, in the spirit of tcpdump's GET_* macros:
// every read returns false when the bytes are not there, and is [[nodiscard]], so a read
// whose result is not checked does not compile (-Werror). On failure nothing is consumed.
#pragma once

#include <cstddef>
#include <cstdint>

namespace flowscope::ipfix {

class Cursor {
public:
    Cursor(const uint8_t* data, size_t size) : m_p(data), m_left(size) {}

    [[nodiscard]] bool u8(uint8_t& out) {
        if (m_left < 1) {
            return false;
        }
        out = m_p[0];
        advance(1);
        return true;
    }
    [[nodiscard]] bool u16(uint16_t& out) {
        if (m_left < 2) {
            return false;
        }
        out = static_cast<uint16_t>((m_p[0] << 8) | m_p[1]);
        advance(2);
        return true;
    }
    [[nodiscard]] bool u32(uint32_t& out) {
        if (m_left < 4) {
            return false;
        }
        out =
            (uint32_t{m_p[0]} << 24) | (uint32_t{m_p[1]} << 16) | (uint32_t{m_p[2]} << 8) | m_p[3];
        advance(4);
        return true;
    }
    // A view of the next `size` bytes, consumed.
    [[nodiscard]] bool take(size_t size, const uint8_t*& out) {
        if (m_left < size) {
            return false;
        }
        out = m_p;
        advance(size);
        return true;
    }
    // A sub-cursor over the next `size` bytes, consumed from this one.
    [[nodiscard]] bool sub(size_t size, Cursor& out) {
        const uint8_t* p = nullptr;
        if (!take(size, p)) {
            return false;
        }
        out = Cursor(p, size);
        return true;
    }
    size_t left() const { return m_left; }

private:
    void advance(size_t n) {
        m_p += n;
        m_left -= n;
    }
    const uint8_t* m_p;
    size_t m_left;
};

}  // namespace flowscope::ipfix
