// The program behind each connection of a live capture (ProcessResolver + the per-application
// accounting) as an enricher: tracks new TCP/UDP flows, sets Flow::appId / pid when their
// owner is found, and publishes the applications with their traffic.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "core/engine/application_accounting.h"
#include "core/engine/enricher.h"
#include "core/process/process_resolver.h"

namespace flowscope {

class ProcessEnricher : public Enricher {
public:
    // `interface`: the adapter captured on, to notice addresses it gains while capturing.
    ProcessEnricher(std::unique_ptr<ProcessBackend> backend, ProcessResolverConfig config,
                    std::string interface);

    // The socket event source (before start()), or none with the reason; `required`
    // (--process-source ebpf) but none shows the reason as a warning.
    void useSocketEvents(SocketEventChoice choice, bool required, bool fromHelper);

    void start() override { m_resolver.start(); }
    void stop() override { m_resolver.stop(); }
    bool wantsNewFlows() const override { return true; }
    void onNewFlow(const Flow& flow, FlowTable& table) override;
    void beforeChanges(FlowTable& table, bool final) override;
    bool wantsChangedFlows() const override { return true; }
    void onChanges(const FlowChanges& changes) override;
    void contribute(EngineSnapshot& snapshot) override;
    Phrase warningPhrase() const override;

    // Every pid holding a flow's socket (null when its owner is unknown).
    const std::vector<uint32_t>* pidsOf(uint64_t flowId) const {
        return m_accounting.pidsOf(flowId);
    }
    const ProcessResolver& resolver() const { return m_resolver; }

private:
    bool belongsHere(FlowTable& table, const IpAddress& local, const IpAddress& remote);

    ProcessResolver m_resolver;
    ApplicationAccounting m_accounting;
    std::string m_interface;
    Phrase m_eventsMissing;  // why forced socket events are off, for warning()
    std::chrono::steady_clock::time_point m_ownAddressesListed;
};

}  // namespace flowscope
