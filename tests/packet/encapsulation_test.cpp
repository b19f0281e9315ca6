// Encapsulations between the link layer and IP: IEEE 802.11 (plain and radiotap), 802.2
// LLC/SNAP, PPPoE sessions and MPLS label stacks; and every decoder's cut header.
#include <gtest/gtest.h>

#include <string>

#include "frame_builder.h"

namespace flowscope::test {
namespace {

Bytes ipv4Udp() {
    Ipv4Options o;
    o.protocol = kProtoUdp;
    const Bytes u = udp(5353, 53, 4);
    return cat({ipv4(o, u.size() + 4), u, payload(4)});
}

Bytes ipv6Tcp() {
    const Bytes t = tcp(40000, 443, kTcpSyn);
    return cat({ipv6(kProtoTcp, t.size()), t});
}

void expectIpv4Udp(DecodeStatus status, const DecodedPacket& p) {
    EXPECT_EQ(status, DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "192.168.0.1");
    EXPECT_EQ(p.dst.toString(), "8.8.8.8");
    EXPECT_EQ(p.ipProtocol, kProtoUdp);
    EXPECT_EQ(p.dstPort, 53);
    EXPECT_FALSE(p.truncated);
}

void expectIpv6Tcp(DecodeStatus status, const DecodedPacket& p) {
    EXPECT_EQ(status, DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "2001:db8::1");
    EXPECT_EQ(p.ipProtocol, kProtoTcp);
    EXPECT_EQ(p.dstPort, 443);
    EXPECT_FALSE(p.truncated);
}

TEST(Ieee80211, DataFrameWithSnap) {
    DecodedPacket p;
    expectIpv4Udp(decode(kLinkIeee80211, cat({wifiHeader({}), snap(0x0800), ipv4Udp()}), p), p);
    expectIpv6Tcp(decode(kLinkIeee80211, cat({wifiHeader({}), snap(0x86dd), ipv6Tcp()}), p), p);
}

TEST(Ieee80211, QosAddress4AndHtControlAreSkipped) {
    WifiOptions o;
    o.subtype = 8;
    for (uint8_t flags : {0x01, 0x02, 0x03, 0x81, 0x83}) {
        o.flags = flags;
        DecodedPacket p;
        expectIpv4Udp(decode(kLinkIeee80211, cat({wifiHeader(o), snap(0x0800), ipv4Udp()}), p), p);
    }
    // The order bit without QoS is not an HT control field.
    o.subtype = 0;
    o.flags = 0x81;
    DecodedPacket p;
    expectIpv4Udp(decode(kLinkIeee80211, cat({wifiHeader(o), snap(0x0800), ipv4Udp()}), p), p);
}

TEST(Ieee80211, AmsduFirstSubframeIsDecoded) {
    WifiOptions o;
    o.subtype = 8;
    o.qos0 = 0x80;
    const Bytes ip = ipv4Udp();
    Bytes subframe = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    put16(subframe, unsigned(8 + ip.size()));
    DecodedPacket p;
    expectIpv4Udp(decode(kLinkIeee80211, cat({wifiHeader(o), subframe, snap(0x0800), ip}), p), p);
}

TEST(Ieee80211, FramesWithoutReadableIpAreNonIp) {
    const Bytes body = cat({snap(0x0800), ipv4Udp()});
    WifiOptions management;
    management.type = 0;
    WifiOptions control;
    control.type = 1;
    WifiOptions null;
    null.subtype = 4;
    WifiOptions qosNull;
    qosNull.subtype = 12;
    WifiOptions protectedFrame;
    protectedFrame.flags = 0x41;
    WifiOptions laterFragment;
    laterFragment.fragment = 1;
    for (const WifiOptions& o :
         {management, control, null, qosNull, protectedFrame, laterFragment}) {
        DecodedPacket p;
        EXPECT_EQ(decode(kLinkIeee80211, cat({wifiHeader(o), body}), p), DecodeStatus::NonIp);
        EXPECT_TRUE(p.src.isNone());
        EXPECT_FALSE(p.truncated);
    }
    // A first fragment (more-fragments set, number 0) starts with LLC and the IP header.
    WifiOptions firstFragment;
    firstFragment.flags = 0x05;
    DecodedPacket p;
    expectIpv4Udp(decode(kLinkIeee80211, cat({wifiHeader(firstFragment), body}), p), p);
}

TEST(Radiotap, HeaderLengthAndDataPad) {
    WifiOptions qos;
    qos.subtype = 8;
    qos.flags = 0x01;  // 26-byte header
    const Bytes body = cat({snap(0x0800), ipv4Udp()});
    DecodedPacket p;
    // Flags 0x20: the header is padded to 28 bytes.
    expectIpv4Udp(
        decode(kLinkIeee80211Radiotap, cat({radiotap(0x20), wifiHeader(qos), {0, 0}, body}), p), p);
    // No pad flag: the LLC header follows at once. Extended present words, extra fields.
    expectIpv4Udp(
        decode(kLinkIeee80211Radiotap, cat({radiotap(0x10, 2, 40), wifiHeader(qos), body}), p), p);
    // Bad version; a length below the fixed header.
    Bytes bad = radiotap(0);
    bad[0] = 1;
    EXPECT_EQ(decode(kLinkIeee80211Radiotap, cat({bad, wifiHeader(qos), body}), p),
              DecodeStatus::Malformed);
    bad = radiotap(0);
    bad[2] = 7;
    EXPECT_EQ(decode(kLinkIeee80211Radiotap, cat({bad, wifiHeader(qos), body}), p),
              DecodeStatus::Malformed);
}

TEST(Llc, SnapOver8023AndSll) {
    const Bytes ip = ipv4Udp();
    DecodedPacket p;
    expectIpv4Udp(
        decode(kLinkEthernet, cat({ethernet(uint16_t(8 + ip.size())), snap(0x0800), ip}), p), p);
    // 802.1H bridge tunnel OUI.
    expectIpv4Udp(
        decode(kLinkEthernet, cat({ethernet(uint16_t(8 + ip.size())), snap(0x0800, 0xf8), ip}), p),
        p);
    // Linux cooked capture, protocol 0x0004 (ETH_P_802_2).
    Bytes sll = Bytes(14, 0);
    put16(sll, 0x0004);
    expectIpv4Udp(decode(kLinkLinuxSll, cat({sll, snap(0x0800), ip}), p), p);
    // Another OUI (Cisco) and plain LLC (STP) are not IP.
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(60), snap(0x0800, 0x0c), ip}), p),
              DecodeStatus::NonIp);
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(38), {0x42, 0x42, 0x03}, payload(35)}), p),
              DecodeStatus::NonIp);
    EXPECT_FALSE(p.truncated);
}

