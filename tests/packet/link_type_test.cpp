#include <gtest/gtest.h>

#include <string>

#include "core/packet/link_type.h"

namespace flowscope {
namespace {

TEST(LinkType, Supported) {
    for (uint32_t t : {0u, 1u, 12u, 14u, 101u, 105u, 108u, 113u, 127u, 228u, 229u, 276u}) {
        EXPECT_TRUE(isSupportedLinkType(t)) << t;
    }
    for (uint32_t t : {2u, 9u, 10u, 119u, 147u, 192u, 0xffffffffu}) {
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
    EXPECT_STREQ(linkTypeName(kLinkIeee80211), "ieee802-11");
    EXPECT_STREQ(linkTypeName(kLinkIeee80211Radiotap), "ieee802-11-radiotap");
}

TEST(LinkType, RegisteredNames) {
    EXPECT_STREQ(registeredLinkTypeName(9), "PPP");
    EXPECT_STREQ(registeredLinkTypeName(10), "FDDI");
    EXPECT_STREQ(registeredLinkTypeName(192), "PPI");
    EXPECT_STREQ(registeredLinkTypeName(147), "USER0");
    EXPECT_STREQ(registeredLinkTypeName(162), "USER15");
    EXPECT_STREQ(registeredLinkTypeName(290), "ETW");
    EXPECT_EQ(registeredLinkTypeName(2), nullptr);
    EXPECT_EQ(registeredLinkTypeName(0xffffffffu), nullptr);
}

// Finding 5 of issue 13: a capture of a link type Flowscope does not decode says so in one
// sentence that names the type and its number.
TEST(LinkType, UnsupportedLinkTypeWarningNamesTheType) {
    const std::string ppi = unsupportedLinkTypeWarning(192);
    EXPECT_NE(ppi.find("PPI (192)"), std::string::npos) << ppi;
    EXPECT_NE(ppi.find("does not decode"), std::string::npos) << ppi;
    EXPECT_EQ(ppi.find('.'), ppi.size() - 1) << "one sentence: " << ppi;
    const std::string unnamed = unsupportedLinkTypeWarning(2);
    EXPECT_NE(unnamed.find("link type 2:"), std::string::npos) << unnamed;
    for (uint32_t t : {0u, 1u, 101u, 105u, 113u, 127u, 276u}) {
        EXPECT_EQ(unsupportedLinkTypeWarning(t), "") << t;
    }
}

TEST(LinkType, UnknownNames) {
    EXPECT_STREQ(linkTypeName(2), "linktype-2");
    EXPECT_STREQ(linkTypeName(192), "linktype-192");
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
