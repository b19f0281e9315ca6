#include "core/base/ip_address.h"

#include <gtest/gtest.h>

using flowscope::IpAddress;

TEST(IpAddress, ParsesAndFormatsBothFamilies) {
    auto v4 = IpAddress::parse("192.168.1.20");
    ASSERT_TRUE(v4);
    EXPECT_TRUE(v4->isV4());
    EXPECT_EQ(v4->toString(), "192.168.1.20");
    auto v6 = IpAddress::parse("2001:0DB8:0000:0000:0000:0000:0000:0001");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->toString(), "2001:db8::1");
    EXPECT_FALSE(IpAddress::parse("300.1.1.1"));
    EXPECT_FALSE(IpAddress::parse("::g"));
    EXPECT_FALSE(IpAddress::parse(""));
}

TEST(IpAddress, Classifies) {
    EXPECT_TRUE(IpAddress::parse("10.1.2.3")->isPrivate());
    EXPECT_TRUE(IpAddress::parse("172.31.0.1")->isPrivate());
    EXPECT_FALSE(IpAddress::parse("172.32.0.1")->isPrivate());
    EXPECT_TRUE(IpAddress::parse("100.64.0.1")->isPrivate());
    EXPECT_TRUE(IpAddress::parse("fd00::1")->isPrivate());
    EXPECT_TRUE(IpAddress::parse("127.0.0.1")->isLoopback());
    EXPECT_TRUE(IpAddress::parse("::1")->isLoopback());
    EXPECT_TRUE(IpAddress::parse("fe80::1")->isLinkLocal());
    EXPECT_TRUE(IpAddress::parse("169.254.9.9")->isLinkLocal());
    EXPECT_TRUE(IpAddress::parse("224.0.0.251")->isMulticast());
    EXPECT_TRUE(IpAddress::parse("ff02::fb")->isMulticast());
    EXPECT_TRUE(IpAddress::parse("255.255.255.255")->isBroadcast());
    EXPECT_FALSE(IpAddress::parse("8.8.8.8")->isLocalScope());
}

TEST(IpAddress, PrefixMatchAndOrdering) {
    auto a = *IpAddress::parse("10.20.30.40");
    EXPECT_TRUE(a.inPrefix(*IpAddress::parse("10.20.0.0"), 16));
    EXPECT_TRUE(a.inPrefix(*IpAddress::parse("10.20.30.32"), 27));
    EXPECT_FALSE(a.inPrefix(*IpAddress::parse("10.20.30.48"), 28));
    EXPECT_FALSE(a.inPrefix(*IpAddress::parse("::"), 0));
    EXPECT_LT(*IpAddress::parse("1.2.3.4"), *IpAddress::parse("1.2.3.5"));
    EXPECT_EQ(*IpAddress::parse("::ffff:1.2.3.4"), *IpAddress::parse("::ffff:102:304"));
}
