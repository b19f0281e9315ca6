// bench_enrich_lookup COUNTRY.mmdb ASN.mmdb [FLOW_ADDRESSES.txt]: country + AS lookup per
// address, Flowscope against bare libmaxminddb, same process, same addresses.
//
//   libmaxminddb    MMDB_lookup_sockaddr + MMDB_get_value of the known fields (country_code;
//                   autonomous_system_number and _organization) in both files: the baseline
//   ... private     the same on Flowscope's private in-memory copies of the files (what
//                   MmdbDatabase maps: mmdb_private_copy.h) instead of the files themselves
//   lookupUncached  GeoResolver without its cache (both layouts probed, strings copied)
//   lookup (miss)   GeoResolver with its cache, every address new
//   lookup (hit)    the same addresses again, all in the cache
// Addresses: 200,000 random global unicast IPv4 (3/4) and IPv6 2000::/3 (1/4), seed 1; then a
// working set like a monitor's, the first 1,000 of them looked up 200 times each. Best of 5
// interleaved runs. Also: the time to open and fully check each database, and, given a
// file with one remote address per flow in order of appearance (bench/enrich_lookup.sh
// extracts them from real captures), the cache hit rate of a flow-by-flow replay.
#include <maxminddb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "core/enrich/address_kind.h"
#include "core/enrich/geo_resolver.h"
#include "core/enrich/mmdb_database.h"
#include "core/enrich/mmdb_private_copy.h"

using namespace flowscope;

namespace {

double secondsOf(const std::function<void()>& fn) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::vector<IpAddress> randomAddresses(size_t n) {
    std::mt19937_64 rng(1);
    std::vector<IpAddress> out;
    while (out.size() < n) {
        if (out.size() % 4 != 3) {
            const IpAddress a = IpAddress::fromV4(uint32_t(rng()));
            if (classifyAddress(a) == AddressKind::Public) {
                out.push_back(a);
            }
        } else {
            uint8_t b[16];
            const uint64_t hi = rng(), lo = rng();
            std::memcpy(b, &hi, 8);
            std::memcpy(b + 8, &lo, 8);
            b[0] = uint8_t(0x20 | (b[0] & 0x1f));  // 2000::/3
            out.push_back(IpAddress::fromV6(b));
        }
    }
    return out;
}

struct Baseline {
    MMDB_s country{};
    MMDB_s asn{};
    bool ok = false;

    Baseline(const char* countryPath, const char* asnPath) {
        ok = MMDB_open(countryPath, MMDB_MODE_MMAP, &country) == MMDB_SUCCESS &&
             MMDB_open(asnPath, MMDB_MODE_MMAP, &asn) == MMDB_SUCCESS;
    }
    ~Baseline() {
        MMDB_close(&country);
        MMDB_close(&asn);
    }

    static MMDB_lookup_result_s find(const MMDB_s& db, const IpAddress& a) {
        sockaddr_in in4{};
        sockaddr_in6 in6{};
        const sockaddr* sa;
        if (a.isV4()) {
            in4.sin_family = AF_INET;
            std::memcpy(&in4.sin_addr, a.bytes().data(), 4);
            sa = reinterpret_cast<const sockaddr*>(&in4);
        } else {
            in6.sin6_family = AF_INET6;
            std::memcpy(&in6.sin6_addr, a.bytes().data(), 16);
            sa = reinterpret_cast<const sockaddr*>(&in6);
        }
        int error = 0;
        return MMDB_lookup_sockaddr(&db, sa, &error);
    }

