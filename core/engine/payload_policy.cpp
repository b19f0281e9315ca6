#include "core/engine/payload_policy.h"

#include <algorithm>

#include "core/packet/decoder.h"

namespace flowscope {

namespace {

constexpr uint16_t kDnsPort = 53;
constexpr uint16_t kMdnsPort = 5353;

// "GET ", "POST ", "CONNECT ", ...: an upper-case token of 3 to 7 letters and a space.
bool looksLikeHttpRequest(const uint8_t* p, uint32_t n) {
    uint32_t i = 0;
    while (i < n && i < 8 && p[i] >= 'A' && p[i] <= 'Z') {
        ++i;
    }
    return i >= 3 && i < n && p[i] == ' ';
}

// A TLS handshake record (content type 22, version 3.x).
bool looksLikeTlsHandshake(const uint8_t* p, uint32_t n) {
    return n >= 2 && p[0] == 0x16 && p[1] == 0x03;
}

}  // namespace

uint32_t bytesToCopy(const RawPacket& packet, uint32_t copyBytes) {
    const uint32_t headerCopy = std::min(packet.capturedLength, copyBytes);
    if (packet.capturedLength <= copyBytes) {
        return headerCopy;
    }
    DecodedPacket decoded;
    if (decodePacket(packet.linkType, packet.data, packet.capturedLength, decoded) !=
            DecodeStatus::Ip ||
        !decoded.hasPorts || decoded.payloadLength == 0) {
        return headerCopy;
    }
    const uint8_t* payload = packet.data + decoded.payloadOffset;
    const uint32_t n = decoded.payloadLength;
    bool wanted = false;
    if (decoded.ipProtocol == kProtoUdp) {
        wanted = decoded.srcPort == kDnsPort || decoded.srcPort == kMdnsPort ||
                 decoded.dstPort == kMdnsPort;
    } else if (decoded.ipProtocol == kProtoTcp) {
        wanted = decoded.srcPort == kDnsPort || looksLikeTlsHandshake(payload, n) ||
                 looksLikeHttpRequest(payload, n);
    }
    return wanted ? std::min(packet.capturedLength, kNamePayloadBytes) : headerCopy;
}

}  // namespace flowscope
