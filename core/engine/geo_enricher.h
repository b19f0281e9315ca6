// Country and autonomous system of the top remote hosts (GeoResolver) as an enricher: fills
// HostStat::geo in every snapshot. Lookups go through the resolver's cache, so a tick costs
// at most EngineSnapshot::kTopN cache probes.
#pragma once

#include <memory>

#include "core/engine/enricher.h"

namespace flowscope {

class GeoResolver;

class GeoEnricher : public Enricher {
public:
    explicit GeoEnricher(std::shared_ptr<GeoResolver> resolver) : m_resolver(std::move(resolver)) {}
    void contribute(EngineSnapshot& snapshot) override;

private:
    std::shared_ptr<GeoResolver> m_resolver;
};

}  // namespace flowscope
