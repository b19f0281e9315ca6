// GeoResolver: built-in databases by default, the user's files where given, fallback with the
// error kept, the per-address cache across database changes and threads, and annotateFlow().
#include "core/enrich/geo_resolver.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <thread>
#include <vector>

#include "core/enrich/geo_batch_lookup.h"
#include "core/enrich/geo_flow_annotation.h"
#include "core/enrich/service_table.h"
#include "tests/enrich/geo_test_util.h"

namespace flowscope {
namespace {

using test::ip;
using test::isOneSentence;
using test::mmdbData;

const auto kCountryTest = mmdbData("maxmind-test-data/GeoIP2-Country-Test.mmdb");
const auto kAsnTest = mmdbData("maxmind-test-data/GeoLite2-ASN-Test.mmdb");

TEST(GeoResolver, UsesBuiltInDatabasesByDefault) {
    GeoResolver resolver;
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        const GeoDatabaseInfo info = resolver.info(role);
        EXPECT_TRUE(info.loaded);
        EXPECT_TRUE(info.embedded);
        EXPECT_EQ(english(info.error), "");
    }
    EXPECT_EQ(resolver.info(GeoRole::Country).path.filename(), "dbip-country.mmdb");
    EXPECT_EQ(resolver.info(GeoRole::As).path.filename(), "asn.mmdb");
    const GeoRecord r = resolver.lookup(ip("8.8.8.8"));
    EXPECT_EQ(r.countryCode, "US");
    EXPECT_EQ(r.countryName, "United States");
    EXPECT_EQ(r.asNumber, 15169u);
    EXPECT_EQ(r.asOrganization, "Google LLC");
    EXPECT_TRUE(resolver.lookup(ip("192.168.1.1")).empty());
}

TEST(GeoResolver, UsesTheUsersFilesForEachRole) {
    GeoResolver resolver({kCountryTest, kAsnTest});
    EXPECT_FALSE(resolver.info(GeoRole::Country).embedded);
    EXPECT_EQ(resolver.info(GeoRole::Country).metadata.databaseType, "GeoIP2-Country");
    EXPECT_EQ(resolver.info(GeoRole::As).metadata.databaseType, "GeoLite2-ASN");
    GeoRecord r = resolver.lookup(ip("81.2.69.160"));
    EXPECT_EQ(r.countryCode, "GB");
    EXPECT_FALSE(r.hasAs());  // not in the ASN test data
    r = resolver.lookup(ip("1.128.0.1"));
    EXPECT_EQ(r.asNumber, 1221u);
    EXPECT_FALSE(r.hasCountry());
    // 8.8.8.8 is in neither test database: no answer from the built-in ones either.
    EXPECT_TRUE(resolver.lookup(ip("8.8.8.8")).empty());
}

TEST(GeoResolver, WrongKindOfDatabaseFallsBackWithOneSentence) {
    GeoResolver resolver;
    Status s = resolver.setDatabase(GeoRole::Country, kAsnTest);
    ASSERT_FALSE(s.ok());
    GeoDatabaseInfo info = resolver.info(GeoRole::Country);
    EXPECT_TRUE(info.embedded);
    EXPECT_TRUE(isOneSentence(english(info.error))) << english(info.error);
    EXPECT_NE(english(info.error).find("GeoLite2-ASN-Test.mmdb"), std::string::npos)
        << english(info.error);
    EXPECT_NE(english(info.error).find("AS numbers but no countries"), std::string::npos)
        << english(info.error);
    EXPECT_NE(english(info.error).find("built-in country database"), std::string::npos)
        << english(info.error);
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "US");

    s = resolver.setDatabase(GeoRole::As, kCountryTest);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("countries but no AS numbers"), std::string::npos);
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).asNumber, 15169u);

    s = resolver.setDatabase(GeoRole::As, mmdbData("maxmind-test-data/GeoIP2-Domain-Test.mmdb"));
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("neither countries nor AS numbers"), std::string::npos);
}

TEST(GeoResolver, MissingFileFallsBackAndClearingTheSettingClearsTheError) {
    GeoResolver resolver;
    const Status s = resolver.setDatabase(GeoRole::Country, "/nonexistent/GeoLite2-Country.mmdb");
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(isOneSentence(s.error().message)) << s.error().message;
    EXPECT_NE(s.error().message.find("does not exist"), std::string::npos);
    EXPECT_TRUE(resolver.info(GeoRole::Country).embedded);
    EXPECT_TRUE(resolver.setDatabase(GeoRole::Country, "").ok());
    EXPECT_EQ(english(resolver.info(GeoRole::Country).error), "");
}

TEST(GeoResolver, CacheCountsHitsAndIsClearedWhenADatabaseChanges) {
    GeoResolver resolver;
    resolver.lookup(ip("81.2.69.160"));
    EXPECT_EQ(resolver.lookup(ip("81.2.69.160")).countryCode, "GB");
    GeoCache::Stats st = resolver.cacheStats();
    EXPECT_EQ(st.hits, 1u);
    EXPECT_EQ(st.misses, 1u);
    EXPECT_EQ(st.size, 1u);
    ASSERT_TRUE(resolver.setDatabase(GeoRole::As, kAsnTest).ok());
    EXPECT_EQ(resolver.cacheStats().size, 0u);
    // The answer now comes from the new AS database (81.2.69.160 is not in it).
    const GeoRecord r = resolver.lookup(ip("81.2.69.160"));
    EXPECT_EQ(r.countryCode, "GB");
    EXPECT_FALSE(r.hasAs());
}

