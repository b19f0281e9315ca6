// BSD loopback encapsulations: a 4-byte address family before the IP packet.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

constexpr size_t kFamilyHeader = 4;
constexpr uint16_t kEtherIpv4 = 0x0800;
constexpr uint16_t kEtherIpv6 = 0x86dd;

// AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD, OpenBSD, BSD/OS), 28 (FreeBSD, DragonFly)
// or 30 (Darwin), and a capture may come from any of them.
DecodeStatus decodeFamily(uint32_t family, ByteReader r, DecodedPacket& out) {
    switch (family) {
        case 2:
            return decodeIpv4(r, out);
        case 24:
        case 28:
        case 30:
            return decodeIpv6(r, out);
        default:
            return DecodeStatus::NonIp;
    }
}

bool isKnownFamily(uint32_t family) {
    return family == 2 || family == 24 || family == 28 || family == 30;
}

}  // namespace

// DLT_NULL: the family is in the capturing host's byte order, which the file does not record
// (a pcap written on a big-endian host and read here is byte-swapped): accept both orders.
// Some old Linux loopback captures hold an EtherType in network order in bytes 2-3 instead
// (e.g. 0f 00 08 00).
DecodeStatus decodeNull(ByteReader r, DecodedPacket& out) {
    const uint32_t littleEndian = r.le32(0);
    const uint32_t bigEndian = r.be32(0);
    const uint16_t etherType = r.be16(2);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    (void)r.skip(kFamilyHeader);
    if (isKnownFamily(littleEndian)) {
        return decodeFamily(littleEndian, r, out);
    }
    if (isKnownFamily(bigEndian)) {
        return decodeFamily(bigEndian, r, out);
    }
    if (etherType == kEtherIpv4) {
        return decodeIpv4(r, out);
    }
    if (etherType == kEtherIpv6) {
        return decodeIpv6(r, out);
    }
    return DecodeStatus::NonIp;
}

// DLT_LOOP (OpenBSD): the family is in network byte order.
DecodeStatus decodeLoop(ByteReader r, DecodedPacket& out) {
    const uint32_t family = r.be32(0);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    (void)r.skip(kFamilyHeader);
    return decodeFamily(family, r, out);
}

}  // namespace flowscope::packet_internal
