#include "core/flow/locality.h"

#include <gtest/gtest.h>

#include "tests/flow/test_packets.h"

namespace flowscope {
namespace {

using test::ip;

// Which address the policy calls local for the first packet `p`.
IpAddress localOf(const LocalityPolicy& policy, const DecodedPacket& p) {
    bool sourceIsA = false;
    const FlowKey key = FlowKey::fromPacket(p, sourceIsA);
    return policy.localIsA(key, sourceIsA) ? key.a.address : key.b.address;
}
uint16_t localPortOf(const LocalityPolicy& policy, const DecodedPacket& p) {
    bool sourceIsA = false;
    const FlowKey key = FlowKey::fromPacket(p, sourceIsA);
    return policy.localIsA(key, sourceIsA) ? key.a.port : key.b.port;
}

TEST(Locality, PrivateAgainstPublicIsLocal) {
    const LocalityPolicy policy;
    // Whichever way the first packet goes.
    EXPECT_EQ(localOf(policy, test::tcp("192.168.1.10", 50000, "93.184.216.34", 443)),
              ip("192.168.1.10"));
    EXPECT_EQ(localOf(policy, test::tcp("93.184.216.34", 443, "192.168.1.10", 50000)),
              ip("192.168.1.10"));
    // Even against the port rule: a private server with a public client.
    EXPECT_EQ(localOf(policy, test::tcp("8.8.8.8", 40000, "10.1.2.3", 22)), ip("10.1.2.3"));
    EXPECT_EQ(localOf(policy, test::icmp("1.1.1.1", "172.16.0.5")), ip("172.16.0.5"));
    EXPECT_EQ(localOf(policy, test::icmp("100.64.0.1", "1.1.1.1")), ip("100.64.0.1"));
    EXPECT_EQ(localOf(policy, test::udp("2606:4700::1111", 53, "fe80::1", 5353)), ip("fe80::1"));
    EXPECT_EQ(localOf(policy, test::udp("fd00::5", 5000, "2001:db8::1", 6000)), ip("fd00::5"));
    EXPECT_EQ(localOf(policy, test::udp("2001:db8::1", 6000, "::1", 7000)), ip("::1"));
}

TEST(Locality, BothPublicUsesTheEphemeralPort) {
    const LocalityPolicy policy;
    EXPECT_EQ(localOf(policy, test::tcp("93.184.216.34", 443, "203.0.113.7", 50000)),
              ip("203.0.113.7"));
    EXPECT_EQ(localOf(policy, test::tcp("203.0.113.7", 50000, "93.184.216.34", 443)),
              ip("203.0.113.7"));
    // Both ephemeral: the higher port.
    EXPECT_EQ(localOf(policy, test::udp("1.2.3.4", 5000, "5.6.7.8", 60000)), ip("5.6.7.8"));
    // Both well known: the higher port too.
    EXPECT_EQ(localOf(policy, test::udp("1.2.3.4", 123, "5.6.7.8", 53)), ip("1.2.3.4"));
    // Both private: the same rule.
    EXPECT_EQ(localOf(policy, test::tcp("192.168.1.1", 80, "192.168.1.20", 41000)),
              ip("192.168.1.20"));
    // Same address (loopback): ports decide.
    EXPECT_EQ(localPortOf(policy, test::tcp("127.0.0.1", 8080, "127.0.0.1", 45000)), 45000);
}

TEST(Locality, MulticastOrBroadcastDestinationIsRemote) {
    const LocalityPolicy policy;
    // Public source to multicast with the lower port: without rule 2 the port rule would
    // make the multicast group local.
    EXPECT_EQ(localOf(policy, test::udp("198.51.100.7", 1900, "239.255.255.250", 50000)),
              ip("198.51.100.7"));
    EXPECT_EQ(localOf(policy, test::udp("0.0.0.0", 68, "255.255.255.255", 67)), ip("0.0.0.0"));
    EXPECT_EQ(localOf(policy, test::icmp("2001:db8::1", "ff02::1")), ip("2001:db8::1"));
    // A private source to multicast: rule 1 already says the source.
    EXPECT_EQ(localOf(policy, test::udp("192.168.1.5", 5353, "224.0.0.251", 5353)),
              ip("192.168.1.5"));
}

TEST(Locality, FirstPacketSourceAsLastResort) {
    const LocalityPolicy policy;
    EXPECT_EQ(localOf(policy, test::icmp("1.2.3.4", "5.6.7.8")), ip("1.2.3.4"));
    EXPECT_EQ(localOf(policy, test::icmp("5.6.7.8", "1.2.3.4")), ip("5.6.7.8"));
    EXPECT_EQ(localOf(policy, test::udp("5.6.7.8", 7000, "1.2.3.4", 7000)), ip("5.6.7.8"));
}

TEST(Locality, OwnAddressesComeFirst) {
    const LocalityPolicy policy({ip("93.184.216.34"), ip("93.184.216.35"), ip("2001:db8::10")});
    EXPECT_TRUE(policy.isOwnAddress(ip("93.184.216.34")));
    EXPECT_FALSE(policy.isOwnAddress(ip("192.168.1.10")));
    // An own public address beats a private peer and the port rule.
    EXPECT_EQ(localOf(policy, test::tcp("192.168.1.10", 50000, "93.184.216.34", 443)),
              ip("93.184.216.34"));
    EXPECT_EQ(localOf(policy, test::tcp("2001:db8::99", 50000, "2001:db8::10", 22)),
              ip("2001:db8::10"));
    // Neither own (forwarded traffic): the heuristic.
    EXPECT_EQ(localOf(policy, test::tcp("8.8.8.8", 443, "10.0.0.2", 50000)), ip("10.0.0.2"));
    // Both own: the heuristic too.
    EXPECT_EQ(localOf(policy, test::tcp("93.184.216.34", 443, "93.184.216.35", 50000)),
              ip("93.184.216.35"));
}

}  // namespace
}  // namespace flowscope
