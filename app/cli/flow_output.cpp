#include "app/cli/flow_output.h"

#include <algorithm>
#include <iostream>

#include "app/cli/enrich_output.h"
#include "app/cli/flow_json.h"
#include "app/cli/flow_table_output.h"
#include "app/cli/json_writer.h"
#include "app/cli/remote_facts.h"
#include "app/cli/text_out.h"
#include "core/base/time_format.h"
#include "core/enrich/geo_flow_annotation.h"

namespace flowscope::cli {

namespace {

void optionalString(JsonWriter& json, const std::string& text) {
    if (text.empty()) {
        json.null();
    } else {
        json.value(text);
    }
}

// "source": where the flows came from and how reading went.
void writeSourceJson(JsonWriter& json, const SourceInfo& source) {
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
}

// "totals" and "capture": the counts of the whole run.
void writeTotalsJson(JsonWriter& json, const EngineSnapshot& snapshot, size_t listedFlows) {
    const Totals& t = snapshot.totals;
    json.key("totals").beginObject();
    json.key("packets").value(t.packets);
    json.key("bytes").value(t.bytes);
    json.key("flows").value(t.flows);
    json.key("listed_flows").value(uint64_t(listedFlows));
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
}

void printJson(std::ostream& out, const SourceInfo& source, const EngineSnapshot& snapshot,
               const FlowList& flows, const FlowAnnotations& annotations,
               const FlowProcesses* processes) {
    JsonWriter json(out);  // pretty, as FlowJsonText lays the flows out
    json.beginObject();
    writeSourceJson(json, source);
    writeTotalsJson(json, snapshot, flows.size());
    json.key("flows").beginArray();
    makeTextInBlocks(
        flows.size(), annotations,
        [&](size_t from, size_t to, std::string& out) {
            FlowJsonText text(out, json.depth(), from == 0);
            RemoteFactsReader facts(annotations);
            for (size_t i = from; i < to; ++i) {
                const Flow& f = *flows[i];
                if (processes) {
                    const FlowOwner owner{applicationOf(f, processes),
                                          processes->pidsOf ? processes->pidsOf(f.id) : nullptr};
                    text.append(f, facts(f), &owner);
                } else {
                    text.append(f, facts(f), nullptr);
                }
            }
        },
        [&](std::string_view text) { json.appendElements(text); });
    json.endArray();
    json.endObject();
}

// One CSV line, with its newline.
void appendCsvRow(BufferedText& out, const Flow& f, const RemoteFacts& facts, TimestampText& time,
                  const FlowProcesses* processes) {
    const bool ports = f.key.hasPorts;
    out.put(protocolName(f.key.protocol));
    out.put(',');
    out.putNumber(f.key.protocol);
    for (const Endpoint* e : {&f.local(), &f.remote()}) {
        out.put(',');
        out.putAddress(e->address);
        out.put(',');
        if (ports) {
            out.putNumber(e->port);
        }
    }
    for (uint64_t n :
         {f.counters.packetsOut, f.counters.packetsIn, f.counters.bytesOut, f.counters.bytesIn}) {
        out.put(',');
        out.putNumber(n);
    }
    out.put(',');
    out.put(time.view(f.firstSeenNs));
    out.put(',');
    out.put(time.view(f.lastSeenNs));
    const GeoRecord& geo = facts.geo.geo;
    out.put(',');
    appendCsvField(out, facts.geo.service);
    out.put(',');
    appendCsvField(out, facts.hostname);
    out.put(',');
    out.put(geo.countryCode);
    out.put(',');
    if (geo.hasAs()) {
        out.putNumber(geo.asNumber);
    }
    out.put(',');
    appendCsvField(out, geo.asOrganization);
    out.put(',');
    out.put(addressKindName(facts.geo.kind));
    if (processes) {
        const Application* app = applicationOf(f, processes);
        out.put(',');
        if (f.pid) {
            out.putNumber(f.pid);
        }
        out.put(',');
        appendCsvField(out, programText(f, processes));
        out.put(',');
        appendCsvField(out, app ? std::string_view(app->path) : std::string_view());
    }
    out.put('\n');
}

void printCsv(std::ostream& stream, const FlowList& flows, const FlowAnnotations& annotations,
              const FlowProcesses* processes) {
    stream << "protocol,ip_protocol,local_ip,local_port,remote_ip,remote_port,packets_out,"
              "packets_in,bytes_out,bytes_in,first_seen,last_seen,service,hostname,country,asn,"
              "as_organization,address_kind"
           << (processes ? ",pid,program,program_path\n" : "\n");
    makeTextInBlocks(
        flows.size(), annotations,
        [&](size_t from, size_t to, std::string& part) {
            BufferedText text(part);
            RemoteFactsReader facts(annotations);
            TimestampText time;
            for (size_t i = from; i < to; ++i) {
                appendCsvRow(text, *flows[i], facts(*flows[i]), time, processes);
            }
        },
        [&](std::string_view text) { stream.write(text.data(), std::streamsize(text.size())); });
}

}  // namespace

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

std::string csvField(const std::string& text) {
    std::string out;
    {
        BufferedText buffered(out);
        appendCsvField(buffered, text);
    }
    return out;
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

void sortFlows(FlowList& flows) {
    auto before = [](const Flow* a, const Flow* b) {
        if (a->firstSeenNs != b->firstSeenNs) {
            return a->firstSeenNs < b->firstSeenNs;
        }
        return a->id < b->id;
    };
    // The table lists flows in the order they were made unless slots were reused: checking
    // first saves sorting 100,000 flows that are in order already.
    if (!std::is_sorted(flows.begin(), flows.end(), before)) {
        std::sort(flows.begin(), flows.end(), before);
    }
}

void printFlows(std::ostream& out, OutputFormat format, const SourceInfo& source,
                const EngineSnapshot& snapshot, const FlowList& flows,
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
            printFlowTable(out, snapshot, flows, annotations, processes);
            break;
    }
    if (const std::string note = evictionNote(snapshot.totals, flows.size()); !note.empty()) {
        notes << "flowscope-cli: note: " << note << "\n";
    }
}

}  // namespace flowscope::cli
