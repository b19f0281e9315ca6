#include "app/cli/flow_output.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iostream>

#include "app/cli/enrich_output.h"
#include "app/cli/json_writer.h"
#include "core/base/time_format.h"
#include "core/enrich/geo_flow_annotation.h"

namespace flowscope::cli {

namespace {

std::string endpointText(const Endpoint& e, bool hasPorts) {
    std::string addr = e.address.toString();
    if (!hasPorts) {
        return addr;
    }
    if (e.address.isV6()) {
        addr = "[" + addr + "]";
    }
    return addr + ":" + std::to_string(e.port);
}

void writeEndpoint(JsonWriter& json, const Endpoint& e, bool hasPorts) {
    json.beginObject().key("ip").value(e.address.toString()).key("port");
    if (hasPorts) {
        json.value(unsigned(e.port));
    } else {
        json.null();
    }
    json.endObject();
}

void optionalString(JsonWriter& json, const std::string& text) {
    if (text.empty()) {
        json.null();
    } else {
        json.value(text);
    }
}

const Application* applicationOf(const Flow& f, const FlowProcesses* p) {
    if (!p || !p->applications || f.appId == 0 || f.appId > p->applications->size()) {
        return nullptr;
    }
    return &(*p->applications)[f.appId - 1];
}

// "name" for a program, "hidden (user alice)" for another user's, "" when unknown.
std::string programText(const Flow& f, const FlowProcesses* p) {
    const Application* app = applicationOf(f, p);
    if (!app) {
        return {};
    }
    return app->ownerHidden ? "hidden (user " + app->user + ")" : app->name;
}

// Everything known about a flow's other end.
struct RemoteFacts {
    std::string hostname;
    std::string hostnameSource;  // "sni", "http", "dns", "ptr", "rdns"
    GeoFlowAnnotation geo;
};

RemoteFacts remoteFacts(const Flow& f, const FlowAnnotations& a) {
    RemoteFacts facts;
    if (f.nameId != 0 && a.hostnames && f.nameId <= a.hostnames->size()) {
        const HostName& name = (*a.hostnames)[f.nameId - 1];
        facts.hostname = name.name;
        facts.hostnameSource = hostNameSourceName(name.source);
    } else if (auto it = a.reverseNames.find(f.remote().address); it != a.reverseNames.end()) {
        facts.hostname = it->second;
        facts.hostnameSource = hostNameSourceName(HostNameSource::ReverseDns);
    }
    const bool ports = f.key.hasPorts;
    facts.geo = annotateFlow(a.geo, a.services, a.own, f.key.protocol, f.remote().address,
                             ports ? f.local().port : 0, ports ? f.remote().port : 0);
    return facts;
}

void writeProcess(JsonWriter& json, const Flow& f, const FlowProcesses* p) {
    const Application* app = applicationOf(f, p);
    if (!app) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("pid");
    if (f.pid != 0) {
        json.value(unsigned(f.pid));
    } else {
        json.null();
    }
    json.key("pids").beginArray();
    const std::vector<uint32_t>* pids = p->pidsOf ? p->pidsOf(f.id) : nullptr;
    if (pids && !pids->empty()) {
        for (uint32_t pid : *pids) {
            json.value(unsigned(pid));
        }
    } else if (f.pid != 0) {
        json.value(unsigned(f.pid));
    }
    json.endArray();
    json.key("name");
    optionalString(json, app->name);
    json.key("path");
    optionalString(json, app->path);
    json.key("user").value(app->user);
    json.key("hidden").value(app->ownerHidden);
    json.endObject();
}

void printJson(std::ostream& out, const SourceInfo& source, const EngineSnapshot& snapshot,
               const std::vector<Flow>& flows, const FlowAnnotations& annotations,
               const FlowProcesses* processes) {
    JsonWriter json(out);
    json.beginObject();
    json.key("source").beginObject();
    json.key("type").value(source.live ? "live" : "file");
    if (source.live) {
        json.key("interface").value(source.interface);
    } else {
        json.key("path").value(source.path);
        json.key("format").value(source.format);
        json.key("link_types").beginArray();
        for (const auto& l : source.linkTypes) {
            json.value(l);
        }
        json.endArray();
    }
    json.key("filter");
    optionalString(json, source.filter);
    json.key("duration_seconds").value(source.durationSeconds);
    json.key("warning");
    optionalString(json, source.warning);
    json.key("error");
    optionalString(json, source.error);
    json.endObject();

    const Totals& t = snapshot.totals;
    json.key("totals").beginObject();
    json.key("packets").value(t.packets);
    json.key("bytes").value(t.bytes);
    json.key("flows").value(t.flows);
    json.key("listed_flows").value(uint64_t(flows.size()));
    json.key("evicted_flows").value(t.evictedFlows);
    json.key("non_ip_packets").value(t.nonIpPackets);
    json.key("malformed_packets").value(t.malformedPackets);
    json.key("dropped").value(snapshot.dropped());
    json.endObject();

    // The counters behind "dropped", for whoever needs to know where frames were lost.
    json.key("capture").beginObject();
    json.key("received").value(snapshot.capture.received);
    json.key("dropped_by_kernel").value(snapshot.capture.droppedByKernel);
    json.key("dropped_by_interface").value(snapshot.capture.droppedByInterface);
    json.key("dropped_by_queue").value(snapshot.droppedByQueue);
    json.endObject();

    json.key("flows").beginArray();
    for (const Flow& f : flows) {
        json.beginObject();
        json.key("protocol").value(protocolName(f.key.protocol));
        json.key("ip_protocol").value(unsigned(f.key.protocol));
        json.key("local");
        writeEndpoint(json, f.local(), f.key.hasPorts);
        json.key("remote");
        writeEndpoint(json, f.remote(), f.key.hasPorts);
        json.key("packets_out").value(f.counters.packetsOut);
        json.key("packets_in").value(f.counters.packetsIn);
        json.key("bytes_out").value(f.counters.bytesOut);
        json.key("bytes_in").value(f.counters.bytesIn);
        json.key("first_seen").value(formatRfc3339Micros(f.firstSeenNs));
        json.key("last_seen").value(formatRfc3339Micros(f.lastSeenNs));
        const RemoteFacts facts = remoteFacts(f, annotations);
        json.key("service");
        optionalString(json, facts.geo.service);
        json.key("hostname");
        optionalString(json, facts.hostname);
        json.key("hostname_source");
        optionalString(json, facts.hostnameSource);
        writeGeoJson(json, facts.geo.geo);
        json.key("address_kind").value(addressKindName(facts.geo.kind));
        if (processes) {
            json.key("process");
            writeProcess(json, f, processes);
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void printCsv(std::ostream& out, const std::vector<Flow>& flows, const FlowAnnotations& annotations,
              const FlowProcesses* processes) {
    out << "protocol,ip_protocol,local_ip,local_port,remote_ip,remote_port,packets_out,"
           "packets_in,bytes_out,bytes_in,first_seen,last_seen,service,hostname,country,asn,"
           "as_organization,address_kind"
        << (processes ? ",pid,program,program_path" : "") << "\n";
    for (const Flow& f : flows) {
        const bool ports = f.key.hasPorts;
        out << protocolName(f.key.protocol) << ',' << unsigned(f.key.protocol) << ','
            << f.local().address.toString() << ',' << (ports ? std::to_string(f.local().port) : "")
            << ',' << f.remote().address.toString() << ','
            << (ports ? std::to_string(f.remote().port) : "") << ',' << f.counters.packetsOut << ','
            << f.counters.packetsIn << ',' << f.counters.bytesOut << ',' << f.counters.bytesIn
            << ',' << formatRfc3339Micros(f.firstSeenNs) << ','
            << formatRfc3339Micros(f.lastSeenNs);
        const RemoteFacts facts = remoteFacts(f, annotations);
        out << ',' << csvField(facts.geo.service) << ',' << csvField(facts.hostname) << ','
            << facts.geo.geo.countryCode << ','
            << (facts.geo.geo.hasAs() ? std::to_string(facts.geo.geo.asNumber) : "") << ','
            << csvField(facts.geo.geo.asOrganization) << ',' << addressKindName(facts.geo.kind);
        if (processes) {
            const Application* app = applicationOf(f, processes);
            out << ',' << (f.pid ? std::to_string(f.pid) : "") << ','
                << csvField(programText(f, processes)) << ','
                << csvField(app ? app->path : std::string());
        }
        out << '\n';
    }
}

void printTable(std::ostream& out, const EngineSnapshot& snapshot, const std::vector<Flow>& flows,
                const FlowAnnotations& annotations, const FlowProcesses* processes) {
    std::vector<std::string> locals, remotes;
    // Service, host name, country and AS of the other end, as aligned columns.
    std::vector<std::array<std::string, 4>> others;
    std::array<size_t, 4> wo = {7, 4, 7, 2};  // "SERVICE", "HOST", "COUNTRY", "AS"
    size_t wl = 5, wr = 6;
    for (const Flow& f : flows) {
        locals.push_back(endpointText(f.local(), f.key.hasPorts));
        remotes.push_back(endpointText(f.remote(), f.key.hasPorts));
        wl = std::max(wl, locals.back().size());
        wr = std::max(wr, remotes.back().size());
        const RemoteFacts facts = remoteFacts(f, annotations);
        const GeoRecord& geo = facts.geo.geo;
        std::array<std::string, 4> other = {facts.geo.service, facts.hostname,
                                            geo.hasCountry() ? geo.countryCode : "",
                                            geo.hasAs() ? "AS" + std::to_string(geo.asNumber) : ""};
        for (size_t c = 0; c < other.size(); ++c) {
            if (other[c].empty()) {
                other[c] = "-";
            }
            wo[c] = std::max(wo[c], other[c].size());
        }
        others.push_back(std::move(other));
    }
    auto otherColumns = [&wo](const std::array<std::string, 4>& cells) {
        std::string text;
        for (size_t c = 0; c < cells.size(); ++c) {
            text += "  " + cells[c];
            if (c + 1 < cells.size()) {
                text += std::string(wo[c] - cells[c].size(), ' ');
            }
        }
        return text;
    };
    char line[512];
    std::snprintf(line, sizeof line, "%-6s  %-*s  %-*s  %9s  %9s  %12s  %12s  %s", "PROTO", int(wl),
                  "LOCAL", int(wr), "REMOTE", "PKTS_OUT", "PKTS_IN", "BYTES_OUT", "BYTES_IN",
                  "LAST_SEEN");
    out << line << std::string(18, ' ') << otherColumns({"SERVICE", "HOST", "COUNTRY", "AS"})
        << (processes ? "  PROGRAM[PID]\n" : "\n");
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        std::snprintf(
            line, sizeof line, "%-6s  %-*s  %-*s  %9llu  %9llu  %12llu  %12llu  %s",
            protocolName(f.key.protocol), int(wl), locals[i].c_str(), int(wr), remotes[i].c_str(),
            (unsigned long long)f.counters.packetsOut, (unsigned long long)f.counters.packetsIn,
            (unsigned long long)f.counters.bytesOut, (unsigned long long)f.counters.bytesIn,
            formatRfc3339Micros(f.lastSeenNs).c_str());
        out << line << otherColumns(others[i]);
        if (processes) {
            std::string program = programText(f, processes);
            if (program.empty()) {
                program = "-";
            } else if (f.pid != 0) {
                program += "[" + std::to_string(f.pid) + "]";
            }
            out << "  " << program;
        }
        out << '\n';
    }
    const Totals& t = snapshot.totals;
    out << "\n"
        << flows.size() << " flows, " << t.packets << " packets, " << t.bytes << " bytes ("
        << t.nonIpPackets << " non-IP, " << t.malformedPackets << " malformed, "
        << snapshot.dropped() << " dropped";
    if (t.evictedFlows > 0) {
        out << ", " << t.evictedFlows << " flows evicted at --max-flows";
    }
    out << ")\n";
}

}  // namespace

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string q = "\"";
    for (char c : text) {
        q += c;
        if (c == '"') {
            q += '"';
        }
    }
    return q + "\"";
}

Result<OutputFormat> parseOutputFormat(const std::string& text) {
    if (text == "table") {
        return OutputFormat::Table;
    }
    if (text == "csv") {
        return OutputFormat::Csv;
    }
    if (text == "json") {
        return OutputFormat::Json;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "Unknown format '" + text + "'; use table, csv or json.");
}

std::string evictionNote(const Totals& totals, size_t listed) {
    if (totals.evictedFlows == 0) {
        return {};
    }
    return std::to_string(totals.evictedFlows) +
           " flows were evicted to stay within --max-flows (the least recently seen first) and " +
           "are not listed; " + std::to_string(listed) +
           " are. Their traffic is still in the totals. Raise --max-flows to list every flow.";
}

void sortFlows(std::vector<Flow>& flows) {
    std::sort(flows.begin(), flows.end(), [](const Flow& a, const Flow& b) {
        if (a.firstSeenNs != b.firstSeenNs) {
            return a.firstSeenNs < b.firstSeenNs;
        }
        return a.id < b.id;
    });
}

void printFlows(std::ostream& out, OutputFormat format, const SourceInfo& source,
                const EngineSnapshot& snapshot, const std::vector<Flow>& flows,
                const FlowAnnotations& annotations, const FlowProcesses* processes,
                std::ostream& notes) {
    switch (format) {
        case OutputFormat::Json:
            printJson(out, source, snapshot, flows, annotations, processes);
            return;  // "evicted_flows" says it
        case OutputFormat::Csv:
            printCsv(out, flows, annotations, processes);
            break;
        case OutputFormat::Table:
            printTable(out, snapshot, flows, annotations, processes);
            break;
    }
    if (const std::string note = evictionNote(snapshot.totals, flows.size()); !note.empty()) {
        notes << "flowscope-cli: note: " << note << "\n";
    }
}

}  // namespace flowscope::cli
