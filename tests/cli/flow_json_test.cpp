// FlowJsonText (app/cli/flow_json.*) must give, byte for byte, what JsonWriter gives for the same
// flows written field by field (the oracle below is how `flows` printed them before): every
// optional part present and absent, strings to escape, long strings, times outside 1970..9999,
// IPv6, processes, several depths, and more text than the formatter's buffer holds.
#include "app/cli/flow_json.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/json_writer.h"
#include "core/enrich/address_kind.h"
#include "core/flow/flow_key.h"

namespace flowscope::cli {
namespace {

void optional(JsonWriter& json, const std::string& text) {
    text.empty() ? json.null() : json.value(text);
}

void endpoint(JsonWriter& json, const Endpoint& e, bool hasPorts) {
    json.beginObject().key("ip").value(e.address.toString());
    json.key("port");
    hasPorts ? json.value(unsigned(e.port)) : json.null();
    json.endObject();
}

void geo(JsonWriter& json, const GeoRecord& g) {
    json.key("country");
    if (g.hasCountry()) {
        json.beginObject().key("iso_code").value(g.countryCode).key("name");
        optional(json, g.countryName);
        json.endObject();
    } else {
        json.null();
    }
    json.key("asn");
    if (g.hasAs()) {
        json.beginObject().key("number").value(uint64_t(g.asNumber)).key("organization");
        optional(json, g.asOrganization);
        json.endObject();
    } else {
        json.null();
    }
}

void owner(JsonWriter& json, const Flow& f, const FlowOwner& o) {
    json.key("process");
    if (!o.app) {
        json.null();
        return;
    }
    json.beginObject().key("pid");
    f.pid != 0 ? json.value(unsigned(f.pid)) : json.null();
    json.key("pids").beginArray();
    if (o.pids && !o.pids->empty()) {
        for (uint32_t pid : *o.pids) {
            json.value(unsigned(pid));
        }
    } else if (f.pid != 0) {
        json.value(unsigned(f.pid));
    }
    json.endArray();
    json.key("name");
    optional(json, o.app->name);
    json.key("path");
    optional(json, o.app->path);
    json.key("user").value(o.app->user);
    json.key("hidden").value(o.app->ownerHidden);
    json.endObject();
}

void oracle(JsonWriter& json, const Flow& f, const RemoteFacts& facts, const FlowOwner* o) {
    TimestampText time;
    json.beginObject();
    json.key("protocol").value(protocolName(f.key.protocol));
    json.key("ip_protocol").value(unsigned(f.key.protocol));
    json.key("local");
    endpoint(json, f.local(), f.key.hasPorts);
    json.key("remote");
    endpoint(json, f.remote(), f.key.hasPorts);
    json.key("packets_out").value(f.counters.packetsOut);
    json.key("packets_in").value(f.counters.packetsIn);
    json.key("bytes_out").value(f.counters.bytesOut);
    json.key("bytes_in").value(f.counters.bytesIn);
    json.key("first_seen").value(time.text(f.firstSeenNs));
    json.key("last_seen").value(time.text(f.lastSeenNs));
    json.key("service");
    optional(json, facts.geo.service);
    json.key("hostname");
    optional(json, facts.hostname);
    json.key("hostname_source");
    optional(json, facts.hostnameSource);
    geo(json, facts.geo.geo);
    json.key("address_kind").value(addressKindName(facts.geo.kind));
    if (o) {
        owner(json, f, *o);
    }
    json.endObject();
}

struct Case {
    Flow flow;
    RemoteFacts facts;
    bool withOwner = false;
    FlowOwner owner;
};

IpAddress address(const char* text) {
    return IpAddress::parse(text).value();
}

Flow flow(uint8_t protocol, const char* local, const char* remote, uint64_t seed) {
    Flow f;
    f.key.protocol = protocol;
    f.key.hasPorts = protocol == 6 || protocol == 17;
    f.key.a = {address(local), uint16_t(f.key.hasPorts ? 40000 + seed : 0)};
    f.key.b = {address(remote), uint16_t(f.key.hasPorts ? 443 : 0)};
    f.localIsA = seed % 2 == 0;
    f.counters = {seed, seed * 3, seed * 1500, UINT64_MAX - seed};
    f.firstSeenNs = 1'700'000'000'000'000'000 + int64_t(seed) * 86'399'999'999'999;
    f.lastSeenNs = f.firstSeenNs + int64_t(seed) * 1'234'567;
    return f;
}

const std::vector<Application>& applications() {
    static const std::vector<Application> apps = [] {
        std::vector<Application> a(3);
        a[0].name = "firefox-esr";
        a[0].path = "/usr/lib/firefox-esr/firefox-esr";
        a[0].user = "alice";
        a[1].user = "bob";  // another user's, hidden: no name, no path
        a[1].ownerHidden = true;
        a[2].name = "tab\tand \"quote\"";
        a[2].path = "/opt/" + std::string(300, 'x') + "/\\bin";
        a[2].user = "";
        return a;
    }();
    return apps;
}

std::vector<Case> cases() {
    static const std::vector<uint32_t> twoPids = {4242, 4243}, noPids;
    std::vector<Case> out;
    for (uint64_t i = 0; i < 40; ++i) {
        Case c;
        const uint8_t protocols[] = {6, 17, 1, 58, 47};
        const uint8_t protocol = protocols[i % 5];
        const bool v6 = protocol == 58 || i % 7 == 3;
        c.flow = v6 ? flow(protocol, "fd00::10", "2001:db8::ff00:42:8329", i)
                    : flow(protocol, "192.168.1.10", "93.184.216.34", i);
        c.facts.geo.kind = AddressKind(i % 8);
        if (i % 3 != 0) {
            c.facts.geo.service = i % 3 == 1 ? "https" : "sun-sr-https";
        }
        if (i % 4 == 1) {
            c.facts.hostname = "example.org";
            c.facts.hostnameSource = "sni";
        } else if (i % 4 == 2) {
            c.facts.hostname = "we\"ird\\name\x01.example";  // escaped
            c.facts.hostnameSource = "dns";
        }
        if (i % 5 != 4) {
            c.facts.geo.geo.countryCode = "DE";
            c.facts.geo.geo.countryName = i % 5 == 3 ? "" : "Germany";
        }
        if (i % 6 != 5) {
            c.facts.geo.geo.asNumber = uint32_t(3320 + i);
            c.facts.geo.geo.asOrganization = i % 6 == 1   ? std::string(400, 'o')
                                             : i % 6 == 2 ? ""
                                                          : "Deutsche Telekom AG";
        }
        if (i == 11) {  // outside 1970..9999: left to formatRfc3339Micros
            c.flow.firstSeenNs = -5;
            c.flow.lastSeenNs = INT64_MAX;
        }
        c.withOwner = i >= 20;
        c.flow.pid = i % 3 == 0 ? 0 : uint32_t(1000 + i);
        const size_t app = i % 4;  // 3: unknown
        c.owner.app = app < 3 ? &applications()[app] : nullptr;
        c.owner.pids = i % 5 == 0 ? &twoPids : i % 5 == 1 ? &noPids : nullptr;
        out.push_back(c);
    }
    return out;
}

// The elements as JsonWriter writes them into an array opened at `depth` (arrays in arrays).
std::string expected(const std::vector<Case>& all, size_t depth, bool first) {
    std::ostringstream stream;
    JsonWriter json(stream);
    for (size_t d = 0; d < depth; ++d) {
        json.beginArray();
    }
    std::string text;
    {
        JsonWriter part(text, json, first);
        for (const Case& c : all) {
            oracle(part, c.flow, c.facts, c.withOwner ? &c.owner : nullptr);
        }
    }
    return text;
}

std::string made(const std::vector<Case>& all, size_t depth, bool first) {
    std::string text;
    {
        FlowJsonText flows(text, depth, first);
        for (const Case& c : all) {
            flows.append(c.flow, c.facts, c.withOwner ? &c.owner : nullptr);
        }
    }  // flushed
    return text;
}

TEST(FlowJsonText, EqualsJsonWriterFlowByFlow) {
    const std::vector<Case> all = cases();
    for (size_t depth : {1u, 2u, 5u}) {
        for (bool first : {true, false}) {
            EXPECT_EQ(made(all, depth, first), expected(all, depth, first))
                << "depth " << depth << " first " << first;
        }
    }
}

// Far more text than the formatter's buffer: flushed in order, nothing lost or doubled.
TEST(FlowJsonText, ManyFlowsThroughTheBuffer) {
    std::vector<Case> all;
    for (int round = 0; round < 50; ++round) {
        for (const Case& c : cases()) {
            all.push_back(c);
        }
    }
    const std::string text = made(all, 2, true);
    EXPECT_GT(text.size(), 1'000'000u);
    EXPECT_EQ(text, expected(all, 2, true));
}

// The flows array of a whole document: parts handed back to the writer, as `flows` does.
TEST(FlowJsonText, PartsMakeTheWholeArray) {
    const std::vector<Case> all = cases();
    std::ostringstream whole, parted;
    {
        JsonWriter json(whole);
        json.beginObject().key("flows").beginArray();
        for (const Case& c : all) {
            oracle(json, c.flow, c.facts, c.withOwner ? &c.owner : nullptr);
        }
        json.endArray().endObject();
    }
    {
        JsonWriter json(parted);
        json.beginObject().key("flows").beginArray();
        const std::vector<Case> front(all.begin(), all.begin() + 13),
            back(all.begin() + 13, all.end());
        json.appendElements(made(front, json.depth(), true));
        json.appendElements(made(back, json.depth(), false));
        json.endArray().endObject();
    }
    EXPECT_EQ(parted.str(), whole.str());
}

}  // namespace
}  // namespace flowscope::cli
