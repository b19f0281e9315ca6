#include "core/flow/flow_table.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "core/flow/flow_hash.h"
#include "core/flow/flow_index.h"
#include "core/flow/flow_key_ops.h"
#include "core/flow/fragment_map.h"

namespace flowscope {

namespace {

// One flow and its bookkeeping, stored contiguously. A free slot has flow.id == 0 and is
// chained into the free list through `next`.
struct Slot {
    Flow flow;
    FlowCounters* host = nullptr;     // Aggregates entry of the flow's remote host
    FlowCounters* service = nullptr;  // Aggregates entry of its service; null without ports
    uint32_t prev = kNoSlot;          // LRU list: towards the least recently seen flow
    uint32_t next = kNoSlot;          // LRU list: towards the most recent; free list link
    uint32_t tick = 0;                // last tick this slot was touched (listed in m_touched)
    uint32_t createdTick = 0;         // tick its current flow was created in
};
static_assert(sizeof(Slot) <= 160, "per-flow memory budget");

// Slots in fixed chunks: growing never copies or re-faults what exists, and a slot's
// address is stable.
class SlotStore {
public:
    Slot& operator[](size_t i) { return m_chunks[i >> kChunkBits][i & kChunkMask]; }
    const Slot& operator[](size_t i) const { return m_chunks[i >> kChunkBits][i & kChunkMask]; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_chunks.size() << kChunkBits; }
    void emplaceBack() {
        if (m_size == capacity()) {
            m_chunks.push_back(std::make_unique<Slot[]>(size_t{1} << kChunkBits));
        }
        ++m_size;
    }

private:
    static constexpr size_t kChunkBits = 10;
    static constexpr size_t kChunkMask = (size_t{1} << kChunkBits) - 1;
    std::vector<std::unique_ptr<Slot[]>> m_chunks;
    size_t m_size = 0;
};

inline uint32_t hash32(const FlowKey& key) {
    return hashmix::fold32(keyops::hash(key));
}

// A SYN without ACK (a connection attempt, not its answer) on a TCP flow that saw a FIN or RST:
// the 5-tuple is being reused by a new connection.
inline bool opensNewConnection(const Flow& f, uint8_t tcpFlags) {
    return (tcpFlags & (kTcpSyn | kTcpAck)) == kTcpSyn && f.key.protocol == kProtoTcp &&
           (f.tcpFlagsSeen() & (kTcpFin | kTcpRst)) != 0;
}

}  // namespace

struct FlowTable::Impl {
    Impl(FlowTableConfig c, LocalityPolicy l)
        : config(c), locality(std::move(l)), maxFlows(std::max<size_t>(1, c.maxFlows)) {
        if (maxFlows > kNoSlot - 1) {
            maxFlows = kNoSlot - 1;
        }
    }

    FlowTableConfig config;
    LocalityPolicy locality;
    size_t maxFlows;

    SlotStore slots;
    uint32_t freeHead = kNoSlot;
    size_t live = 0;
    uint32_t lruHead = kNoSlot;  // least recently seen
    uint32_t lruTail = kNoSlot;  // most recently seen
    KeyIndex keys;
    IdIndex ids;
    FragmentMap fragments;
    uint64_t lastId = 0;

    uint32_t tick = 1;
    std::vector<uint32_t> touched;  // slots touched in the current tick, each once
    std::vector<Flow> removed;
    std::vector<uint64_t> created;  // with config.recordCreated
    uint64_t followers = 0;         // IP frames of the same flow as the IP frame before them
    uint64_t prefetched = 0;        // frames whose index bucket prefetchBucket() loaded

    auto idOf() const {
        return [this](uint32_t slot) { return slots[slot].flow.id; };
    }

    void addIp(const DecodedPacket& packet, int64_t timestampNs, uint32_t wireLength,
               Aggregates& aggregates);
    void addKeyed(const DecodedPacket& packet, const FlowKey& key, uint32_t hash, bool sourceIsA,
                  int64_t timestampNs, uint32_t wireLength, Aggregates& aggregates);
    uint32_t findOrCreate(const FlowKey& key, uint32_t hash, bool sourceIsA, uint8_t tcpFlags,
                          int64_t timestampNs, Aggregates& aggregates);
    uint32_t create(const FlowKey& key, uint32_t hash, bool sourceIsA, int64_t timestampNs,
                    Aggregates& aggregates);
    uint32_t allocateSlot();
    void account(uint32_t slot, bool sourceIsA, uint8_t tcpFlags, int64_t timestampNs,
                 uint32_t wireLength, Aggregates& aggregates);
    void remove(uint32_t slot);
    void markTouched(uint32_t slot) {
        Slot& s = slots[slot];
        if (s.tick != tick) {
            s.tick = tick;
            touched.push_back(slot);
        }
    }

