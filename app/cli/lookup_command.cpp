#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/json_writer.h"
#include "core/capture/adapters.h"
#include "core/enrich/address_kind.h"
#include "core/enrich/geo_resolver.h"

namespace flowscope::cli {

namespace {

const char* kLookupHelp =
    "Usage: flowscope-cli lookup ADDRESS... [--format table|json] [--country-db FILE]\n"
    "                                       [--asn-db FILE]\n"
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
};

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

void writeJson(const std::vector<Row>& rows) {
    JsonWriter json(std::cout);
    json.beginArray();
    for (const Row& r : rows) {
        json.beginObject();
        json.key("address").value(r.address.toString());
        json.key("country");
        if (r.geo.hasCountry()) {
            json.beginObject();
            json.key("iso_code").value(r.geo.countryCode);
            json.key("name");
            r.geo.countryName.empty() ? json.null() : json.value(r.geo.countryName);
            json.endObject();
        } else {
            json.null();
        }
        json.key("asn");
        if (r.geo.hasAs()) {
            json.beginObject();
            json.key("number").value(uint64_t(r.geo.asNumber));
            json.key("organization");
            r.geo.asOrganization.empty() ? json.null() : json.value(r.geo.asOrganization);
            json.endObject();
        } else {
            json.null();
        }
        // Filled by the names part of core/enrich (reverse DNS and names seen in traffic).
        json.key("hostname").null();
        json.key("address_kind").value(addressKindName(r.kind));
        json.endObject();
    }
    json.endArray();
}

void writeTable(const std::vector<Row>& rows, bool credits) {
    std::vector<std::vector<std::string>> cells{
        {"ADDRESS", "KIND", "COUNTRY", "AS", "ORGANIZATION"}};
    for (const Row& r : rows) {
        std::string country = r.geo.hasCountry() ? r.geo.countryCode : "-";
        if (!r.geo.countryName.empty()) {
            country += " " + r.geo.countryName;
        }
        cells.push_back({r.address.toString(), std::string(addressKindName(r.kind)), country,
                         r.geo.hasAs() ? "AS" + std::to_string(r.geo.asNumber) : "-",
                         r.geo.asOrganization.empty() ? "-" : r.geo.asOrganization});
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
    auto parsed = parseArgs(argv, {"--format", "--country-db", "--asn-db"}, {"--help"}, "lookup");
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
    std::vector<Row> rows;
    for (const auto& text : parsed->positional) {
        auto address = IpAddress::parse(text);
        if (!address) {
            return fail(kExitUsage, "'" + text +
                                        "' is not an IPv4 or IPv6 address; give addresses like "
                                        "8.8.8.8 or 2001:4860:4860::8888.");
        }
        rows.push_back({*address, AddressKind::Public, {}});
    }

    GeoResolverOptions options;
    options.countryDb = parsed->get("--country-db").value_or("");
    options.asDb = parsed->get("--asn-db").value_or("");
    options.cacheCapacity = std::max<size_t>(16, rows.size());
    GeoResolver resolver(options);
    for (GeoRole role : {GeoRole::Country, GeoRole::As}) {
        const std::string error = resolver.info(role).error;
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
