// Names for flows, on the engine thread: the name the machine asked for (TLS SNI / HTTP Host
// of the connection itself, else the DNS answer that gave the remote address), and reverse
// DNS second, looked up in the background when enabled. Names are interned in a table that
// snapshots share (Flow::nameId = index + 1).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/base/ip_address.h"
#include "core/engine/host_name.h"
#include "core/enrich/name_learner.h"
#include "core/enrich/reverse_dns_resolver.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

struct FlowNamerConfig {
    NameLearnerConfig learner;
    // Look up the PTR name of remote addresses nothing else named (public and private
    // unicast addresses; never loopback, multicast or link-local).
    bool reverseDns = false;
    ReverseDnsConfig reverse;
};

class FlowNamer {
public:
    explicit FlowNamer(FlowNamerConfig config);
    ~FlowNamer();
    FlowNamer(const FlowNamer&) = delete;
    FlowNamer& operator=(const FlowNamer&) = delete;

    // A packet with a transport payload. Returns the name id of the packet's own connection
    // when its SNI / Host was just seen (0 otherwise); `client`/`server` describe it.
    struct ConnectionNaming {
        uint32_t nameId = 0;
        ConnectionName connection;
    };
    ConnectionNaming observe(const DecodedPacket& packet, std::span<const uint8_t> captured,
                             uint32_t wireLength, int64_t timestampNs);

    // A new flow: the name id learned for its remote address (0 if none yet). Without one,
    // and with reverse DNS on, a lookup starts; its answer comes from takeReverseNames().
    uint32_t nameNewFlow(uint64_t flowId, const IpAddress& remote);
    // A flow left the table (no answer is wanted for it any more).
    void forgetFlow(uint64_t flowId);
    // Reverse DNS answers since the last call: (flow id, name id) for flows still waiting.
    std::vector<std::pair<uint64_t, uint32_t>> takeReverseNames();

    // The name table (index = id - 1), shared by snapshots; a new copy only after changes.
    std::shared_ptr<const std::vector<HostName>> table();
    const NameLearnerCounters& counters() const { return m_learner.counters(); }
    // NameLearner::hasPending(): observe() must then see every packet with a payload.
    bool hasPending() const { return m_learner.hasPending(); }
    // Why reverse DNS is off although it was asked for ("" when fine).
    const std::string& reverseDnsProblem() const { return m_reverseProblem; }

private:
    uint32_t intern(const std::string& name, HostNameSource source);
    void requestReverse(uint64_t flowId, const IpAddress& remote);

    NameLearner m_learner;
    std::unique_ptr<ReverseDnsResolver> m_reverse;
    std::string m_reverseProblem;
    std::vector<HostName> m_names;
    std::map<std::pair<std::string, HostNameSource>, uint32_t> m_ids;
    std::shared_ptr<const std::vector<HostName>> m_published;
    bool m_dirty = false;
    // Remote addresses awaiting a reverse answer, with the flows that want it.
    std::unordered_map<IpAddress, std::vector<uint64_t>, IpAddressHash> m_waiting;
    std::unordered_map<uint64_t, IpAddress> m_waitingFlow;
    std::vector<ReverseDnsResult> m_cachedAnswers;  // answered from the cache at request time
};

}  // namespace flowscope
