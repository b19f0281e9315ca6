#include "core/base/ip_address.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <utility>

#ifndef _WIN32
#include <arpa/inet.h>
#endif

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

// The text of every zero-group pattern and edge form, as RFC 5952 and glibc write it.
TEST(IpAddress, FormatsLikeRfc5952) {
    const std::pair<const char*, const char*> cases[] = {
        {"::", "::"},
        {"::1", "::1"},
        {"1::", "1::"},
        {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},     // the first of two equal runs
        {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},  // one zero group stays
        {"2001:0:0:1:0:0:0:1", "2001:0:0:1::1"},           // the longer run
        {"fe80::ABCD:0:0:1", "fe80::abcd:0:0:1"},
        {"::ffff:1.2.3.4", "::ffff:1.2.3.4"},
        {"::1.2.3.4", "::1.2.3.4"},
        {"::ffff:0:1.2.3.4", "::ffff:0:102:304"},
        {"0:0:0:0:0:1:1.2.3.4", "::1:102:304"},
        {"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
        {"0.0.0.0", "0.0.0.0"},
        {"255.255.255.255", "255.255.255.255"},
        {"10.0.100.9", "10.0.100.9"},
    };
    for (const auto& [text, expected] : cases) {
        const auto a = IpAddress::parse(text);
        ASSERT_TRUE(a) << text;
        EXPECT_EQ(a->toString(), expected) << text;
    }
    EXPECT_EQ(IpAddress().toString(), "");
}

#ifndef _WIN32
// Against the C library's inet_ntop, over addresses made of zero and non-zero groups in every
// arrangement (and random bytes in the non-zero ones), and random IPv4.
TEST(IpAddress, FormatsAsInetNtop) {
    std::mt19937_64 random(11);
    for (unsigned pattern = 0; pattern < 256; ++pattern) {
        for (int round = 0; round < 40; ++round) {
            uint8_t bytes[16];
            for (size_t g = 0; g < 8; ++g) {
                const uint64_t r = random();
                const bool zero = (pattern >> g) & 1;
                const bool small = round % 3 == 0;  // groups like 1, 0x10, 0xff00
                bytes[2 * g] = zero ? 0 : small ? uint8_t(r % 2 ? 0 : r >> 8) : uint8_t(r);
                bytes[2 * g + 1] = zero ? 0 : uint8_t(r >> 16 | (small ? 1 : 0));
            }
            if (round == 1) {  // ::ffff:a.b.c.d
                std::memset(bytes, 0, 10);
                bytes[10] = bytes[11] = 0xff;
            }
            char expected[INET6_ADDRSTRLEN];
            ASSERT_TRUE(inet_ntop(AF_INET6, bytes, expected, sizeof expected));
            EXPECT_EQ(IpAddress::fromV6(bytes).toString(), expected);
        }
    }
    for (int i = 0; i < 100'000; ++i) {
        const auto a = IpAddress::fromV4(uint32_t(random()));
        char expected[INET_ADDRSTRLEN];
        ASSERT_TRUE(inet_ntop(AF_INET, a.bytes().data(), expected, sizeof expected));
        EXPECT_EQ(a.toString(), expected);
    }
}
#endif
