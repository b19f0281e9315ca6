// A database file changed by another process while Flowscope uses it: truncated, overwritten
// with random bytes, replaced by another valid database, removed. Real files in a temporary
// folder, changed in place as cp, truncate and download tools do.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/enrich/address_kind.h"
#include "core/enrich/geo_resolver.h"
#include "core/enrich/mmdb_database.h"
#include "core/enrich/resources_path.h"
#include "tests/enrich/geo_test_util.h"

namespace flowscope {
namespace {

namespace fs = std::filesystem;
using test::ip;
using test::isOneSentence;
using test::mmdbData;

const fs::path kCountryTest = mmdbData("maxmind-test-data/GeoIP2-Country-Test.mmdb");
const fs::path kOtherCountryTest = mmdbData("maxmind-test-data/GeoLite2-City-Test.mmdb");

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "flowscope-reload-XXXXXX").string();
        m_path = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    fs::path operator/(const char* name) const { return m_path / name; }

private:
    fs::path m_path;
};

// Rewrites `to` in place (same inode, as `cp` over an existing file does).
void copyInPlace(const fs::path& from, const fs::path& to) {
    std::ifstream in(from, std::ios::binary);
    std::ofstream out(to, std::ios::binary | std::ios::trunc);
    out << in.rdbuf();
}

void writeRandom(const fs::path& to, size_t size) {
    std::mt19937 rng(7);
    std::string bytes(size, '\0');
    for (char& c : bytes) {
        c = char(rng());
    }
    std::ofstream(to, std::ios::binary | std::ios::trunc) << bytes;
}

std::vector<IpAddress> randomPublicV4(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<IpAddress> out;
    while (out.size() < n) {
        const IpAddress a = IpAddress::fromV4(uint32_t(rng()));
        if (classifyAddress(a) == AddressKind::Public) {
            out.push_back(a);
        }
    }
    return out;
}

fs::path builtInCountry() {
    return findResource(kEmbeddedCountryDb).value();
}

// libmaxminddb maps what it opens: with the user's file mapped, these lookups died with
// SIGBUS once the file was truncated under them.
TEST(MmdbDatabase, LookupsSurviveTheFileBeingTruncatedAndOverwritten) {
    TempDir dir;
    const fs::path file = dir / "country.mmdb";
    fs::copy_file(builtInCountry(), file);
    auto opened = MmdbDatabase::open(file);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    const auto db = std::move(opened).value();
    const std::vector<IpAddress> addresses = randomPublicV4(20000, 1);
    std::vector<std::string> before;
    for (const IpAddress& a : addresses) {
        before.push_back(db->lookup(a).value().countryCode);
    }
    fs::resize_file(file, 4096);
    for (size_t i = 0; i < addresses.size(); ++i) {
        auto r = db->lookup(addresses[i]);
        ASSERT_TRUE(r.ok()) << r.error().message;
        ASSERT_EQ(r->countryCode, before[i]) << addresses[i].toString();
    }
    writeRandom(file, 1 << 20);
    for (size_t i = 0; i < addresses.size(); ++i) {
        ASSERT_EQ(db->lookup(addresses[i]).value().countryCode, before[i]);
    }
    EXPECT_EQ(db->stamp().size, fs::file_size(builtInCountry()));
}

TEST(MmdbDatabase, AnEmptyFileIsOneSentence) {
    TempDir dir;
    const fs::path file = dir / "empty.mmdb";
    std::ofstream(file).close();
    auto db = MmdbDatabase::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(isOneSentence(db.error().message)) << db.error().message;
    EXPECT_NE(db.error().message.find("is empty"), std::string::npos) << db.error().message;
}

GeoResolverOptions manualChecks(const fs::path& countryDb) {
    GeoResolverOptions options;
    options.countryDb = countryDb;
    options.recheckInterval = std::chrono::milliseconds(0);
    return options;
}

// Truncated: judged at the second look, then one sentence and the built-in database; random
// bytes after that: nothing more to say; a valid database again: loaded.
TEST(GeoResolverReload, FallsBackOnceAndReloadsWhenTheFileIsUsableAgain) {
    TempDir dir;
    const fs::path file = dir / "country.mmdb";
    fs::copy_file(kCountryTest, file);
    GeoResolver resolver(manualChecks(file));
    ASSERT_FALSE(resolver.info(GeoRole::Country).embedded);
    EXPECT_EQ(resolver.lookup(ip("81.2.69.160")).countryCode, "GB");
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "");  // not in the test database
    EXPECT_TRUE(resolver.checkFiles().empty());                 // nothing changed

    fs::resize_file(file, 4096);
    EXPECT_TRUE(resolver.checkFiles().empty());  // maybe being written: judged next time
    EXPECT_EQ(resolver.lookup(ip("81.2.69.160")).countryCode, "GB");  // the private copy
    auto changes = resolver.checkFiles();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].role, GeoRole::Country);
    EXPECT_FALSE(changes[0].usable);
    EXPECT_TRUE(isOneSentence(english(changes[0].message))) << english(changes[0].message);
    EXPECT_NE(english(changes[0].message).find("built-in country database"), std::string::npos);
    EXPECT_NE(english(changes[0].message).find(file.string()), std::string::npos);
    EXPECT_TRUE(resolver.info(GeoRole::Country).embedded);
    EXPECT_EQ(english(resolver.info(GeoRole::Country).error), english(changes[0].message));
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "US");  // the built-in database

    writeRandom(file, 1 << 20);
    EXPECT_TRUE(resolver.checkFiles().empty());
    EXPECT_TRUE(resolver.checkFiles().empty());  // still unusable: already said
    EXPECT_TRUE(resolver.info(GeoRole::Country).embedded);
    EXPECT_FALSE(resolver.info(GeoRole::Country).error.empty());

    copyInPlace(kOtherCountryTest, file);
    changes = resolver.checkFiles();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].usable);
    EXPECT_TRUE(isOneSentence(english(changes[0].message))) << english(changes[0].message);
    EXPECT_FALSE(resolver.info(GeoRole::Country).embedded);
    EXPECT_EQ(english(resolver.info(GeoRole::Country).error), "");
    EXPECT_EQ(resolver.info(GeoRole::Country).metadata.databaseType, "GeoLite2-City");
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "");
    EXPECT_EQ(resolver.lookup(ip("81.2.69.160")).countryCode, "GB");
    EXPECT_TRUE(resolver.checkFiles().empty());
}

