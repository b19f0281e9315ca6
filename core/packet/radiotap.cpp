// Radiotap (LINKTYPE_IEEE802_11_RADIOTAP, 127): a little-endian header of radio information
// in front of an 802.11 frame. Only its length and the Flags field matter here.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// version(1) pad(1) length(2) present(4), then more present words while bit 31 is set, then
// the fields, each aligned to its natural size from the start of the header.
constexpr size_t kFixedHeader = 8;
constexpr uint32_t kPresentTsft = 1u << 0;   // 8 bytes, 8-aligned
constexpr uint32_t kPresentFlags = 1u << 1;  // 1 byte
constexpr uint32_t kPresentExtended = 1u << 31;
constexpr size_t kTsftSize = 8;
constexpr uint8_t kFlagDataPad = 0x20;  // the 802.11 header is padded to 4 bytes

// Offset of the Flags field, or 0 if it is absent or outside the header. Fields in the first
// present word are always radiotap's own namespace.
size_t flagsOffset(ByteReader& r, uint32_t present, size_t headerLength) {
    if ((present & kPresentFlags) == 0) {
        return 0;
    }
    size_t at = kFixedHeader;
    for (uint32_t word = present; (word & kPresentExtended) != 0; at += 4) {
        word = r.le32(at);
        if (r.overran() || at + 4 > headerLength) {
            return 0;
        }
    }
    if ((present & kPresentTsft) != 0) {
        at = ((at + kTsftSize - 1) & ~(kTsftSize - 1)) + kTsftSize;
    }
    return at < headerLength ? at : 0;
}

}  // namespace

DecodeStatus decodeRadiotap(ByteReader r, DecodedPacket& out) {
    r.need(kFixedHeader);
    const uint8_t version = r.u8(0);
    const size_t headerLength = r.le16(2);
    const uint32_t present = r.le32(4);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if (version != 0 || headerLength < kFixedHeader) {
        return DecodeStatus::Malformed;
    }
    const size_t flagsAt = flagsOffset(r, present, headerLength);
    const uint8_t flags = flagsAt != 0 ? r.u8(flagsAt) : 0;
    if (r.overran() || !r.skip(headerLength)) {
        return cutBeforeAddresses(out);
    }
    return decodeIeee80211Frame(r, out, (flags & kFlagDataPad) != 0);
}

}  // namespace flowscope::packet_internal
