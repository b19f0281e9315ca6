#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/enrich_output.h"
#include "app/cli/exit_codes.h"
#include "app/cli/json_writer.h"
#include "core/enrich/address_kind.h"
#include "core/enrich/geo_resolver.h"

namespace flowscope::cli {

namespace {

const char* kLookupHelp =
    "Usage: flowscope-cli lookup ADDRESS... [--format table|json] [--country-db FILE]\n"
    "                                       [--asn-db FILE] [--no-dns]\n"
    "                                       [--dns-server IP[:PORT]] [--dns-timeout MS]\n"
    "\n"
    "Shows the country, the autonomous system (number and organisation) and the kind of\n"
    "each IPv4 or IPv6 address. Kinds: public, own (this machine's), loopback, private,\n"
    "link-local, multicast, broadcast, bogon (never routed on the Internet).\n"
    "\n"
    "  --format FORMAT    table (default) or json (a list, one object per address:\n"
    "                     address, country {iso_code, name}, asn {number, organization},\n"
    "                     hostname, address_kind; unknown values are null)\n"
    "  --country-db FILE  a country database instead of the built-in one: an .mmdb file\n"
    "                     from GeoLite2 or GeoIP2 (Country or City), DB-IP or IPinfo\n"
    "  --asn-db FILE      an AS database instead of the built-in one: GeoLite2 ASN,\n"
    "                     GeoIP2 ISP or IPinfo (.mmdb)\n"
    "  --no-dns           no reverse DNS (hostname stays null)\n"
    "  --dns-server IP[:PORT]  ask this server for PTR names (default: the first\n"
    "                     nameserver of /etc/resolv.conf)\n"
    "  --dns-timeout MS   wait per query attempt (default 1000; one retry)\n"
    "\n"
    "A database file that cannot be used (missing, damaged, or of the wrong kind) is\n"
    "reported as a warning and the built-in database answers instead.\n"
    "\n"
    "Built-in data: IP Geolocation by DB-IP (https://db-ip.com), CC BY 4.0; AS numbers\n"
    "and names from RouteViews, NRO and DB-IP via ip-location-db, CC BY 4.0.\n";

const char* kCredits =
    "IP Geolocation by DB-IP (https://db-ip.com); AS data: RouteViews, NRO, DB-IP (CC BY 4.0)";

struct Row {
    IpAddress address;
    AddressKind kind;
    GeoRecord geo;
    std::string hostname;  // reverse DNS (PTR); empty if none
};

void writeJson(const std::vector<Row>& rows) {
    JsonWriter json(std::cout);
    json.beginArray();
    for (const Row& r : rows) {
        json.beginObject();
        json.key("address").value(r.address.toString());
        writeGeoJson(json, r.geo);
        json.key("hostname");
        r.hostname.empty() ? json.null() : json.value(r.hostname);
        json.key("address_kind").value(addressKindName(r.kind));
        json.endObject();
    }
    json.endArray();
}

void writeTable(const std::vector<Row>& rows, bool credits) {
    std::vector<std::vector<std::string>> cells{
        {"ADDRESS", "KIND", "COUNTRY", "AS", "ORGANIZATION", "HOSTNAME"}};
    for (const Row& r : rows) {
        std::string country = r.geo.hasCountry() ? r.geo.countryCode : "-";
        if (!r.geo.countryName.empty()) {
            country += " " + r.geo.countryName;
        }
        cells.push_back({r.address.toString(), std::string(addressKindName(r.kind)), country,
                         r.geo.hasAs() ? "AS" + std::to_string(r.geo.asNumber) : "-",
                         r.geo.asOrganization.empty() ? "-" : r.geo.asOrganization,
                         r.hostname.empty() ? "-" : r.hostname});
    }
    std::vector<size_t> width(cells.front().size(), 0);
    for (const auto& line : cells) {
        for (size_t i = 0; i < line.size(); ++i) {
            width[i] = std::max(width[i], line[i].size());
        }
    }
    for (const auto& line : cells) {
        std::string out;
        for (size_t i = 0; i < line.size(); ++i) {
            out += line[i];
            if (i + 1 < line.size()) {
                out += std::string(width[i] - line[i].size() + 2, ' ');
            }
        }
        std::cout << out << "\n";
    }
    if (credits) {
        std::cout << "\n" << kCredits << "\n";
    }
}

}  // namespace

int runLookup(const std::vector<std::string>& argv) {
    auto parsed =
        parseArgs(argv, {"--format", "--country-db", "--asn-db", "--dns-server", "--dns-timeout"},
                  {"--help", "--no-dns"}, "lookup");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kLookupHelp;
        return kExitOk;
    }
    const std::string format = parsed->get("--format").value_or("table");
    if (format != "table" && format != "json") {
        return fail(kExitUsage, "Unknown format '" + format + "'; use table or json.");
    }
    if (parsed->positional.empty()) {
        return fail(kExitUsage,
                    "Give at least one address to look up, e.g. 'flowscope-cli lookup 8.8.8.8'.");
    }
    auto dns = reverseDnsOptions(parsed.value(), true);
    if (!dns) {
        return fail(kExitUsage, dns.error().message);
    }
    std::vector<Row> rows;
    for (const auto& text : parsed->positional) {
        auto address = IpAddress::parse(text);
        if (!address) {
            return fail(kExitUsage, "'" + text +
                                        "' is not an IPv4 or IPv6 address; give addresses like "
                                        "8.8.8.8 or 2001:4860:4860::8888.");
        }
        rows.push_back({*address, AddressKind::Public, {}, {}});
    }

    GeoResolverOptions options;
    options.countryDb = parsed->get("--country-db").value_or("");
    options.asDb = parsed->get("--asn-db").value_or("");
    options.cacheCapacity = std::max<size_t>(16, rows.size());
    options.onFileChange = warnWhenUnusable;
    GeoResolver resolver(options);
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        const std::string error = english(resolver.info(role).error);
        if (!error.empty()) {
            std::cerr << "flowscope-cli: warning: " << error << "\n";
        }
    }
    const OwnAddresses own = ownAddresses();
    for (Row& r : rows) {
        r.kind = classifyAddress(r.address, own);
        // Every address is looked up, whatever its kind: a user's own database may cover
        // private ranges, and the built-in ones simply have no answer there.
        r.geo = resolver.lookup(r.address);
    }
    std::vector<IpAddress> addresses;
    for (const Row& r : rows) {
        addresses.push_back(r.address);
    }
    const auto names = reverseLookup(addresses, dns.value());
    for (Row& r : rows) {
        if (const auto it = names.find(r.address); it != names.end()) {
            r.hostname = it->second;
        }
    }
    if (format == "json") {
        writeJson(rows);
    } else {
        writeTable(rows,
                   resolver.info(GeoRole::Country).embedded || resolver.info(GeoRole::As).embedded);
    }
    return kExitOk;
}

namespace {
const CommandRegistration kRegistration{
    "lookup", "country, AS and kind of IP addresses (built-in or your own .mmdb files)", 50,
    &runLookup};
}  // namespace

}  // namespace flowscope::cli
