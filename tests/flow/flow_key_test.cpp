#include "core/flow/flow_key.h"

#include <gtest/gtest.h>

#include <unordered_set>
#include <vector>

#include "core/flow/flow.h"
#include "core/flow/flow_key_ops.h"
#include "tests/flow/test_packets.h"

namespace flowscope {
namespace {

using test::ip;

TEST(FlowKey, BothDirectionsGiveTheSameKey) {
    const DecodedPacket out = test::tcp("192.168.1.10", 50000, "93.184.216.34", 443);
    const DecodedPacket in = test::tcp("93.184.216.34", 443, "192.168.1.10", 50000);
    bool outSourceIsA = false;
    bool inSourceIsA = false;
    const FlowKey k1 = FlowKey::fromPacket(out, outSourceIsA);
    const FlowKey k2 = FlowKey::fromPacket(in, inSourceIsA);
    EXPECT_EQ(k1, k2);
    EXPECT_EQ(k1.hash(), k2.hash());
    EXPECT_NE(outSourceIsA, inSourceIsA);
    EXPECT_EQ(k1.protocol, kProtoTcp);
    EXPECT_TRUE(k1.hasPorts);
}

TEST(FlowKey, CanonicalOrderIsAddressThenPort) {
    bool sourceIsA = false;
    FlowKey k = FlowKey::fromPacket(test::tcp("10.0.0.2", 1, "10.0.0.1", 2), sourceIsA);
    EXPECT_EQ(k.a.address, ip("10.0.0.1"));
    EXPECT_EQ(k.a.port, 2);
    EXPECT_EQ(k.b.address, ip("10.0.0.2"));
    EXPECT_FALSE(sourceIsA);

    // Same address: the lower port is `a`.
    k = FlowKey::fromPacket(test::udp("127.0.0.1", 6000, "127.0.0.1", 53), sourceIsA);
    EXPECT_EQ(k.a.port, 53);
    EXPECT_EQ(k.b.port, 6000);
    EXPECT_FALSE(sourceIsA);
    bool reverse = false;
    EXPECT_EQ(FlowKey::fromPacket(test::udp("127.0.0.1", 53, "127.0.0.1", 6000), reverse), k);
    EXPECT_TRUE(reverse);

    // Address bytes compare in network order (10.0.0.255 < 10.0.1.0).
    k = FlowKey::fromPacket(test::udp("10.0.1.0", 1, "10.0.0.255", 1), sourceIsA);
    EXPECT_EQ(k.a.address, ip("10.0.0.255"));

    k = FlowKey::fromPacket(test::tcp("2001:db8::2", 1, "2001:db8::1", 2), sourceIsA);
    EXPECT_EQ(k.a.address, ip("2001:db8::1"));
    EXPECT_LE(k.a.address, k.b.address);
}

TEST(FlowKey, PortsOnlyWhenThePacketHasThem) {
    DecodedPacket p = test::tcp("10.0.0.1", 1234, "10.0.0.2", 80);
    p.hasPorts = false;  // e.g. a truncated TCP header
    bool sourceIsA = false;
    FlowKey k = FlowKey::fromPacket(p, sourceIsA);
    EXPECT_FALSE(k.hasPorts);
    EXPECT_EQ(k.a.port, 0);
    EXPECT_EQ(k.b.port, 0);

    k = FlowKey::fromPacket(test::icmp("8.8.8.8", "10.0.0.1"), sourceIsA);
    EXPECT_FALSE(k.hasPorts);
    EXPECT_EQ(k.protocol, kProtoIcmp);
    EXPECT_EQ(k.a.address, ip("8.8.8.8"));
    EXPECT_TRUE(sourceIsA);
    bool reverse = true;
    EXPECT_EQ(FlowKey::fromPacket(test::icmp("10.0.0.1", "8.8.8.8", 0), reverse), k);
    EXPECT_FALSE(reverse);
}

TEST(FlowKey, EveryFieldTakesPartInEqualityAndHash) {
    bool s = false;
    const FlowKey base = FlowKey::fromPacket(test::tcp("10.0.0.1", 1000, "10.0.0.2", 80), s);
    FlowKey other = base;
    other.protocol = kProtoUdp;
    EXPECT_NE(base, other);
    EXPECT_NE(base.hash(), other.hash());
    other = base;
    other.b.port = 81;
    EXPECT_NE(base.hash(), other.hash());
    other = base;
    other.hasPorts = false;
    EXPECT_NE(base.hash(), other.hash());
    // An IPv4 address and the IPv6 address with the same leading bytes differ.
    other = base;
    other.a.address = ip("a00:1::");
    EXPECT_NE(base, other);
    EXPECT_NE(base.hash(), other.hash());
}

TEST(FlowKey, HashSpreadsSequentialKeys) {
    // 65,536 keys differing only in one port: distinct hashes, and their low 16 bits (the
    // index bucket) are well spread.
    std::unordered_set<size_t> hashes;
    std::unordered_set<uint32_t> low;
    for (uint32_t port = 0; port < 65536; ++port) {
        bool s = false;
        const FlowKey k =
            FlowKey::fromPacket(test::udp("10.0.0.1", uint16_t(port), "10.0.0.2", 53), s);
        hashes.insert(k.hash());
        low.insert(uint32_t(k.hash()) & 0xffff);
    }
    EXPECT_EQ(hashes.size(), 65536u);
    // A random function fills about 1 - 1/e = 63% of the buckets.
    EXPECT_GT(low.size(), 39000u);
}

// The hot path's key and hash, worked out from the packet's fields (keyops::orient, write and
// hash, the capture thread's), equal FlowKey::fromPacket() and the hash of the key it gives.
TEST(FlowKey, HashedFromThePacketEqualsHashOfTheKey) {
    std::vector<DecodedPacket> packets = {
        test::tcp("192.168.1.10", 50000, "93.184.216.34", 443),
        test::tcp("93.184.216.34", 443, "192.168.1.10", 50000),
        test::udp("127.0.0.1", 6000, "127.0.0.1", 53),
        test::udp("127.0.0.1", 53, "127.0.0.1", 6000),
        test::udp("127.0.0.1", 53, "127.0.0.1", 53),
        test::tcp("2001:db8::1", 1, "2001:db8::2", 2),
        test::tcp("2001:db8::2", 2, "2001:db8::1", 1),
        test::tcp("::ffff:10.0.0.1", 80, "10.0.0.1", 80),
        test::tcp("0.0.0.0", 0, "255.255.255.255", 65535),
    };
    DecodedPacket icmp = test::udp("10.0.0.1", 7, "10.0.0.2", 9);
    icmp.ipProtocol = 1;
    icmp.hasPorts = false;  // ports left in the fields must not count
    packets.push_back(icmp);
    for (const DecodedPacket& p : packets) {
        bool expectedSourceIsA = false;
        const FlowKey expected = FlowKey::fromPacket(p, expectedSourceIsA);
        const keyops::Oriented o = keyops::orient(p);
        FlowKey key;
        keyops::write(o, key);
        const uint64_t hash = keyops::hash(o);
        EXPECT_EQ(key, expected) << p.src.toString() << " " << p.dst.toString();
        EXPECT_EQ(o.sourceIsA, expectedSourceIsA);
        EXPECT_EQ(hash, keyops::hash(expected));
        EXPECT_EQ(size_t(hash), expected.hash());
    }
    // keyops::same (the capture thread's test for a frame of the flow before): a packet's
    // oriented key against every packet's key, either direction.
    for (const DecodedPacket& p : packets) {
        bool unused = false;
        const keyops::Oriented o = keyops::orient(p);
        for (const DecodedPacket& q : packets) {
            const FlowKey other = FlowKey::fromPacket(q, unused);
            EXPECT_EQ(keyops::same(o, other), FlowKey::fromPacket(p, unused) == other)
                << p.src.toString() << " " << q.src.toString();
        }
    }
}

// The decoder's in-place IPv4 form is the same address as any other.
TEST(FlowKey, AssignedIpv4EqualsParsed) {
    const uint8_t bytes[4] = {192, 0, 2, 255};
    IpAddress a = ip("2001:db8::1");  // every byte overwritten
    a.assignV4(bytes);
    EXPECT_EQ(a, ip("192.0.2.255"));
    EXPECT_EQ(a.toString(), "192.0.2.255");
}

TEST(Flow, ServicePort) {
    Flow f;
    f.key.hasPorts = true;
    f.key.a = Endpoint{ip("10.0.0.1"), 50000};
    f.key.b = Endpoint{ip("1.1.1.1"), 443};
    f.localIsA = true;
    EXPECT_EQ(f.servicePort(), 443);  // remote service
    f.key.a.port = 22;
    f.key.b.port = 60000;
    EXPECT_EQ(f.servicePort(), 22);  // only the local port is well known
    f.key.a.port = 53;
    f.key.b.port = 123;
    EXPECT_EQ(f.servicePort(), 123);  // both well known: the remote one
    f.key.a.port = 5000;
    f.key.b.port = 6000;
    EXPECT_EQ(f.servicePort(), 6000);
    f.localIsA = false;
    EXPECT_EQ(f.servicePort(), 5000);
    f.key.hasPorts = false;
    EXPECT_EQ(f.servicePort(), 0);
}

TEST(FlowKey, ProtocolName) {
    EXPECT_STREQ(protocolName(kProtoTcp), "tcp");
    EXPECT_STREQ(protocolName(kProtoUdp), "udp");
    EXPECT_STREQ(protocolName(kProtoIcmp), "icmp");
    EXPECT_STREQ(protocolName(kProtoIcmpv6), "icmpv6");
    EXPECT_STREQ(protocolName(47), "other");
    EXPECT_STREQ(protocolName(0), "other");
}

}  // namespace
}  // namespace flowscope
