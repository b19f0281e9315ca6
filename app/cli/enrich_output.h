// What `lookup` and `flows` add about the other end: country and AS (GeoResolver), address
// kind, host names (learned from the traffic, or reverse DNS), shared by both commands.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/json_writer.h"
#include "core/base/ip_address.h"
#include "core/base/result.h"
#include "core/enrich/address_kind.h"
#include "core/enrich/geo_record.h"
#include "core/enrich/geo_resolver.h"

namespace flowscope::cli {

// The machine's own addresses (with prefixes), for the "own" and broadcast kinds.
OwnAddresses ownAddresses();

// "country": {"iso_code", "name"} or null, then "asn": {"number", "organization"} or null.
void writeGeoJson(JsonWriter& json, const GeoRecord& geo);

// GeoResolverOptions::onFileChange for the CLI: a database file that changed while in use and
// can no longer be used gets one warning on stderr (the built-in one answers from then on).
void warnWhenUnusable(const GeoFileChange& change);

// --country-db FILE and --asn-db FILE (empty: the built-in databases), with warnWhenUnusable.
GeoResolverOptions geoResolverOptions(const ParsedArgs& args);

// Reverse DNS for the CLI: --no-dns, --dns-server IP[:PORT], --dns-timeout MS.
struct ReverseDnsOptions {
    bool enabled = true;
    std::optional<IpAddress> server;  // unset: /etc/resolv.conf
    uint16_t port = 53;
    int timeoutMs = 1000;  // per attempt; one retry
};
Result<ReverseDnsOptions> reverseDnsOptions(const ParsedArgs& args, bool enabledByDefault);

// PTR names of `addresses`, waiting at most for the resolver's timeouts. Addresses without a
// name are left out. A resolver that cannot start gives a warning on stderr and no names.
std::map<IpAddress, std::string> reverseLookup(const std::vector<IpAddress>& addresses,
                                               const ReverseDnsOptions& options);

}  // namespace flowscope::cli
