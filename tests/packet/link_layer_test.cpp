// Link layers: Ethernet (VLAN, QinQ, 802.3), Linux cooked v1/v2, NULL/LOOP, raw IP.
#include <gtest/gtest.h>

#include "frame_builder.h"

namespace flowscope::test {
namespace {

Bytes ipv4Tcp() {
    Ipv4Options o;
    const Bytes t = tcp(40000, 443, kTcpSyn);
    return cat({ipv4(o, t.size()), t});
}

Bytes ipv6Udp() {
    const Bytes u = udp(5353, 53, 4);
    return cat({ipv6(kProtoUdp, u.size() + 4), u, payload(4)});
}

void expectIpv4Tcp(DecodeStatus status, const DecodedPacket& p) {
    EXPECT_EQ(status, DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "192.168.0.1");
    EXPECT_EQ(p.dst.toString(), "8.8.8.8");
    EXPECT_EQ(p.ipProtocol, kProtoTcp);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 40000);
    EXPECT_EQ(p.dstPort, 443);
    EXPECT_EQ(p.tcpFlags, kTcpSyn);
    EXPECT_FALSE(p.truncated);
}

void expectIpv6Udp(DecodeStatus status, const DecodedPacket& p) {
    EXPECT_EQ(status, DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "2001:db8::1");
    EXPECT_EQ(p.dst.toString(), "2001:db8::2");
    EXPECT_EQ(p.ipProtocol, kProtoUdp);
    EXPECT_TRUE(p.hasPorts);
    EXPECT_EQ(p.srcPort, 5353);
    EXPECT_EQ(p.dstPort, 53);
    EXPECT_FALSE(p.truncated);
}

Bytes sll(uint16_t protocol, uint16_t hatype = 1) {
    Bytes b;
    put16(b, 0);  // packet type: to us
    put16(b, hatype);
    put16(b, 6);
    append(b, {0, 1, 2, 3, 4, 5, 0, 0});
    put16(b, protocol);
    return b;
}

Bytes sll2(uint16_t protocol, uint16_t hatype = 1) {
    Bytes b;
    put16(b, protocol);
    put16(b, 0);  // reserved
    put32(b, 3);  // interface index
    put16(b, hatype);
    put8(b, 4);  // packet type: outgoing
    put8(b, 6);
    append(b, {0, 1, 2, 3, 4, 5, 0, 0});
    return b;
}

TEST(LinkLayer, EthernetIpv4) {
    DecodedPacket p;
    const Bytes frame = cat({ethernet(kEtherIpv4), ipv4Tcp()});
    expectIpv4Tcp(decode(kLinkEthernet, frame, p), p);
    EXPECT_EQ(p.vlanTags, 0);
    EXPECT_EQ(p.payloadOffset, 14u + 20 + 20);
    EXPECT_EQ(p.payloadLength, 0u);
}

TEST(LinkLayer, EthernetIpv6) {
    DecodedPacket p;
    expectIpv6Udp(decode(kLinkEthernet, cat({ethernet(kEtherIpv6), ipv6Udp()}), p), p);
}

TEST(LinkLayer, SingleVlanTag) {
    DecodedPacket p;
    const Bytes frame = cat({ethernet(0x8100), vlanTag(0x0064, kEtherIpv4), ipv4Tcp()});
    expectIpv4Tcp(decode(kLinkEthernet, frame, p), p);
    EXPECT_EQ(p.vlanTags, 1);
    EXPECT_EQ(p.payloadOffset, 18u + 20 + 20);
}

TEST(LinkLayer, QinQ88a8Then8100) {
    DecodedPacket p;
    const Bytes frame =
        cat({ethernet(0x88a8), vlanTag(0x00c8, 0x8100), vlanTag(0x0064, kEtherIpv6), ipv6Udp()});
    expectIpv6Udp(decode(kLinkEthernet, frame, p), p);
    EXPECT_EQ(p.vlanTags, 2);
}

TEST(LinkLayer, QinQ9100AndTripleTags) {
    DecodedPacket p;
    Bytes frame = cat({ethernet(0x9100), vlanTag(1, 0x8100), vlanTag(2, kEtherIpv4), ipv4Tcp()});
    expectIpv4Tcp(decode(kLinkEthernet, frame, p), p);
    EXPECT_EQ(p.vlanTags, 2);

    frame = cat({ethernet(0x88a8), vlanTag(1, 0x88a8), vlanTag(2, 0x8100), vlanTag(3, kEtherIpv4),
                 ipv4Tcp()});
    expectIpv4Tcp(decode(kLinkEthernet, frame, p), p);
    EXPECT_EQ(p.vlanTags, 3);
}

TEST(LinkLayer, VlanTagCutIsTruncated) {
    DecodedPacket p;
    const Bytes frame = cat({ethernet(0x8100), {0x00, 0x64}});
    EXPECT_EQ(decode(kLinkEthernet, frame, p), DecodeStatus::NonIp);
    EXPECT_TRUE(p.truncated);
}

TEST(LinkLayer, Ethernet8023LengthFieldIsNonIp) {
    DecodedPacket p;
    // 802.3 + LLC (STP): the type field is a length (0x0026 = 38).
    const Bytes frame = cat({ethernet(0x0026), {0x42, 0x42, 0x03}, payload(35, 0)});
    EXPECT_EQ(decode(kLinkEthernet, frame, p), DecodeStatus::NonIp);
    EXPECT_FALSE(p.truncated);
    EXPECT_TRUE(p.src.isNone());
    // 1500 is still a length; inside a VLAN tag too.
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(1500), ipv4Tcp()}), p), DecodeStatus::NonIp);
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8100), vlanTag(5, 100), ipv4Tcp()}), p),
              DecodeStatus::NonIp);
    EXPECT_EQ(p.vlanTags, 1);
}

