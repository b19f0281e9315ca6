// Shared by the exporter tests: a sink that keeps every flow's last counts from the diffs
// (the flow table's own numbers), and those counts summed per direction as IPFIX records
// would carry them.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "core/engine/snapshot_sink.h"

namespace flowscope::ipfix::test {

class FlowKeeper : public SnapshotSink {
public:
    std::string name() const override { return "keeper"; }
    Status consume(const SnapshotPtr&, const EngineDiff& diff) override {
        std::lock_guard lock(mutex);
        for (const auto* flows : {&diff.added, &diff.changed, &diff.removed}) {
            for (const Flow& f : *flows) {
                flows_[f.id] = f;
            }
        }
        return {};
    }
    std::mutex mutex;
    std::map<uint64_t, Flow> flows_;
};

// source, destination, source port, destination port, protocol
using Key = std::tuple<std::string, std::string, uint16_t, uint16_t, uint8_t>;
struct Sum {
    uint64_t octets = 0;
    uint64_t packets = 0;
    friend bool operator==(const Sum&, const Sum&) = default;
};

// Per direction: wire bytes minus `linkHeader` per packet, and packets.
inline std::map<Key, Sum> countedSums(const std::map<uint64_t, Flow>& flows, uint64_t linkHeader) {
    std::map<Key, Sum> counted;
    for (const auto& [id, f] : flows) {
        const Endpoint& l = f.local();
        const Endpoint& r = f.remote();
        if (f.counters.packetsOut > 0) {
            Sum& s = counted[{l.address.toString(), r.address.toString(), l.port, r.port,
                              f.key.protocol}];
            s.octets += f.counters.bytesOut - linkHeader * f.counters.packetsOut;
            s.packets += f.counters.packetsOut;
        }
        if (f.counters.packetsIn > 0) {
            Sum& s = counted[{r.address.toString(), l.address.toString(), r.port, l.port,
                              f.key.protocol}];
            s.octets += f.counters.bytesIn - linkHeader * f.counters.packetsIn;
            s.packets += f.counters.packetsIn;
        }
    }
    return counted;
}

}  // namespace flowscope::ipfix::test
