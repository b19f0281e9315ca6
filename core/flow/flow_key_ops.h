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
inline uint64_t metaWord(uint16_t aPort, uint16_t bPort, uint8_t protocol, bool hasPorts,
                         IpAddress::Family aFamily, IpAddress::Family bFamily) {
    return uint64_t(aPort) | (uint64_t(bPort) << 16) | (uint64_t(protocol) << 32) |
           (uint64_t(hasPorts) << 40) | (uint64_t(aFamily) << 48) | (uint64_t(bFamily) << 56);
}

inline uint64_t metaWord(const FlowKey& k) {
    return metaWord(k.a.port, k.b.port, k.protocol, k.hasPorts, k.a.address.family(),
                    k.b.address.family());
}

inline uint64_t hashWords(const Words& a, const Words& b, uint64_t meta) {
    const uint64_t h = hashmix::mum(a.hi ^ hashmix::kSecret[0], a.lo ^ hashmix::kSecret[1]) ^
                       hashmix::mum(b.hi ^ hashmix::kSecret[2], b.lo ^ hashmix::kSecret[3]);
    return hashmix::avalanche(hashmix::mum(h ^ hashmix::kSecret[4], meta ^ hashmix::kSecret[5]));
}

inline uint64_t hash(const FlowKey& k) {
    return hashWords(load(k.a.address), load(k.b.address), metaWord(k));
}

// A packet's key in registers: its ends in key order, worked out from the packet's own fields.
struct Oriented {
    Words a;
    Words b;
    uint64_t meta;  // metaWord() of the key
    bool sourceIsA;
};

inline Oriented orient(const DecodedPacket& packet) {
    const uint16_t srcPort = packet.hasPorts ? packet.srcPort : 0;
    const uint16_t dstPort = packet.hasPorts ? packet.dstPort : 0;
    Oriented o;
    o.sourceIsA = endpointLessOrEqual(packet.src, srcPort, packet.dst, dstPort);
    // Which end is `a` follows the addresses, in an order no branch predictor learns: the
    // ends are picked with masks, not branches.
    const uint64_t pick = 0 - uint64_t(o.sourceIsA);  // all ones when the source is `a`
    const auto select = [pick](uint64_t ifSource, uint64_t ifDestination) {
        return (ifSource & pick) | (ifDestination & ~pick);
    };
    const Words s = load(packet.src);
    const Words d = load(packet.dst);
    o.a = Words{select(s.hi, d.hi), select(s.lo, d.lo)};
    o.b = Words{select(d.hi, s.hi), select(d.lo, s.lo)};
    const auto aFamily =
        IpAddress::Family(select(uint64_t(packet.src.family()), uint64_t(packet.dst.family())));
    const auto bFamily =
        IpAddress::Family(select(uint64_t(packet.dst.family()), uint64_t(packet.src.family())));
    o.meta = metaWord(uint16_t(select(srcPort, dstPort)), uint16_t(select(dstPort, srcPort)),
                      packet.ipProtocol, packet.hasPorts, aFamily, bFamily);
    return o;
}

// Writes the key; it is not read back here. Reading back a key just assembled from pieces of
// different sizes cannot be served by the store buffer and stalled the capture thread.
inline void write(const Oriented& o, FlowKey& key) {
    const auto family = [](uint64_t meta, int shift) {
        return IpAddress::Family(uint8_t(meta >> shift));
    };
    key.a.address.assignWords(o.a.hi, o.a.lo, family(o.meta, 48));
    key.a.port = uint16_t(o.meta);
    key.b.address.assignWords(o.b.hi, o.b.lo, family(o.meta, 56));
    key.b.port = uint16_t(o.meta >> 16);
    key.protocol = uint8_t(o.meta >> 32);
    key.hasPorts = ((o.meta >> 40) & 1) != 0;
}

inline uint64_t hash(const Oriented& o) {
    return hashWords(o.a, o.b, o.meta);
}

// `key` (written some time ago: loads of it are served from the cache) is the oriented key.
inline bool same(const Oriented& o, const FlowKey& key) {
    const Words a = load(key.a.address);
    const Words b = load(key.b.address);
    return ((o.a.hi ^ a.hi) | (o.a.lo ^ a.lo) | (o.b.hi ^ b.hi) | (o.b.lo ^ b.lo) |
            (o.meta ^ metaWord(key))) == 0;
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
