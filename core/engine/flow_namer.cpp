#include "core/engine/flow_namer.h"

#include <algorithm>

#include "core/flow/flow.h"

namespace flowscope {

const char* hostNameSourceName(HostNameSource source) {
    switch (source) {
        case HostNameSource::Sni:
            return "sni";
        case HostNameSource::HttpHost:
            return "http";
        case HostNameSource::DnsAnswer:
            return "dns";
        case HostNameSource::DnsPtr:
            return "ptr";
        case HostNameSource::ReverseDns:
            return "rdns";
    }
    return "dns";
}

namespace {

HostNameSource fromLearner(NameSource source) {
    switch (source) {
        case NameSource::DnsAnswer:
            return HostNameSource::DnsAnswer;
        case NameSource::TlsSni:
            return HostNameSource::Sni;
        case NameSource::HttpHost:
            return HostNameSource::HttpHost;
        case NameSource::DnsPtr:
            return HostNameSource::DnsPtr;
    }
    return HostNameSource::DnsAnswer;
}

bool worthReverseLookup(const IpAddress& address) {
    return !address.isNone() && !address.isLoopback() && !address.isMulticast() &&
           !address.isLinkLocal();
}

}  // namespace

FlowNamer::FlowNamer(FlowNamerConfig config) : m_learner(config.learner) {
    if (config.reverseDns) {
        auto started = ReverseDnsResolver::start(config.reverse);
        if (started) {
            m_reverse = std::move(started.value());
        } else {
            m_reverseProblem = started.error().message;
        }
    }
}

FlowNamer::~FlowNamer() {
    if (m_reverse) {
        m_reverse->stop();
    }
}

uint32_t FlowNamer::intern(const std::string& name, HostNameSource source) {
    const auto key = std::make_pair(name, source);
    const auto it = m_ids.find(key);
    if (it != m_ids.end()) {
        return it->second;
    }
    if (m_names.size() >= Flow::kMaxNameId) {
        return 0;  // a flow holds 31 bits of name id; more names than that cannot be in memory
    }
    m_names.push_back(HostName{name, source});
    const auto id = uint32_t(m_names.size());
    m_ids.emplace(key, id);
    m_dirty = true;
    return id;
}

FlowNamer::ConnectionNaming FlowNamer::observe(const DecodedPacket& packet,
                                               std::span<const uint8_t> captured,
                                               uint32_t wireLength, int64_t timestampNs) {
    ConnectionNaming out;
    auto named = m_learner.observe(packet, captured, wireLength, timestampNs);
    if (named && !named->name.empty()) {
        out.nameId = intern(named->name, fromLearner(named->source));
        out.connection = std::move(*named);
    }
    return out;
}

uint32_t FlowNamer::nameNewFlow(uint64_t flowId, const IpAddress& remote) {
    if (auto learned = m_learner.lookup(remote); learned && !learned->name.empty()) {
        return intern(learned->name, fromLearner(learned->source));
    }
    if (m_reverse && worthReverseLookup(remote)) {
        requestReverse(flowId, remote);
    }
    return 0;
}

void FlowNamer::requestReverse(uint64_t flowId, const IpAddress& remote) {
    ReverseDnsResult cached;
    const ReverseDnsRequest request = m_reverse->request(remote, &cached);
    if (request == ReverseDnsRequest::Cached) {
        if (cached.status == ReverseDnsStatus::Found && !cached.name.empty()) {
            // Reported like an answer, at the next takeReverseNames().
            m_waiting[remote].push_back(flowId);
            m_waitingFlow[flowId] = remote;
            m_cachedAnswers.push_back(cached);
        }
        return;
    }
    if (request == ReverseDnsRequest::Queued || request == ReverseDnsRequest::AlreadyPending) {
        m_waiting[remote].push_back(flowId);
        m_waitingFlow[flowId] = remote;
    }
}

void FlowNamer::forgetFlow(uint64_t flowId) {
    const auto it = m_waitingFlow.find(flowId);
    if (it == m_waitingFlow.end()) {
        return;
    }
    auto waiting = m_waiting.find(it->second);
    if (waiting != m_waiting.end()) {
        auto& flows = waiting->second;
        flows.erase(std::remove(flows.begin(), flows.end(), flowId), flows.end());
        if (flows.empty()) {
            m_waiting.erase(waiting);
        }
    }
    m_waitingFlow.erase(it);
}

std::vector<std::pair<uint64_t, uint32_t>> FlowNamer::takeReverseNames() {
    std::vector<std::pair<uint64_t, uint32_t>> out;
    if (!m_reverse) {
        return out;
    }
    std::vector<ReverseDnsResult> results = m_reverse->takeResults();
    results.insert(results.end(), m_cachedAnswers.begin(), m_cachedAnswers.end());
    m_cachedAnswers.clear();
    for (const auto& result : results) {
        const auto waiting = m_waiting.find(result.address);
        if (waiting == m_waiting.end()) {
            continue;
        }
        const bool found = result.status == ReverseDnsStatus::Found && !result.name.empty();
        const uint32_t id = found ? intern(result.name, HostNameSource::ReverseDns) : 0;
        for (const uint64_t flowId : waiting->second) {
            m_waitingFlow.erase(flowId);
            if (found) {
                out.emplace_back(flowId, id);
            }
        }
        m_waiting.erase(waiting);
    }
    return out;
}

std::shared_ptr<const std::vector<HostName>> FlowNamer::table() {
    if (m_dirty || !m_published) {
        m_published = std::make_shared<const std::vector<HostName>>(m_names);
        m_dirty = false;
    }
    return m_published;
}

}  // namespace flowscope
