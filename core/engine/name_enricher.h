// Host names of remote ends (FlowNamer: DNS answers, TLS SNI, HTTP Host, optional reverse
// DNS) as an enricher: sets Flow::nameId and publishes the name table.
#pragma once

#include "core/engine/enricher.h"
#include "core/engine/flow_namer.h"

namespace flowscope {

class NameEnricher : public Enricher {
public:
    explicit NameEnricher(FlowNamerConfig config) : m_namer(std::move(config)) {}

    bool wantsPayloads() const override { return true; }
    bool wantsNewFlows() const override { return true; }
    void onPacket(const PayloadPacket& packet, FlowTable& table) override;
    void onNewFlow(const Flow& flow, FlowTable& table) override;
    void beforeChanges(FlowTable& table, bool final) override;
    void onChanges(const FlowChanges& changes) override;
    void contribute(EngineSnapshot& snapshot) override;
    Phrase warningPhrase() const override;

private:
    FlowNamer m_namer;
};

}  // namespace flowscope
