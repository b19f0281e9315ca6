// Snaplen cuts at every byte offset, and a deterministic sweep of damaged frames: the decoder
// must never read outside the captured bytes (run under ASan with FLOWSCOPE_SANITIZE=ON).
#include <gtest/gtest.h>

#include "frame_builder.h"

namespace flowscope::test {
namespace {

// Ethernet + 802.1Q + IPv6 + hop-by-hop + destination options + TCP with 12 option bytes
// + 10 payload bytes.
struct V6Frame {
    static constexpr size_t kIpStart = 18;
    static constexpr size_t kHopByHop = kIpStart + 40;
    static constexpr size_t kDestOpts = kHopByHop + 8;
    static constexpr size_t kTcp = kDestOpts + 8;
    static constexpr size_t kTcpOptions = kTcp + 20;
    static constexpr size_t kPayload = kTcpOptions + 12;
    static constexpr size_t kEnd = kPayload + 10;

    static Bytes build() {
        const Bytes t = tcp(49152, 443, kTcpSyn | kTcpAck, {2, 4, 5, 0xb4, 1, 1, 4, 2, 1, 3, 3, 7});
        const Bytes chain = cat({ext8(60), ext8(kProtoTcp), t, payload(10)});
        return cat({ethernet(0x8100), vlanTag(42, kEtherIpv6), ipv6(0, chain.size()), chain});
    }
};

TEST(Truncation, EveryCutOfTcpOverIpv6) {
    const Bytes full = V6Frame::build();
    ASSERT_EQ(full.size(), V6Frame::kEnd);
    for (size_t cut = 0; cut <= full.size(); ++cut) {
        SCOPED_TRACE(cut);
        DecodedPacket p;
        const DecodeStatus status = decode(kLinkEthernet, prefix(full, cut), p);
        EXPECT_LE(size_t{p.payloadOffset} + p.payloadLength, cut);
        EXPECT_EQ(p.vlanTags, cut >= 18 ? 1 : 0);
        if (cut < V6Frame::kHopByHop) {
            EXPECT_EQ(status, DecodeStatus::NonIp);
            EXPECT_TRUE(p.truncated);
            EXPECT_TRUE(p.src.isNone());
            EXPECT_FALSE(p.hasPorts);
            continue;
        }
        ASSERT_EQ(status, DecodeStatus::Ip);
        EXPECT_EQ(p.src.toString(), "2001:db8::1");
        EXPECT_EQ(p.dst.toString(), "2001:db8::2");
        if (cut < V6Frame::kDestOpts) {
            EXPECT_TRUE(p.truncated);
            EXPECT_FALSE(p.hasPorts);
            EXPECT_EQ(p.ipProtocol, 0);
        } else if (cut < V6Frame::kTcp) {
            EXPECT_TRUE(p.truncated);
            EXPECT_FALSE(p.hasPorts);
            EXPECT_EQ(p.ipProtocol, 60);
        } else if (cut < V6Frame::kTcpOptions) {
            EXPECT_TRUE(p.truncated);
            EXPECT_FALSE(p.hasPorts);
            EXPECT_EQ(p.tcpFlags, 0);
            EXPECT_EQ(p.ipProtocol, kProtoTcp);
        } else if (cut < V6Frame::kPayload) {
            // Fixed header captured, options cut: ports valid, payload position unknown.
            EXPECT_TRUE(p.truncated);
            EXPECT_TRUE(p.hasPorts);
            EXPECT_EQ(p.srcPort, 49152);
            EXPECT_EQ(p.payloadLength, 0u);
        } else {
            EXPECT_FALSE(p.truncated);
            EXPECT_TRUE(p.hasPorts);
            EXPECT_EQ(p.srcPort, 49152);
            EXPECT_EQ(p.dstPort, 443);
            EXPECT_EQ(p.tcpFlags, kTcpSyn | kTcpAck);
            EXPECT_EQ(p.payloadOffset, V6Frame::kPayload);
            EXPECT_EQ(p.payloadLength, cut - V6Frame::kPayload);
        }
    }
}

TEST(Truncation, EveryCutOfTcpOverIpv4WithOptions) {
    Ipv4Options o;
    o.options = {0x94, 0x04, 0x00, 0x00};  // router alert
    const Bytes t = tcp(1, 2, kTcpRst, {1, 1, 1, 1});
    const Bytes full = cat({ethernet(kEtherIpv4), ipv4(o, t.size() + 3), t, payload(3)});
    const size_t ip = 14, tcpAt = ip + 24, payloadAt = tcpAt + 24;
    for (size_t cut = 0; cut <= full.size(); ++cut) {
        SCOPED_TRACE(cut);
        DecodedPacket p;
        const DecodeStatus status = decode(kLinkEthernet, prefix(full, cut), p);
        if (cut < ip + 20) {
            EXPECT_EQ(status, DecodeStatus::NonIp);
            EXPECT_TRUE(p.truncated);
            continue;
        }
        ASSERT_EQ(status, DecodeStatus::Ip);
        EXPECT_EQ(p.truncated, cut < payloadAt);
        EXPECT_EQ(p.hasPorts, cut >= tcpAt + 20);
        if (cut >= payloadAt) {
            EXPECT_EQ(p.payloadOffset, payloadAt);
            EXPECT_EQ(p.payloadLength, cut - payloadAt);
        }
    }
}

// Every frame shape the other tests use, behind every supported link type.
std::vector<std::pair<uint32_t, Bytes>> sampleFrames() {
    Ipv4Options o4;
    Ipv4Options udp4;
    udp4.protocol = kProtoUdp;
    udp4.options = Bytes(8, 1);
    Ipv4Options icmp4;
    icmp4.protocol = kProtoIcmp;
    const Bytes t = tcp(1, 2, kTcpSyn, {1, 1, 1, 1});
    std::vector<Bytes> ipPackets = {
        cat({ipv4(o4, 24), t}),
        cat({ipv4(udp4, 12), udp(1, 2, 4), payload(4)}),
        cat({ipv4(icmp4, 36), icmp(3, 1), ipv4(o4, 8), payload(8)}),
        V6Frame::build(),  // replaced below by its IP part
        cat({ipv6(44, 16), fragment6(kProtoUdp, 0, true, 5), udp(1, 2, 0)}),
        cat({ipv6(51, 32), Bytes{kProtoTcp, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, tcp(1, 2, 0)}),
        cat({ipv6(kProtoIcmpv6, 8), icmp(128, 0)}),
    };
    ipPackets[3] = Bytes(ipPackets[3].begin() + V6Frame::kIpStart, ipPackets[3].end());

    std::vector<std::pair<uint32_t, Bytes>> frames;
    Bytes null4, null6, loop4, loop6, sll1, sll2;
    putLe32(null4, 2);
    putLe32(null6, 30);
    put32(loop4, 2);
    put32(loop6, 24);
    sll1 = Bytes(14, 0);
    sll2 = Bytes(20, 0);
    for (const Bytes& ip : ipPackets) {
        const bool v6 = (ip[0] >> 4) == 6;
        const uint16_t type = v6 ? kEtherIpv6 : kEtherIpv4;
        frames.emplace_back(kLinkEthernet, cat({ethernet(type), ip}));
        frames.emplace_back(kLinkEthernet,
                            cat({ethernet(0x88a8), vlanTag(1, 0x8100), vlanTag(2, type), ip}));
        Bytes s1 = sll1;
        put16(s1, type);
        frames.emplace_back(kLinkLinuxSll, cat({s1, ip}));
        Bytes s2 = sll2;
        s2[0] = uint8_t(type >> 8);
        s2[1] = uint8_t(type);
        frames.emplace_back(kLinkLinuxSll2, cat({s2, ip}));
        frames.emplace_back(kLinkNull, cat({v6 ? null6 : null4, ip}));
        frames.emplace_back(kLinkLoop, cat({v6 ? loop6 : loop4, ip}));
        frames.emplace_back(kLinkRaw, ip);
        frames.emplace_back(kLinkRawAlt12, ip);
        frames.emplace_back(kLinkRawAlt14, ip);
        frames.emplace_back(v6 ? kLinkIpv6 : kLinkIpv4, ip);
        WifiOptions qos;
        qos.subtype = 8;
        qos.flags = 0x02;  // from DS: a 26-byte header, padded to 28 (radiotap flag 0x20)
        frames.emplace_back(kLinkIeee80211, cat({wifiHeader(WifiOptions{}), snap(type), ip}));
        frames.emplace_back(kLinkIeee80211Radiotap,
                            cat({radiotap(0x20, 1), wifiHeader(qos), {0, 0}, snap(type), ip}));
        frames.emplace_back(kLinkEthernet,
                            cat({ethernet(unsigned(8 + ip.size())), snap(type), ip}));
        frames.emplace_back(kLinkEthernet,
                            cat({ethernet(0x8864), pppoe(v6 ? 0x0057 : 0x0021, ip.size()), ip}));
        frames.emplace_back(kLinkEthernet, cat({ethernet(0x8847), mplsLabel(100, false),
                                                mplsLabel(200, true), ip}));
    }
    return frames;
}

void checkInvariants(DecodeStatus status, const DecodedPacket& p, size_t length) {
    EXPECT_LE(size_t{p.payloadOffset} + p.payloadLength, length);
    if (status == DecodeStatus::Ip) {
        EXPECT_FALSE(p.src.isNone());
        EXPECT_EQ(p.src.family(), p.dst.family());
    }
    if (status == DecodeStatus::NonIp) {
        EXPECT_FALSE(p.hasPorts);
        EXPECT_FALSE(p.hasIcmp);
    }
    if (p.fragment == FragmentKind::NonFirst) {
        EXPECT_FALSE(p.hasPorts);
    }
}

TEST(Truncation, EveryCutOfEveryLinkType) {
    for (const auto& [link, frame] : sampleFrames()) {
        DecodedPacket whole;
        ASSERT_EQ(decode(link, frame, whole), DecodeStatus::Ip) << linkTypeName(link);
        EXPECT_FALSE(whole.truncated) << linkTypeName(link);
        for (size_t cut = 0; cut < frame.size(); ++cut) {
            DecodedPacket p;
            const DecodeStatus status = decode(link, prefix(frame, cut), p);
            checkInvariants(status, p, cut);
            // A cut never turns a good packet into a malformed one.
            EXPECT_NE(status, DecodeStatus::Malformed) << linkTypeName(link) << " " << cut;
        }
    }
}

TEST(Truncation, DamagedBytesNeverCrash) {
    size_t decoded = 0;
    for (const auto& [link, frame] : sampleFrames()) {
        for (size_t i = 0; i < frame.size(); ++i) {
            for (uint8_t value : {uint8_t{0x00}, uint8_t{0xff}, uint8_t(frame[i] ^ 0x80),
                                  uint8_t(frame[i] + 1), uint8_t(frame[i] - 1)}) {
                Bytes damaged = frame;
                damaged[i] = value;
                DecodedPacket p;
                checkInvariants(decode(link, damaged, p), p, damaged.size());
                ++decoded;
            }
        }
    }
    EXPECT_GT(decoded, 1000u);
}

}  // namespace
}  // namespace flowscope::test
