// bench_names [--passes N] FILE...: what the name learner adds to the engine thread.
//
// The frames of each file are read into memory once; then, best of 7 interleaved runs of N
// passes (default 200) over them, each pass with a fresh learner:
//   decode           decodePacket alone (the baseline: the engine thread's per-packet work
//                    before flows)
//   decode+names     decodePacket + NameLearner::observe
// Prints ns per packet and the ratio to the baseline, and what the learner found per pass.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"
#include "core/enrich/name_learner.h"
#include "core/packet/decoder.h"

using namespace flowscope;

namespace {

struct Frame {
    std::vector<uint8_t> bytes;
    uint32_t wireLength;
    uint32_t linkType;
    int64_t ts;
};

std::vector<Frame> load(const std::string& path) {
    std::vector<Frame> frames;
    auto r = FileReader::open(path);
    if (!r) {
        std::fprintf(stderr, "%s\n", r.error().message.c_str());
        return frames;
    }
    RawPacket p;
    while ((*r)->next(p) == ReadStatus::Packet) {
        frames.push_back(
            Frame{{p.data, p.data + p.capturedLength}, p.wireLength, p.linkType, p.timestampNs});
    }
    return frames;
}

volatile uint64_t g_sink = 0;

double runDecode(const std::vector<Frame>& frames, int passes) {
    const auto t0 = std::chrono::steady_clock::now();
    DecodedPacket d;
    uint64_t sum = 0;
    for (int i = 0; i < passes; ++i) {
        for (const Frame& f : frames) {
            if (decodePacket(f.linkType, f.bytes.data(), f.bytes.size(), d) == DecodeStatus::Ip) {
                sum += d.payloadLength;
            }
        }
    }
    g_sink = g_sink + sum;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double runNames(const std::vector<Frame>& frames, int passes, NameLearnerCounters& counters,
                size_t& named) {
    const auto t0 = std::chrono::steady_clock::now();
    DecodedPacket d;
    uint64_t sum = 0;
    for (int i = 0; i < passes; ++i) {
        NameLearner learner;
        named = 0;
        for (const Frame& f : frames) {
            if (decodePacket(f.linkType, f.bytes.data(), f.bytes.size(), d) == DecodeStatus::Ip) {
                sum += d.payloadLength;
                if (learner.observe(d, f.bytes, f.wireLength, f.ts)) {
                    ++named;
                }
            }
        }
        counters = learner.counters();
    }
    g_sink = g_sink + sum;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    int passes = 200;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc) {
            passes = std::max(1, std::atoi(argv[++i]));
        } else {
            files.push_back(argv[i]);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_names [--passes N] FILE...\n");
        return 2;
    }
    std::printf("%-36s %8s %12s %14s %7s  %s\n", "file", "packets", "decode ns/p", "+names ns/p",
                "ratio", "found per pass");
    for (const std::string& path : files) {
        const std::vector<Frame> frames = load(path);
        if (frames.empty()) {
            continue;
        }
        double bestDecode = 1e30;
        double bestNames = 1e30;
        NameLearnerCounters c;
        size_t named = 0;
        for (int run = 0; run < 7; ++run) {
            bestDecode = std::min(bestDecode, runDecode(frames, passes));
            bestNames = std::min(bestNames, runNames(frames, passes, c, named));
        }
        const double n = double(frames.size()) * passes;
        const std::string name = path.substr(path.find_last_of('/') + 1);
        std::printf("%-36s %8zu %12.1f %14.1f %6.2fx  %llu DNS responses, %zu connection names\n",
                    name.c_str(), frames.size(), bestDecode / n * 1e9, bestNames / n * 1e9,
                    bestNames / bestDecode, (unsigned long long)c.dnsResponses, named);
    }
    return 0;
}
