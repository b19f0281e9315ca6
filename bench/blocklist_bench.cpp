// bench_blocklist [ENTRIES] [LOOKUPS]: loading a blocklist and matching addresses (core/alerts).
//
// Builds a FireHOL-style list of ENTRIES random prefixes (default 1,000,000; 70 % IPv4, most of
// them single hosts as in real lists, 30 % IPv6 /32../128), then measures, best of 3:
//   parse     the text to entries (parseBlocklist)
//   build     Blocklists from the entries (the prefix set)
//   baseline  an std::unordered_set<IpAddress> of the same entries' network addresses: the
//             exact-address set a simpler design would use (it cannot match prefixes)
// and the heap each structure holds (glibc mallinfo2). Then LOOKUPS (default 2,000,000)
// addresses, half inside a listed prefix and half random, mixed v4/v6, through
// Blocklists::match and through the hash set, plus a linear scan over the first 1,000 entries
// (what a naive matcher costs with a list 1,000 times shorter). Prints ns per lookup and the
// ratios to the hash set.
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/alerts/blocklist_parser.h"
#include "core/alerts/blocklists.h"

using namespace flowscope;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

size_t heapInUse() {
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

std::string makeList(size_t n, std::mt19937_64& rng) {
    std::string text = "#\n# bench list\n#\n";
    text.reserve(n * 24);
    char buf[96];
    for (size_t i = 0; i < n; ++i) {
        if (rng() % 10 < 7) {
            const uint32_t a = uint32_t(rng());
            const int length = rng() % 5 < 3 ? 32 : 16 + int(rng() % 16);
            const uint32_t masked = length == 32 ? a : a & ~(~uint32_t(0) >> length);
            std::snprintf(buf, sizeof buf, "%u.%u.%u.%u/%d\n", masked >> 24, (masked >> 16) & 255,
                          (masked >> 8) & 255, masked & 255, length);
        } else {
            // 2000::/3 like real unicast space; host bits left set (the parser masks them).
            const int length = 32 + int(rng() % 97);
            std::snprintf(buf, sizeof buf, "2%03x:%x:%x:%x:%x:%x:%x:%x/%d\n",
                          unsigned(rng() % 0x1000), unsigned(rng() & 0xffff),
                          unsigned(rng() & 0xffff), unsigned(rng() & 0xffff),
                          unsigned(rng() & 0xffff), unsigned(rng() & 0xffff),
                          unsigned(rng() & 0xffff), unsigned(rng() & 0xffff), length);
        }
        text += buf;
    }
    return text;
}

// Half the probes inside a listed prefix (its first address plus random host bits), half
// random addresses of either family.
std::vector<IpAddress> makeProbes(const std::vector<BlocklistEntry>& entries, size_t n,
                                  std::mt19937_64& rng) {
    std::vector<IpAddress> probes;
    probes.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        uint8_t b[16];
        for (auto& x : b) {
            x = uint8_t(rng());
        }
        if (i % 2 == 0) {
            const auto& e = entries[rng() % entries.size()];
            const auto& net = e.network.bytes();
            for (size_t k = 0; k < e.network.size(); ++k) {
                const int kept = std::max(0, std::min(8, e.prefixLength - int(k) * 8));
                const auto mask = uint8_t(kept == 0 ? 0 : 0xff << (8 - kept));
                b[k] = uint8_t((net[k] & mask) | (b[k] & ~mask));
            }
            probes.push_back(e.network.isV4() ? IpAddress::fromV4(b) : IpAddress::fromV6(b));
        } else {
            probes.push_back(rng() % 10 < 7 ? IpAddress::fromV4(b) : IpAddress::fromV6(b));
        }
    }
    return probes;
}

