// The flow table: decoded packets in, flows with exact counters out, bounded memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/flow/aggregates.h"
#include "core/flow/flow.h"
#include "core/flow/locality.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

struct FlowTableConfig {
    size_t maxFlows = 1'000'000;  // at the cap, the least recently seen flow is evicted
    int64_t idleTimeoutNs = 0;    // > 0: flows idle this long expire at expireIdle(); 0 = never
    bool recordCreated = false;   // keep the ids of new flows for takeCreated()
    // false: the Aggregates' per-host and per-service counters (byRemoteHost(), byService(),
    // the snapshot's top hosts and services) stay empty, for a command that prints only the
    // flows and the totals (`flows`): each new flow's two lookups in those maps are then saved.
    bool countByHostAndService = true;
};

// What changed since the previous takeChanges(), by value: the engine turns it into the tick's
// diff. The copies in `added` and `changed` are taken before the tick marks move, so
// `counters.bytesIn - bytesInAtTick` (and out) is the flow's traffic during this tick.
struct FlowChanges {
    std::vector<Flow> added;    // flows created (and still present)
    std::vector<Flow> changed;  // pre-existing flows that saw packets
    std::vector<Flow> removed;  // final values of flows expired or evicted
};

// The cost of removing flows from the table's two hash indexes (by key and by id): buckets
// visited per removal. With well-spread hashes at the load kept (<= 0.7) a removal visits a
// few buckets; a number that grows with the table size means clustering, and makes every
// eviction at the cap O(flows).
struct FlowIndexStats {
    uint64_t keyErases = 0;
    uint64_t keyEraseSteps = 0;
    uint64_t idErases = 0;
    uint64_t idEraseSteps = 0;
};

class FlowTable {
public:
    explicit FlowTable(FlowTableConfig config = {}, LocalityPolicy locality = {});
    ~FlowTable();
    FlowTable(const FlowTable&) = delete;
    FlowTable& operator=(const FlowTable&) = delete;

    // Accounts one frame. For DecodeStatus::Ip it updates (or creates) the flow; IPv4/IPv6
    // non-first fragments are counted to the flow of their first fragment (if that was seen;
    // else to a port-less flow of the same address pair and protocol). Other statuses only
    // update the totals.
    // A TCP SYN without ACK on the 5-tuple of a flow that has seen a FIN or RST starts a new
    // connection, as Wireshark's tcp.stream does: a new flow with a new id. The old flow stays
    // in the table, finished, until it is evicted or expires like any other, but its key now
    // finds the new one (findKey()).
    void addPacket(DecodeStatus status, const DecodedPacket& packet, int64_t timestampNs,
                   uint32_t wireLength);

    // Prefetching for a caller that has a few frames ahead of the one it counts (EngineLoop,
    // with frames the capture thread decoded and gave a hint by makeHint()): with many flows
    // visited in no order, the index bucket, the flow and its host's counters that addPacket()
    // touches are each a cache miss. Each stage loads one level so that the misses of several
    // frames overlap: prefetchBucket() the key's index bucket, prefetchFlow() (once that is loaded)
    // the flow's slot, prefetchNeighbours() (once the slot is loaded) its host's counters and its
    // neighbours in the LRU list. They change nothing, and a stale hint (the table changed in
    // between) costs only the load. The hint carries the frame's flow key, so that addPacket() with
    // it does not work the key out again.
    struct PrefetchHint {
        FlowKey key;
        uint32_t hash = 0;
        bool sourceIsA = true;
        bool valid = false;   // an IP frame with a key of its own (not a later fragment)
        bool repeat = false;  // same key as the frame before: nothing to prefetch
    };
    // The frame's key and hash, and whether it repeats the frame before: needs no table, so it
    // can be worked out on another thread (the capture thread does, CaptureWorker).
    static void makeHint(DecodeStatus status, const DecodedPacket& packet,
                         const PrefetchHint& previous, PrefetchHint& hint);
    void prefetchBucket(const PrefetchHint& hint) const;
    void prefetchFlow(const PrefetchHint& hint) const;
    void prefetchNeighbours(const PrefetchHint& hint) const;
    // addPacket() for a frame makeHint() was given.
    void addPacket(DecodeStatus status, const DecodedPacket& packet, int64_t timestampNs,
                   uint32_t wireLength, const PrefetchHint& hint);

    // Expires flows idle for longer than the configured timeout, relative to `nowNs`.
    void expireIdle(int64_t nowNs);
    // Moves out the changes since the last call, and starts a new tick for rates
    // (afterwards Flow::bytesInAtTick / bytesOutAtTick equal the current counters).
    // `copyFlows` false: the same, but `added` and `changed` are left empty (nobody reads them).
    FlowChanges takeChanges(bool copyFlows = true);

    // Ids of the flows created since the last call (only with config.recordCreated), oldest
    // first; some may have been removed since (find() returns null for them).
    std::vector<uint64_t> takeCreated();
    // Records a flow's owner; the flow then appears in the next takeChanges() (as changed, or
    // added if new). False when the flow is no longer in the table.
    bool setOwner(uint64_t id, uint32_t appId, uint32_t pid);

    // Which addresses are this machine's (for lookups that need both ends' locality), and a
    // new list of them for flows created from now on (an address added while capturing).
    const LocalityPolicy& locality() const;
    void setOwnAddresses(const std::vector<IpAddress>& addresses);

    // Records the flow's host name (an id of the engine's name table); like setOwner().
    bool setName(uint64_t id, uint32_t nameId);
    // The id of the flow with this key, 0 if there is none.
    uint64_t findKey(const FlowKey& key) const;

    const Flow* find(uint64_t id) const;
    size_t size() const;
    // Flows removed since the last takeChanges() (their final values wait in it).
    size_t pendingRemovals() const;
    // IP frames so far that belonged to the same flow as the IP frame before them (how much of
    // the traffic comes in trains of one flow, for EngineLoop's choice to prefetch).
    uint64_t followers() const;
    // Frames whose index bucket prefetchBucket() loaded (tests: the prefetching path was
    // taken).
    uint64_t prefetchedFrames() const;
    void forEach(const std::function<void(const Flow&)>& fn) const;
    const Aggregates& aggregates() const { return m_aggregates; }
    const Totals& totals() const { return m_aggregates.totals(); }

    // Approximate heap bytes used by the table (for the memory benchmark).
    size_t memoryBytes() const;
    // Buckets the indexes visited to remove flows so far (a guard against clustering).
    FlowIndexStats indexStats() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
    Aggregates m_aggregates;
};

}  // namespace flowscope
