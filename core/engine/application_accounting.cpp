#include "core/engine/application_accounting.h"

#include <algorithm>

namespace flowscope {

namespace {

FlowCounters minus(const FlowCounters& a, const FlowCounters& b) {
    return {a.packetsOut - b.packetsOut, a.packetsIn - b.packetsIn, a.bytesOut - b.bytesOut,
            a.bytesIn - b.bytesIn};
}

void add(FlowCounters& into, const FlowCounters& c) {
    into.packetsOut += c.packetsOut;
    into.packetsIn += c.packetsIn;
    into.bytesOut += c.bytesOut;
    into.bytesIn += c.bytesIn;
}

}  // namespace

ApplicationStat& ApplicationAccounting::stat(uint32_t appId) {
    ApplicationStat& s = m_apps[appId];
    s.appId = appId;
    return s;
}

void ApplicationAccounting::track(uint64_t flowId) {
    m_flows.try_emplace(flowId);
}

bool ApplicationAccounting::attribute(uint64_t flowId, uint32_t appId, std::vector<uint32_t> pids) {
    auto it = m_flows.find(flowId);
    if (it == m_flows.end()) {
        return false;
    }
    Tracked& t = it->second;
    if (t.appId != appId) {
        if (t.appId != 0) {
            --stat(t.appId).connections;
            // What it carried so far stays with the previous owner; the rest goes to the new.
        } else {
            t.accounted = {};  // everything counted while unknown goes to the owner
        }
        if (appId != 0) {
            ++stat(appId).connections;
        }
        t.appId = appId;
    }
    t.pids = std::move(pids);
    return true;
}

void ApplicationAccounting::beginInterval() {
    for (auto& [id, s] : m_apps) {
        s.interval = {};
    }
}

void ApplicationAccounting::account(const Flow& flow) {
    auto it = m_flows.find(flow.id);
    if (it == m_flows.end()) {
        return;
    }
    Tracked& t = it->second;
    const FlowCounters interval = minus(flow.counters, t.atTick);
    t.atTick = flow.counters;
    if (t.appId == 0) {
        return;
    }
    ApplicationStat& s = stat(t.appId);
    add(s.interval, interval);
    add(s.counters, minus(flow.counters, t.accounted));
    t.accounted = flow.counters;
}

void ApplicationAccounting::remove(const Flow& flow) {
    account(flow);
    auto it = m_flows.find(flow.id);
    if (it == m_flows.end()) {
        return;
    }
    if (it->second.appId != 0) {
        --stat(it->second.appId).connections;
    }
    m_flows.erase(it);
}

std::vector<ApplicationStat> ApplicationAccounting::top(size_t n) const {
    std::vector<ApplicationStat> out;
    out.reserve(m_apps.size());
    for (const auto& [id, s] : m_apps) {
        out.push_back(s);
    }
    auto larger = [](const ApplicationStat& a, const ApplicationStat& b) {
        if (a.counters.bytes() != b.counters.bytes()) {
            return a.counters.bytes() > b.counters.bytes();
        }
        return a.appId < b.appId;
    };
    if (out.size() > n) {
        std::partial_sort(out.begin(), out.begin() + long(n), out.end(), larger);
        out.resize(n);
    } else {
        std::sort(out.begin(), out.end(), larger);
    }
    return out;
}

const std::vector<uint32_t>* ApplicationAccounting::pidsOf(uint64_t flowId) const {
    auto it = m_flows.find(flowId);
    return it == m_flows.end() || it->second.appId == 0 ? nullptr : &it->second.pids;
}

}  // namespace flowscope
