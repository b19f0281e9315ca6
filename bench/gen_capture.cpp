// bench_gen_capture OUT.pcap PACKETS FLOWS [trains|uniform]: writes a classic pcap
// (Ethernet, IPv4/IPv6, TCP/UDP) with PACKETS frames over FLOWS connections, in a fixed
// pseudo-random order, for the ingest benchmark. Frames are 54 to 1514 bytes on the wire,
// 128 captured.
//
// trains (default, like real traffic): 1,000 connections are active at a time; each step
//   picks one and sends a train of 1-16 frames in random directions; a connection ends after
//   its share of frames (PACKETS / FLOWS on average) and a new one takes its place.
// uniform (worst case for caches): every frame belongs to a uniformly random connection.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

void put16(uint8_t* p, uint16_t v) {
    p[0] = uint8_t(v >> 8);
    p[1] = uint8_t(v);
}

uint64_t next(uint64_t& s) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: %s OUT.pcap PACKETS FLOWS [trains|uniform]\n", argv[0]);
        return 2;
    }
    const uint64_t packets = std::strtoull(argv[2], nullptr, 10);
    const uint64_t flows = std::strtoull(argv[3], nullptr, 10);
    const bool uniform = argc == 5 && std::strcmp(argv[4], "uniform") == 0;
    const uint64_t perFlow = flows == 0 ? 1 : std::max<uint64_t>(1, packets / flows);
    std::vector<uint64_t> active(std::min<uint64_t>(1000, flows == 0 ? 1 : flows));
    std::vector<uint64_t> left(active.size());
    uint64_t nextFlow = 0;
    for (size_t i = 0; i < active.size(); ++i) {
        active[i] = nextFlow++;
        left[i] = perFlow;
    }
    size_t current = 0;
    uint64_t train = 0;
    FILE* f = std::fopen(argv[1], "wb");
    if (f == nullptr || flows == 0) {
        std::perror(argv[1]);
        return 1;
    }
    const uint32_t snaplen = 128;
    const uint32_t header[6] = {0xa1b2c3d4, 0x00040002, 0, 0, snaplen, 1};
    std::fwrite(header, sizeof header, 1, f);
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    uint8_t frame[snaplen];
    for (uint64_t i = 0; i < packets; ++i) {
        const uint64_t r = next(seed);
        uint64_t flow;
        if (uniform) {
            flow = r % flows;
        } else {
            if (train == 0) {
                current = size_t(next(seed) % active.size());
                train = 1 + next(seed) % 16;
            }
            --train;
            flow = active[current] % flows;
            if (--left[current] == 0) {  // this connection is done; a new one starts
                active[current] = nextFlow++;
                left[current] = 1 + next(seed) % (2 * perFlow);
                train = 0;
            }
        }
        const bool v6 = flow % 8 == 0;
        const bool udp = flow % 5 == 0;
        const bool outbound = (r >> 32) & 1;
        const uint32_t payload = uint32_t((r >> 40) % 1461);
        std::memset(frame, 0, sizeof frame);
        put16(frame + 12, v6 ? 0x86dd : 0x0800);
        uint8_t* ip = frame + 14;
        uint8_t local[16] = {}, remote[16] = {};
        size_t ipLen;
        if (v6) {
            local[0] = 0xfd;
            remote[0] = 0x20;
            remote[1] = 0x01;
            std::memcpy(remote + 8, &flow, 8);
            ipLen = 40;
        } else {
            local[0] = 192;
            local[1] = 168;
            local[2] = 1;
            local[3] = 10;
            remote[0] = uint8_t(1 + (flow >> 24) % 200);
            remote[1] = uint8_t(flow >> 16);
            remote[2] = uint8_t(flow >> 8);
            remote[3] = uint8_t(flow);
            ipLen = 20;
        }
        const uint8_t* src = outbound ? local : remote;
        const uint8_t* dst = outbound ? remote : local;
        const size_t l4Len = udp ? 8 : 20;
        const uint32_t wire = uint32_t(14 + ipLen + l4Len + payload);
        if (v6) {
            ip[0] = 0x60;
            put16(ip + 4, uint16_t(l4Len + payload));
            ip[6] = udp ? 17 : 6;
            ip[7] = 64;
            std::memcpy(ip + 8, src, 16);
            std::memcpy(ip + 24, dst, 16);
        } else {
            ip[0] = 0x45;
            put16(ip + 2, uint16_t(wire - 14));
            ip[8] = 64;
            ip[9] = udp ? 17 : 6;
            std::memcpy(ip + 12, src, 4);
            std::memcpy(ip + 16, dst, 4);
        }
        uint8_t* l4 = ip + ipLen;
        const uint16_t localPort = uint16_t(32768 + flow % 28000);
        const uint16_t remotePort = udp ? 53 : 443;
        put16(l4, outbound ? localPort : remotePort);
        put16(l4 + 2, outbound ? remotePort : localPort);
        if (udp) {
            put16(l4 + 4, uint16_t(8 + payload));
        } else {
            l4[12] = 0x50;
            l4[13] = 0x10;  // ACK
        }
        const uint32_t caplen = wire < snaplen ? wire : snaplen;
        const uint32_t rec[4] = {uint32_t(1700000000 + i / 100000), uint32_t(i % 100000 * 10),
                                 caplen, wire};
        std::fwrite(rec, sizeof rec, 1, f);
        std::fwrite(frame, caplen, 1, f);
    }
    return std::fclose(f) == 0 ? 0 : 1;
}