TEST(LinkLayer, UnknownEtherTypeIsNonIp) {
    DecodedPacket p;
    for (uint16_t type :
         {0x88cc /* LLDP */, 0x8863 /* PPPoE discovery */, 0x888e /* EAPOL */, 0x0600}) {
        EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(type), ipv4Tcp()}), p), DecodeStatus::NonIp)
            << type;
        EXPECT_FALSE(p.truncated);
        EXPECT_FALSE(p.hasPorts);
    }
}

Bytes arpRequest() {
    Bytes b;
    put16(b, 1);       // Ethernet
    put16(b, 0x0800);  // IPv4
    put8(b, 6);
    put8(b, 4);
    put16(b, 1);  // request
    append(b, {0x00, 0x11, 0x22, 0x33, 0x44, 0x55});
    put32(b, 0xc0a80001);
    append(b, {0, 0, 0, 0, 0, 0});
    put32(b, 0xc0a800fe);
    return b;
}

TEST(LinkLayer, ArpIsArp) {
    DecodedPacket p;
    const Bytes frame = cat({ethernet(kEtherArp), arpRequest(), payload(18, 0)});
    EXPECT_EQ(decode(kLinkEthernet, frame, p), DecodeStatus::Arp);
    EXPECT_EQ(p.src.toString(), "192.168.0.1");
    EXPECT_EQ(p.dst.toString(), "192.168.0.254");
    EXPECT_FALSE(p.hasPorts);
    EXPECT_FALSE(p.truncated);

    // RARP, and ARP inside a VLAN.
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8035), arpRequest()}), p), DecodeStatus::Arp);
    EXPECT_EQ(
        decode(kLinkEthernet, cat({ethernet(0x8100), vlanTag(7, kEtherArp), arpRequest()}), p),
        DecodeStatus::Arp);
    EXPECT_EQ(p.vlanTags, 1);
}

