// bench_ingest FILE...: ingest rate of Flowscope against a bare libpcap loop, same process.
//
// For each file, best of --runs (default 9) interleaved runs of:
//   pcap_next_ex   a bare `while (pcap_next_ex(...) == 1) ++n;` over the file (the baseline)
//   reader         our FileReader alone
//   decode+flows   FileReader + decodePacket + FlowTable on one thread
//   engine         the real pipeline: capture thread -> queue -> engine thread, every tick
// Prints packets/s and the ratio to the baseline.
#include <pcap/pcap.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"
#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/flow/flow_table.h"
#include "core/packet/decoder.h"

using namespace flowscope;

namespace {

double seconds(const std::function<uint64_t()>& fn, uint64_t& packets) {
    const auto t0 = std::chrono::steady_clock::now();
    packets = fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

uint64_t bareLoop(const std::string& path) {
    char err[PCAP_ERRBUF_SIZE];
    pcap_t* p = pcap_open_offline(path.c_str(), err);
    if (p == nullptr) {
        std::fprintf(stderr, "pcap_open_offline: %s\n", err);
        return 0;
    }
    pcap_pkthdr* h;
    const u_char* d;
    uint64_t n = 0;
    while (pcap_next_ex(p, &h, &d) == 1) {
        ++n;
    }
    pcap_close(p);
    return n;
}

uint64_t readerOnly(const std::string& path) {
    auto r = FileReader::open(path);
    if (!r) {
        return 0;
    }
    RawPacket p;
    uint64_t n = 0;
    while ((*r)->next(p) == ReadStatus::Packet) {
        ++n;
    }
    return n;
}

uint64_t decodeAndFlows(const std::string& path) {
    auto r = FileReader::open(path);
    if (!r) {
        return 0;
    }
    FlowTable table;
    DecodedPacket d;
    RawPacket p;
    uint64_t n = 0;
    while ((*r)->next(p) == ReadStatus::Packet) {
        const DecodeStatus s = decodePacket(p.linkType, p.data, p.capturedLength, d);
        table.addPacket(s, d, p.timestampNs, p.wireLength);
        ++n;
    }
    return n;
}

uint64_t fullEngine(const std::string& path) {
    EngineConfig c;
    c.filePath = path;
    Engine engine(c);
    engine.setTickCallback([](const SnapshotPtr&, EngineDiff&&) {});
    if (!engine.start()) {
        return 0;
    }
    engine.wait();
    return engine.latest()->totals.packets;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 9;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else {
            files.push_back(argv[i]);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_ingest [--runs N] FILE...\n");
        return 2;
    }
    struct Variant {
        const char* name;
        uint64_t (*fn)(const std::string&);
    };
    const Variant variants[] = {{"pcap_next_ex", bareLoop},
                                {"reader", readerOnly},
                                {"decode+flows", decodeAndFlows},
                                {"engine", fullEngine}};
    std::printf("%-40s %-13s %10s %12s %7s\n", "file", "variant", "packets", "packets/s", "ratio");
    for (const auto& file : files) {
        // Runs are interleaved (bare loop, reader, ..., bare loop, reader, ...) so that
        // machine noise hits every variant alike; the best run of each counts.
        constexpr size_t kVariants = std::size(variants);
        double best[kVariants];
        uint64_t packets[kVariants] = {};
        std::fill(std::begin(best), std::end(best), 1e100);
        for (int i = 0; i < runs; ++i) {
            for (size_t v = 0; v < kVariants; ++v) {
                best[v] =
                    std::min(best[v], seconds([&] { return variants[v].fn(file); }, packets[v]));
            }
        }
        const double baseline = double(packets[0]) / best[0];
        const char* base = std::strrchr(file.c_str(), '/');
        for (size_t v = 0; v < kVariants; ++v) {
            const double rate = double(packets[v]) / best[v];
            std::printf("%-40s %-13s %10llu %12.0f %6.2fx\n", base ? base + 1 : file.c_str(),
                        variants[v].name, (unsigned long long)packets[v], rate, rate / baseline);
        }
    }
    return 0;
}
