// classifyAddress: every kind for IPv4 and IPv6, precedence, mapped addresses, own subnets.
#include "core/enrich/address_kind.h"

#include <gtest/gtest.h>

namespace flowscope {
namespace {

IpAddress ip(const char* text) {
    return IpAddress::parse(text).value();
}

TEST(AddressKind, ClassifiesSpecialRanges) {
    struct Case {
        const char* address;
        AddressKind kind;
    };
    const Case cases[] = {
        {"8.8.8.8", AddressKind::Public},
        {"1.1.1.1", AddressKind::Public},
        {"127.0.0.1", AddressKind::Loopback},
        {"127.255.255.254", AddressKind::Loopback},
        {"10.1.2.3", AddressKind::Private},
        {"172.16.0.1", AddressKind::Private},
        {"172.31.255.255", AddressKind::Private},
        {"172.32.0.1", AddressKind::Public},
        {"192.168.0.1", AddressKind::Private},
        {"100.64.0.1", AddressKind::Private},  // RFC 6598 shared address space (CGNAT)
        {"169.254.10.20", AddressKind::LinkLocal},
        {"224.0.0.251", AddressKind::Multicast},
        {"239.255.255.250", AddressKind::Multicast},
        {"255.255.255.255", AddressKind::Broadcast},
        {"0.0.0.0", AddressKind::Bogon},
        {"0.1.2.3", AddressKind::Bogon},
        {"192.0.0.8", AddressKind::Bogon},
        {"192.0.2.1", AddressKind::Bogon},
        {"198.18.5.5", AddressKind::Bogon},
        {"198.51.100.7", AddressKind::Bogon},
        {"203.0.113.9", AddressKind::Bogon},
        {"240.0.0.1", AddressKind::Bogon},
        {"255.255.255.254", AddressKind::Bogon},
        {"2001:4860:4860::8888", AddressKind::Public},
        {"2606:4700:4700::1111", AddressKind::Public},
        {"2002:c000:204::1", AddressKind::Public},  // 6to4 is routed
        {"::1", AddressKind::Loopback},
        {"fe80::1", AddressKind::LinkLocal},
        {"fd12:3456::1", AddressKind::Private},
        {"fc00::1", AddressKind::Private},
        {"ff02::fb", AddressKind::Multicast},
        {"ff05::1:3", AddressKind::Multicast},
        {"::", AddressKind::Bogon},
        {"::1.2.3.4", AddressKind::Bogon},  // deprecated IPv4-compatible
        {"100::1", AddressKind::Bogon},     // discard-only
        {"2001:db8::1", AddressKind::Bogon},
        {"3fff::1", AddressKind::Bogon},
        {"2001:2::1", AddressKind::Bogon},
        {"2001:10::1", AddressKind::Bogon},
        {"fec0::1", AddressKind::Bogon},  // deprecated site-local
        {"4000::1", AddressKind::Bogon},  // outside 2000::/3: unallocated
        {"::ffff:10.0.0.1", AddressKind::Private},
        {"::ffff:8.8.8.8", AddressKind::Public},
        {"::ffff:127.0.0.1", AddressKind::Loopback},
        {"64:ff9b::808:808", AddressKind::Public},  // NAT64 of 8.8.8.8
        {"64:ff9b::c000:201", AddressKind::Bogon},  // NAT64 of 192.0.2.1
    };
    for (const Case& c : cases) {
        EXPECT_EQ(addressKindName(classifyAddress(ip(c.address))), addressKindName(c.kind))
            << c.address;
    }
    EXPECT_EQ(classifyAddress(IpAddress()), AddressKind::Bogon);
}

TEST(AddressKind, OwnAddressesAndSubnetBroadcasts) {
    OwnAddresses own;
    own.add(ip("192.168.1.20"), 24);
    own.add(ip("10.8.0.6"), 30);
    own.add(ip("203.0.113.5"), 32);  // a documentation address used as our own: own wins
    own.add(ip("2001:db8::20"), 64);
    own.add(ip("fe80::1234"));
    own.add(ip("127.0.0.1"), 8);
    EXPECT_EQ(classifyAddress(ip("192.168.1.20"), own), AddressKind::Own);
    EXPECT_EQ(classifyAddress(ip("203.0.113.5"), own), AddressKind::Own);
    EXPECT_EQ(classifyAddress(ip("2001:db8::20"), own), AddressKind::Own);
    EXPECT_EQ(classifyAddress(ip("fe80::1234"), own), AddressKind::Own);
    EXPECT_EQ(classifyAddress(ip("::ffff:192.168.1.20"), own), AddressKind::Own);
    EXPECT_EQ(classifyAddress(ip("127.0.0.1"), own), AddressKind::Loopback);  // loopback first
    EXPECT_EQ(classifyAddress(ip("192.168.1.255"), own), AddressKind::Broadcast);
    EXPECT_EQ(classifyAddress(ip("192.168.1.254"), own), AddressKind::Private);
    EXPECT_EQ(classifyAddress(ip("192.168.2.255"), own), AddressKind::Private);  // not our subnet
    EXPECT_EQ(classifyAddress(ip("10.8.0.7"), own), AddressKind::Broadcast);
    EXPECT_EQ(classifyAddress(ip("127.255.255.255"), own), AddressKind::Loopback);
    EXPECT_EQ(classifyAddress(ip("192.168.1.20")), AddressKind::Private);  // no own list

    const OwnAddresses fromVector(std::vector<IpAddress>{ip("8.8.8.8")});
    EXPECT_EQ(classifyAddress(ip("8.8.8.8"), fromVector), AddressKind::Own);
}

TEST(AddressKind, NamesAreStable) {
    EXPECT_EQ(addressKindName(AddressKind::Public), "public");
    EXPECT_EQ(addressKindName(AddressKind::Own), "own");
    EXPECT_EQ(addressKindName(AddressKind::Loopback), "loopback");
    EXPECT_EQ(addressKindName(AddressKind::Private), "private");
    EXPECT_EQ(addressKindName(AddressKind::LinkLocal), "link-local");
    EXPECT_EQ(addressKindName(AddressKind::Multicast), "multicast");
    EXPECT_EQ(addressKindName(AddressKind::Broadcast), "broadcast");
    EXPECT_EQ(addressKindName(AddressKind::Bogon), "bogon");
}

}  // namespace
}  // namespace flowscope
