// TCP, UDP, ICMP, ICMPv6.
#include <gtest/gtest.h>

#include "frame_builder.h"

namespace flowscope::test {
namespace {

DecodeStatus decodeV4(uint8_t protocol, const Bytes& l4, DecodedPacket& p,
                      size_t declaredPayload = SIZE_MAX) {
    Ipv4Options o;
    o.protocol = protocol;
    const size_t length = declaredPayload == SIZE_MAX ? l4.size() : declaredPayload;
    return decode(kLinkEthernet, cat({ethernet(kEtherIpv4), ipv4(o, length), l4}), p);
}

DecodeStatus decodeV6(uint8_t protocol, const Bytes& l4, DecodedPacket& p) {
    return decode(kLinkEthernet, cat({ethernet(kEtherIpv6), ipv6(protocol, l4.size()), l4}), p);
}

TEST(Tcp, PortsAndFlags) {
    const uint8_t flagSets[] = {kTcpSyn,
                                kTcpSyn | kTcpAck,
                                kTcpAck,
                                kTcpFin | kTcpAck,
                                kTcpRst,
                                kTcpRst | kTcpAck,
                                kTcpPsh | kTcpAck,
                                kTcpUrg | kTcpAck,
                                kTcpSyn | kTcpEce | kTcpCwr,
                                0xff,
                                0};
    for (uint8_t flags : flagSets) {
        DecodedPacket p;
        ASSERT_EQ(decodeV4(kProtoTcp, tcp(51000, 8080, flags), p), DecodeStatus::Ip);
        EXPECT_TRUE(p.hasPorts);
        EXPECT_EQ(p.srcPort, 51000);
        EXPECT_EQ(p.dstPort, 8080);
        EXPECT_EQ(p.tcpFlags, flags);
        EXPECT_FALSE(p.hasIcmp);
    }
}

TEST(Tcp, OptionsAndPayloadOffset) {
    Bytes options = {0x02, 0x04, 0x05, 0xb4, 0x01, 0x03, 0x03, 0x07};  // MSS, NOP, WS
    append(options, {0x01, 0x01, 0x08, 0x0a});
    append(options, payload(8, 0));  // timestamps
    const Bytes t = tcp(443, 50000, kTcpAck, options);
    ASSERT_EQ(t.size(), 40u);
    DecodedPacket p;
    ASSERT_EQ(decodeV6(kProtoTcp, cat({t, payload(100)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.payloadOffset, 14u + 40 + 40);
    EXPECT_EQ(p.payloadLength, 100u);
}

TEST(Tcp, DataOffsetBelowFiveIsMalformed) {
    for (int dataOffset = 0; dataOffset < 5; ++dataOffset) {
        DecodedPacket p;
        EXPECT_EQ(decodeV4(kProtoTcp, tcp(1, 2, kTcpSyn, {}, dataOffset), p),
                  DecodeStatus::Malformed)
            << dataOffset;
        EXPECT_FALSE(p.hasPorts);
    }
}

TEST(Tcp, DataOffsetBeyondDatagramIsMalformed) {
    DecodedPacket p;
    // Data offset 15 (60 bytes) in a 20-byte segment whose IP length ends there, frame padded.
    EXPECT_EQ(decodeV4(kProtoTcp, cat({tcp(1, 2, kTcpSyn, {}, 15), payload(40, 0)}), p, 20),
              DecodeStatus::Malformed);
}

TEST(Tcp, SegmentShorterThanHeaderIsMalformed) {
    DecodedPacket p;
    const Bytes t = tcp(1, 2, kTcpSyn);
    EXPECT_EQ(decodeV4(kProtoTcp, t, p, 12), DecodeStatus::Malformed);
}

TEST(Udp, PayloadOffsetAndLength) {
    const Bytes dns = payload(29, 0x11);
    const Bytes u = udp(53000, 53, dns.size());
    DecodedPacket p;
    ASSERT_EQ(decodeV4(kProtoUdp, cat({u, dns}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, kProtoUdp);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 53000);
    EXPECT_EQ(p.dstPort, 53);
    EXPECT_EQ(p.tcpFlags, 0);
    EXPECT_EQ(p.payloadOffset, 14u + 20 + 8);
    EXPECT_EQ(p.payloadLength, 29u);
    EXPECT_FALSE(p.truncated);
}

TEST(Udp, EthernetPaddingIsNotPayload) {
    // A 2-byte datagram padded to the 60-byte Ethernet minimum.
    Ipv4Options o;
    o.protocol = kProtoUdp;
    const Bytes frame =
        cat({ethernet(kEtherIpv4), ipv4(o, 10), udp(1, 2, 2), payload(2), payload(16, 0)});
    ASSERT_EQ(frame.size(), 60u);
    DecodedPacket p;
    ASSERT_EQ(decode(kLinkEthernet, frame, p), DecodeStatus::Ip);
    EXPECT_EQ(p.payloadOffset, 42u);
    EXPECT_EQ(p.payloadLength, 2u);
}

TEST(Udp, UdpLengthBoundsPayload) {
    DecodedPacket p;
    // UDP says 4 bytes of payload, the IP datagram carries 10.
    ASSERT_EQ(decodeV4(kProtoUdp, cat({udp(1, 2, 4), payload(10)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.payloadLength, 4u);
    // UDP says more than the datagram: bounded by the datagram.
    ASSERT_EQ(decodeV4(kProtoUdp, cat({udp(1, 2, 500), payload(10)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.payloadLength, 10u);
    // Length 0 (jumbogram convention): whatever the datagram carries.
    ASSERT_EQ(decodeV4(kProtoUdp, cat({udp(1, 2, 0, 0), payload(10)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.payloadLength, 10u);
}

TEST(Udp, LengthBelowHeaderIsMalformed) {
    for (int length = 1; length < 8; ++length) {
        DecodedPacket p;
        EXPECT_EQ(decodeV4(kProtoUdp, udp(1, 2, 0, length), p), DecodeStatus::Malformed);
    }
}

TEST(Udp, OverIpv6) {
    DecodedPacket p;
    ASSERT_EQ(decodeV6(kProtoUdp, cat({udp(546, 547, 6), payload(6)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.srcPort, 546);
    EXPECT_EQ(p.payloadOffset, 14u + 40 + 8);
    EXPECT_EQ(p.payloadLength, 6u);
}

TEST(Icmp, EchoRequestAndReply) {
    for (uint8_t type : {8, 0}) {
        DecodedPacket p;
        ASSERT_EQ(decodeV4(kProtoIcmp, cat({icmp(type, 0, 0x1234, 7), payload(56)}), p),
                  DecodeStatus::Ip);
        EXPECT_EQ(p.ipProtocol, kProtoIcmp);
        EXPECT_TRUE(p.hasIcmp);
        EXPECT_EQ(p.icmpType, type);
        EXPECT_EQ(p.icmpCode, 0);
        EXPECT_FALSE(p.hasPorts);
        EXPECT_EQ(p.payloadOffset, 14u + 20 + 8);
        EXPECT_EQ(p.payloadLength, 56u);
    }
}

TEST(Icmp, ErrorQuotesInnerHeaderButKeepsOuterPacket) {
    // Port unreachable from 10.0.0.1 to 192.168.0.1, quoting 192.168.0.1 -> 10.9.9.9 UDP.
    Ipv4Options inner;
    inner.protocol = kProtoUdp;
    inner.src = 0xc0a80001;
    inner.dst = 0x0a090909;
    const Bytes quoted = cat({ipv4(inner, 8 + 20), udp(40000, 53, 20)});
    Ipv4Options outer;
    outer.protocol = kProtoIcmp;
    outer.src = 0x0a000001;
    outer.dst = 0xc0a80001;
    const Bytes l4 = cat({icmp(3, 3, 0, 0), quoted});
    DecodedPacket p;
    ASSERT_EQ(decode(kLinkEthernet, cat({ethernet(kEtherIpv4), ipv4(outer, l4.size()), l4}), p),
              DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "10.0.0.1");
    EXPECT_EQ(p.dst.toString(), "192.168.0.1");
    EXPECT_EQ(p.ipProtocol, kProtoIcmp);
    EXPECT_TRUE(p.hasIcmp);
    EXPECT_EQ(p.icmpType, 3);
    EXPECT_EQ(p.icmpCode, 3);
    EXPECT_FALSE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 0);
    EXPECT_EQ(p.dstPort, 0);
    EXPECT_EQ(p.fragment, FragmentKind::None);
    EXPECT_FALSE(p.truncated);
}

TEST(Icmp, TypeAndCodeWithoutTheRest) {
    DecodedPacket p;
    // Only type and code captured (declared longer): still ICMP, no payload.
    Ipv4Options o;
    o.protocol = kProtoIcmp;
    ASSERT_EQ(decode(kLinkEthernet, cat({ethernet(kEtherIpv4), ipv4(o, 64), {11, 0}}), p),
              DecodeStatus::Ip);
    EXPECT_TRUE(p.hasIcmp);
    EXPECT_EQ(p.icmpType, 11);
    EXPECT_FALSE(p.truncated);
    EXPECT_EQ(p.payloadLength, 0u);
    // One byte: truncated, no ICMP fields.
    ASSERT_EQ(decode(kLinkEthernet, cat({ethernet(kEtherIpv4), ipv4(o, 64), {11}}), p),
              DecodeStatus::Ip);
    EXPECT_FALSE(p.hasIcmp);
    EXPECT_TRUE(p.truncated);
}

TEST(Icmpv6, EchoAndNeighborDiscovery) {
    for (uint8_t type : {128, 129, 133, 135, 136}) {
        DecodedPacket p;
        ASSERT_EQ(decodeV6(kProtoIcmpv6, cat({icmp(type, 0), payload(16)}), p), DecodeStatus::Ip);
        EXPECT_EQ(p.ipProtocol, kProtoIcmpv6);
        EXPECT_TRUE(p.hasIcmp);
        EXPECT_EQ(p.icmpType, type);
        EXPECT_FALSE(p.hasPorts);
    }
}

TEST(Icmpv6, ErrorAfterHopByHopKeepsOuterPacket) {
    // Destination unreachable (1/4) quoting a TCP packet between other addresses.
    Bytes quoted = ipv6(kProtoTcp, 20);
    quoted[8 + 15] = 0x99;
    append(quoted, tcp(1, 2, kTcpSyn));
    const Bytes chain = cat({ext8(kProtoIcmpv6), icmp(1, 4, 0, 0), quoted});
    DecodedPacket p;
    ASSERT_EQ(decode(kLinkEthernet, cat({ethernet(kEtherIpv6), ipv6(0, chain.size()), chain}), p),
              DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "2001:db8::1");
    EXPECT_EQ(p.dst.toString(), "2001:db8::2");
    EXPECT_EQ(p.ipProtocol, kProtoIcmpv6);
    EXPECT_EQ(p.icmpType, 1);
    EXPECT_EQ(p.icmpCode, 4);
    EXPECT_FALSE(p.hasPorts);
    EXPECT_EQ(p.tcpFlags, 0);
}

}  // namespace
}  // namespace flowscope::test
