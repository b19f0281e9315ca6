// Everything core/enrich part 1 adds to one connection, in one call (service, address kind,
// country and AS of the remote end) — for the engine's per-flow results and `flows` output.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/ip_address.h"
#include "core/enrich/address_kind.h"
#include "core/enrich/geo_record.h"

namespace flowscope {

class GeoResolver;
class ServiceTable;

struct GeoFlowAnnotation {
    std::string service;  // "https"; empty if neither port has a registered name
    AddressKind kind = AddressKind::Public;
    GeoRecord geo;  // empty unless the remote address is public
};

// `resolver` and `services` may be null (that part stays empty). `ipProtocol` is the IP
// protocol number; the ports are 0 for port-less protocols. Thread-safe if the resolver is
// (it is) and nobody modifies `services` or `own` meanwhile.
GeoFlowAnnotation annotateFlow(GeoResolver* resolver, const ServiceTable* services,
                               const OwnAddresses& own, uint8_t ipProtocol, const IpAddress& remote,
                               uint16_t localPort, uint16_t remotePort);

}  // namespace flowscope
