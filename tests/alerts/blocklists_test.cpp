#include "core/alerts/blocklists.h"

#include <gtest/gtest.h>

using namespace flowscope;

namespace {

IpAddress ip(const char* text) {
    return *IpAddress::parse(text);
}

}  // namespace

TEST(Blocklists, TellsWhichListAndLineMatched) {
    std::vector<NamedBlocklist> lists;
    lists.push_back(
        {"spamhaus_drop", parseBlocklist("# drop\n1.10.16.0/20 ; SBL256894\n").entries});
    lists.push_back({"firehol_level1", parseBlocklist("0.0.0.0/8\n1.10.16.0/20\n1.0.0.0/8\n"
                                                      "2001:db8::/32\n")
                                           .entries});
    lists.push_back({"mine", parseBlocklist("1.10.20.7\n").entries});
    const Blocklists b(std::move(lists));
    EXPECT_EQ(b.listCount(), 3u);
    EXPECT_EQ(b.entryCount(), 6u);

    auto m = b.match(ip("1.10.16.1"));
    ASSERT_TRUE(m);
    EXPECT_EQ(*m->listName, "spamhaus_drop");  // same prefix in two lists: the first list
    EXPECT_EQ(m->entry.line, 2u);

    m = b.match(ip("1.10.20.7"));  // the most specific prefix wins
    ASSERT_TRUE(m);
    EXPECT_EQ(*m->listName, "mine");
    EXPECT_EQ(m->entry.prefixLength, 32);

    m = b.match(ip("1.200.0.1"));
    ASSERT_TRUE(m);
    EXPECT_EQ(*m->listName, "firehol_level1");
    EXPECT_EQ(m->entry.line, 3u);
    EXPECT_EQ(m->entry.network.toString(), "1.0.0.0");
    EXPECT_EQ(m->entry.prefixLength, 8);

    m = b.match(ip("2001:db8:ffff::1"));
    ASSERT_TRUE(m);
    EXPECT_EQ(*m->listName, "firehol_level1");
    EXPECT_EQ(m->entry.line, 4u);

    EXPECT_FALSE(b.match(ip("2.0.0.0")));
    EXPECT_FALSE(b.match(ip("2001:db9::")));
    EXPECT_FALSE(Blocklists().match(ip("1.1.1.1")));
}

TEST(Blocklists, MappedIpv6EntriesStayIpv6) {
    std::vector<NamedBlocklist> lists;
    lists.push_back({"mapped", parseBlocklist("::ffff:1.2.3.4\n::ffff:10.0.0.0/104\n").entries});
    const Blocklists b(std::move(lists));
    EXPECT_TRUE(b.match(ip("::ffff:1.2.3.4")));
    EXPECT_TRUE(b.match(ip("::ffff:10.200.0.1")));
    EXPECT_FALSE(b.match(ip("1.2.3.4")));
    EXPECT_FALSE(b.match(ip("10.200.0.1")));
}
