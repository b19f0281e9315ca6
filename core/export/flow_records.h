// Turns the engine's per-tick snapshots and diffs into IPFIX flow records: one uniflow
// record per direction that carried traffic, emitted at the active timeout, the idle
// timeout, when the flow leaves the table, and for every flow still open at the final
// snapshot. Each record carries the traffic since the flow's previous record (delta
// counts), so the records of a flow add up exactly to what the flow table counted.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/engine/snapshot.h"
#include "core/export/ipfix_types.h"

namespace flowscope::ipfix {

struct RecordOptions {
    int64_t activeTimeoutNs = 60'000'000'000;
    int64_t idleTimeoutNs = 15'000'000'000;
    // Bytes of link-layer header per frame, subtracted from the flow table's wire bytes so
    // that octetDeltaCount counts the IP header and payload (RFC 7012). See
    // linkHeaderBytes().
    uint32_t linkHeaderBytes = 0;
    uint32_t ingressInterface = 0;
};

// The fixed link-layer header length of a LINKTYPE_* value (Ethernet 14, Linux cooked 16,
// cooked v2 20, BSD loopback 4, raw IP 0); 0 for link types without a fixed length.
uint32_t linkHeaderBytes(uint32_t linkType);

class FlowRecordBuilder {
public:
    explicit FlowRecordBuilder(RecordOptions options) : m_options(options) {}

    // One tick: appends the records that are due to `out`. The final snapshot (state
    // Finished, Stopped or Failed) flushes every flow still followed.
    void consume(const EngineSnapshot& snapshot, const EngineDiff& diff,
                 std::vector<FlowRecord>& out);

    size_t followed() const { return m_flows.size(); }
    void setLinkHeaderBytes(uint32_t bytes) { m_options.linkHeaderBytes = bytes; }

private:
    struct Followed {
        Flow latest;
        FlowCounters exported;    // what earlier records carried
        int64_t intervalStartNs;  // start of the traffic not yet exported
    };
    void emit(const EngineSnapshot& snapshot, Followed& f, EndReason reason,
              std::vector<FlowRecord>& out) const;

    RecordOptions m_options;
    std::unordered_map<uint64_t, Followed> m_flows;  // by Flow::id
};

}  // namespace flowscope::ipfix