TEST(LinkLayer, ArpTruncated) {
    DecodedPacket p;
    const Bytes full = cat({ethernet(kEtherArp), arpRequest()});
    for (size_t cut = 14; cut < full.size(); ++cut) {
        EXPECT_EQ(decode(kLinkEthernet, prefix(full, cut), p), DecodeStatus::Arp) << cut;
        EXPECT_TRUE(p.truncated) << cut;
        EXPECT_TRUE(p.src.isNone()) << cut;
    }
}

TEST(LinkLayer, LinuxSllV1) {
    DecodedPacket p;
    Bytes frame = cat({sll(kEtherIpv4), ipv4Tcp()});
    ASSERT_EQ(sll(kEtherIpv4).size(), 16u);
    expectIpv4Tcp(decode(kLinkLinuxSll, frame, p), p);
    EXPECT_EQ(p.payloadOffset, 16u + 40);
    expectIpv6Udp(decode(kLinkLinuxSll, cat({sll(kEtherIpv6), ipv6Udp()}), p), p);
    EXPECT_EQ(decode(kLinkLinuxSll, cat({sll(kEtherArp), arpRequest()}), p), DecodeStatus::Arp);
    // 0x0004 = 802.2 LLC frames: not IP.
    EXPECT_EQ(decode(kLinkLinuxSll, cat({sll(0x0004), ipv4Tcp()}), p), DecodeStatus::NonIp);
    // Netlink: the protocol field is a netlink family even when it looks like 0x0800.
    EXPECT_EQ(decode(kLinkLinuxSll, cat({sll(kEtherIpv4, 824), ipv4Tcp()}), p),
              DecodeStatus::NonIp);
    // A VLAN tag re-inserted by libpcap.
    frame = cat({sll(0x8100), vlanTag(10, kEtherIpv4), ipv4Tcp()});
    expectIpv4Tcp(decode(kLinkLinuxSll, frame, p), p);
    EXPECT_EQ(p.vlanTags, 1);
}

TEST(LinkLayer, LinuxSllV2) {
    DecodedPacket p;
    ASSERT_EQ(sll2(kEtherIpv4).size(), 20u);
    expectIpv4Tcp(decode(kLinkLinuxSll2, cat({sll2(kEtherIpv4), ipv4Tcp()}), p), p);
    EXPECT_EQ(p.payloadOffset, 20u + 40);
    expectIpv6Udp(decode(kLinkLinuxSll2, cat({sll2(kEtherIpv6), ipv6Udp()}), p), p);
    EXPECT_EQ(decode(kLinkLinuxSll2, cat({sll2(kEtherArp), arpRequest()}), p), DecodeStatus::Arp);
    EXPECT_EQ(decode(kLinkLinuxSll2, cat({sll2(kEtherIpv4, 824), ipv4Tcp()}), p),
              DecodeStatus::NonIp);
    // A v1 header read as v2 must not be mistaken for IP.
    EXPECT_EQ(decode(kLinkLinuxSll2, cat({sll(kEtherIpv4), ipv4Tcp()}), p), DecodeStatus::NonIp);
}

TEST(LinkLayer, NullBothByteOrders) {
    DecodedPacket p;
    Bytes le, be;
    putLe32(le, 2);
    put32(be, 2);
    expectIpv4Tcp(decode(kLinkNull, cat({le, ipv4Tcp()}), p), p);
    EXPECT_EQ(p.payloadOffset, 4u + 40);
    expectIpv4Tcp(decode(kLinkNull, cat({be, ipv4Tcp()}), p), p);
    for (uint32_t af6 : {24u, 28u, 30u}) {
        Bytes le6, be6;
        putLe32(le6, af6);
        put32(be6, af6);
        expectIpv6Udp(decode(kLinkNull, cat({le6, ipv6Udp()}), p), p);
        expectIpv6Udp(decode(kLinkNull, cat({be6, ipv6Udp()}), p), p);
    }
    // Old Linux loopback: an EtherType in network order in bytes 2-3.
    expectIpv4Tcp(decode(kLinkNull, cat({{0x0f, 0x00, 0x08, 0x00}, ipv4Tcp()}), p), p);
    expectIpv6Udp(decode(kLinkNull, cat({{0x0f, 0x00, 0x86, 0xdd}, ipv6Udp()}), p), p);
    Bytes other;
    putLe32(other, 7);
    EXPECT_EQ(decode(kLinkNull, cat({other, ipv4Tcp()}), p), DecodeStatus::NonIp);
    EXPECT_FALSE(p.truncated);
}

