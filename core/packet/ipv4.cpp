// IPv4: header length and options, total length, fragmentation.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

constexpr size_t kMinHeader = 20;
constexpr uint16_t kMoreFragments = 0x2000;
constexpr uint16_t kOffsetMask = 0x1fff;

constexpr FragmentKind fragmentKind(uint16_t flagsAndOffset) {
    if ((flagsAndOffset & kOffsetMask) != 0) {
        return FragmentKind::NonFirst;
    }
    return (flagsAndOffset & kMoreFragments) != 0 ? FragmentKind::First : FragmentKind::None;
}

}  // namespace

DecodeStatus decodeIpv4(ByteReader r, DecodedPacket& out) {
    // Checked in stages, each once after its reads: a wrong version or header length is
    // Malformed even when the rest was not captured.
    const uint8_t versionAndIhl = r.u8(0);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if ((versionAndIhl >> 4) != 4) {
        return DecodeStatus::Malformed;
    }
    const size_t headerLength = size_t{versionAndIhl & 0x0fu} * 4;
    if (headerLength < kMinHeader) {
        return DecodeStatus::Malformed;
    }
    const uint16_t totalLength = r.be16(2);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    // 0 is what Linux writes for segmentation-offloaded packets over 64 KiB (BIG TCP, some
    // TSO captures): like Wireshark, take the captured length then.
    const bool offloaded = totalLength == 0;
    if (totalLength < headerLength && !offloaded) {
        return DecodeStatus::Malformed;
    }
    if (!r.need(kMinHeader)) {
        return cutBeforeAddresses(out);
    }
    const uint16_t identification = r.be16(4);
    const uint16_t flagsAndOffset = r.be16(6);
    const uint8_t protocol = r.u8(9);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    out.ipProtocol = protocol;
    v4At(r, 12, out.src);
    v4At(r, 16, out.dst);
    out.fragmentId = identification;
    out.fragment = fragmentKind(flagsAndOffset);

    if (!offloaded) {
        r.limit(totalLength);  // drops Ethernet padding and trailers
    }
    if (!r.skip(headerLength)) {
        out.truncated = true;  // options not captured (total length covers them)
        return DecodeStatus::Ip;
    }
    if (out.fragment == FragmentKind::NonFirst) {
        return DecodeStatus::Ip;  // no transport header in this fragment
    }
    return decodeTransport(r, out);
}

}  // namespace flowscope::packet_internal
