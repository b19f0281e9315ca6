// An enricher adds what Flowscope knows beyond the packets to flows and snapshots: host
// names, owning applications, places. Each one owns its updates to the flow table and its part
// of the snapshot; an enricher that is not configured is simply not in the engine's list.
// All calls come from the engine thread, in this order per tick:
//   onPacket (each packet with a transport payload, if wantsPayloads())
//   onNewFlow (each new flow, right after the batch that created it)
//   beforeChanges → the table's changes are taken → onChanges → contribute
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/engine/snapshot.h"
#include "core/flow/flow_table.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

struct PayloadPacket {
    const DecodedPacket& decoded;
    std::span<const uint8_t> captured;  // the frame's bytes the engine copied
    uint32_t wireLength = 0;
    int64_t timestampNs = 0;
    // False when the capture thread found nothing a name could be learned from in this packet
    // (NameLearner::mayLearnFrom), so that the payload need not be read again.
    bool mayName = true;
};

class Enricher {
public:
    virtual ~Enricher() = default;

    // Background workers (lookups), started with the capture and stopped after it.
    virtual void start() {}
    virtual void stop() {}

    // What it needs to see: packets with a transport payload, and the flows the table creates.
    virtual bool wantsPayloads() const { return false; }
    virtual bool wantsNewFlows() const { return false; }
    virtual void onPacket(const PayloadPacket& /*packet*/, FlowTable& /*table*/) {}
    virtual void onNewFlow(const Flow& /*flow*/, FlowTable& /*table*/) {}
    // Apply answers that arrived since the last tick. `final`: the capture ended.
    virtual void beforeChanges(FlowTable& /*table*/, bool /*final*/) {}
    // Whether onChanges() reads the added and changed flows (all enrichers get the removed).
    virtual bool wantsChangedFlows() const { return false; }
    virtual void onChanges(const FlowChanges& /*changes*/) {}
    // Its part of the snapshot, and why it is not working fully (empty when fine; warning()
    // is its English).
    virtual void contribute(EngineSnapshot& /*snapshot*/) {}
    virtual Phrase warningPhrase() const { return {}; }
    std::string warning() const { return english(warningPhrase()); }
};

}  // namespace flowscope
