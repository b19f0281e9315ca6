// Icon lookup cost on this machine, from the real XDG folders and icon theme.
//
//   bench_icons [SIZE]
//
// Variants, interleaved, best of 9 rounds:
//   read .desktop files   baseline: list the applications folders recursively and read every
//                         .desktop file into memory (no parsing) - the least any index costs
//   walk icon folders     second baseline: list every file under the icon base folders
//                         (what a finder without index.theme would do once)
//   cold backend          a new FreedesktopIconBackend (empty index and theme caches) resolving
//                         the program of every desktop entry (Exec, else TryExec)
//   warm backend          the same programs again on that backend (index and listings built)
//   cache hit             IconCache::lookup of an already resolved (path, size)
// The OS page cache is warm for all of them after the first round.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/icons/freedesktop/freedesktop_backend.h"
#include "core/icons/icon_cache.h"

using namespace flowscope;
using namespace flowscope::freedesktop;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::atomic<size_t> g_sink{0};  // keeps the work observable

size_t readDesktopFiles(const std::vector<std::string>& dirs) {
    size_t bytes = 0;
    for (const std::string& dir : dirs) {
        std::error_code ec;
        fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->path().extension() != ".desktop") {
                continue;
            }
            std::ifstream in(it->path(), std::ios::binary);
            std::string text((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
            bytes += text.size();
        }
    }
    return bytes;
}

size_t walkIconFolders(const std::vector<std::string>& dirs) {
    size_t files = 0;
    for (const std::string& dir : dirs) {
        std::error_code ec;
        fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            ++files;
        }
    }
    return files;
}

template <class F>
double seconds(F&& f) {
    const auto start = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    const int size = argc > 1 ? std::max(1, std::atoi(argv[1])) : 48;
    const FreedesktopConfig config = FreedesktopConfig::fromEnvironment();
    std::vector<std::string> programs;
    {
        FreedesktopIconBackend probe(config);
        for (const std::string& p : probe.entryPrograms()) {
            if (!p.empty()) {
                programs.push_back(p);
            }
        }
    }
    if (programs.empty()) {
        std::fprintf(stderr, "bench_icons: no desktop entries found in the XDG folders\n");
        return 1;
    }
    int found = 0;
    {
        FreedesktopIconBackend count(config);
        for (const std::string& p : programs) {
            found += count.lookup(p, size).image.kind != IconImage::Kind::None;
        }
    }
    std::printf("theme %s; %zu programs with a desktop entry, %d with an icon file; size %d\n",
                config.theme.c_str(), programs.size(), found, size);

    constexpr int kRounds = 9;
    constexpr int kCacheHits = 1000000;
    double readBest = 1e9, walkBest = 1e9, coldBest = 1e9, warmBest = 1e9, hitBest = 1e9;
    size_t walked = 0;
    for (int round = 0; round < kRounds; ++round) {
        readBest = std::min(readBest,
                            seconds([&] { g_sink += readDesktopFiles(config.applicationDirs); }));
        walkBest =
            std::min(walkBest, seconds([&] { walked = walkIconFolders(config.iconBaseDirs); }));
        auto backend = std::make_shared<FreedesktopIconBackend>(config);
        coldBest = std::min(coldBest, seconds([&] {
                                for (const std::string& p : programs) {
                                    g_sink += backend->lookup(p, size).explanation.size();
                                }
                            }));
        warmBest = std::min(warmBest, seconds([&] {
                                for (const std::string& p : programs) {
                                    g_sink += backend->lookup(p, size).explanation.size();
                                }
                            }));
        IconCache cache(backend);
        for (const std::string& p : programs) {
            cache.lookup(p, size);
        }
        hitBest = std::min(
            hitBest, seconds([&] {
                for (int i = 0; i < kCacheHits; ++i) {
                    g_sink += cache.lookup(programs[size_t(i) % programs.size()], size).use_count();
                }
            }));
    }
    const double n = double(programs.size());
    std::printf("%-22s %14s %14s %9s\n", "variant", "total", "per program", "ratio");
    auto row = [&](const char* name, double total, double per) {
        std::printf("%-22s %11.3f ms %11.2f us %8.2fx\n", name, total * 1e3, per * 1e6,
                    total / readBest);
    };
    row("read .desktop files", readBest, readBest / n);
    std::printf("%-22s %11.3f ms %14s %8.2fx   (%zu entries listed)\n", "walk icon folders",
                walkBest * 1e3, "", walkBest / readBest, walked);
    row("cold backend", coldBest, coldBest / n);
    row("warm backend", warmBest, warmBest / n);
    std::printf("%-22s %14s %11.1f ns\n", "cache hit", "", hitBest / kCacheHits * 1e9);
    return 0;
}
