// Per-application traffic for the engine: which application owns each tracked flow, and each
// application's totals (re-attributing what a flow carried before its owner was known), its
// traffic per snapshot interval, and its open connections. Engine thread only.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/flow/flow.h"

namespace flowscope {

class ApplicationAccounting {
public:
    // A flow the resolver was asked about.
    void track(uint64_t flowId);
    // Its owner was found (or changed). Returns false if the flow is not tracked any more.
    bool attribute(uint64_t flowId, uint32_t appId, std::vector<uint32_t> pids);
    // Starts a snapshot interval.
    void beginInterval();
    // A flow of this interval's diff (added or changed), or one that left the table.
    void account(const Flow& flow);
    void remove(const Flow& flow);

    // The largest applications by bytes, at most n.
    std::vector<ApplicationStat> top(size_t n) const;
    // Every pid holding a flow's socket (null when unknown).
    const std::vector<uint32_t>* pidsOf(uint64_t flowId) const;

private:
    struct Tracked {
        uint32_t appId = 0;
        std::vector<uint32_t> pids;
        FlowCounters accounted;  // already added to the application's counters
        FlowCounters atTick;     // the flow's counters at the previous interval
    };
    ApplicationStat& stat(uint32_t appId);

    std::unordered_map<uint64_t, Tracked> m_flows;
    std::unordered_map<uint32_t, ApplicationStat> m_apps;
};

}  // namespace flowscope
