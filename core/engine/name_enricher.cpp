#include "core/engine/name_enricher.h"

#include "core/flow/flow_key.h"

namespace flowscope {

void NameEnricher::onPacket(const PayloadPacket& p, FlowTable& table) {
    if (!p.mayName && !m_namer.hasPending()) {
        return;  // nothing to learn, and the payload stays unread
    }
    const auto named = m_namer.observe(p.decoded, p.captured, p.wireLength, p.timestampNs);
    if (named.nameId == 0) {
        return;
    }
    bool sourceIsA = true;
    const uint64_t id = table.findKey(FlowKey::fromPacket(p.decoded, sourceIsA));
    if (id != 0) {
        table.setName(id, named.nameId);
    }
}

void NameEnricher::onNewFlow(const Flow& flow, FlowTable& table) {
    if (flow.nameId != 0) {
        return;
    }
    if (const uint32_t nameId = m_namer.nameNewFlow(flow.id, flow.remote().address)) {
        table.setName(flow.id, nameId);
    }
}

void NameEnricher::beforeChanges(FlowTable& table, bool /*final*/) {
    for (const auto& [flowId, nameId] : m_namer.takeReverseNames()) {
        const Flow* f = table.find(flowId);
        if (f && f->nameId == 0) {
            table.setName(flowId, nameId);
        }
    }
}

void NameEnricher::onChanges(const FlowChanges& changes) {
    for (const Flow& f : changes.removed) {
        m_namer.forgetFlow(f.id);
    }
}

void NameEnricher::contribute(EngineSnapshot& snapshot) {
    snapshot.hostnames = m_namer.table();
}

Phrase NameEnricher::warningPhrase() const {
    const std::string& problem = m_namer.reverseDnsProblem();
    if (problem.empty()) {
        return {};
    }
    //: %1 is the resolver's reason, a sentence in English.
    return phrase(FS_PHRASE("Core", "Reverse DNS is off: %1"), {verbatim(problem)});
}

}  // namespace flowscope
