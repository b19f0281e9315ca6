// bench_flow_cap [--flows N] [--cap C] [--runs R] [FILE]: the flow table at its cap against
// the same table without one, same process, same packets.
//
// The packets are decoded once into memory (from FILE, or generated: N distinct TCP/UDP
// flows of 3 packets each, 1,000 flows active at a time), then fed to a FlowTable with
// maxFlows = C (every new flow past C evicts the least recently seen one) and to one with
// no effective cap, interleaved, best of R runs each. takeChanges() is called every 65,536
// packets, as the engine does every tick. Prints packets/s, evictions and the ratio of the
// capped time to the uncapped one (goal: at most 1.5).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"
#include "core/flow/flow_table.h"
#include "core/packet/decoder.h"

using namespace flowscope;

namespace {

struct Packet {
    DecodeStatus status;
    DecodedPacket decoded;
    int64_t timestampNs;
    uint32_t wireLength;
};

std::vector<Packet> generate(size_t flows) {
    constexpr size_t kActive = 1000;
    constexpr size_t kPerFlow = 3;
    std::vector<Packet> packets;
    packets.reserve(flows * kPerFlow);
    int64_t t = 1'700'000'000'000'000'000;
    for (size_t block = 0; block < flows; block += kActive) {
        const size_t end = std::min(flows, block + kActive);
        for (size_t round = 0; round < kPerFlow; ++round) {
            for (size_t f = block; f < end; ++f) {
                Packet p{DecodeStatus::Ip, {}, t += 1000, uint32_t(60 + f % 1400)};
                DecodedPacket& d = p.decoded;
                const bool outbound = round != 1;
                const IpAddress local = IpAddress::fromV4(0xc0a8010a);  // 192.168.1.10
                const IpAddress remote = IpAddress::fromV4(uint32_t(0x01000000 + f / 20000));
                const uint16_t localPort = uint16_t(40000 + f % 20000);
                const uint16_t remotePort = f % 5 == 0 ? 53 : 443;
                d.ipProtocol = f % 5 == 0 ? kProtoUdp : kProtoTcp;
                d.hasPorts = true;
                d.src = outbound ? local : remote;
                d.dst = outbound ? remote : local;
                d.srcPort = outbound ? localPort : remotePort;
                d.dstPort = outbound ? remotePort : localPort;
                d.tcpFlags = d.ipProtocol == kProtoTcp ? kTcpAck : 0;
                packets.push_back(p);
            }
        }
    }
    return packets;
}

bool readFile(const std::string& path, std::vector<Packet>& packets) {
    auto reader = FileReader::open(path);
    if (!reader) {
        std::fprintf(stderr, "%s\n", reader.error().message.c_str());
        return false;
    }
    RawPacket raw;
    while ((*reader)->next(raw) == ReadStatus::Packet) {
        Packet p{};
        p.status = decodePacket(raw.linkType, raw.data, raw.capturedLength, p.decoded);
        p.timestampNs = raw.timestampNs;
        p.wireLength = raw.wireLength;
        packets.push_back(p);
    }
    return true;
}

struct Run {
    double seconds = 1e100;
    uint64_t evicted = 0;
    size_t live = 0;
};

void runOnce(const std::vector<Packet>& packets, size_t cap, Run& best) {
    const auto t0 = std::chrono::steady_clock::now();
    FlowTable table(FlowTableConfig{cap, 0});
    size_t n = 0;
    for (const Packet& p : packets) {
        table.addPacket(p.status, p.decoded, p.timestampNs, p.wireLength);
        if (++n % 65536 == 0) {
            (void)table.takeChanges();
        }
    }
    (void)table.takeChanges();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best.seconds = std::min(best.seconds, s);
    best.evicted = table.totals().evictedFlows;
    best.live = table.size();
}

}  // namespace

int main(int argc, char** argv) {
    size_t flows = 1'100'000;
    size_t cap = 100'000;
    int runs = 3;
    std::string file;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--flows") == 0 && hasValue) {
            flows = std::strtoull(argv[++i], nullptr, 10);
        } else if (std::strcmp(argv[i], "--cap") == 0 && hasValue) {
            cap = std::strtoull(argv[++i], nullptr, 10);
        } else if (std::strcmp(argv[i], "--runs") == 0 && hasValue) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (argv[i][0] != '-' && file.empty()) {
            file = argv[i];
        } else {
            std::fprintf(stderr, "usage: bench_flow_cap [--flows N] [--cap C] [--runs R] [FILE]\n");
            return 2;
        }
    }
    std::vector<Packet> packets;
    if (file.empty()) {
        packets = generate(flows);
    } else if (!readFile(file, packets)) {
        return 1;
    }
    const size_t uncapped = SIZE_MAX;
    Run capped, free;
    for (int r = 0; r < runs; ++r) {  // interleaved, so machine noise hits both alike
        runOnce(packets, uncapped, free);
        runOnce(packets, cap, capped);
    }
    std::printf("%-10s %10s %10s %10s %12s %8s\n", "table", "packets", "flows now", "evicted",
                "packets/s", "seconds");
    const auto line = [&](const char* name, const Run& r) {
        std::printf("%-10s %10zu %10zu %10llu %12.0f %8.3f\n", name, packets.size(), r.live,
                    (unsigned long long)r.evicted, double(packets.size()) / r.seconds, r.seconds);
    };
    line("uncapped", free);
    char name[32];
    std::snprintf(name, sizeof name, "cap %zu", cap);
    line(name, capped);
    std::printf("ratio capped/uncapped: %.2fx (goal <= 1.50x)\n", capped.seconds / free.seconds);
    return 0;
}
