#include "core/store/recorder_batch.h"

#include "core/enrich/address_kind.h"
#include "core/enrich/geo_flow_annotation.h"
#include "core/store/history_time.h"

namespace flowscope::history {

namespace {

bool isFinal(EngineState state) {
    return state == EngineState::Finished || state == EngineState::Stopped ||
           state == EngineState::Failed;
}

Usage difference(const FlowCounters& now, const FlowCounters& before) {
    return {now.bytesIn - before.bytesIn, now.bytesOut - before.bytesOut,
            now.packetsIn - before.packetsIn, now.packetsOut - before.packetsOut};
}

AppRef appOf(const EngineSnapshot& snapshot, uint32_t appId) {
    if (appId == 0 || !snapshot.applications || appId > snapshot.applications->size()) {
        return {};
    }
    const Application& app = (*snapshot.applications)[appId - 1];
    return {app.name, app.path, app.user};
}

std::string hostOf(const EngineSnapshot& snapshot, const Flow& flow) {
    if (flow.nameId != 0 && snapshot.hostnames && flow.nameId <= snapshot.hostnames->size()) {
        return (*snapshot.hostnames)[flow.nameId - 1].name;
    }
    return flow.remote().address.toString();
}

std::string serviceOf(const Flow& flow, std::string_view known) {
    if (!known.empty()) {
        return std::string(known);
    }
    const std::string protocol = protocolName(flow.key.protocol);
    if (!flow.key.hasPorts) {
        return protocol == "other" ? "ip/" + std::to_string(flow.key.protocol) : protocol;
    }
    return protocol + "/" + std::to_string(flow.servicePort());
}

}  // namespace

int RecorderBatch::groupOf(const EngineSnapshot& snapshot, const Flow& flow) {
    static const OwnAddresses kNone;
    const GeoFlowAnnotation place = annotateFlow(
        m_sources.geo, m_sources.services, m_sources.own ? *m_sources.own : kNone,
        flow.key.protocol, flow.remote().address, flow.local().port, flow.remote().port);
    Group group{appOf(snapshot, flow.appId),
                {hostOf(snapshot, flow), place.geo.countryCode, place.geo.asNumber,
                 place.geo.asOrganization},
                serviceOf(flow, place.service)};
    std::string key = group.app.name + '\0' + group.app.path + '\0' + group.app.user + '\0' +
                      group.remote.host + '\0' + group.remote.country + '\0' +
                      std::to_string(group.remote.asNumber) + '\0' + group.service;
    const auto [it, added] =
        m_groupIndex.emplace(std::move(key), static_cast<int>(m_groups.size()));
    if (added) {
        m_groups.push_back(std::move(group));
    }
    return it->second;
}

// Groups are kept while flows may use them; a long recording meets ever new hosts, so the
// table of groups is rebuilt from the followed flows when it grows large.
void RecorderBatch::regroup(const EngineSnapshot& snapshot) {
    m_groups.clear();
    m_groupIndex.clear();
    for (auto& [id, followed] : m_flows) {
        followed.group = groupOf(snapshot, followed.flow);
    }
}

void RecorderBatch::follow(const EngineSnapshot& snapshot, const Flow& flow, bool paused, bool hold,
                           Traffic& traffic) {
    Followed& f = m_flows[flow.id];
    f.flow = flow;
    if (f.group < 0 || f.groupAppId != flow.appId || f.groupNameId != flow.nameId) {
        f.group = groupOf(snapshot, flow);
        f.groupAppId = flow.appId;
        f.groupNameId = flow.nameId;
    }
    const Usage delta = difference(flow.counters, f.written);
    f.written = flow.counters;
    const int64_t minute = floorMinute(snapshot.timeNs / 1'000'000'000);
    if (!paused && (delta.packets() > 0 || delta.bytes() > 0)) {
        if (hold && flow.appId == 0) {
            if (f.held.empty()) {
                f.heldSinceNs = snapshot.timeNs;
                m_holding.insert(flow.id);
            }
            if (f.held.empty() || f.held.back().first != minute) {
                f.held.emplace_back(minute, Usage{});
            }
            f.held.back().second += delta;
            return;
        }
        traffic[{minute, f.group}] += delta;
    }
    if (!f.held.empty() && (flow.appId != 0 || paused)) {
        release(flow.id, f, traffic);  // its program is known now (or recording pauses)
    }
}

// Held traffic goes to the flow's group as it is now, in the minutes it happened in.
void RecorderBatch::release(uint64_t id, Followed& followed, Traffic& traffic) {
    for (const auto& [minute, usage] : followed.held) {
        traffic[{minute, followed.group}] += usage;
    }
    followed.held.clear();
    m_holding.erase(id);
}

void RecorderBatch::releaseDue(const EngineSnapshot& snapshot, Traffic& traffic) {
    const bool all = isFinal(snapshot.state) || !snapshot.applications;
    std::vector<uint64_t> due;
    for (const uint64_t id : m_holding) {
        const Followed& f = m_flows.at(id);
        if (all || snapshot.timeNs - f.heldSinceNs >= kHoldNs) {
            due.push_back(id);
        }
    }
    for (const uint64_t id : due) {
        release(id, m_flows.at(id), traffic);
    }
}

ConnectionRecord RecorderBatch::connection(const Followed& followed) const {
    const Flow& flow = followed.flow;
    const Group& group = m_groups[static_cast<size_t>(followed.group)];
    ConnectionRecord record{{}, group.app, group.remote};
    ConnectionRow& row = record.row;
    row.firstSeenNs = flow.firstSeenNs;
    row.lastSeenNs = flow.lastSeenNs;
    row.protocol = flow.key.protocol;
    row.localAddress = flow.local().address.toString();
    row.localPort = flow.local().port;
    row.remoteAddress = flow.remote().address.toString();
    row.remotePort = flow.remote().port;
    row.service = group.service;
    row.usage = difference(flow.counters, {});
    return record;
}

TickBatch RecorderBatch::build(const EngineSnapshot& snapshot, const EngineDiff& diff,
                               bool paused) {
    if (m_groups.size() > kMaxGroups) {
        regroup(snapshot);
    }
    TickBatch batch;
    batch.now = snapshot.timeNs / 1'000'000'000;
    Traffic traffic;
    const bool hold = snapshot.applications != nullptr;  // programs are being identified
    for (const auto* flows : {&diff.added, &diff.changed, &diff.removed}) {
        for (const Flow& flow : *flows) {
            follow(snapshot, flow, paused, hold, traffic);
        }
    }
    for (const Flow& flow : diff.removed) {
        const auto it = m_flows.find(flow.id);
        release(flow.id, it->second, traffic);  // its program is as known as it will be
        if (!paused) {
            batch.connections.push_back(connection(it->second));
        }
        m_flows.erase(it);
    }
    releaseDue(snapshot, traffic);  // all of it at the end
    if (isFinal(snapshot.state)) {
        for (const auto& [id, followed] : m_flows) {
            if (!paused) {
                batch.connections.push_back(connection(followed));
            }
        }
        m_flows.clear();
    }
    for (const auto& [at, usage] : traffic) {
        const Group& g = m_groups[static_cast<size_t>(at.second)];
        batch.traffic.push_back({at.first, g.app, g.remote, g.service, usage});
    }
    return batch;
}

}  // namespace flowscope::history
