#include "core/engine/geo_enricher.h"

#include "core/enrich/geo_resolver.h"

namespace flowscope {

void GeoEnricher::contribute(EngineSnapshot& snapshot) {
    for (HostStat& host : snapshot.topHosts) {
        host.geo = m_resolver->lookup(host.address);
    }
}

}  // namespace flowscope