template <class F>
double bestNsPerLookup(const std::vector<IpAddress>& probes, size_t* found, F&& f) {
    double best = 1e30;
    for (int run = 0; run < 3; ++run) {
        size_t n = 0;
        const auto t = Clock::now();
        for (const auto& a : probes) {
            n += f(a) ? 1 : 0;
        }
        best = std::min(best, secondsSince(t) * 1e9 / double(probes.size()));
        *found = n;
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    const size_t kEntries = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const size_t kLookups = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 2'000'000;
    std::mt19937_64 rng(14);
    const std::string text = makeList(kEntries, rng);

    double parseS = 1e30, buildS = 1e30, hashBuildS = 1e30;
    ParsedBlocklist parsed;
    size_t listHeap = 0, hashHeap = 0;
    for (int run = 0; run < 3; ++run) {
        auto t = Clock::now();
        parsed = parseBlocklist(text);
        parseS = std::min(parseS, secondsSince(t));

        const size_t h0 = heapInUse();
        t = Clock::now();
        Blocklists lists({{"bench", parsed.entries}});
        buildS = std::min(buildS, secondsSince(t));
        listHeap = heapInUse() - h0;

        const size_t h1 = heapInUse();
        t = Clock::now();
        std::unordered_set<IpAddress, IpAddressHash> exact;
        for (const auto& e : parsed.entries) {
            exact.insert(e.network);
        }
        hashBuildS = std::min(hashBuildS, secondsSince(t));
        hashHeap = heapInUse() - h1;
    }
    std::printf("list: %zu entries (%zu bytes of text), %zu host bits masked, %zu malformed\n",
                parsed.entries.size(), text.size(), parsed.hostBitsMasked, parsed.malformedLines);
    std::printf("parse text                  %8.3f s\n", parseS);
    std::printf("build Blocklists            %8.3f s   heap %6.1f MB (%.1f B/entry)\n", buildS,
                double(listHeap) / 1e6, double(listHeap) / double(parsed.entries.size()));
    std::printf("build unordered_set (exact) %8.3f s   heap %6.1f MB (%.1f B/entry)\n", hashBuildS,
                double(hashHeap) / 1e6, double(hashHeap) / double(parsed.entries.size()));
    std::printf("ratio build Blocklists / unordered_set: %.2f, heap %.2f\n", buildS / hashBuildS,
                double(listHeap) / double(hashHeap));

    const Blocklists lists({{"bench", parsed.entries}});
    std::unordered_set<IpAddress, IpAddressHash> exact;
    for (const auto& e : parsed.entries) {
        exact.insert(e.network);
    }
    std::printf("prefix set: %zu entries, %zu bytes (%.1f B/entry)\n", lists.entryCount(),
                lists.memoryBytes(), double(lists.memoryBytes()) / double(lists.entryCount()));
    const auto probes = makeProbes(parsed.entries, kLookups, rng);
    size_t foundList = 0, foundHash = 0, foundLinear = 0;
    const double listNs =
        bestNsPerLookup(probes, &foundList, [&](const IpAddress& a) { return lists.match(a); });
    const double hashNs =
        bestNsPerLookup(probes, &foundHash, [&](const IpAddress& a) { return exact.count(a) > 0; });
    const std::vector<BlocklistEntry> small(
        parsed.entries.begin(),
        parsed.entries.begin() + std::min<size_t>(1000, parsed.entries.size()));
    const std::vector<IpAddress> fewProbes(probes.begin(),
                                           probes.begin() + std::min<size_t>(20000, probes.size()));
    const double linearNs = bestNsPerLookup(fewProbes, &foundLinear, [&](const IpAddress& a) {
        for (const auto& e : small) {
            if (a.inPrefix(e.network, e.prefixLength)) {
                return true;
            }
        }
        return false;
    });
    std::printf("lookups: %zu addresses, half inside a listed prefix\n", probes.size());
    std::printf("Blocklists::match          %8.1f ns  (%.1f M/s, %zu listed)\n", listNs,
                1e3 / listNs, foundList);
    std::printf("unordered_set exact        %8.1f ns  (%.1f M/s, %zu exact hits)\n", hashNs,
                1e3 / hashNs, foundHash);
    std::printf("linear scan, 1,000 entries %8.1f ns  (%.2f M/s, first %zu probes)\n", linearNs,
                1e3 / linearNs, fewProbes.size());
    std::printf("ratio match / unordered_set: %.2f; linear(1,000) / match: %.1f\n", listNs / hashNs,
                linearNs / listNs);
    return 0;
}
