#include "app/cli/remote_facts.h"

#include <algorithm>
#include <thread>

#include "core/engine/host_name.h"

namespace flowscope::cli {

RemoteFacts remoteFacts(const Flow& f, const FlowAnnotations& a) {
    RemoteFacts facts;
    if (f.nameId != 0 && a.hostnames && f.nameId <= a.hostnames->size()) {
        const HostName& name = (*a.hostnames)[f.nameId - 1];
        facts.hostname = name.name;
        facts.hostnameSource = hostNameSourceName(name.source);
    } else if (auto it = a.reverseNames.find(f.remote().address); it != a.reverseNames.end()) {
        facts.hostname = it->second;
        facts.hostnameSource = hostNameSourceName(HostNameSource::ReverseDns);
    }
    const bool ports = f.key.hasPorts;
    facts.geo = annotateFlow(a.geo, a.services, a.own, f.key.protocol, f.remote().address,
                             ports ? f.local().port : 0, ports ? f.remote().port : 0);
    return facts;
}

RemoteFactsAhead::RemoteFactsAhead(const std::vector<Flow>& flows,
                                   const FlowAnnotations& annotations)
    : m_flows(flows),
      m_annotations(annotations),
      m_threads(std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8)) {}

void RemoteFactsAhead::fill(size_t begin, size_t end) {
    m_begin = begin;
    m_block.resize(end - begin);
    auto part = [this](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            m_block[i - m_begin] = remoteFacts(m_flows[i], m_annotations);
        }
    };
    const size_t threads = std::clamp<size_t>((end - begin) / kPerThread, 1, m_threads);
    const size_t share = (end - begin + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (size_t t = 1; t < threads; ++t) {
        workers.emplace_back(part, std::min(end, begin + t * share),
                             std::min(end, begin + (t + 1) * share));
    }
    part(begin, std::min(end, begin + share));
    for (std::thread& w : workers) {
        w.join();
    }
}

}  // namespace flowscope::cli