TEST(Pppoe, SessionCarriesIpv4AndIpv6) {
    DecodedPacket p;
    const Bytes v4 = ipv4Udp();
    expectIpv4Udp(decode(kLinkEthernet, cat({ethernet(0x8864), pppoe(0x0021, v4.size()), v4}), p),
                  p);
    const Bytes v6 = ipv6Tcp();
    expectIpv6Tcp(decode(kLinkEthernet, cat({ethernet(0x8864), pppoe(0x0057, v6.size()), v6}), p),
                  p);
    // Inside QinQ, as on a provider's access network.
    expectIpv4Udp(decode(kLinkEthernet,
                         cat({ethernet(0x88a8), vlanTag(1, 0x8100), vlanTag(2, 0x8864),
                              pppoe(0x0021, v4.size()), v4}),
                         p),
                  p);
    EXPECT_EQ(p.vlanTags, 2);
}

TEST(Pppoe, CompressedProtocolFieldAndControlTraffic) {
    DecodedPacket p;
    const Bytes v4 = ipv4Udp();
    Bytes compressed = {0x11, 0x00, 0x12, 0x34};
    put16(compressed, unsigned(v4.size() + 1));
    put8(compressed, 0x21);
    expectIpv4Udp(decode(kLinkEthernet, cat({ethernet(0x8864), compressed, v4}), p), p);
    // LCP, and a discovery-stage code in a session frame.
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8864), pppoe(0xc021, 10), payload(10)}), p),
              DecodeStatus::NonIp);
    Bytes padi = pppoe(0x0021, v4.size());
    padi[1] = 0x09;
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8864), padi, v4}), p), DecodeStatus::NonIp);
}

TEST(Mpls, LabelStackThenIp) {
    DecodedPacket p;
    const Bytes v4 = ipv4Udp();
    const Bytes v6 = ipv6Tcp();
    expectIpv4Udp(decode(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(16, true), v4}), p), p);
    expectIpv6Tcp(decode(kLinkEthernet,
                         cat({ethernet(0x8847), mplsLabel(16, false), mplsLabel(17, false),
                              mplsLabel(18, true), v6}),
                         p),
                  p);
    expectIpv4Udp(decode(kLinkEthernet, cat({ethernet(0x8848), mplsLabel(16, true), v4}), p), p);
    // Explicit-null labels name the protocol.
    expectIpv6Tcp(decode(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(2, true), v6}), p), p);
    // Up to 4 trailer bytes after an IPv4 packet are still IPv4.
    expectIpv4Udp(
        decode(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(16, true), v4, payload(4)}), p), p);
}

