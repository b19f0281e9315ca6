// MmdbDatabase: opening, checking and reading MaxMind's test databases, the built-in databases
// and a file in IPinfo's flat layout. Expected values: maxmind-source-data/*.json and
// `mmdblookup` (libmaxminddb 1.7.1) on the same files.
#include "core/enrich/mmdb_database.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/enrich/resources_path.h"
#include "tests/enrich/geo_test_util.h"

namespace flowscope {
namespace {

using test::ip;
using test::isOneSentence;
using test::mmdbData;

std::unique_ptr<MmdbDatabase> openOk(const std::filesystem::path& path) {
    auto db = MmdbDatabase::open(path);
    EXPECT_TRUE(db.ok()) << path << ": " << (db.ok() ? "" : db.error().message);
    return db.ok() ? std::move(db).value() : nullptr;
}

GeoRecord find(const MmdbDatabase& db, const char* address) {
    auto r = db.lookup(ip(address));
    EXPECT_TRUE(r.ok()) << address << ": " << (r.ok() ? "" : r.error().message);
    return r.ok() ? r.value() : GeoRecord{};
}

TEST(MmdbDatabase, OpensEveryIntactTestDatabase) {
    int opened = 0;
    for (const auto& entry : std::filesystem::directory_iterator(mmdbData("maxmind-test-data"))) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".mmdb" || name.find("Broken") != std::string::npos ||
            name.find("broken") != std::string::npos || name.find("Invalid") != std::string::npos) {
            continue;
        }
        auto db = openOk(entry.path());
        ASSERT_NE(db, nullptr);
        ++opened;
        const MmdbMetadata& m = db->metadata();
        EXPECT_TRUE(m.ipVersion == 4 || m.ipVersion == 6) << name;
        EXPECT_GT(db->contents().records, 0u) << name;
        for (int size : {24, 28, 32}) {
            if (name.find("-" + std::to_string(size) + ".mmdb") != std::string::npos) {
                EXPECT_EQ(m.recordSize, size) << name;
            }
        }
        // Every record size and IP version can be searched without error.
        for (const char* a : {"1.1.1.1", "::1.1.1.1", "::ffff:1.1.1.3", "2001:db8::1", "::"}) {
            EXPECT_TRUE(db->lookup(ip(a)).ok()) << name << " " << a;
        }
    }
    EXPECT_EQ(opened, 24);
}

TEST(MmdbDatabase, ReadsGeoIP2CountryLayout) {
    for (const char* file : {"GeoIP2-Country-Test.mmdb", "GeoLite2-Country-Test.mmdb",
                             "GeoIP2-City-Test.mmdb", "GeoLite2-City-Test.mmdb"}) {
        SCOPED_TRACE(file);
        auto db = openOk(mmdbData(std::string("maxmind-test-data/") + file));
        ASSERT_NE(db, nullptr);
        EXPECT_TRUE(db->contents().hasCountry());
        EXPECT_FALSE(db->contents().hasAs());
        const GeoRecord gb = find(*db, "81.2.69.160");
        EXPECT_EQ(gb.countryCode, "GB");
        EXPECT_EQ(gb.countryName, "United Kingdom");
        EXPECT_FALSE(gb.hasAs());
        EXPECT_EQ(find(*db, "216.160.83.56").countryCode, "US");
        EXPECT_EQ(find(*db, "2001:218::1").countryName, "Japan");
        EXPECT_EQ(find(*db, "2a02:ff80::1").countryCode, "DE");
        // IPv4-mapped IPv6 is looked up as IPv4.
        EXPECT_EQ(find(*db, "::ffff:81.2.69.160").countryCode, "GB");
        // Not in the test data at all.
        EXPECT_TRUE(find(*db, "8.8.8.8").empty());
        EXPECT_TRUE(find(*db, "10.0.0.1").empty());
    }
}

