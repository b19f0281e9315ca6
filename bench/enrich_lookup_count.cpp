// bench_enrich_lookup_count COUNTRY.mmdb ASN.mmdb N miss|uncached: N random public IPv4
// addresses (seed 1) through GeoResolver::lookup (every one a cache miss) or lookupUncached,
// with both files given as the user's files. Made to be counted, not timed: run it under
// callgrind, collecting only inside the lookup function, to compare two builds by instructions
// per lookup, which the load of a shared machine does not change:
//   valgrind --tool=callgrind --collect-atstart=no
//     --toggle-collect='flowscope::GeoResolver::lookup(flowscope::IpAddress const&)'
//     bench_enrich_lookup_count C.mmdb A.mmdb 20000 miss      (one command line)
// (for uncached: --toggle-collect='flowscope::GeoResolver::lookupUncached*').
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

#include "core/enrich/address_kind.h"
#include "core/enrich/geo_resolver.h"

using namespace flowscope;

int main(int argc, char** argv) {
    if (argc != 5 || (std::strcmp(argv[4], "miss") != 0 && std::strcmp(argv[4], "uncached") != 0)) {
        std::fprintf(stderr, "usage: %s COUNTRY.mmdb ASN.mmdb N miss|uncached\n", argv[0]);
        return 2;
    }
    const size_t n = std::strtoull(argv[3], nullptr, 10);
    const bool miss = std::strcmp(argv[4], "miss") == 0;
    GeoResolver resolver({argv[1], argv[2], size_t(1) << 20});
    std::mt19937_64 rng(1);
    std::vector<IpAddress> addresses;
    while (addresses.size() < n) {
        const IpAddress a = IpAddress::fromV4(uint32_t(rng()));
        if (classifyAddress(a) == AddressKind::Public) {
            addresses.push_back(a);
        }
    }
    uint64_t checksum = 0;
    for (const IpAddress& a : addresses) {
        checksum += miss ? resolver.lookup(a).asNumber : resolver.lookupUncached(a).asNumber;
    }
    std::printf("%zu lookups (checksum %llu)\n", addresses.size(),
                (unsigned long long)(checksum % 1000));
    return 0;
}