// The engine hands the decoder only the first 256 bytes of a frame: a longer IPv4 packet
// behind a label stack is still IPv4, marked truncated.
TEST(Mpls, Ipv4CutByTheCaptureIsStillIpv4) {
    Ipv4Options o;
    o.protocol = kProtoUdp;
    const Bytes u = udp(5353, 53, 1400);
    const Bytes frame =
        cat({ethernet(0x8847), mplsLabel(16, true), ipv4(o, u.size() + 1400), u, payload(1400)});
    DecodedPacket p;
    EXPECT_EQ(decode(kLinkEthernet, prefix(frame, 256), p), DecodeStatus::Ip);
    EXPECT_EQ(p.src.toString(), "192.168.0.1");
    EXPECT_EQ(p.dstPort, 53);
    EXPECT_EQ(decode(kLinkEthernet, frame, p), DecodeStatus::Ip);
}

TEST(Mpls, PseudowiresAndChannelsAreNotGuessedAsIp) {
    DecodedPacket p;
    const Bytes v4 = ipv4Udp();
    // Control word (first nibble 0) then an Ethernet frame.
    EXPECT_EQ(
        decode(kLinkEthernet,
               cat({ethernet(0x8847), mplsLabel(16, true), {0, 0, 0, 1}, ethernet(0x0800), v4}), p),
        DecodeStatus::NonIp);
    // A first nibble of 4 whose "total length" does not match: an Ethernet pseudowire.
    Bytes ethernetLike = cat({ethernet(0x0800), v4});
    ethernetLike[0] = 0x40;
    ethernetLike[2] = 0x00;
    ethernetLike[3] = 0x20;  // 32, fewer than the 50 bytes that follow
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(16, true), ethernetLike}), p),
              DecodeStatus::NonIp);
    // The same frame with a "total length" beyond it: the capture may have cut an IPv4 packet,
    // and Wireshark (which knows the wire length) would call it IPv4 too. Here it is a bad one.
    ethernetLike[2] = 0x05;
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(16, true), ethernetLike}), p),
              DecodeStatus::Malformed);
    // The generic associated channel label.
    EXPECT_EQ(decode(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(13, true), v4}), p),
              DecodeStatus::NonIp);
}

// Issue 12: each decoder, given its header cut one byte short, reports a truncated packet
// with no addresses: never a header read as zeros.
TEST(CutHeaders, EveryDecoderReportsTruncationNotZeros) {
    const Bytes v4 = ipv4Udp();
    WifiOptions qos;
    qos.subtype = 8;
    struct Case {
        const char* what;
        uint32_t link;
        Bytes headers;  // everything before the IPv4 header
    };
    Bytes sll1(14, 0);
    put16(sll1, 0x0800);
    Bytes sll2v = {0x08, 0x00};
    append(sll2v, Bytes(18, 0));
    Bytes null4;
    putLe32(null4, 2);
    Bytes loop4;
    put32(loop4, 2);
    const Case cases[] = {
        {"ethernet", kLinkEthernet, ethernet(0x0800)},
        {"vlan", kLinkEthernet, cat({ethernet(0x8100), vlanTag(7, 0x0800)})},
        {"sll", kLinkLinuxSll, sll1},
        {"sll2", kLinkLinuxSll2, sll2v},
        {"null", kLinkNull, null4},
        {"loop", kLinkLoop, loop4},
        {"802.11", kLinkIeee80211, cat({wifiHeader(qos), snap(0x0800)})},
        {"radiotap", kLinkIeee80211Radiotap, cat({radiotap(0), wifiHeader(qos), snap(0x0800)})},
        {"llc", kLinkEthernet, cat({ethernet(uint16_t(8 + v4.size())), snap(0x0800)})},
        {"pppoe", kLinkEthernet, cat({ethernet(0x8864), pppoe(0x0021, v4.size())})},
        {"mpls", kLinkEthernet, cat({ethernet(0x8847), mplsLabel(5, false), mplsLabel(0, true)})},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const Bytes frame = cat({c.headers, v4});
        DecodedPacket whole;
        expectIpv4Udp(decode(c.link, frame, whole), whole);
        // Every cut inside the link headers and the IPv4 header's first 20 bytes.
        for (size_t cut = 0; cut < c.headers.size() + 20; ++cut) {
            DecodedPacket p;
            const DecodeStatus status = decode(c.link, prefix(frame, cut), p);
            SCOPED_TRACE(cut);
            EXPECT_EQ(status, DecodeStatus::NonIp);
            EXPECT_TRUE(p.truncated);
            EXPECT_TRUE(p.src.isNone());
            EXPECT_TRUE(p.dst.isNone());
            EXPECT_EQ(p.ipProtocol, 0);
        }
    }
}

}  // namespace
}  // namespace flowscope::test