    void lruUnlink(uint32_t slot) {
        Slot& s = slots[slot];
        if (s.prev != kNoSlot) {
            slots[s.prev].next = s.next;
        } else {
            lruHead = s.next;
        }
        if (s.next != kNoSlot) {
            slots[s.next].prev = s.prev;
        } else {
            lruTail = s.prev;
        }
    }
    void lruAppend(uint32_t slot) {
        Slot& s = slots[slot];
        s.prev = lruTail;
        s.next = kNoSlot;
        if (lruTail != kNoSlot) {
            slots[lruTail].next = slot;
        } else {
            lruHead = slot;
        }
        lruTail = slot;
    }
    void lruTouch(uint32_t slot) {
        if (slot != lruTail) {  // bursts of one flow skip the relinking
            lruUnlink(slot);
            lruAppend(slot);
        }
    }
};

void FlowTable::Impl::addIp(const DecodedPacket& packet, int64_t timestampNs, uint32_t wireLength,
                            Aggregates& aggregates) {
    bool sourceIsA = true;
    if (packet.fragment == FragmentKind::NonFirst) [[unlikely]] {
        if (const FragmentTarget* t = fragments.find(packet, timestampNs)) {
            if (t->slot < slots.size() && slots[t->slot].flow.id == t->flowId) {
                account(t->slot, t->sourceIsA, packet.tcpFlags, timestampNs, wireLength,
                        aggregates);
                return;
            }
        }
        // First fragment unknown (not captured, expired, or its flow was removed): a port-less
        // flow of the address pair and protocol.
        DecodedPacket portless = packet;
        portless.hasPorts = false;
        const FlowKey key = keyops::fromPacket(portless, sourceIsA);
        const uint32_t slot = findOrCreate(key, hash32(key), sourceIsA, 0, timestampNs, aggregates);
        account(slot, sourceIsA, packet.tcpFlags, timestampNs, wireLength, aggregates);
        return;
    }
    const FlowKey key = keyops::fromPacket(packet, sourceIsA);
    addKeyed(packet, key, hash32(key), sourceIsA, timestampNs, wireLength, aggregates);
}

void FlowTable::Impl::addKeyed(const DecodedPacket& packet, const FlowKey& key, uint32_t hash,
                               bool sourceIsA, int64_t timestampNs, uint32_t wireLength,
                               Aggregates& aggregates) {
    const uint32_t slot =
        findOrCreate(key, hash, sourceIsA, packet.tcpFlags, timestampNs, aggregates);
    account(slot, sourceIsA, packet.tcpFlags, timestampNs, wireLength, aggregates);
    if (packet.fragment == FragmentKind::First) [[unlikely]] {
        fragments.record(packet, timestampNs, FragmentTarget{slot, slots[slot].flow.id, sourceIsA});
    }
}

uint32_t FlowTable::Impl::findOrCreate(const FlowKey& key, uint32_t hash, bool sourceIsA,
                                       uint8_t tcpFlags, int64_t timestampNs,
                                       Aggregates& aggregates) {
    const uint32_t slot =
        keys.find(hash, [&](uint32_t s) { return keyops::equal(slots[s].flow.key, key); });
    if (slot != kNoSlot) [[likely]] {
        if (!opensNewConnection(slots[slot].flow, tcpFlags)) [[likely]] {
            followers += slot == lruTail;
            return slot;
        }
        // The connection on this 5-tuple was closed and a new one starts: the old flow keeps
        // its slot (listed, finished, until evicted or expired), the key now finds the new one.
        keys.erase(hash, slot);
    }
    return create(key, hash, sourceIsA, timestampNs, aggregates);
}

uint32_t FlowTable::Impl::create(const FlowKey& key, uint32_t hash, bool sourceIsA,
                                 int64_t timestampNs, Aggregates& aggregates) {
    if (live >= maxFlows) {
        remove(lruHead);
        aggregates.noteFlowEvicted();
    }
    const uint32_t slot = allocateSlot();
    Slot& s = slots[slot];
    Flow& f = s.flow;
    f = Flow{};
    f.id = ++lastId;
    f.key = key;
    f.localIsA = locality.localIsA(key, sourceIsA);
    f.firstSeenNs = timestampNs;
    f.lastSeenNs = timestampNs;
    s.host = nullptr;
    s.service = nullptr;
    if (config.countByHostAndService) {
        s.host = aggregates.hostCounters(f.remote().address);
        if (key.hasPorts) {
            s.service = aggregates.serviceCounters(ServiceKey{key.protocol, f.servicePort()});
        }
    }
    markTouched(slot);
    s.createdTick = tick;
    lruAppend(slot);
    keys.insert(hash, slot);
    ids.insert(f.id, slot);
    ++live;
    aggregates.noteFlowCreated();
    if (config.recordCreated) {
        created.push_back(f.id);
    }
    return slot;
}

uint32_t FlowTable::Impl::allocateSlot() {
    if (freeHead != kNoSlot) {
        const uint32_t slot = freeHead;
        freeHead = slots[slot].next;
        return slot;
    }
    slots.emplaceBack();
    return uint32_t(slots.size() - 1);
}

void FlowTable::Impl::account(uint32_t slot, bool sourceIsA, uint8_t tcpFlags, int64_t timestampNs,
                              uint32_t wireLength, Aggregates& aggregates) {
    Slot& s = slots[slot];
    Flow& f = s.flow;
    const bool outbound = sourceIsA == f.localIsA;
    uint64_t* packets = outbound ? &f.counters.packetsOut : &f.counters.packetsIn;
    uint64_t* bytes = outbound ? &f.counters.bytesOut : &f.counters.bytesIn;
    *packets += 1;
    *bytes += wireLength;
    if (timestampNs > f.lastSeenNs) {
        f.lastSeenNs = timestampNs;
    } else if (timestampNs < f.firstSeenNs) {
        f.firstSeenNs = timestampNs;
    }
    (outbound ? f.tcpFlagsOut : f.tcpFlagsIn) |= tcpFlags;
    markTouched(slot);
    lruTouch(slot);
    aggregates.addIpPacket(f.key.protocol, s.host, s.service, outbound, wireLength);
}

void FlowTable::Impl::remove(uint32_t slot) {
    Slot& s = slots[slot];
    // Not in the key index if a new connection on the same 5-tuple has replaced it.
    keys.eraseIfPresent(hash32(s.flow.key), slot);
    ids.erase(s.flow.id, idOf());
    lruUnlink(slot);
    removed.push_back(s.flow);
    s.flow.id = 0;
    s.prev = kNoSlot;
    s.next = freeHead;
    freeHead = slot;
    --live;
}

FlowTable::FlowTable(FlowTableConfig config, LocalityPolicy locality)
    : m_impl(std::make_unique<Impl>(config, std::move(locality))) {}

const LocalityPolicy& FlowTable::locality() const {
    return m_impl->locality;
}

void FlowTable::setOwnAddresses(const std::vector<IpAddress>& addresses) {
    m_impl->locality = LocalityPolicy(addresses);
}

FlowTable::~FlowTable() = default;

void FlowTable::addPacket(DecodeStatus status, const DecodedPacket& packet, int64_t timestampNs,
                          uint32_t wireLength) {
    switch (status) {
        case DecodeStatus::Ip:
            m_impl->addIp(packet, timestampNs, wireLength, m_aggregates);
            return;
        case DecodeStatus::Malformed:
            m_aggregates.addMalformed(wireLength);
            return;
        case DecodeStatus::Arp:
        case DecodeStatus::NonIp:
            break;
    }
    m_aggregates.addNonIp(wireLength);
}

void FlowTable::prefetchBucket(const PrefetchHint& hint) const {
    if (hint.valid && !hint.repeat) {
        m_impl->keys.prefetch(hint.hash);
        ++m_impl->prefetched;
    }
}

void FlowTable::addPacket(DecodeStatus status, const DecodedPacket& packet, int64_t timestampNs,
                          uint32_t wireLength, const PrefetchHint& hint) {
    if (!hint.valid) {
        addPacket(status, packet, timestampNs, wireLength);
        return;
    }
    m_impl->addKeyed(packet, hint.key, hint.hash, hint.sourceIsA, timestampNs, wireLength,
                     m_aggregates);
}

void FlowTable::prefetchFlow(const PrefetchHint& hint) const {
    const Impl& d = *m_impl;
    const uint32_t slot = hint.valid && !hint.repeat ? d.keys.peek(hint.hash) : kNoSlot;
    if (slot < d.slots.size()) {
        // A slot spans up to four cache lines, all of which the packet's accounting touches.
        const char* bytes = reinterpret_cast<const char*>(&d.slots[slot]);
        for (size_t offset = 0; offset < sizeof(Slot) + 63; offset += 64) {
            __builtin_prefetch(bytes + std::min(offset, sizeof(Slot) - 1));
        }
    }
}

void FlowTable::prefetchNeighbours(const PrefetchHint& hint) const {
    const Impl& d = *m_impl;
    const uint32_t slot = hint.valid && !hint.repeat ? d.keys.peek(hint.hash) : kNoSlot;
    if (slot >= d.slots.size()) {
        return;
    }
    const Slot& s = d.slots[slot];
    __builtin_prefetch(s.host, 1);
    // lruTouch() rewrites the links of both neighbours.
    for (uint32_t neighbour : {s.prev, s.next}) {
        if (neighbour < d.slots.size()) {
            __builtin_prefetch(&d.slots[neighbour].prev, 1);
        }
    }
}

void FlowTable::expireIdle(int64_t nowNs) {
    Impl& d = *m_impl;
    if (d.config.idleTimeoutNs <= 0) {
        return;
    }
    const int64_t cutoff = nowNs - d.config.idleTimeoutNs;
    // The LRU list is ordered by arrival, so the idle flows are at its head.
    while (d.lruHead != kNoSlot && d.slots[d.lruHead].flow.lastSeenNs < cutoff) {
        d.remove(d.lruHead);
    }
}

FlowChanges FlowTable::takeChanges(bool copyFlows) {
    Impl& d = *m_impl;
    FlowChanges changes;
    if (copyFlows) {
        // Room for every touched flow in both: growing by doubling would copy them again, and
        // what neither uses is only address space (pages are given on first touch).
        changes.added.reserve(d.touched.size());
        changes.changed.reserve(d.touched.size());
    }
    for (uint32_t slot : d.touched) {
        Slot& s = d.slots[slot];
        if (s.flow.id == 0) {
            continue;  // removed since; its final value is in `removed`
        }
        if (copyFlows) {
            (s.createdTick == d.tick ? changes.added : changes.changed).push_back(s.flow);
        }
        s.flow.bytesInAtTick = s.flow.counters.bytesIn;
        s.flow.bytesOutAtTick = s.flow.counters.bytesOut;
    }
    d.touched.clear();
    changes.removed = std::exchange(d.removed, {});
    ++d.tick;
    return changes;
}

std::vector<uint64_t> FlowTable::takeCreated() {
    return std::exchange(m_impl->created, {});
}

bool FlowTable::setOwner(uint64_t id, uint32_t appId, uint32_t pid) {
    Impl& d = *m_impl;
    if (id == 0) {
        return false;
    }
    const uint32_t slot = d.ids.find(id, d.idOf());
    if (slot == kNoSlot) {
        return false;
    }
    Flow& f = d.slots[slot].flow;
    f.appId = appId;
    f.pid = pid;
    d.markTouched(slot);
    return true;
}

bool FlowTable::setName(uint64_t id, uint32_t nameId) {
    Impl& d = *m_impl;
    const uint32_t slot = id == 0 ? kNoSlot : d.ids.find(id, d.idOf());
    if (slot == kNoSlot) {
        return false;
    }
    d.slots[slot].flow.nameId = nameId;
    d.markTouched(slot);
    return true;
}

uint64_t FlowTable::findKey(const FlowKey& key) const {
    const Impl& d = *m_impl;
    const uint32_t slot = d.keys.find(
        hash32(key), [&](uint32_t s) { return keyops::equal(d.slots[s].flow.key, key); });
    return slot == kNoSlot ? 0 : d.slots[slot].flow.id;
}

const Flow* FlowTable::find(uint64_t id) const {
    const Impl& d = *m_impl;
    if (id == 0) {
        return nullptr;
    }
    const uint32_t slot = d.ids.find(id, d.idOf());
    return slot == kNoSlot ? nullptr : &d.slots[slot].flow;
}

size_t FlowTable::pendingRemovals() const {
    return m_impl->removed.size();
}

size_t FlowTable::size() const {
    return m_impl->live;
}

uint64_t FlowTable::followers() const {
    return m_impl->followers;
}

uint64_t FlowTable::prefetchedFrames() const {
    return m_impl->prefetched;
}

void FlowTable::forEach(const std::function<void(const Flow&)>& fn) const {
    for (size_t i = 0; i < m_impl->slots.size(); ++i) {
        const Slot& s = m_impl->slots[i];
        if (s.flow.id != 0) {
            fn(s.flow);
        }
    }
}

FlowIndexStats FlowTable::indexStats() const {
    const Impl& d = *m_impl;
    FlowIndexStats stats;
    stats.keyErases = d.keys.probes().erases;
    stats.keyEraseSteps = d.keys.probes().eraseSteps;
    stats.idErases = d.ids.probes().erases;
    stats.idEraseSteps = d.ids.probes().eraseSteps;
    return stats;
}

size_t FlowTable::memoryBytes() const {
    const Impl& d = *m_impl;
    size_t bytes = sizeof(Impl) + d.slots.capacity() * sizeof(Slot) + d.keys.memoryBytes() +
                   d.ids.memoryBytes() + d.touched.capacity() * sizeof(uint32_t) +
                   d.removed.capacity() * sizeof(Flow) + d.fragments.memoryBytes() +
                   d.created.capacity() * sizeof(uint64_t);
    bytes += m_aggregates.byRemoteHost().memoryBytes() + m_aggregates.byService().memoryBytes();
    return bytes;
}

}  // namespace flowscope
