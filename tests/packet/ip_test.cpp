// IPv4 (options, fragments, length checks) and IPv6 (extension-header chain, fragments).
#include <gtest/gtest.h>

#include "frame_builder.h"

namespace flowscope::test {
namespace {

DecodeStatus decodeEth4(const Bytes& ip, DecodedPacket& p) {
    return decode(kLinkEthernet, cat({ethernet(kEtherIpv4), ip}), p);
}

DecodeStatus decodeEth6(const Bytes& ip, DecodedPacket& p) {
    return decode(kLinkEthernet, cat({ethernet(kEtherIpv6), ip}), p);
}

// ---- IPv4 ----

TEST(Ipv4, OptionsAreSkipped) {
    for (size_t optionWords : {1u, 2u, 10u}) {
        Ipv4Options o;
        o.options = Bytes(optionWords * 4, 0x01);  // NOPs
        o.options[0] = 0x94;                       // router alert
        const Bytes t = tcp(1234, 80, kTcpAck);
        DecodedPacket p;
        ASSERT_EQ(decodeEth4(cat({ipv4(o, t.size() + 5), t, payload(5)}), p), DecodeStatus::Ip);
        EXPECT_TRUE(p.hasPorts);
        EXPECT_EQ(p.srcPort, 1234);
        EXPECT_EQ(p.dstPort, 80);
        EXPECT_EQ(p.payloadOffset, 14 + 20 + optionWords * 4 + 20);
        EXPECT_EQ(p.payloadLength, 5u);
        EXPECT_EQ(p.fragment, FragmentKind::None);
        EXPECT_EQ(p.fragmentId, 0x1234u);
    }
}

TEST(Ipv4, OptionsCutByCaptureAreTruncated) {
    Ipv4Options o;
    o.options = Bytes(40, 0x01);
    const Bytes full = cat({ethernet(kEtherIpv4), ipv4(o, 20), tcp(1, 2, kTcpSyn)});
    for (size_t cut = 14 + 20; cut < 14 + 60; ++cut) {
        DecodedPacket p;
        ASSERT_EQ(decode(kLinkEthernet, prefix(full, cut), p), DecodeStatus::Ip) << cut;
        EXPECT_TRUE(p.truncated);
        EXPECT_EQ(p.src.toString(), "192.168.0.1");
        EXPECT_EQ(p.ipProtocol, kProtoTcp);
        EXPECT_FALSE(p.hasPorts);
    }
}

TEST(Ipv4, FirstFragment) {
    Ipv4Options o;
    o.protocol = kProtoUdp;
    o.id = 0xbeef;
    o.flagsAndOffset = 0x2000;  // MF, offset 0
    const Bytes u = udp(5000, 6000, 3000);
    DecodedPacket p;
    ASSERT_EQ(decodeEth4(cat({ipv4(o, 8 + 1472), u, payload(1472)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.fragment, FragmentKind::First);
    EXPECT_EQ(p.fragmentId, 0xbeefu);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 5000);
    EXPECT_EQ(p.dstPort, 6000);
    EXPECT_EQ(p.payloadLength, 1472u);  // the fragment's share, not the UDP length
}

TEST(Ipv4, NonFirstFragmentsHaveNoTransportHeader) {
    for (uint16_t flagsAndOffset : {0x20b9 /* MF, offset 185 */, 0x00b9 /* last */, 0x0001}) {
        Ipv4Options o;
        o.protocol = kProtoTcp;
        o.id = 0x4242;
        o.flagsAndOffset = flagsAndOffset;
        // The data happens to look like a TCP header; it must not be read as one.
        const Bytes data = tcp(1111, 2222, kTcpSyn);
        DecodedPacket p;
        ASSERT_EQ(decodeEth4(cat({ipv4(o, data.size()), data}), p), DecodeStatus::Ip);
        EXPECT_EQ(p.fragment, FragmentKind::NonFirst);
        EXPECT_EQ(p.fragmentId, 0x4242u);
        EXPECT_EQ(p.ipProtocol, kProtoTcp);
        EXPECT_FALSE(p.hasPorts);
        EXPECT_EQ(p.tcpFlags, 0);
        EXPECT_FALSE(p.truncated);
        EXPECT_EQ(p.src.toString(), "192.168.0.1");
    }
}

TEST(Ipv4, TinyFirstFragmentIsNotMalformed) {
    Ipv4Options o;
    o.flagsAndOffset = 0x2000;
    const Bytes t = tcp(1, 2, kTcpSyn);
    DecodedPacket p;
    // Only 8 bytes of the TCP header in the first fragment (RFC 1858).
    ASSERT_EQ(decodeEth4(cat({ipv4(o, 8), prefix(t, 8)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.fragment, FragmentKind::First);
    EXPECT_FALSE(p.hasPorts);
    EXPECT_FALSE(p.truncated);
}

TEST(Ipv4, BadVersionIsMalformed) {
    for (uint8_t version : {0, 5, 6, 15}) {
        Ipv4Options o;
        o.version = version;
        DecodedPacket p;
        EXPECT_EQ(decodeEth4(cat({ipv4(o, 20), tcp(1, 2, 0)}), p), DecodeStatus::Malformed)
            << int(version);
    }
}

TEST(Ipv4, IhlBelowFiveIsMalformed) {
    for (int ihl = 0; ihl < 5; ++ihl) {
        Ipv4Options o;
        o.ihlOverride = ihl;
        DecodedPacket p;
        EXPECT_EQ(decodeEth4(cat({ipv4(o, 20), tcp(1, 2, 0)}), p), DecodeStatus::Malformed) << ihl;
    }
}

TEST(Ipv4, TotalLengthZeroMeansOffloadedAndUsesTheCapturedLength) {
    Ipv4Options o;
    o.totalLengthOverride = 0;
    DecodedPacket p;
    ASSERT_EQ(decodeEth4(cat({ipv4(o, 20), tcp(1, 2, kTcpAck), payload(100)}), p),
              DecodeStatus::Ip);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 1);
    EXPECT_EQ(p.payloadLength, 100u);
}

TEST(Ipv4, TotalLengthBelowHeaderLengthIsMalformed) {
    for (int total : {1, 19}) {
        Ipv4Options o;
        o.totalLengthOverride = total;
        DecodedPacket p;
        EXPECT_EQ(decodeEth4(cat({ipv4(o, 20), tcp(1, 2, 0)}), p), DecodeStatus::Malformed)
            << total;
    }
    Ipv4Options o;
    o.options = Bytes(8, 1);
    o.totalLengthOverride = 24;  // < 28-byte header
    DecodedPacket p;
    EXPECT_EQ(decodeEth4(cat({ipv4(o, 20), tcp(1, 2, 0)}), p), DecodeStatus::Malformed);
}

TEST(Ipv4, TotalLengthBeyondCaptureIsNormal) {
    // Snaplen cut inside the payload: headers complete, so not truncated.
    Ipv4Options o;
    const Bytes t = tcp(1, 2, kTcpAck);
    DecodedPacket p;
    ASSERT_EQ(decodeEth4(cat({ipv4(o, 20 + 1000), t, payload(100)}), p), DecodeStatus::Ip);
    EXPECT_FALSE(p.truncated);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.payloadLength, 100u);
}

TEST(Ipv4, OtherProtocolsKeepAddresses) {
    Ipv4Options o;
    o.protocol = 47;  // GRE
    DecodedPacket p;
    ASSERT_EQ(decodeEth4(cat({ipv4(o, 8), payload(8)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, 47);
    EXPECT_FALSE(p.hasPorts);
    EXPECT_FALSE(p.hasIcmp);
    EXPECT_FALSE(p.truncated);
    EXPECT_EQ(p.dst.toString(), "8.8.8.8");
}

// ---- IPv6 ----

TEST(Ipv6, ExtensionChainToTcp) {
    // hop-by-hop -> routing -> destination options -> TCP
    const Bytes t = tcp(33000, 22, kTcpPsh | kTcpAck);
    const Bytes chain = cat({ext8(43), ext8(60), ext8(kProtoTcp), t, payload(7)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(0, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, kProtoTcp);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 33000);
    EXPECT_EQ(p.dstPort, 22);
    EXPECT_EQ(p.tcpFlags, kTcpPsh | kTcpAck);
    EXPECT_EQ(p.payloadOffset, 14u + 40 + 24 + 20);
    EXPECT_EQ(p.payloadLength, 7u);
    EXPECT_EQ(p.fragment, FragmentKind::None);
}

TEST(Ipv6, LongExtensionHeaderLength) {
    // A destination-options header of (2 + 1) * 8 = 24 bytes.
    Bytes dest = {kProtoUdp, 2};
    append(dest, payload(22, 0x01));
    const Bytes chain = cat({dest, udp(1, 2, 0)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(60, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, kProtoUdp);
    EXPECT_EQ(p.dstPort, 2);
}

TEST(Ipv6, MobilityHipShim6AreWalked) {
    const Bytes chain = cat({ext8(139), ext8(140), ext8(kProtoUdp), udp(7, 8, 0)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(135, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, kProtoUdp);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 7);
}

TEST(Ipv6, AuthenticationHeaderLengthInFourByteUnits) {
    // AH payload length 4 -> (4 + 2) * 4 = 24 bytes.
    Bytes ah = {kProtoTcp, 4, 0, 0};
    append(ah, payload(20, 0x5a));
    const Bytes chain = cat({ah, tcp(1000, 2000, kTcpFin | kTcpAck)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(51, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, kProtoTcp);
    EXPECT_EQ(p.srcPort, 1000);
    EXPECT_EQ(p.tcpFlags, kTcpFin | kTcpAck);
    EXPECT_EQ(p.payloadOffset, 14u + 40 + 24 + 20);
}

TEST(Ipv6, EspStopsTheChain) {
    const Bytes chain = cat({ext8(50), payload(40)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(0, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, 50);
    EXPECT_FALSE(p.hasPorts);
    EXPECT_FALSE(p.truncated);
}

TEST(Ipv6, NoNextHeader) {
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(ipv6(59, 0), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, 59);
    EXPECT_FALSE(p.truncated);
    ASSERT_EQ(decodeEth6(cat({ipv6(60, 8), ext8(59)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, 59);
}

TEST(Ipv6, FirstFragment) {
    const Bytes u = udp(53, 40000, 2000);
    const Bytes chain = cat({fragment6(kProtoUdp, 0, true, 0xdeadbeef), u, payload(1000)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(44, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.fragment, FragmentKind::First);
    EXPECT_EQ(p.fragmentId, 0xdeadbeefu);
    EXPECT_EQ(p.ipProtocol, kProtoUdp);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 53);
    EXPECT_EQ(p.payloadLength, 1000u);
}

TEST(Ipv6, NonFirstFragmentAfterHopByHop) {
    for (bool more : {true, false}) {
        const Bytes chain =
            cat({ext8(44), fragment6(kProtoTcp, 150, more, 0x01020304), tcp(1, 2, kTcpSyn)});
        DecodedPacket p;
        ASSERT_EQ(decodeEth6(cat({ipv6(0, chain.size()), chain}), p), DecodeStatus::Ip);
        EXPECT_EQ(p.fragment, FragmentKind::NonFirst);
        EXPECT_EQ(p.fragmentId, 0x01020304u);
        EXPECT_EQ(p.ipProtocol, kProtoTcp);
        EXPECT_FALSE(p.hasPorts);
        EXPECT_EQ(p.tcpFlags, 0);
        EXPECT_FALSE(p.truncated);
    }
}

TEST(Ipv6, AtomicFragmentIsWholePacket) {
    const Bytes chain = cat({fragment6(kProtoUdp, 0, false, 77), udp(1, 2, 0)});
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(44, chain.size()), chain}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.fragment, FragmentKind::None);
    EXPECT_TRUE(p.hasPorts);
}

TEST(Ipv6, BadVersionIsMalformed) {
    DecodedPacket p;
    EXPECT_EQ(decodeEth6(cat({ipv6(kProtoUdp, 8, 4), udp(1, 2, 0)}), p), DecodeStatus::Malformed);
    EXPECT_EQ(decodeEth6(cat({ipv6(kProtoUdp, 8, 0), udp(1, 2, 0)}), p), DecodeStatus::Malformed);
}

TEST(Ipv6, ExtensionHeaderBeyondPayloadLengthIsMalformed) {
    // The hop-by-hop header claims 16 bytes but the payload length says 8.
    Bytes hbh = {kProtoUdp, 1, 0, 0, 0, 0, 0, 0};
    DecodedPacket p;
    EXPECT_EQ(decodeEth6(cat({ipv6(0, 8), hbh, payload(20)}), p), DecodeStatus::Malformed);
}

TEST(Ipv6, ExtensionHeaderCutByCaptureIsTruncated) {
    const Bytes full = cat({ethernet(kEtherIpv6), ipv6(0, 40), ext8(44),
                            fragment6(kProtoUdp, 0, true, 9), udp(1, 2, 100)});
    for (size_t cut = 54; cut < 54 + 16; ++cut) {
        DecodedPacket p;
        ASSERT_EQ(decode(kLinkEthernet, prefix(full, cut), p), DecodeStatus::Ip) << cut;
        EXPECT_TRUE(p.truncated) << cut;
        EXPECT_FALSE(p.hasPorts);
        EXPECT_EQ(p.src.toString(), "2001:db8::1");
        // The protocol is the header that could not be read.
        EXPECT_EQ(p.ipProtocol, cut < 62 ? 0 : 44) << cut;
    }
}

TEST(Ipv6, PayloadLengthBoundsTrailer) {
    const Bytes u = udp(1, 2, 4);
    DecodedPacket p;
    // 6 bytes of trailer after the datagram are not payload.
    ASSERT_EQ(decodeEth6(cat({ipv6(kProtoUdp, 12), u, payload(4), payload(6, 0)}), p),
              DecodeStatus::Ip);
    EXPECT_EQ(p.payloadLength, 4u);
}

TEST(Ipv6, ZeroPayloadLengthUsesCapture) {
    // Jumbogram / segmentation offload: payload length 0, use what was captured.
    const Bytes u = udp(1, 2, 0, 0);
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(kProtoUdp, 0), u, payload(30)}), p), DecodeStatus::Ip);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.payloadLength, 30u);
}

TEST(Ipv6, UnknownTransportKeepsProtocol) {
    DecodedPacket p;
    ASSERT_EQ(decodeEth6(cat({ipv6(132, 12), payload(12)}), p), DecodeStatus::Ip);
    EXPECT_EQ(p.ipProtocol, 132);
    EXPECT_FALSE(p.hasPorts);
    EXPECT_FALSE(p.truncated);
}

}  // namespace
}  // namespace flowscope::test
