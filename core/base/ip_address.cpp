#include "core/base/ip_address.h"

#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

#include <cstring>
#include <utility>

namespace flowscope {

IpAddress IpAddress::fromV4(uint32_t hostOrder) {
    const uint8_t b[4] = {uint8_t(hostOrder >> 24), uint8_t(hostOrder >> 16),
                          uint8_t(hostOrder >> 8), uint8_t(hostOrder)};
    return fromV4(b);
}

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
    if (text.empty() || text.size() > 64) {
        return std::nullopt;
    }
    std::string s(text);
    uint8_t buf[16];
    if (s.find(':') == std::string::npos) {
        if (inet_pton(AF_INET, s.c_str(), buf) == 1) {
            return fromV4(buf);
        }
        return std::nullopt;
    }
    if (inet_pton(AF_INET6, s.c_str(), buf) == 1) {
        return fromV6(buf);
    }
    return std::nullopt;
}

namespace {

char* putDecimal(char* p, unsigned byte) {
    if (byte >= 100) {
        *p++ = char('0' + byte / 100);
    }
    if (byte >= 10) {
        *p++ = char('0' + byte / 10 % 10);
    }
    *p++ = char('0' + byte % 10);
    return p;
}

char* putDotted(char* p, const uint8_t* four) {
    for (size_t i = 0; i < 4; ++i) {
        if (i > 0) {
            *p++ = '.';
        }
        p = putDecimal(p, four[i]);
    }
    return p;
}

// A group in lower-case hex without leading zeros.
char* putGroup(char* p, unsigned group) {
    static const char kHex[] = "0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned digit = (group >> shift) & 0xf;
        if (digit != 0 || started || shift == 0) {
            *p++ = kHex[digit];
            started = true;
        }
    }
    return p;
}

// The first of the longest runs of two or more zero groups: [start, start + length); length 0
// when there is none.
std::pair<int, int> longestZeroRun(const unsigned (&groups)[8]) {
    int best = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && groups[j] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            best = i;
            bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    return bestLength >= 2 ? std::pair{best, bestLength} : std::pair{-1, 0};
}

// As glibc's inet_ntop: the longest zero run as "::", and a dotted tail for ::ffff:a.b.c.d and
// for ::a.b.c.d (six zero groups first).
char* putV6(char* p, const uint8_t* bytes) {
    unsigned groups[8];
    for (size_t i = 0; i < 8; ++i) {
        groups[i] = unsigned(bytes[2 * i]) << 8 | bytes[2 * i + 1];
    }
    const auto [zeros, length] = longestZeroRun(groups);
    for (int i = 0; i < 8; ++i) {
        if (i >= zeros && i < zeros + length) {
            if (i == zeros) {
                *p++ = ':';
            }
            continue;
        }
        if (i != 0) {
            *p++ = ':';
        }
        if (i == 6 && zeros == 0 && (length == 6 || (length == 5 && groups[5] == 0xffff))) {
            return putDotted(p, bytes + 12);
        }
        p = putGroup(p, groups[i]);
    }
    if (length > 0 && zeros + length == 8) {
        *p++ = ':';
    }
    return p;
}

}  // namespace

// Written here rather than by inet_ntop, whose snprintf per group made an IPv6 address a
// visible part of printing 100,000 flows.
char* IpAddress::write(char* out) const {
    if (isV4()) {
        return putDotted(out, m_bytes.data());
    }
    return isV6() ? putV6(out, m_bytes.data()) : out;
}

std::string IpAddress::toString() const {
    char out[kMaxTextLength];
    return std::string(out, write(out));
}

bool IpAddress::isLoopback() const {
    if (isV4()) {
        return m_bytes[0] == 127;
    }
    if (isV6()) {
        static const uint8_t loop[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        return std::memcmp(m_bytes.data(), loop, 16) == 0;
    }
    return false;
}

bool IpAddress::isLinkLocal() const {
    if (isV4()) {
        return m_bytes[0] == 169 && m_bytes[1] == 254;
    }
    return isV6() && m_bytes[0] == 0xfe && (m_bytes[1] & 0xc0) == 0x80;
}

bool IpAddress::isMulticast() const {
    if (isV4()) {
        return (m_bytes[0] & 0xf0) == 0xe0;
    }
    return isV6() && m_bytes[0] == 0xff;
}

bool IpAddress::isBroadcast() const {
    return isV4() && m_bytes[0] == 255 && m_bytes[1] == 255 && m_bytes[2] == 255 &&
           m_bytes[3] == 255;
}

bool IpAddress::isUnspecified() const {
    if (isNone()) {
        return false;
    }
    for (size_t i = 0; i < size(); ++i) {
        if (m_bytes[i] != 0) {
            return false;
        }
    }
    return true;
}

bool IpAddress::isPrivate() const {
    if (isV4()) {
        const uint8_t a = m_bytes[0], b = m_bytes[1];
        return a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168) ||
               (a == 100 && (b & 0xc0) == 64);
    }
    return isV6() && (m_bytes[0] & 0xfe) == 0xfc;
}

bool IpAddress::inPrefix(const IpAddress& prefix, int length) const {
    if (m_family != prefix.m_family || length < 0 || size_t(length) > size() * 8) {
        return false;
    }
    const int full = length / 8;
    if (std::memcmp(m_bytes.data(), prefix.m_bytes.data(), size_t(full)) != 0) {
        return false;
    }
    const int rest = length % 8;
    if (rest == 0) {
        return true;
    }
    const uint8_t mask = uint8_t(0xff << (8 - rest));
    return (m_bytes[size_t(full)] & mask) == (prefix.m_bytes[size_t(full)] & mask);
}

size_t IpAddress::hash() const {
    // FNV-1a over the significant bytes and the family.
    uint64_t h = 1469598103934665603ull ^ uint8_t(m_family);
    for (size_t i = 0; i < size(); ++i) {
        h = (h ^ m_bytes[i]) * 1099511628211ull;
    }
    return size_t(h);
}

}  // namespace flowscope
