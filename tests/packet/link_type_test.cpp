#include <gtest/gtest.h>

#include <string>

#include "core/packet/link_type.h"

namespace flowscope {
namespace {

TEST(LinkType, Supported) {
    for (uint32_t t : {0u, 1u, 12u, 14u, 101u, 108u, 113u, 228u, 229u, 276u}) {
        EXPECT_TRUE(isSupportedLinkType(t)) << t;
    }
    for (uint32_t t : {2u, 9u, 105u, 127u, 147u, 0xffffffffu}) {
        EXPECT_FALSE(isSupportedLinkType(t)) << t;
    }
}

TEST(LinkType, Names) {
    EXPECT_STREQ(linkTypeName(kLinkNull), "null");
    EXPECT_STREQ(linkTypeName(kLinkEthernet), "ethernet");
    EXPECT_STREQ(linkTypeName(kLinkRaw), "raw");
    EXPECT_STREQ(linkTypeName(kLinkRawAlt12), "raw");
    EXPECT_STREQ(linkTypeName(kLinkRawAlt14), "raw");
    EXPECT_STREQ(linkTypeName(kLinkLoop), "loop");
    EXPECT_STREQ(linkTypeName(kLinkLinuxSll), "linux-sll");
    EXPECT_STREQ(linkTypeName(kLinkIpv4), "ipv4");
    EXPECT_STREQ(linkTypeName(kLinkIpv6), "ipv6");
    EXPECT_STREQ(linkTypeName(kLinkLinuxSll2), "linux-sll2");
}

TEST(LinkType, UnknownNames) {
    EXPECT_STREQ(linkTypeName(2), "linktype-2");
    EXPECT_STREQ(linkTypeName(105), "linktype-105");
    EXPECT_STREQ(linkTypeName(1023), "linktype-1023");
    EXPECT_STREQ(linkTypeName(1024), "linktype-1024");
    EXPECT_STREQ(linkTypeName(0xffffffffu), "linktype-4294967295");
    // Registered-range names are stable pointers.
    const char* a = linkTypeName(147);
    for (uint32_t t = 2000; t < 2100; ++t) {
        EXPECT_EQ(std::string(linkTypeName(t)), "linktype-" + std::to_string(t));
    }
    EXPECT_STREQ(a, "linktype-147");
    EXPECT_EQ(a, linkTypeName(147));
}

}  // namespace
}  // namespace flowscope
