// Private to core/packet: a bounds-checked cursor over one captured frame.
#pragma once

#include <cstddef>
#include <cstdint>

namespace flowscope::packet_internal {

// Positions are offsets from the frame's first byte, so a layer can report where the payload
// starts. `end` never exceeds the captured length; a header's declared length (IPv4 total
// length, IPv6 payload length, ...) may lower it further with limit().
//
// Every read is checked against `end`. A read outside [pos, end) returns 0 without touching
// memory and sets the sticky "overran" state, which nothing clears (tcpdump's GET_* idea).
// A decoder reads the fields of its header and then asks overran() once: a bounds check that
// was forgotten can no longer turn a missing byte into a silent 0. need(n) declares a
// header's size up front in the same way (see there for leaving early on it). has(), fits()
// and skip() are queries: they never set the state.
struct ByteReader {
    // 16 bytes, so that passing a reader by value between layers stays in registers (a larger
    // struct goes through the stack and costs store-forwarding stalls on every packet).
    const uint8_t* frame = nullptr;
    uint32_t pos = 0;
    uint32_t endAndFlags = 0;  // end offset in the low 30 bits; kDeclaredEnd, kOverran

    static constexpr uint32_t kDeclaredEnd = 0x80000000u;
    static constexpr uint32_t kOverran = 0x40000000u;
    static constexpr uint32_t kMaxLength = 0x3fffffffu;

    static ByteReader over(const uint8_t* data, size_t length) {
        const size_t n = data == nullptr ? 0 : (length < kMaxLength ? length : kMaxLength);
        return ByteReader{data, 0, static_cast<uint32_t>(n)};
    }

    size_t end() const { return endAndFlags & kMaxLength; }
    // True while end() is the captured length: running out of bytes means the capture was cut
    // short (truncated, normal). False once a declared length lowered it: running out then
    // means the packet contradicts itself.
    bool endIsCapture() const { return (endAndFlags & kDeclaredEnd) == 0; }
    // True once any read (or need()) asked for bytes outside the readable range.
    [[nodiscard]] bool overran() const { return (endAndFlags & kOverran) != 0; }

    size_t remaining() const { return end() - pos; }
    bool has(size_t n) const { return n <= end() - pos; }
    // True if n bytes starting `at` bytes past pos are inside the readable range.
    bool fits(size_t at, size_t n) const {
        const size_t left = end() - pos;
        return at <= left && n <= left - at;
    }
    // Declares that the header being parsed needs n bytes from pos: sets overran if they are
    // not all there. Returns !overran(). A decoder may leave early on false: the compiler then
    // knows the reads inside those n bytes are in range and drops their own checks (the hot
    // path stays as fast as with has()), while the overran() check after the reads still
    // catches a read beyond the declared size.
    bool need(size_t n) {
        if (!has(n)) {
            endAndFlags |= kOverran;
        }
        return !overran();
    }

    uint8_t u8(size_t at) { return check(at, 1) ? frame[pos + at] : 0; }
    uint16_t be16(size_t at) {
        if (!check(at, 2)) {
            return 0;
        }
        const uint8_t* p = frame + pos + at;
        return static_cast<uint16_t>((p[0] << 8) | p[1]);
    }
    uint16_t le16(size_t at) {
        if (!check(at, 2)) {
            return 0;
        }
        const uint8_t* p = frame + pos + at;
        return static_cast<uint16_t>((p[1] << 8) | p[0]);
    }
    uint32_t be32(size_t at) {
        if (!check(at, 4)) {
            return 0;
        }
        const uint8_t* p = frame + pos + at;
        return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
    }
    uint32_t le32(size_t at) {
        if (!check(at, 4)) {
            return 0;
        }
        const uint8_t* p = frame + pos + at;
        return (uint32_t{p[3]} << 24) | (uint32_t{p[2]} << 16) | (uint32_t{p[1]} << 8) | p[0];
    }
    // Pointer to n readable bytes `at` past pos, or nullptr (and overran) if they are not all
    // there.
    const uint8_t* ptr(size_t at, size_t n) { return check(at, n) ? frame + pos + at : nullptr; }

    // Advances by n bytes if they are all there; otherwise leaves the cursor unchanged.
    bool skip(size_t n) {
        if (!has(n)) {
            return false;
        }
        pos += static_cast<uint32_t>(n);
        return true;
    }
    // Applies a declared length of n bytes from pos: bytes past it (Ethernet padding, a
    // trailer) are not part of this header's data. Keeps the captured end if that is shorter.
    void limit(size_t n) {
        if (n <= end() - pos) {
            endAndFlags = static_cast<uint32_t>(pos + n) | kDeclaredEnd | (endAndFlags & kOverran);
        }
    }

private:
    bool check(size_t at, size_t n) {
        if (fits(at, n)) {
            return true;
        }
        endAndFlags |= kOverran;
        return false;
    }
};
static_assert(sizeof(ByteReader) == 16, "passed in registers");

}  // namespace flowscope::packet_internal
