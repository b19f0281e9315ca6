// Builders of DecodedPacket values for the flow tests.
#pragma once

#include <string_view>

#include "core/base/ip_address.h"
#include "core/packet/decoded_packet.h"

namespace flowscope::test {

inline IpAddress ip(std::string_view text) {
    return *IpAddress::parse(text);
}

inline DecodedPacket tcp(std::string_view src, uint16_t srcPort, std::string_view dst,
                         uint16_t dstPort, uint8_t flags = kTcpAck) {
    DecodedPacket p;
    p.src = ip(src);
    p.dst = ip(dst);
    p.ipProtocol = kProtoTcp;
    p.hasPorts = true;
    p.srcPort = srcPort;
    p.dstPort = dstPort;
    p.tcpFlags = flags;
    return p;
}

inline DecodedPacket udp(std::string_view src, uint16_t srcPort, std::string_view dst,
                         uint16_t dstPort) {
    DecodedPacket p = tcp(src, srcPort, dst, dstPort, 0);
    p.ipProtocol = kProtoUdp;
    return p;
}

inline DecodedPacket icmp(std::string_view src, std::string_view dst, uint8_t type = 8) {
    DecodedPacket p;
    p.src = ip(src);
    p.dst = ip(dst);
    p.ipProtocol = ip(src).isV6() ? kProtoIcmpv6 : kProtoIcmp;
    p.hasIcmp = true;
    p.icmpType = type;
    return p;
}

}  // namespace flowscope::test
