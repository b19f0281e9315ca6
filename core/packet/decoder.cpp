// decodePacket(): picks the link layer, whose decoder chains into the next layers.
#include "core/packet/decoder.h"

#include <algorithm>

#include "core/packet/layers.h"
#include "core/packet/link_type.h"

namespace flowscope {

namespace packet_internal {

DecodeStatus decodeTransport(ByteReader r, DecodedPacket& out) {
    switch (out.ipProtocol) {
        case kProtoTcp:
            return decodeTcp(r, out);
        case kProtoUdp:
            return decodeUdp(r, out);
        case kProtoIcmp:
        case kProtoIcmpv6:
            return decodeIcmp(r, out);
        default:
            return DecodeStatus::Ip;  // GRE, ESP, SCTP, tunnels...: addresses and protocol only
    }
}

}  // namespace packet_internal

DecodeStatus decodePacket(uint32_t linkType, const uint8_t* data, size_t length,
                          DecodedPacket& out) {
    using namespace packet_internal;
    out = DecodedPacket{};
    // Offsets are 31-bit; no capture record comes near 2 GiB (the file reader caps them).
    const ByteReader r = ByteReader::over(data, length);
    switch (linkType) {
        case kLinkEthernet:
            return decodeEthernet(r, out);
        case kLinkLinuxSll:
            return decodeLinuxSll(r, out);
        case kLinkLinuxSll2:
            return decodeLinuxSll2(r, out);
        case kLinkNull:
            return decodeNull(r, out);
        case kLinkLoop:
            return decodeLoop(r, out);
        case kLinkRaw:
        case kLinkRawAlt12:
        case kLinkRawAlt14:
            return decodeRawIp(r, out);
        case kLinkIpv4:
            return decodeIpv4(r, out);
        case kLinkIpv6:
            return decodeIpv6(r, out);
        case kLinkIeee80211:
            return decodeIeee80211(r, out);
        case kLinkIeee80211Radiotap:
            return decodeRadiotap(r, out);
        default:
            return DecodeStatus::NonIp;  // isSupportedLinkType() is false
    }
}

}  // namespace flowscope
