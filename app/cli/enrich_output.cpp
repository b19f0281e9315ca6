#include "app/cli/enrich_output.h"

#include <chrono>
#include <iostream>
#include <set>
#include <thread>

#include "core/capture/adapters.h"
#include "core/enrich/reverse_dns_resolver.h"

namespace flowscope::cli {

OwnAddresses ownAddresses() {
    OwnAddresses own;
    auto adapters = listAdapters();
    if (adapters) {  // without the list, "own" is simply never reported
        for (const auto& adapter : adapters.value()) {
            for (const auto& a : adapter.addresses) {
                own.add(a.address, a.prefixLength);
            }
        }
    }
    return own;
}

void warnWhenUnusable(const GeoFileChange& change) {
    if (!change.usable) {
        std::cerr << "flowscope-cli: warning: " << english(change.message) << "\n" << std::flush;
    }
}

GeoResolverOptions geoResolverOptions(const ParsedArgs& args) {
    GeoResolverOptions options;
    options.countryDb = args.get("--country-db").value_or("");
    options.asDb = args.get("--asn-db").value_or("");
    options.onFileChange = warnWhenUnusable;
    return options;
}

void writeGeoJson(JsonWriter& json, const GeoRecord& geo) {
    json.key("country"_key);
    if (geo.hasCountry()) {
        json.beginObject();
        json.key("iso_code"_key).value(geo.countryCode);
        json.key("name"_key);
        geo.countryName.empty() ? json.null() : json.value(geo.countryName);
        json.endObject();
    } else {
        json.null();
    }
    json.key("asn"_key);
    if (geo.hasAs()) {
        json.beginObject();
        json.key("number"_key).value(uint64_t(geo.asNumber));
        json.key("organization"_key);
        geo.asOrganization.empty() ? json.null() : json.value(geo.asOrganization);
        json.endObject();
    } else {
        json.null();
    }
}

Result<ReverseDnsOptions> reverseDnsOptions(const ParsedArgs& args, bool enabledByDefault) {
    ReverseDnsOptions options;
    options.enabled = enabledByDefault;
    if (args.has("--no-dns")) {
        options.enabled = false;
    }
    if (args.has("--resolve")) {
        options.enabled = true;
    }
    if (auto server = args.get("--dns-server")) {
        std::string host = *server;
        // "IP", "IPv4:PORT" or "[IPv6]:PORT"
        std::string port;
        if (!host.empty() && host.front() == '[') {
            const auto close = host.find(']');
            if (close != std::string::npos && close + 1 < host.size() && host[close + 1] == ':') {
                port = host.substr(close + 2);
            }
            host = host.substr(1, close == std::string::npos ? std::string::npos : close - 1);
        } else if (std::count(host.begin(), host.end(), ':') == 1) {
            port = host.substr(host.find(':') + 1);
            host = host.substr(0, host.find(':'));
        }
        const auto address = IpAddress::parse(host);
        int portNumber = 53;
        try {
            portNumber = port.empty() ? 53 : std::stoi(port);
        } catch (const std::exception&) {
            portNumber = -1;
        }
        if (!address || portNumber <= 0 || portNumber > 65535) {
            return makeError(ErrorCode::InvalidArgument,
                             "--dns-server needs an IP address with an optional port, e.g. "
                             "192.0.2.53 or 192.0.2.53:5353 or [2001:db8::53]:53.");
        }
        options.server = *address;
        options.port = uint16_t(portNumber);
        options.enabled = !args.has("--no-dns");
    }
    if (auto timeout = args.get("--dns-timeout")) {
        int ms = -1;
        try {
            ms = std::stoi(*timeout);
        } catch (const std::exception&) {
        }
        if (ms < 1 || ms > 60000) {
            return makeError(ErrorCode::InvalidArgument,
                             "--dns-timeout needs milliseconds from 1 to 60000.");
        }
        options.timeoutMs = ms;
    }
    return options;
}

std::map<IpAddress, std::string> reverseLookup(const std::vector<IpAddress>& addresses,
                                               const ReverseDnsOptions& options) {
    std::map<IpAddress, std::string> names;
    if (!options.enabled || addresses.empty()) {
        return names;
    }
    ReverseDnsConfig config;
    config.nameserver = options.server;
    config.port = options.port;
    config.timeoutMs = options.timeoutMs;
    config.retries = 1;
    auto started = ReverseDnsResolver::start(config);
    if (!started) {
        std::cerr << "flowscope-cli: warning: no host names: " << started.error().message << "\n";
        return names;
    }
    ReverseDnsResolver& resolver = *started.value();
    std::set<IpAddress> waiting;
    for (const IpAddress& address : std::set<IpAddress>(addresses.begin(), addresses.end())) {
        ReverseDnsResult cached;
        const ReverseDnsRequest request = resolver.request(address, &cached);
        if (request == ReverseDnsRequest::Cached) {
            if (cached.status == ReverseDnsStatus::Found) {
                names[address] = cached.name;
            }
        } else if (request == ReverseDnsRequest::Queued ||
                   request == ReverseDnsRequest::AlreadyPending) {
            waiting.insert(address);
        }
    }
    // Every query ends within (retries + 1) timeouts; queued ones start as others finish.
    const auto perQuery = std::chrono::milliseconds(options.timeoutMs * 2 + 200);
    auto deadline = std::chrono::steady_clock::now() + perQuery;
    while (!waiting.empty() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        for (const auto& result : resolver.takeResults()) {
            if (waiting.erase(result.address) > 0) {
                deadline = std::chrono::steady_clock::now() + perQuery;  // progress
                if (result.status == ReverseDnsStatus::Found) {
                    names[result.address] = result.name;
                }
            }
        }
    }
    resolver.stop();
    return names;
}

}  // namespace flowscope::cli
