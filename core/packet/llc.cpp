// IEEE 802.2 LLC and SNAP (RFC 1042): what follows an 802.3 length field, an 802.11 data
// header or a Linux cooked header with protocol 0x0004.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// DSAP(1) SSAP(1) control(1), then for SNAP: OUI(3) protocol ID(2) = an EtherType.
constexpr size_t kLlcUi = 3;
constexpr size_t kSnapHeader = kLlcUi + 5;
constexpr uint8_t kSapSnap = 0xaa;
constexpr uint8_t kControlUi = 0x03;

// OUIs whose protocol ID is an EtherType: RFC 1042 encapsulation (00-00-00) and 802.1H
// bridge tunnel (00-00-F8). Other OUIs (Cisco, Apple, ...) carry their own protocols.
constexpr bool isEtherTypeOui(uint32_t oui) {
    return oui == 0x000000 || oui == 0x0000f8;
}

}  // namespace

DecodeStatus decodeLlc(ByteReader r, DecodedPacket& out) {
    r.need(kLlcUi);
    const uint8_t dsap = r.u8(0);
    const uint8_t ssap = r.u8(1);
    const uint8_t control = r.u8(2);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if (dsap != kSapSnap || ssap != kSapSnap || control != kControlUi) {
        return DecodeStatus::NonIp;  // STP, NetBIOS, IPX, CDP's LLC, ...
    }
    r.need(kSnapHeader);
    const uint32_t oui = (uint32_t{r.u8(3)} << 16) | (uint32_t{r.u8(4)} << 8) | r.u8(5);
    const uint16_t protocolId = r.be16(6);
    if (r.overran()) {
        return cutBeforeAddresses(out);
    }
    if (!isEtherTypeOui(oui)) {
        return DecodeStatus::NonIp;
    }
    (void)r.skip(kSnapHeader);
    return decodeEtherType(protocolId, r, out);
}

}  // namespace flowscope::packet_internal