TEST(MmdbDatabase, ReadsGeoLite2AsnLayout) {
    auto db = openOk(mmdbData("maxmind-test-data/GeoLite2-ASN-Test.mmdb"));
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(db->metadata().databaseType, "GeoLite2-ASN");
    EXPECT_TRUE(db->contents().hasAs());
    EXPECT_FALSE(db->contents().hasCountry());
    GeoRecord r = find(*db, "1.128.0.1");
    EXPECT_EQ(r.asNumber, 1221u);
    EXPECT_EQ(r.asOrganization, "Telstra Pty Ltd");
    EXPECT_FALSE(r.hasCountry());
    EXPECT_EQ(find(*db, "12.81.92.1").asOrganization, "AT&T Services");
    EXPECT_EQ(find(*db, "149.101.100.1").asNumber, 6167u);
    r = find(*db, "2600:6000::1");
    EXPECT_EQ(r.asNumber, 237u);
    EXPECT_EQ(r.asOrganization, "Merit Network Inc.");
    // A number without an organisation (source-data: "216.160.83.56/29": {209}).
    r = find(*db, "216.160.83.56");
    EXPECT_EQ(r.asNumber, 209u);
    EXPECT_EQ(r.asOrganization, "");
}

TEST(MmdbDatabase, ReadsIspLayoutAsAs) {
    auto db = openOk(mmdbData("maxmind-test-data/GeoIP2-ISP-Test.mmdb"));
    ASSERT_NE(db, nullptr);
    const GeoRecord r = find(*db, "1.128.0.1");
    EXPECT_EQ(r.asNumber, 1221u);
    EXPECT_EQ(r.asOrganization, "Telstra Pty Ltd");
}

TEST(MmdbDatabase, ReadsIpinfoFlatAsnLayout) {
    auto db = openOk(mmdbData("flowscope/ipinfo-layout-asn.mmdb"));
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(db->contents().records, 3u);
    EXPECT_EQ(db->contents().asRecords, 3u);
    GeoRecord r = find(*db, "1.1.1.1");
    EXPECT_EQ(r.asNumber, 13335u);
    EXPECT_EQ(r.asOrganization, "Cloudflare, Inc.");
    EXPECT_EQ(find(*db, "8.8.8.8").asNumber, 15169u);
    EXPECT_EQ(find(*db, "9.9.9.9").asOrganization, "Quad9");
    EXPECT_EQ(find(*db, "2606:4700:1::1").asNumber, 13335u);
    // The converter's 6to4 alias: 2002:0808:0808:: carries 8.8.8.8.
    EXPECT_EQ(find(*db, "2002:808:808::1").asNumber, 15169u);
    EXPECT_TRUE(find(*db, "8.8.4.4").empty());
}

TEST(MmdbDatabase, Ipv6InIpv4OnlyDatabaseIsEmptyNotAnError) {
    auto db = openOk(mmdbData("maxmind-test-data/MaxMind-DB-test-ipv4-24.mmdb"));
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(db->metadata().ipVersion, 4);
    EXPECT_TRUE(find(*db, "2001:218::1").empty());
    // Its records are {"ip": ...}: neither countries nor AS numbers.
    EXPECT_FALSE(db->contents().hasCountry());
    EXPECT_FALSE(db->contents().hasAs());
}

TEST(MmdbDatabase, BuiltInCountryDatabaseIsFlatDbIp) {
    auto path = findResource("dbip-country.mmdb");
    ASSERT_TRUE(path.ok()) << path.error().message;
    auto db = openOk(path.value());
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(db->metadata().databaseType, "country ipvAll");
    EXPECT_EQ(db->metadata().nodeCount, 1367605u);
    EXPECT_TRUE(db->contents().hasCountry());
    // ../shared/data/SOURCES.md, checked with mmdblookup.
    GeoRecord r = find(*db, "8.8.8.8");
    EXPECT_EQ(r.countryCode, "US");
    EXPECT_EQ(r.countryName, "United States");  // from the ISO 3166 table: DB-IP has codes only
    EXPECT_EQ(find(*db, "1.1.1.1").countryCode, "AU");
    EXPECT_EQ(find(*db, "81.2.69.160").countryCode, "GB");
    EXPECT_EQ(find(*db, "2001:4860:4860::8888").countryCode, "CA");
    EXPECT_EQ(find(*db, "212.199.202.53").countryName, "Israel");
    EXPECT_EQ(find(*db, "2a03:2880:f0ff:c:face:b00c:0:3").countryCode, "IE");
    EXPECT_TRUE(find(*db, "10.0.0.1").empty());
    EXPECT_TRUE(find(*db, "::1").empty());
}