TEST(LinkLayer, LoopNetworkOrderOnly) {
    DecodedPacket p;
    Bytes be4, be6, le4;
    put32(be4, 2);
    put32(be6, 24);
    putLe32(le4, 2);
    expectIpv4Tcp(decode(kLinkLoop, cat({be4, ipv4Tcp()}), p), p);
    expectIpv6Udp(decode(kLinkLoop, cat({be6, ipv6Udp()}), p), p);
    EXPECT_EQ(decode(kLinkLoop, cat({le4, ipv4Tcp()}), p), DecodeStatus::NonIp);
}

TEST(LinkLayer, RawVersionNibble) {
    DecodedPacket p;
    for (uint32_t link : {uint32_t{kLinkRaw}, uint32_t{kLinkRawAlt12}, uint32_t{kLinkRawAlt14}}) {
        expectIpv4Tcp(decode(link, ipv4Tcp(), p), p);
        EXPECT_EQ(p.payloadOffset, 40u);
        expectIpv6Udp(decode(link, ipv6Udp(), p), p);
        Bytes bad = ipv4Tcp();
        bad[0] = 0x55;
        EXPECT_EQ(decode(link, bad, p), DecodeStatus::Malformed);
    }
}

TEST(LinkLayer, RawIpv4AndIpv6LinkTypes) {
    DecodedPacket p;
    expectIpv4Tcp(decode(kLinkIpv4, ipv4Tcp(), p), p);
    expectIpv6Udp(decode(kLinkIpv6, ipv6Udp(), p), p);
    EXPECT_EQ(decode(kLinkIpv4, ipv6Udp(), p), DecodeStatus::Malformed);
    EXPECT_EQ(decode(kLinkIpv6, ipv4Tcp(), p), DecodeStatus::Malformed);
}

TEST(LinkLayer, ShortLinkHeadersAreTruncated) {
    const struct {
        uint32_t link;
        size_t header;
    } cases[] = {{kLinkEthernet, 14}, {kLinkLinuxSll, 16}, {kLinkLinuxSll2, 20}, {kLinkNull, 4},
                 {kLinkLoop, 4},      {kLinkRaw, 1},       {kLinkIpv4, 1},       {kLinkIpv6, 1}};
    DecodedPacket p;
    for (const auto& c : cases) {
        for (size_t n = 0; n < c.header; ++n) {
            EXPECT_EQ(decode(c.link, payload(n, 0x08), p), DecodeStatus::NonIp) << c.link;
            EXPECT_TRUE(p.truncated) << c.link << " " << n;
        }
    }
}

TEST(LinkLayer, UnsupportedLinkTypeIsNonIp) {
    DecodedPacket p;
    EXPECT_EQ(decode(192 /* PPI */, cat({ethernet(kEtherIpv4), ipv4Tcp()}), p),
              DecodeStatus::NonIp);
    EXPECT_FALSE(p.truncated);
    EXPECT_TRUE(p.src.isNone());
}

TEST(LinkLayer, NullDataAndOutputReset) {
    DecodedPacket p;
    expectIpv4Tcp(decode(kLinkEthernet, cat({ethernet(kEtherIpv4), ipv4Tcp()}), p), p);
    EXPECT_EQ(decodePacket(kLinkEthernet, nullptr, 100, p), DecodeStatus::NonIp);
    EXPECT_TRUE(p.truncated);
    EXPECT_TRUE(p.src.isNone());
    EXPECT_FALSE(p.hasPorts);
    EXPECT_EQ(p.ipProtocol, 0);
}

}  // namespace
}  // namespace flowscope::test