// cp over the file in use: a check that sees it half-written says nothing; the finished file
// is loaded again.
TEST(GeoResolverReload, AHalfWrittenFileSeenOnceIsNotReported) {
    TempDir dir;
    const fs::path file = dir / "country.mmdb";
    fs::copy_file(kCountryTest, file);
    GeoResolver resolver(manualChecks(file));
    fs::resize_file(file, 100);
    EXPECT_TRUE(resolver.checkFiles().empty());
    copyInPlace(kCountryTest, file);
    const auto changes = resolver.checkFiles();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].usable);
    EXPECT_FALSE(resolver.info(GeoRole::Country).embedded);
}

TEST(GeoResolverReload, ARemovedFileFallsBackAndAReplacedOneIsLoaded) {
    TempDir dir;
    const fs::path file = dir / "country.mmdb";
    fs::copy_file(kCountryTest, file);
    GeoResolver resolver(manualChecks(file));
    fs::remove(file);
    EXPECT_TRUE(resolver.checkFiles().empty());
    auto changes = resolver.checkFiles();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_FALSE(changes[0].usable);
    EXPECT_NE(english(changes[0].message).find("does not exist"), std::string::npos)
        << english(changes[0].message);
    // Replaced by a new file moved into place (a new inode), as geoipupdate does.
    fs::copy_file(kOtherCountryTest, dir / "new.mmdb");
    fs::rename(dir / "new.mmdb", file);
    changes = resolver.checkFiles();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].usable);
}

// A file that was unusable at start is loaded once it is repaired.
TEST(GeoResolverReload, AFileBadAtStartIsLoadedOnceRepaired) {
    TempDir dir;
    const fs::path file = dir / "country.mmdb";
    writeRandom(file, 5000);
    GeoResolver resolver(manualChecks(file));
    EXPECT_TRUE(resolver.info(GeoRole::Country).embedded);
    EXPECT_FALSE(resolver.info(GeoRole::Country).error.empty());
    EXPECT_TRUE(resolver.checkFiles().empty());
    copyInPlace(kCountryTest, file);
    const auto changes = resolver.checkFiles();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_TRUE(changes[0].usable);
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "");
}

// lookup() itself looks at the file (on a cache miss, at most once per interval) and tells
// onFileChange, exactly once for a file that stays damaged.
TEST(GeoResolverReload, LookupsNoticeTheChangeAndReportItOnce) {
    TempDir dir;
    const fs::path file = dir / "country.mmdb";
    fs::copy_file(builtInCountry(), file);
    std::vector<GeoFileChange> told;
    GeoResolverOptions options;
    options.countryDb = file;
    options.recheckInterval = std::chrono::milliseconds(20);
    options.onFileChange = [&told](const GeoFileChange& c) { told.push_back(c); };
    GeoResolver resolver(options);
    const std::vector<IpAddress> addresses = randomPublicV4(400000, 2);
    size_t i = 0;
    size_t withCountry = 0;
    const auto lookUntil = [&](auto done) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!done() && std::chrono::steady_clock::now() < until) {
            withCountry += resolver.lookup(addresses[i++ % addresses.size()]).hasCountry() ? 1 : 0;
        }
    };
    fs::resize_file(file, 4096);
    lookUntil([&] { return !told.empty(); });
    ASSERT_EQ(told.size(), 1u);
    EXPECT_FALSE(told[0].usable);
    EXPECT_TRUE(resolver.info(GeoRole::Country).embedded);
    // Rewritten with random bytes: still unusable, nothing more said; then a valid database.
    writeRandom(file, 1 << 16);
    const auto pause = std::chrono::steady_clock::now() + std::chrono::milliseconds(200);
    lookUntil([&] { return std::chrono::steady_clock::now() > pause; });
    EXPECT_EQ(told.size(), 1u);
    copyInPlace(builtInCountry(), file);
    lookUntil([&] { return told.size() > 1; });
    ASSERT_EQ(told.size(), 2u);
    EXPECT_TRUE(told[1].usable);
    EXPECT_FALSE(resolver.info(GeoRole::Country).embedded);
    EXPECT_GT(withCountry, i * 9 / 10);  // answered all along, by one database or the other
}

}  // namespace
}  // namespace flowscope
