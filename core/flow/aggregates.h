// Running totals and per-host / per-service / per-protocol aggregates. Updated per packet,
// so they stay exact when flows are evicted from the table.
#pragma once

#include <array>
#include <cstdint>

#include "core/base/ip_address.h"
#include "core/flow/flow.h"
#include "core/flow/stable_map.h"

namespace flowscope {

struct Totals {
    uint64_t packets = 0;  // every frame read, IP or not
    uint64_t bytes = 0;    // wire bytes of every frame
    uint64_t ipPackets = 0;
    uint64_t ipBytes = 0;
    uint64_t flows = 0;         // flows ever created
    uint64_t evictedFlows = 0;  // removed from the table to bound memory (still counted here)
    uint64_t nonIpPackets = 0;
    uint64_t malformedPackets = 0;
    FlowCounters direction;  // IP traffic by direction relative to the local side
};

struct ServiceKey {
    uint8_t protocol = 0;
    uint16_t port = 0;
    friend bool operator==(const ServiceKey&, const ServiceKey&) = default;
};
struct ServiceKeyHash {
    size_t operator()(const ServiceKey& k) const { return (size_t(k.protocol) << 16) | k.port; }
};

class Aggregates {
public:
    // Account one IP packet of `flow`; `outbound` = sent by the local side.
    void addIpPacket(const Flow& flow, bool outbound, uint32_t wireLength);
    void addNonIp(uint32_t wireLength);
    void addMalformed(uint32_t wireLength);
    void noteFlowCreated() { ++m_totals.flows; }
    void noteFlowEvicted() { ++m_totals.evictedFlows; }

    // Fast path for FlowTable, which resolves a flow's host and service entries once at flow
    // creation instead of two hash lookups per packet. Entries are never erased, so the
    // pointers stay valid for the Aggregates' lifetime. `service` may be null (no ports).
    FlowCounters* hostCounters(const IpAddress& remote) { return &m_hosts[remote]; }
    FlowCounters* serviceCounters(const ServiceKey& service) { return &m_services[service]; }
    void addIpPacket(uint8_t protocol, FlowCounters* host, FlowCounters* service, bool outbound,
                     uint32_t wireLength);

    const Totals& totals() const { return m_totals; }
    using HostMap = StableMap<IpAddress, FlowCounters, IpAddressHash>;
    using ServiceMap = StableMap<ServiceKey, FlowCounters, ServiceKeyHash>;
    // Iterate as pairs (key, counters); count(), at() and find() look one up.
    const HostMap& byRemoteHost() const { return m_hosts; }
    const ServiceMap& byService() const { return m_services; }
    const std::array<FlowCounters, 256>& byProtocol() const { return m_protocols; }

private:
    Totals m_totals;
    HostMap m_hosts;
    ServiceMap m_services;
    std::array<FlowCounters, 256> m_protocols{};
};

}  // namespace flowscope
