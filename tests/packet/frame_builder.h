// Test helper: builds frames byte by byte (network order) and decodes them from an
// exactly-sized heap copy, so AddressSanitizer builds catch any read past the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

#include "core/packet/decoder.h"
#include "core/packet/link_type.h"

namespace flowscope::test {

using Bytes = std::vector<uint8_t>;

inline void put8(Bytes& b, unsigned v) {
    b.push_back(static_cast<uint8_t>(v));
}
inline void put16(Bytes& b, unsigned v) {
    put8(b, v >> 8);
    put8(b, v);
}
inline void put32(Bytes& b, uint32_t v) {
    put16(b, v >> 16);
    put16(b, v & 0xffff);
}
inline void putLe32(Bytes& b, uint32_t v) {
    put8(b, v);
    put8(b, v >> 8);
    put8(b, v >> 16);
    put8(b, v >> 24);
}
inline void append(Bytes& b, const Bytes& more) {
    b.insert(b.end(), more.begin(), more.end());
}
inline Bytes cat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const Bytes& p : parts) {
        append(out, p);
    }
    return out;
}

inline constexpr uint16_t kEtherIpv4 = 0x0800;
inline constexpr uint16_t kEtherIpv6 = 0x86dd;
inline constexpr uint16_t kEtherArp = 0x0806;

// Ethernet II header: destination, source, EtherType (or a VLAN TPID followed by vlanTag()s).
inline Bytes ethernet(uint16_t etherType) {
    Bytes b = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb};
    put16(b, etherType);
    return b;
}

inline Bytes vlanTag(uint16_t tci, uint16_t nextType) {
    Bytes b;
    put16(b, tci);
    put16(b, nextType);
    return b;
}

struct Ipv4Options {
    uint8_t protocol = 6;
    uint32_t src = 0xc0a80001;  // 192.168.0.1
    uint32_t dst = 0x08080808;  // 8.8.8.8
    uint16_t id = 0x1234;
    uint16_t flagsAndOffset = 0x4000;  // DF
    Bytes options;                     // multiple of 4 bytes
    int totalLengthOverride = -1;
    int ihlOverride = -1;
    uint8_t version = 4;
};

// IPv4 header for `payloadLength` bytes of payload.
inline Bytes ipv4(const Ipv4Options& o, size_t payloadLength) {
    Bytes b;
    const size_t headerLength = 20 + o.options.size();
    const unsigned ihl = o.ihlOverride >= 0 ? unsigned(o.ihlOverride) : headerLength / 4;
    put8(b, (o.version << 4) | ihl);
    put8(b, 0);
    put16(b, o.totalLengthOverride >= 0 ? unsigned(o.totalLengthOverride)
                                        : unsigned(headerLength + payloadLength));
    put16(b, o.id);
    put16(b, o.flagsAndOffset);
    put8(b, 64);
    put8(b, o.protocol);
    put16(b, 0);  // checksum: not checked
    put32(b, o.src);
    put32(b, o.dst);
    append(b, o.options);
    return b;
}

inline const Bytes kV6Src = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01};
inline const Bytes kV6Dst = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02};

// IPv6 fixed header whose payload (extension headers included) is `payloadLength` bytes.
inline Bytes ipv6(uint8_t nextHeader, size_t payloadLength, uint8_t version = 6) {
    Bytes b;
    put32(b, uint32_t{version} << 28);
    put16(b, static_cast<unsigned>(payloadLength));
    put8(b, nextHeader);
    put8(b, 64);
    append(b, kV6Src);
    append(b, kV6Dst);
    return b;
}

// A generic 8-byte IPv6 extension header (hop-by-hop, routing, destination options...).
inline Bytes ext8(uint8_t nextHeader) {
    return {nextHeader, 0, 1, 4, 0, 0, 0, 0};
}

inline Bytes fragment6(uint8_t nextHeader, uint16_t offsetUnits, bool more, uint32_t id) {
    Bytes b;
    put8(b, nextHeader);
    put8(b, 0);
    put16(b, (offsetUnits << 3) | (more ? 1 : 0));
    put32(b, id);
    return b;
}

inline Bytes tcp(uint16_t src, uint16_t dst, uint8_t flags, Bytes options = {},
                 int dataOffsetOverride = -1) {
    Bytes b;
    put16(b, src);
    put16(b, dst);
    put32(b, 1000);  // sequence
    put32(b, 0);     // acknowledgment
    const unsigned dataOffset =
        dataOffsetOverride >= 0 ? unsigned(dataOffsetOverride) : (20 + options.size()) / 4;
    put8(b, dataOffset << 4);
    put8(b, flags);
    put16(b, 65535);  // window
    put16(b, 0);      // checksum
    put16(b, 0);      // urgent
    append(b, options);
    return b;
}

