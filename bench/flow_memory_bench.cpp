// Memory per flow of a full FlowTable: inserts 1,000,000 distinct flows (maxFlows 1M) and
// prints bytes per flow measured two ways: FlowTable::memoryBytes() / size(), and the process
// heap growth (glibc mallinfo2: arena bytes in use + mmapped blocks) while the table filled.
//
// The flows are 1,000 local ports x 1,000 remote hosts against one service, so the per-host
// and per-service aggregates stay small and the figures are the table's own cost.
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "core/flow/flow_table.h"

using namespace flowscope;

namespace {

size_t heapInUse() {
    const struct mallinfo2 m = mallinfo2();
    // Large blocks (the slot vector, the indexes) come from mmap and are counted in hblkhd,
    // not uordblks.
    return m.uordblks + m.hblkhd;
}

}  // namespace

int main() {
    constexpr uint32_t kFlows = 1'000'000;
    const size_t before = heapInUse();
    const auto start = std::chrono::steady_clock::now();

    auto table = std::make_unique<FlowTable>(FlowTableConfig{kFlows, 0});
    DecodedPacket p;
    p.src = IpAddress::fromV4(0x0a000001u);  // 10.0.0.1
    p.ipProtocol = kProtoTcp;
    p.hasPorts = true;
    p.dstPort = 443;
    p.tcpFlags = kTcpSyn;
    for (uint32_t i = 0; i < kFlows; ++i) {
        p.srcPort = uint16_t(1024 + i % 1000);
        p.dst = IpAddress::fromV4(0x5db80000u + i / 1000);  // 93.184.x.y
        table->addPacket(DecodeStatus::Ip, p, int64_t(i) * 1000, 74);
    }

    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const size_t after = heapInUse();
    const size_t flows = table->size();
    if (flows != kFlows) {
        std::fprintf(stderr, "expected %u flows, the table holds %zu\n", kFlows, flows);
        return 1;
    }
    std::printf("flows:                         %zu\n", flows);
    std::printf("insert time:                   %.3f s (%.1f ns/flow)\n", seconds,
                seconds * 1e9 / double(flows));
    std::printf("FlowTable::memoryBytes()/size: %.1f bytes/flow\n",
                double(table->memoryBytes()) / double(flows));
    std::printf("heap growth (mallinfo2)/size:  %.1f bytes/flow\n",
                double(after - before) / double(flows));
    return 0;
}