// Lookups from four threads while a fifth swaps the country database back and forth: every
// answer is one of the two databases' answers, never a mix or garbage (and ASan stays quiet).
TEST(GeoResolver, ThreadSafeWhileTheDatabaseChanges) {
    GeoResolver resolver({{}, {}, 256});
    std::vector<IpAddress> addresses;
    for (int i = 0; i < 200; ++i) {
        addresses.push_back(IpAddress::fromV4(uint32_t(0x51024500u + i)));  // 81.2.69.x
        addresses.push_back(IpAddress::fromV4(uint32_t(0x08080800u + i)));  // 8.8.8.x
    }
    std::map<IpAddress, std::pair<std::string, std::string>> allowed;
    GeoResolver other({kCountryTest, {}, 16});
    for (const auto& a : addresses) {
        allowed[a] = {resolver.lookupUncached(a).countryCode, other.lookupUncached(a).countryCode};
    }
    std::atomic<bool> stop{false};
    std::atomic<int> wrong{0};
    std::atomic<long> done{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t) {
        readers.emplace_back([&, t] {
            size_t i = size_t(t);
            while (!stop.load()) {
                const IpAddress& a = addresses[i++ % addresses.size()];
                const GeoRecord r = resolver.lookup(a);
                const auto& ok = allowed.at(a);
                if (r.countryCode != ok.first && r.countryCode != ok.second) {
                    ++wrong;
                }
                ++done;
            }
        });
    }
    for (int round = 0; round < 20; ++round) {
        resolver.setDatabase(GeoRole::Country, round % 2 == 0 ? kCountryTest : "");
    }
    while (done.load() < 20000) {
        std::this_thread::yield();
    }
    stop = true;
    for (auto& t : readers) {
        t.join();
    }
    EXPECT_EQ(wrong.load(), 0);
    // After the last change (back to the built-in database) no stale answer is served.
    EXPECT_EQ(resolver.lookup(ip("8.8.8.8")).countryCode, "US");
    EXPECT_LE(resolver.cacheStats().size, resolver.cacheStats().capacity);
}

// GeoBatchLookup (no cache, a memo of decoded records) answers exactly as GeoResolver::lookup,
// for the built-in databases and the user's, IPv4 and IPv6, addresses seen once or again.
TEST(GeoBatchLookup, AnswersAsTheResolverDoes) {
    std::vector<IpAddress> addresses;
    uint32_t x = 12345;
    for (int i = 0; i < 5000; ++i) {
        x = x * 1103515245u + 12345u;  // spread over the whole IPv4 space
        addresses.push_back(IpAddress::fromV4(x));
    }
    for (const char* text : {"8.8.8.8", "81.2.69.160", "1.128.0.1", "2001:4860:4860::8888",
                             "2a02:ffc0::1", "::ffff:8.8.8.8", "192.168.1.1", "fe80::1"}) {
        addresses.push_back(ip(text));
        addresses.push_back(ip(text));
    }
    for (const GeoResolverOptions& options :
         {GeoResolverOptions{}, GeoResolverOptions{kCountryTest, kAsnTest}}) {
        GeoResolver resolver(options);
        GeoBatchLookup batch(resolver);
        size_t known = 0;
        for (const IpAddress& a : addresses) {
            const GeoRecord expected = resolver.lookup(a);
            EXPECT_EQ(batch.lookup(a), expected) << a.toString();
            known += expected.empty() ? 0 : 1;
        }
        EXPECT_GT(known, 10u);  // the comparison covered real answers
    }
}

TEST(GeoFlowAnnotation, OneCallGivesServiceKindAndPlace) {
    GeoResolver resolver;
    auto services = ServiceTable::loadEmbedded();
    ASSERT_TRUE(services.ok()) << services.error().message;
    OwnAddresses own;
    own.add(ip("192.168.1.20"), 24);

    GeoFlowAnnotation a =
        annotateFlow(&resolver, &services.value(), own, 6, ip("8.8.8.8"), 51000, 443);
    EXPECT_EQ(a.service, "https");
    EXPECT_EQ(a.kind, AddressKind::Public);
    EXPECT_EQ(a.geo.countryCode, "US");
    EXPECT_EQ(a.geo.asNumber, 15169u);

    a = annotateFlow(&resolver, &services.value(), own, 17, ip("192.168.1.1"), 40000, 53);
    EXPECT_EQ(a.service, "domain");
    EXPECT_EQ(a.kind, AddressKind::Private);
    EXPECT_TRUE(a.geo.empty());  // only public addresses are looked up

    a = annotateFlow(&resolver, &services.value(), own, 17, ip("192.168.1.255"), 137, 137);
    EXPECT_EQ(a.kind, AddressKind::Broadcast);
    EXPECT_EQ(a.service, "netbios-ns");

    a = annotateFlow(nullptr, nullptr, own, 1, ip("1.1.1.1"), 0, 0);
    EXPECT_EQ(a.service, "");
    EXPECT_EQ(a.kind, AddressKind::Public);
    EXPECT_TRUE(a.geo.empty());
}

}  // namespace
}  // namespace flowscope
