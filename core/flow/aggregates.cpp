#include "core/flow/aggregates.h"

namespace flowscope {

namespace {

// Branch-free: the direction of consecutive packets is hard to predict.
inline void count(FlowCounters& c, bool outbound, uint32_t wireLength) {
    uint64_t* packets = outbound ? &c.packetsOut : &c.packetsIn;
    uint64_t* bytes = outbound ? &c.bytesOut : &c.bytesIn;
    *packets += 1;
    *bytes += wireLength;
}

}  // namespace

void Aggregates::addIpPacket(const Flow& flow, bool outbound, uint32_t wireLength) {
    FlowCounters* service = nullptr;
    if (flow.key.hasPorts) {
        service = serviceCounters(ServiceKey{flow.key.protocol, flow.servicePort()});
    }
    addIpPacket(flow.key.protocol, hostCounters(flow.remote().address), service, outbound,
                wireLength);
}

void Aggregates::addIpPacket(uint8_t protocol, FlowCounters* host, FlowCounters* service,
                             bool outbound, uint32_t wireLength) {
    ++m_totals.packets;
    m_totals.bytes += wireLength;
    ++m_totals.ipPackets;
    m_totals.ipBytes += wireLength;
    count(m_totals.direction, outbound, wireLength);
    count(m_protocols[protocol], outbound, wireLength);
    if (host != nullptr) {
        count(*host, outbound, wireLength);
    }
    if (service != nullptr) {
        count(*service, outbound, wireLength);
    }
}

void Aggregates::addNonIp(uint32_t wireLength) {
    ++m_totals.packets;
    m_totals.bytes += wireLength;
    ++m_totals.nonIpPackets;
}

void Aggregates::addMalformed(uint32_t wireLength) {
    ++m_totals.packets;
    m_totals.bytes += wireLength;
    ++m_totals.malformedPackets;
}

}  // namespace flowscope
