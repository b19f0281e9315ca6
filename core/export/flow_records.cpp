#include "core/export/flow_records.h"

namespace flowscope::ipfix {

namespace {

constexpr uint8_t kTcpFin = 0x01;
constexpr uint8_t kTcpRst = 0x04;

bool isFinal(EngineState state) {
    return state == EngineState::Finished || state == EngineState::Stopped ||
           state == EngineState::Failed;
}

int64_t toMs(int64_t ns) {
    return ns / 1'000'000;
}

}  // namespace

uint32_t linkHeaderBytes(uint32_t linkType) {
    switch (linkType) {
        case 1:  // LINKTYPE_ETHERNET
            return 14;
        case 113:  // LINKTYPE_LINUX_SLL
            return 16;
        case 276:  // LINKTYPE_LINUX_SLL2
            return 20;
        case 0:    // LINKTYPE_NULL (BSD loopback)
        case 108:  // LINKTYPE_LOOP
            return 4;
        default:  // raw IP (101, 228, 229) and anything without a fixed header
            return 0;
    }
}

void FlowRecordBuilder::emit(const EngineSnapshot& snapshot, Followed& f, EndReason reason,
                             std::vector<FlowRecord>& out) const {
    const Flow& flow = f.latest;
    const FlowCounters& now = flow.counters;
    FlowRecord base;
    base.protocol = flow.key.protocol;
    base.startMs = toMs(f.intervalStartNs);
    base.endMs = toMs(flow.lastSeenNs);
    base.endReason = reason;
    base.ingressInterface = m_options.ingressInterface;
    base.pid = flow.pid;
    if (flow.appId != 0 && snapshot.applications && flow.appId <= snapshot.applications->size()) {
        const Application& app = (*snapshot.applications)[flow.appId - 1];
        base.applicationName = app.name;
        base.userName = app.user;
        base.executablePath = app.path;
    }
    if (flow.nameId != 0 && snapshot.hostnames && flow.nameId <= snapshot.hostnames->size()) {
        base.remoteHostName = (*snapshot.hostnames)[flow.nameId - 1].name;
    }
    const Endpoint& local = flow.local();
    const Endpoint& remote = flow.remote();
    const uint64_t header = m_options.linkHeaderBytes;
    const uint64_t packetsOut = now.packetsOut - f.exported.packetsOut;
    if (packetsOut > 0) {
        FlowRecord r = base;
        r.source = local.address;
        r.destination = remote.address;
        r.sourcePort = local.port;
        r.destinationPort = remote.port;
        r.direction = Direction::Egress;
        r.tcpFlags = flow.tcpFlagsOut;
        r.packets = packetsOut;
        r.octets = (now.bytesOut - f.exported.bytesOut) - packetsOut * header;
        out.push_back(std::move(r));
    }
    const uint64_t packetsIn = now.packetsIn - f.exported.packetsIn;
    if (packetsIn > 0) {
        FlowRecord r = std::move(base);
        r.source = remote.address;
        r.destination = local.address;
        r.sourcePort = remote.port;
        r.destinationPort = local.port;
        r.direction = Direction::Ingress;
        r.tcpFlags = flow.tcpFlagsIn;
        r.packets = packetsIn;
        r.octets = (now.bytesIn - f.exported.bytesIn) - packetsIn * header;
        out.push_back(std::move(r));
    }
    f.exported = now;
    f.intervalStartNs = flow.lastSeenNs;
}

void FlowRecordBuilder::consume(const EngineSnapshot& snapshot, const EngineDiff& diff,
                                std::vector<FlowRecord>& out) {
    for (const auto* flows : {&diff.added, &diff.changed}) {
        for (const Flow& flow : *flows) {
            auto [it, inserted] =
                m_flows.try_emplace(flow.id, Followed{flow, {}, flow.firstSeenNs});
            if (!inserted) {
                it->second.latest = flow;
            }
        }
    }
    // Flows that left the table: the table ends a flow when it has been idle (or evicts it),
    // so the reason is idle unless TCP said the connection was over.
    for (const Flow& flow : diff.removed) {
        auto [it, inserted] = m_flows.try_emplace(flow.id, Followed{flow, {}, flow.firstSeenNs});
        it->second.latest = flow;
        const bool closed = (flow.tcpFlagsSeen() & (kTcpFin | kTcpRst)) != 0;
        emit(snapshot, it->second, closed ? EndReason::EndOfFlow : EndReason::IdleTimeout, out);
        m_flows.erase(it);
    }
    if (isFinal(snapshot.state)) {
        for (auto& [id, f] : m_flows) {
            emit(snapshot, f, EndReason::ForcedEnd, out);
        }
        m_flows.clear();
        return;
    }
    for (auto& [id, f] : m_flows) {
        const bool pending = f.latest.counters.packets() != f.exported.packets();
        if (!pending) {
            continue;
        }
        if (snapshot.timeNs - f.latest.lastSeenNs >= m_options.idleTimeoutNs) {
            emit(snapshot, f, EndReason::IdleTimeout, out);
        } else if (snapshot.timeNs - f.intervalStartNs >= m_options.activeTimeoutNs) {
            emit(snapshot, f, EndReason::ActiveTimeout, out);
        }
    }
}

}  // namespace flowscope::ipfix
