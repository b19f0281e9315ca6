#include "core/enrich/geo_flow_annotation.h"

#include "core/enrich/geo_resolver.h"
#include "core/enrich/service_table.h"

namespace flowscope {

GeoFlowAnnotation annotateFlow(GeoResolver* resolver, const ServiceTable* services,
                               const OwnAddresses& own, uint8_t ipProtocol, const IpAddress& remote,
                               uint16_t localPort, uint16_t remotePort) {
    GeoFlowAnnotation out;
    if (services != nullptr) {
        out.service = std::string(services->serviceFor(ipProtocol, localPort, remotePort));
    }
    out.kind = classifyAddress(remote, own);
    if (resolver != nullptr && out.kind == AddressKind::Public) {
        out.geo = resolver->lookup(remote);
    }
    return out;
}

}  // namespace flowscope
