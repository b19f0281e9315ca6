// What `flows` prints about each flow's other end (host name, service, country, AS, kind),
// computed ahead of the printing in blocks spread over the processor's cores.
#pragma once

#include <string>
#include <vector>

#include "app/cli/flow_output.h"
#include "core/enrich/geo_flow_annotation.h"
#include "core/flow/flow.h"

namespace flowscope::cli {

// Everything known about a flow's other end.
struct RemoteFacts {
    std::string hostname;
    std::string hostnameSource;  // "sni", "http", "dns", "ptr", "rdns"
    GeoFlowAnnotation geo;
};

RemoteFacts remoteFacts(const Flow& f, const FlowAnnotations& a);

// remoteFacts of the flows, read in order, computed a block at a time just before the block is
// printed (a database file that changes while a slow reader consumes the output is noticed,
// as with one lookup per printed line). The database lookups are most of the cost of printing:
// a block's are spread over the processor's cores (GeoResolver::lookup is thread-safe).
class RemoteFactsAhead {
public:
    RemoteFactsAhead(const std::vector<Flow>& flows, const FlowAnnotations& annotations);

    // Call with 0, 1, 2, ... in turn.
    const RemoteFacts& operator[](size_t index) {
        if (index >= m_begin + m_block.size()) {
            fill(index, std::min(m_flows.size(), index + kBlock));
        }
        return m_block[index - m_begin];
    }

private:
    static constexpr size_t kBlock = 8192;
    static constexpr size_t kPerThread = 1024;  // smaller blocks stay on this thread

    void fill(size_t begin, size_t end);

    const std::vector<Flow>& m_flows;
    const FlowAnnotations& m_annotations;
    size_t m_threads;
    size_t m_begin = 0;
    std::vector<RemoteFacts> m_block;
};

}  // namespace flowscope::cli
