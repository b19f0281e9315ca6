// The hashable keys the socket index matches a connection (ConnectionTuple, in
// process_backend.h) by.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "core/process/process_backend.h"

namespace flowscope {

// How a connection was matched to a socket, strongest first.
enum class MatchKind : uint8_t {
    None,
    Exact,         // protocol + both endpoints
    LocalAddress,  // protocol + local address + local port: a listener or unconnected UDP
    LocalPort,     // protocol + local port: a wildcard listener or unconnected UDP
};
const char* matchKindName(MatchKind kind);  // "exact", "local-address", "local-port", "none"

namespace processkeys {

// An IPv4-mapped IPv6 address (::ffff:a.b.c.d, what a dual-stack socket reports for IPv4
// peers) as the IPv4 address the capture sees; anything else unchanged.
inline IpAddress normalized(const IpAddress& a) {
    if (a.isV6()) {
        const auto& b = a.bytes();
        static constexpr uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::memcmp(b.data(), kMapped, 12) == 0) {
            return IpAddress::fromV4(b.data() + 12);
        }
    }
    return a;
}

inline uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

inline void addressWords(const IpAddress& a, uint64_t& w0, uint64_t& w1) {
    std::memcpy(&w0, a.bytes().data(), 8);
    std::memcpy(&w1, a.bytes().data() + 8, 8);
}

struct ExactKey {
    std::array<uint64_t, 5> w{};
    friend bool operator==(const ExactKey&, const ExactKey&) = default;
};
struct LocalKey {
    std::array<uint64_t, 3> w{};
    friend bool operator==(const LocalKey&, const LocalKey&) = default;
};
using PortKey = uint32_t;

inline ExactKey exactKey(uint8_t protocol, const SocketAddress& local,
                         const SocketAddress& remote) {
    const IpAddress l = normalized(local.address), r = normalized(remote.address);
    ExactKey k;
    k.w[0] = uint64_t(protocol) | uint64_t(local.port) << 8 | uint64_t(remote.port) << 24 |
             uint64_t(l.family()) << 40 | uint64_t(r.family()) << 48;
    addressWords(l, k.w[1], k.w[2]);
    addressWords(r, k.w[3], k.w[4]);
    return k;
}
inline LocalKey localKey(uint8_t protocol, const SocketAddress& local) {
    const IpAddress l = normalized(local.address);
    LocalKey k;
    k.w[0] = uint64_t(protocol) | uint64_t(local.port) << 8 | uint64_t(l.family()) << 24;
    addressWords(l, k.w[1], k.w[2]);
    return k;
}
inline PortKey portKey(uint8_t protocol, uint16_t port) {
    return uint32_t(protocol) << 16 | port;
}

struct KeyHash {
    template <size_t N>
    size_t hashWords(const std::array<uint64_t, N>& w) const {
        uint64_t h = 0;
        for (uint64_t x : w) {
            h = mix(h, x * 0xff51afd7ed558ccdull);
        }
        return size_t(h ^ (h >> 29));
    }
    size_t operator()(const ExactKey& k) const { return hashWords(k.w); }
    size_t operator()(const LocalKey& k) const { return hashWords(k.w); }
};

}  // namespace processkeys

}  // namespace flowscope