TEST(MmdbDatabase, BuiltInAsDatabaseKnowsWellKnownNetworks) {
    auto path = findResource("asn.mmdb");
    ASSERT_TRUE(path.ok()) << path.error().message;
    auto db = openOk(path.value());
    ASSERT_NE(db, nullptr);
    EXPECT_TRUE(db->contents().hasAs());
    EXPECT_FALSE(db->contents().hasCountry());
    EXPECT_GT(db->contents().records, 80000u);
    struct Case {
        const char* address;
        uint32_t as;
        const char* organization;
    };
    // Sample checked against the operators' own published ranges (DESIGN.md asks for this
    // before trusting the npm copy).
    const Case cases[] = {
        {"8.8.8.8", 15169, "Google LLC"},
        {"1.1.1.1", 13335, "Cloudflare, Inc."},
        {"9.9.9.9", 19281, "Quad9"},
        {"140.82.112.3", 36459, "GitHub, Inc."},
        {"157.240.1.35", 32934, "Facebook, Inc."},
        {"193.0.6.139", 3333, nullptr},  // RIPE NCC
        {"2001:4860:4860::8888", 15169, "Google LLC"},
        {"2606:4700:4700::1111", 13335, "Cloudflare, Inc."},
        {"2a03:2880:f0ff:c:face:b00c:0:3", 32934, "Facebook, Inc."},
        {"::ffff:8.8.8.8", 15169, "Google LLC"},
    };
    for (const Case& c : cases) {
        const GeoRecord r = find(*db, c.address);
        EXPECT_EQ(r.asNumber, c.as) << c.address;
        if (c.organization != nullptr) {
            EXPECT_EQ(r.asOrganization, c.organization) << c.address;
        }
    }
    EXPECT_TRUE(find(*db, "10.1.2.3").empty());
    EXPECT_TRUE(find(*db, "192.168.1.1").empty());
    EXPECT_TRUE(find(*db, "fe80::1").empty());
}

TEST(MmdbDatabase, MissingFolderAndForeignFilesAreOneSentence) {
    auto r = MmdbDatabase::open(mmdbData("no-such-file.mmdb"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(isOneSentence(r.error().message)) << r.error().message;
    EXPECT_NE(r.error().message.find("no-such-file.mmdb"), std::string::npos);

    r = MmdbDatabase::open(mmdbData("maxmind-test-data"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_NE(r.error().message.find("folder"), std::string::npos) << r.error().message;

    r = MmdbDatabase::open(std::filesystem::path(FLOWSCOPE_TEST_DATA) / "SOURCES.md");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_TRUE(isOneSentence(r.error().message)) << r.error().message;
    EXPECT_NE(r.error().message.find("not a MaxMind DB"), std::string::npos);
}

// A copy of GeoIP2-Country-Test.mmdb changed by `edit`, in the test's temporary folder.
std::filesystem::path damagedCopy(const char* name, void (*edit)(std::string&)) {
    std::ifstream in(mmdbData("maxmind-test-data/GeoIP2-Country-Test.mmdb"), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    edit(bytes);
    const auto path = std::filesystem::path(::testing::TempDir()) / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

TEST(MmdbDatabase, DamagedCopiesAreRejected) {
    // Record size 28: node 0's right record is the low nibble of byte 3 and bytes 4-6.
    const auto outside = damagedCopy("tree-points-outside.mmdb", [](std::string& b) {
        b[3] = char((uint8_t(b[3]) & 0xf0) | 0x0f);
        b[4] = b[5] = b[6] = char(0xff);
    });
    auto r = MmdbDatabase::open(outside);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(isOneSentence(r.error().message)) << r.error().message;
    EXPECT_NE(r.error().message.find("search tree"), std::string::npos) << r.error().message;

    // Cut in the middle: the metadata marker is gone.
    const auto cut =
        damagedCopy("cut-in-half.mmdb", [](std::string& b) { b.resize(b.size() / 2); });
    r = MmdbDatabase::open(cut);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::BadFormat);
    EXPECT_TRUE(isOneSentence(r.error().message)) << r.error().message;

    const auto empty = damagedCopy("empty.mmdb", [](std::string& b) { b.clear(); });
    r = MmdbDatabase::open(empty);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(isOneSentence(r.error().message)) << r.error().message;
}

}  // namespace
}  // namespace flowscope
