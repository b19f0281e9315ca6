// The databases shipped in resources/ are opened without the full check at run time
// (MmdbCheck::Shipped: the check cost more than a whole `flows --read` of a large capture), so
// this test is where they are checked in full; the user's files are still checked at every open.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "core/enrich/geo_resolver.h"
#include "core/enrich/mmdb_database.h"
#include "core/enrich/resources_path.h"
#include "tests/enrich/geo_test_util.h"

namespace flowscope {
namespace {

using test::ip;
using test::isOneSentence;

TEST(MmdbShipped, BuiltInDatabasesPassTheFullCheckAndHoldTheirRole) {
    auto country = MmdbDatabase::open(findResource(kEmbeddedCountryDb).value());
    ASSERT_TRUE(country.ok()) << country.error().message;
    EXPECT_TRUE(country.value()->contents().counted);
    EXPECT_TRUE(country.value()->contents().hasCountry());
    auto as = MmdbDatabase::open(findResource(kEmbeddedAsDb).value());
    ASSERT_TRUE(as.ok()) << as.error().message;
    EXPECT_TRUE(as.value()->contents().hasAs());
    // Both roles accept them through the user's path too.
    EXPECT_TRUE(GeoResolver::openFor(GeoRole::Country, findResource(kEmbeddedCountryDb).value()));
    EXPECT_TRUE(GeoResolver::openFor(GeoRole::As, findResource(kEmbeddedAsDb).value()));
}

TEST(MmdbShipped, ResolverOpensTheBuiltInDatabasesWithoutTheFullCheck) {
    GeoResolver resolver;
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        const GeoDatabaseInfo info = resolver.info(role);
        EXPECT_TRUE(info.embedded);
        EXPECT_FALSE(info.contents.counted);  // the records were not all read
        EXPECT_GT(info.metadata.nodeCount, 0u);
    }
    const GeoRecord r = resolver.lookup(ip("8.8.8.8"));
    EXPECT_EQ(r.countryCode, "US");
    EXPECT_EQ(r.asNumber, 15169u);
}

TEST(MmdbShipped, SameBytesAsTheUsersFileAreStillCheckedInFull) {
    // A damaged copy of a built-in file given as the user's file: the full check rejects it in
    // one sentence and the built-in database answers.
    const auto builtIn = findResource(kEmbeddedCountryDb).value();
    const auto damaged = std::filesystem::temp_directory_path() /
                         ("flowscope-shipped-test-" + std::to_string(::getpid()) + ".mmdb");
    std::filesystem::copy_file(builtIn, damaged, std::filesystem::copy_options::overwrite_existing);
    {
        std::fstream f(damaged, std::ios::in | std::ios::out | std::ios::binary);
        const std::string garbage(256 * 1024, '\xff');  // the search tree's first part
        f.write(garbage.data(), std::streamsize(garbage.size()));
    }
    auto db = MmdbDatabase::open(damaged);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(isOneSentence(db.error().message)) << db.error().message;
    GeoResolver resolver;
    const Status s = resolver.setDatabase(GeoRole::Country, damaged);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(isOneSentence(s.error().message)) << s.error().message;
    EXPECT_NE(s.error().message.find("built-in country database"), std::string::npos);
    EXPECT_TRUE(resolver.info(GeoRole::Country).embedded);
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "US");
    std::filesystem::remove(damaged);
}

}  // namespace
}  // namespace flowscope