inline Bytes udp(uint16_t src, uint16_t dst, size_t payloadLength, int lengthOverride = -1) {
    Bytes b;
    put16(b, src);
    put16(b, dst);
    put16(b, lengthOverride >= 0 ? unsigned(lengthOverride) : unsigned(8 + payloadLength));
    put16(b, 0);
    return b;
}

inline Bytes icmp(uint8_t type, uint8_t code, uint16_t id = 1, uint16_t seq = 1) {
    Bytes b;
    put8(b, type);
    put8(b, code);
    put16(b, 0);
    put16(b, id);
    put16(b, seq);
    return b;
}

// 802.2 LLC + SNAP with the RFC 1042 OUI (00-00-00) and `etherType` as protocol ID.
inline Bytes snap(uint16_t etherType, uint32_t oui = 0) {
    Bytes b = {0xaa, 0xaa, 0x03};
    put8(b, oui >> 16);
    put16(b, oui & 0xffff);
    put16(b, etherType);
    return b;
}

struct WifiOptions {
    uint8_t type = 2;       // data
    uint8_t subtype = 0;    // 0 data, 8 QoS data, 4 null, 12 QoS null
    uint8_t flags = 0x01;   // to DS
    uint8_t qos0 = 0;       // first QoS control byte (0x80: A-MSDU)
    uint16_t fragment = 0;  // fragment number (sequence control low 4 bits)
};

// IEEE 802.11 MAC header (little-endian fields) for the frame control in `o`.
inline Bytes wifiHeader(const WifiOptions& o) {
    Bytes b;
    put8(b, uint8_t((o.subtype << 4) | (o.type << 2)));
    put8(b, o.flags);
    append(b, {0x2c, 0x00});  // duration
    for (uint8_t a : {1, 2, 3}) {
        append(b, {0x02, 0x00, 0x00, 0x00, 0x00, a});
    }
    put8(b, uint8_t(o.fragment & 0x0f));  // sequence control, little-endian
    put8(b, 0x10);
    if ((o.flags & 0x03) == 0x03) {
        append(b, {0x02, 0x00, 0x00, 0x00, 0x00, 0x04});
    }
    if ((o.subtype & 0x8) != 0) {
        append(b, {o.qos0, 0x00});
        if ((o.flags & 0x80) != 0) {
            append(b, {0, 0, 0, 0});  // HT control
        }
    }
    return b;
}

// A radiotap header with TSFT and Flags (and `extraPresentWords` extended bitmaps), padded
// to `length` bytes (at least the fields' size).
inline Bytes radiotap(uint8_t flags, unsigned extraPresentWords = 0, size_t length = 0) {
    Bytes b = {0, 0, 0, 0};
    putLe32(b, 0x00000003u | (extraPresentWords > 0 ? 0x80000000u : 0));
    for (unsigned i = 0; i < extraPresentWords; ++i) {
        putLe32(b, i + 1 < extraPresentWords ? 0x80000000u : 0);
    }
    while (b.size() % 8 != 0) {
        put8(b, 0);
    }
    append(b, {1, 2, 3, 4, 5, 6, 7, 8});  // TSFT
    put8(b, flags);
    while (b.size() < length) {
        put8(b, 0);
    }
    b[2] = uint8_t(b.size());
    b[3] = uint8_t(b.size() >> 8);
    return b;
}

// PPPoE session header (code 0, session 0x1234) and a 2-byte PPP protocol field.
inline Bytes pppoe(uint16_t pppProtocol, size_t pppPayloadLength) {
    Bytes b = {0x11, 0x00, 0x12, 0x34};
    put16(b, unsigned(pppPayloadLength + 2));
    put16(b, pppProtocol);
    return b;
}

inline Bytes mplsLabel(uint32_t label, bool bottom) {
    Bytes b;
    put32(b, (label << 12) | (bottom ? 0x100u : 0u) | 64u);
    return b;
}

inline Bytes payload(size_t n, uint8_t fill = 0xab) {
    return Bytes(n, fill);
}

// Decodes from an exact-size heap copy of `frame`.
inline DecodeStatus decode(uint32_t linkType, const Bytes& frame, DecodedPacket& out) {
    std::unique_ptr<uint8_t[]> copy(new uint8_t[frame.size() + (frame.empty() ? 1 : 0)]);
    for (size_t i = 0; i < frame.size(); ++i) {
        copy[i] = frame[i];
    }
    return decodePacket(linkType, copy.get(), frame.size(), out);
}

// The first `length` bytes of `frame`, as a capture with that snaplen would store them.
inline Bytes prefix(const Bytes& frame, size_t length) {
    return Bytes(frame.begin(), frame.begin() + static_cast<std::ptrdiff_t>(length));
}

}  // namespace flowscope::test
