// Private: the inline hot-path versions of FlowKey::fromPacket(), hash() and operator==, so
// that the flow table's per-packet path compiles to straight-line word operations.
#pragma once

#include <cstring>

#include "core/flow/flow_hash.h"
#include "core/flow/flow_key.h"

namespace flowscope::keyops {

struct Words {
    uint64_t hi;  // address bytes 0..7 as loaded (host order)
    uint64_t lo;  // address bytes 8..15
};

inline Words load(const IpAddress& address) {
    Words w;
    std::memcpy(&w.hi, address.bytes().data(), 8);
    std::memcpy(&w.lo, address.bytes().data() + 8, 8);
    return w;
}

// Same order as IpAddress's operator<=> (bytes, then family), then the port.
inline bool endpointLessOrEqual(const IpAddress& x, uint16_t xPort, const IpAddress& y,
                                uint16_t yPort) {
    const Words wx = load(x);
    const Words wy = load(y);
    if (wx.hi != wy.hi) {
        return __builtin_bswap64(wx.hi) < __builtin_bswap64(wy.hi);
    }
    if (wx.lo != wy.lo) {
        return __builtin_bswap64(wx.lo) < __builtin_bswap64(wy.lo);
    }
    if (x.family() != y.family()) {
        return x.family() < y.family();
    }
    return xPort <= yPort;
}

inline FlowKey fromPacket(const DecodedPacket& packet, bool& sourceIsA) {
    const uint16_t srcPort = packet.hasPorts ? packet.srcPort : 0;
    const uint16_t dstPort = packet.hasPorts ? packet.dstPort : 0;
    FlowKey key;
    key.protocol = packet.ipProtocol;
    key.hasPorts = packet.hasPorts;
    sourceIsA = endpointLessOrEqual(packet.src, srcPort, packet.dst, dstPort);
    if (sourceIsA) {
        key.a = Endpoint{packet.src, srcPort};
        key.b = Endpoint{packet.dst, dstPort};
    } else {
        key.a = Endpoint{packet.dst, dstPort};
        key.b = Endpoint{packet.src, srcPort};
    }
    return key;
}

// Ports, protocol, hasPorts and both families in one word.
inline uint64_t metaWord(const FlowKey& k) {
    return uint64_t(k.a.port) | (uint64_t(k.b.port) << 16) | (uint64_t(k.protocol) << 32) |
           (uint64_t(k.hasPorts) << 40) | (uint64_t(k.a.address.family()) << 48) |
           (uint64_t(k.b.address.family()) << 56);
}

inline uint64_t hash(const FlowKey& k) {
    const Words a = load(k.a.address);
    const Words b = load(k.b.address);
    const uint64_t h = hashmix::mum(a.hi ^ hashmix::kSecret[0], a.lo ^ hashmix::kSecret[1]) ^
                       hashmix::mum(b.hi ^ hashmix::kSecret[2], b.lo ^ hashmix::kSecret[3]);
    return hashmix::avalanche(
        hashmix::mum(h ^ hashmix::kSecret[4], metaWord(k) ^ hashmix::kSecret[5]));
}

// operator== without the per-array memcmp calls.
inline bool equal(const FlowKey& x, const FlowKey& y) {
    const Words xa = load(x.a.address);
    const Words ya = load(y.a.address);
    const Words xb = load(x.b.address);
    const Words yb = load(y.b.address);
    return ((xa.hi ^ ya.hi) | (xa.lo ^ ya.lo) | (xb.hi ^ yb.hi) | (xb.lo ^ yb.lo) |
            (metaWord(x) ^ metaWord(y))) == 0;
}

}  // namespace flowscope::keyops