    // Returns a checksum so that the work cannot be optimised away.
    uint64_t lookup(const IpAddress& a) const {
        uint64_t sum = 0;
        MMDB_entry_data_s data;
        MMDB_lookup_result_s r = find(country, a);
        if (r.found_entry && MMDB_get_value(&r.entry, &data, "country_code", nullptr) == 0 &&
            data.has_data) {
            sum += data.data_size;
        }
        r = find(asn, a);
        if (r.found_entry) {
            if (MMDB_get_value(&r.entry, &data, "autonomous_system_number", nullptr) == 0 &&
                data.has_data) {
                sum += data.uint32;
            }
            if (MMDB_get_value(&r.entry, &data, "autonomous_system_organization", nullptr) == 0 &&
                data.has_data) {
                sum += data.data_size;
            }
        }
        return sum;
    }
};

std::vector<IpAddress> readAddresses(const char* path) {
    std::vector<IpAddress> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (auto a = IpAddress::parse(line)) {
            out.push_back(*a);
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s COUNTRY.mmdb ASN.mmdb [FLOW_ADDRESSES.txt]\n", argv[0]);
        return 2;
    }
    for (int i = 1; i <= 2; ++i) {
        double best = 1e9;
        std::string error;
        for (int run = 0; run < 5; ++run) {
            best = std::min(best, secondsOf([&] {
                                auto db = MmdbDatabase::open(argv[i]);
                                if (!db) {
                                    error = db.error().message;
                                }
                            }));
        }
        if (!error.empty()) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        double bare = 1e9;
        for (int run = 0; run < 5; ++run) {
            bare = std::min(bare, secondsOf([&] {
                                MMDB_s m;
                                if (MMDB_open(argv[i], MMDB_MODE_MMAP, &m) == MMDB_SUCCESS) {
                                    MMDB_close(&m);
                                }
                            }));
        }
        std::printf("open + full check of %s: %.1f ms (MMDB_open alone: %.3f ms)\n", argv[i],
                    best * 1e3, bare * 1e3);
    }

    const Baseline baseline(argv[1], argv[2]);
    auto countryCopy = MmdbPrivateCopy::make(argv[1]);
    auto asnCopy = MmdbPrivateCopy::make(argv[2]);
    if (!countryCopy || !asnCopy) {
        std::fprintf(stderr, "cannot copy the databases\n");
        return 1;
    }
    const Baseline onCopies(countryCopy->openPath().c_str(), asnCopy->openPath().c_str());
    if (!baseline.ok || !onCopies.ok) {
        std::fprintf(stderr, "MMDB_open failed\n");
        return 1;
    }
    GeoResolverOptions options{argv[1], argv[2], 1u << 20};
    GeoResolver resolver(options);
    const auto addresses = randomAddresses(200000);
    const double n = double(addresses.size());

    double tBase = 1e9, tCopies = 1e9, tUncached = 1e9, tMiss = 1e9, tHit = 1e9;
    uint64_t checksum = 0;
    for (int run = 0; run < 5; ++run) {
        tBase = std::min(tBase, secondsOf([&] {
                             for (const auto& a : addresses) {
                                 checksum += baseline.lookup(a);
                             }
                         }));
        tCopies = std::min(tCopies, secondsOf([&] {
                               for (const auto& a : addresses) {
                                   checksum += onCopies.lookup(a);
                               }
                           }));
        tUncached = std::min(tUncached, secondsOf([&] {
                                 for (const auto& a : addresses) {
                                     checksum += resolver.lookupUncached(a).asNumber;
                                 }
                             }));
        resolver.setDatabase(GeoRole::Country, argv[1]);  // empties the cache
        tMiss = std::min(tMiss, secondsOf([&] {
                             for (const auto& a : addresses) {
                                 checksum += resolver.lookup(a).asNumber;
                             }
                         }));
        tHit = std::min(tHit, secondsOf([&] {
                            for (const auto& a : addresses) {
                                checksum += resolver.lookup(a).asNumber;
                            }
                        }));
    }
    std::printf("%zu random public addresses, best of 5 (checksum %llu):\n", addresses.size(),
                (unsigned long long)(checksum % 1000));
    auto row = [&](const char* what, double t, double count) {
        std::printf("  %-34s %8.0f ns/address  %.2fx\n", what, t / count * 1e9, t / tBase);
    };
    row("libmaxminddb (baseline)", tBase, n);
    row("libmaxminddb on private copies", tCopies, n);
    row("GeoResolver::lookupUncached", tUncached, n);
    row("GeoResolver::lookup, cache miss", tMiss, n);
    row("GeoResolver::lookup, cache hit", tHit, n);

    const std::vector<IpAddress> hot(addresses.begin(), addresses.begin() + 1000);
    const int rounds = 200;
    const double m = double(hot.size()) * rounds;
    tBase = tUncached = tHit = 1e9;
    for (int run = 0; run < 5; ++run) {
        tBase = std::min(tBase, secondsOf([&] {
                             for (int r = 0; r < rounds; ++r) {
                                 for (const auto& a : hot) {
                                     checksum += baseline.lookup(a);
                                 }
                             }
                         }));
        tUncached = std::min(tUncached, secondsOf([&] {
                                 for (int r = 0; r < rounds; ++r) {
                                     for (const auto& a : hot) {
                                         checksum += resolver.lookupUncached(a).asNumber;
                                     }
                                 }
                             }));
        tHit = std::min(tHit, secondsOf([&] {
                            for (int r = 0; r < rounds; ++r) {
                                for (const auto& a : hot) {
                                    checksum += resolver.lookup(a).asNumber;
                                }
                            }
                        }));
    }
    std::printf("1,000 of them, 200 times each (checksum %llu):\n",
                (unsigned long long)(checksum % 1000));
    row("libmaxminddb (baseline)", tBase, m);
    row("GeoResolver::lookupUncached", tUncached, m);
    row("GeoResolver::lookup, cache hit", tHit, m);

    if (argc > 3) {
        // Only public addresses are looked up per flow (annotateFlow), as in the engine.
        const auto remotes = readAddresses(argv[3]);
        std::vector<IpAddress> flows;
        for (const auto& a : remotes) {
            if (classifyAddress(a) == AddressKind::Public) {
                flows.push_back(a);
            }
        }
        GeoResolver replay({argv[1], argv[2], 65536});
        const double t = secondsOf([&] {
            for (const auto& a : flows) {
                checksum += replay.lookup(a).asNumber;
            }
        });
        const GeoCache::Stats st = replay.cacheStats();
        std::printf(
            "flow replay (%s): %zu flows, %zu with a public remote address, %zu distinct; cache "
            "hit rate %.1f%%, %.0f ns/flow\n",
            argv[3], remotes.size(), flows.size(), st.size, st.hitRate() * 100.0,
            flows.empty() ? 0.0 : t / double(flows.size()) * 1e9);
    }
    return 0;
}
