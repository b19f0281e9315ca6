// Test helper: DNS messages and TLS/HTTP payloads built byte by byte.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tests/packet/frame_builder.h"

namespace flowscope::names_test {

using flowscope::test::Bytes;
using flowscope::test::put16;
using flowscope::test::put32;
using flowscope::test::put8;

inline void put24(Bytes& b, unsigned v) {
    put8(b, v >> 16);
    put16(b, v & 0xffff);
}
inline void putText(Bytes& b, std::string_view s) {
    b.insert(b.end(), s.begin(), s.end());
}

// Labels of a dotted name, then the root (no compression).
inline void putName(Bytes& b, std::string_view name) {
    size_t pos = 0;
    while (pos < name.size()) {
        size_t dot = name.find('.', pos);
        if (dot == std::string_view::npos) {
            dot = name.size();
        }
        put8(b, unsigned(dot - pos));
        putText(b, name.substr(pos, dot - pos));
        pos = dot + 1;
    }
    put8(b, 0);
}
// Labels of `labels`, then a compression pointer to `offset`.
inline void putNameThenPointer(Bytes& b, std::string_view labels, unsigned offset) {
    Bytes tmp;
    putName(tmp, labels);
    tmp.pop_back();
    b.insert(b.end(), tmp.begin(), tmp.end());
    put16(b, 0xc000 | offset);
}
inline void putPointer(Bytes& b, unsigned offset) {
    put16(b, 0xc000 | offset);
}

inline void putHeader(Bytes& b, uint16_t id, uint16_t flags, unsigned qd, unsigned an,
                      unsigned ns = 0, unsigned ar = 0) {
    put16(b, id);
    put16(b, flags);
    put16(b, qd);
    put16(b, an);
    put16(b, ns);
    put16(b, ar);
}

// Type, class, TTL and rdata length of a record whose owner name was just written.
inline void putRecordFixed(Bytes& b, unsigned type, unsigned rclass, uint32_t ttl,
                           unsigned rdLength) {
    put16(b, type);
    put16(b, rclass);
    put32(b, ttl);
    put16(b, rdLength);
}

inline constexpr uint16_t kResponseFlags = 0x8180;  // QR, RD, RA, NOERROR

// An exactly-sized heap copy of the first `n` bytes, so AddressSanitizer catches any read
// past its end.
inline std::unique_ptr<uint8_t[]> exactCopy(const Bytes& b, size_t n) {
    auto p = std::make_unique<uint8_t[]>(n == 0 ? 1 : n);
    std::copy(b.begin(), b.begin() + long(n), p.get());
    return p;
}

// --- TLS -----------------------------------------------------------------------------------

// One extension: type, length, body.
inline Bytes tlsExtension(unsigned type, const Bytes& body) {
    Bytes b;
    put16(b, type);
    put16(b, unsigned(body.size()));
    b.insert(b.end(), body.begin(), body.end());
    return b;
}

inline Bytes sniExtension(std::string_view host) {
    Bytes entry;
    put8(entry, 0);  // host_name
    put16(entry, unsigned(host.size()));
    putText(entry, host);
    Bytes body;
    put16(body, unsigned(entry.size()));
    body.insert(body.end(), entry.begin(), entry.end());
    return tlsExtension(0, body);
}

// A ClientHello handshake message (type, 24-bit length, body) with the given extensions
// block, or none at all if `withExtensions` is false.
inline Bytes clientHello(const Bytes& extensions, bool withExtensions = true,
                         unsigned sessionIdLength = 32) {
    Bytes body;
    put16(body, 0x0303);
    for (int i = 0; i < 32; ++i) {
        put8(body, unsigned(i));  // random
    }
    put8(body, sessionIdLength);
    for (unsigned i = 0; i < sessionIdLength; ++i) {
        put8(body, 0xaa);
    }
    put16(body, 4);  // two cipher suites
    put16(body, 0x1301);
    put16(body, 0xc02f);
    put8(body, 1);  // compression methods: null
    put8(body, 0);
    if (withExtensions) {
        put16(body, unsigned(extensions.size()));
        body.insert(body.end(), extensions.begin(), extensions.end());
    }
    Bytes hs;
    put8(hs, 1);
    put24(hs, unsigned(body.size()));
    hs.insert(hs.end(), body.begin(), body.end());
    return hs;
}

// The handshake bytes in TLS records of at most `fragment` bytes each.
inline Bytes tlsRecords(const Bytes& handshake, size_t fragment = 16384, uint8_t type = 22) {
    Bytes b;
    for (size_t pos = 0; pos < handshake.size(); pos += fragment) {
        const size_t n = std::min(fragment, handshake.size() - pos);
        put8(b, type);
        put16(b, 0x0301);
        put16(b, unsigned(n));
        b.insert(b.end(), handshake.begin() + long(pos), handshake.begin() + long(pos + n));
    }
    return b;
}

inline Bytes textBytes(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

}  // namespace flowscope::names_test
