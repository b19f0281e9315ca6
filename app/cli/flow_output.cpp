#include "app/cli/flow_output.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/cli/enrich_output.h"
#include "app/cli/json_writer.h"
#include "app/cli/remote_facts.h"
#include "app/cli/text_out.h"
#include "core/base/time_format.h"
#include "core/enrich/geo_flow_annotation.h"

namespace flowscope::cli {

namespace {

void writeEndpoint(JsonWriter& json, const Endpoint& e, bool hasPorts) {
    json.beginObject().key("ip"_key).plainString(
        [&](std::string& out) { appendAddress(out, e.address); });
    json.key("port"_key);
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

void writeProcess(JsonWriter& json, const Flow& f, const FlowProcesses* p) {
    const Application* app = applicationOf(f, p);
    if (!app) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("pid"_key);
    if (f.pid != 0) {
        json.value(unsigned(f.pid));
    } else {
        json.null();
    }
    json.key("pids"_key).beginArray();
    const std::vector<uint32_t>* pids = p->pidsOf ? p->pidsOf(f.id) : nullptr;
    if (pids && !pids->empty()) {
        for (uint32_t pid : *pids) {
            json.value(unsigned(pid));
        }
    } else if (f.pid != 0) {
        json.value(unsigned(f.pid));
    }
    json.endArray();
    json.key("name"_key);
    optionalString(json, app->name);
    json.key("path"_key);
    optionalString(json, app->path);
    json.key("user"_key).value(app->user);
    json.key("hidden"_key).value(app->ownerHidden);
    json.endObject();
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

// One element of "flows".
void writeFlowJson(JsonWriter& json, const Flow& f, const RemoteFacts& facts, TimestampText& time,
                   const FlowProcesses* processes) {
    json.beginObject();
    json.key("protocol"_key).value(protocolName(f.key.protocol));
    json.key("ip_protocol"_key).value(unsigned(f.key.protocol));
    json.key("local"_key);
    writeEndpoint(json, f.local(), f.key.hasPorts);
    json.key("remote"_key);
    writeEndpoint(json, f.remote(), f.key.hasPorts);
    json.key("packets_out"_key).value(f.counters.packetsOut);
    json.key("packets_in"_key).value(f.counters.packetsIn);
    json.key("bytes_out"_key).value(f.counters.bytesOut);
    json.key("bytes_in"_key).value(f.counters.bytesIn);
    json.key("first_seen"_key).plainString([&](std::string& out) {
        time.append(out, f.firstSeenNs);
    });
    json.key("last_seen"_key).plainString([&](std::string& out) {
        time.append(out, f.lastSeenNs);
    });
    json.key("service"_key);
    optionalString(json, facts.geo.service);
    json.key("hostname"_key);
    optionalString(json, facts.hostname);
    json.key("hostname_source"_key);
    optionalString(json, facts.hostnameSource);
    writeGeoJson(json, facts.geo.geo);
    json.key("address_kind"_key).value(addressKindName(facts.geo.kind));
    if (processes) {
        json.key("process"_key);
        writeProcess(json, f, processes);
    }
    json.endObject();
}

void printJson(std::ostream& out, const SourceInfo& source, const EngineSnapshot& snapshot,
               const FlowList& flows, const FlowAnnotations& annotations,
               const FlowProcesses* processes) {
    JsonWriter json(out);
    json.beginObject();
    writeSourceJson(json, source);
    writeTotalsJson(json, snapshot, flows.size());
    json.key("flows").beginArray();
    makeTextInBlocks(
        flows.size(), annotations,
        [&](size_t from, size_t to, std::string& out) {
            JsonWriter part(out, json, from == 0);
            RemoteFactsReader facts(annotations);
            TimestampText time;
            for (size_t i = from; i < to; ++i) {
                writeFlowJson(part, *flows[i], facts(*flows[i]), time, processes);
            }
        },
        [&](std::string_view text) { json.appendElements(text); });
    json.endArray();
    json.endObject();
}

// One CSV line, with its newline.
void appendCsvRow(std::string& out, const Flow& f, const RemoteFacts& facts, TimestampText& time,
                  const FlowProcesses* processes) {
    const bool ports = f.key.hasPorts;
    out += protocolName(f.key.protocol);
    out += ',';
    appendNumber(out, unsigned(f.key.protocol));
    for (const Endpoint* e : {&f.local(), &f.remote()}) {
        out += ',';
        appendAddress(out, e->address);
        out += ',';
        if (ports) {
            appendNumber(out, unsigned(e->port));
        }
    }
    for (uint64_t n :
         {f.counters.packetsOut, f.counters.packetsIn, f.counters.bytesOut, f.counters.bytesIn}) {
        out += ',';
        appendNumber(out, n);
    }
    out += ',';
    time.append(out, f.firstSeenNs);
    out += ',';
    time.append(out, f.lastSeenNs);
    const GeoRecord& geo = facts.geo.geo;
    out += ',';
    appendCsvField(out, facts.geo.service);
    out += ',';
    appendCsvField(out, facts.hostname);
    out += ',';
    out += geo.countryCode;
    out += ',';
    if (geo.hasAs()) {
        appendNumber(out, geo.asNumber);
    }
    out += ',';
    appendCsvField(out, geo.asOrganization);
    out += ',';
    out += addressKindName(facts.geo.kind);
    if (processes) {
        const Application* app = applicationOf(f, processes);
        out += ',';
        if (f.pid) {
            appendNumber(out, f.pid);
        }
        out += ',';
        appendCsvField(out, programText(f, processes));
        out += ',';
        appendCsvField(out, app ? std::string_view(app->path) : std::string_view());
    }
    out += '\n';
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
            RemoteFactsReader facts(annotations);
            TimestampText time;
            for (size_t i = from; i < to; ++i) {
                appendCsvRow(part, *flows[i], facts(*flows[i]), time, processes);
            }
        },
        [&](std::string_view text) { stream.write(text.data(), std::streamsize(text.size())); });
}

// The widths of the table's columns that depend on the flows: local and remote endpoint, and
// service, host name, country and AS of the other end. A cache line each, for the threads.
struct alignas(64) TableWidths {
    size_t local = 5, remote = 6;                 // "LOCAL", "REMOTE"
    std::array<size_t, 4> others = {7, 4, 7, 2};  // "SERVICE", "HOST", "COUNTRY", "AS"

    void widen(const TableWidths& w) {
        local = std::max(local, w.local);
        remote = std::max(remote, w.remote);
        for (size_t c = 0; c < others.size(); ++c) {
            others[c] = std::max(others[c], w.others[c]);
        }
    }
};

// The cells about each flow's other end (looked up once), and the widths of all columns.
struct TableCells {
    std::vector<std::array<std::string, 4>> others;
    TableWidths widths;
};

void appendEndpoint(std::string& out, const Endpoint& e, bool hasPorts) {
    if (!hasPorts) {
        appendAddress(out, e.address);
        return;
    }
    const bool v6 = e.address.isV6();
    out += v6 ? "[" : "";
    appendAddress(out, e.address);
    out += v6 ? "]:" : ":";
    appendNumber(out, unsigned(e.port));
}

// The cells of flows [from, to) into `cells`, and their widths into `widths`.
void makeTableCells(const FlowList& flows, size_t from, size_t to,
                    const FlowAnnotations& annotations, TableCells& cells, TableWidths& widths) {
    RemoteFactsReader read(annotations);
    std::string endpoint;
    for (size_t i = from; i < to; ++i) {
        const Flow& f = *flows[i];
        endpoint.clear();
        appendEndpoint(endpoint, f.local(), f.key.hasPorts);
        widths.local = std::max(widths.local, endpoint.size());
        endpoint.clear();
        appendEndpoint(endpoint, f.remote(), f.key.hasPorts);
        widths.remote = std::max(widths.remote, endpoint.size());
        RemoteFacts facts = read(f);
        const GeoRecord& geo = facts.geo.geo;
        std::array<std::string, 4>& other = cells.others[i];
        other = {std::move(facts.geo.service), std::move(facts.hostname),
                 geo.hasCountry() ? geo.countryCode : "",
                 geo.hasAs() ? "AS" + std::to_string(geo.asNumber) : ""};
        for (size_t c = 0; c < other.size(); ++c) {
            if (other[c].empty()) {
                other[c] = "-";
            }
            widths.others[c] = std::max(widths.others[c], other[c].size());
        }
    }
}

TableCells tableCells(const FlowList& flows, const FlowAnnotations& annotations) {
    TableCells cells;
    cells.others.resize(flows.size());
    std::vector<TableWidths> widths(partsAtMost());
    if (annotations.geo) {
        annotations.geo->checkFilesIfDue();
    }
    inParts(flows.size(), [&](size_t from, size_t to, size_t part) {
        makeTableCells(flows, from, to, annotations, cells, widths[part]);
    });
    for (const TableWidths& w : widths) {
        cells.widths.widen(w);
    }
    return cells;
}

// `text` left-aligned in `width` (never cut).
void padded(std::string& out, std::string_view text, size_t width) {
    out += text;
    out.append(width > text.size() ? width - text.size() : 0, ' ');
}

// `text` right-aligned in `width` (never cut).
void rightAligned(std::string& out, std::string_view text, size_t width) {
    out.append(width > text.size() ? width - text.size() : 0, ' ');
    out += text;
}

void appendOthers(std::string& out, const TableWidths& w, const std::array<std::string, 4>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
        out += "  ";
        out += cells[c];
        if (c + 1 < cells.size()) {
            out.append(w.others[c] - cells[c].size(), ' ');
        }
    }
}

void appendTableHeader(std::string& out, const TableWidths& w, bool processes) {
    padded(out, "PROTO", 6);
    out += "  ";
    padded(out, "LOCAL", w.local);
    out += "  ";
    padded(out, "REMOTE", w.remote);
    for (auto [name, width] :
         {std::pair{"PKTS_OUT", 9}, {"PKTS_IN", 9}, {"BYTES_OUT", 12}, {"BYTES_IN", 12}}) {
        out += "  ";
        rightAligned(out, name, size_t(width));
    }
    out += "  LAST_SEEN";
    out.append(18, ' ');
    appendOthers(out, w, {"SERVICE", "HOST", "COUNTRY", "AS"});
    out += processes ? "  PROGRAM[PID]\n" : "\n";
}

// `e` left-aligned in `width`.
void paddedEndpoint(std::string& out, const Endpoint& e, bool hasPorts, size_t width) {
    const size_t start = out.size();
    appendEndpoint(out, e, hasPorts);
    out.append(width - std::min(width, out.size() - start), ' ');
}

void appendTableRow(std::string& out, const Flow& f, size_t i, const TableCells& t,
                    TimestampText& time, const FlowProcesses* processes) {
    padded(out, protocolName(f.key.protocol), 6);
    out += "  ";
    paddedEndpoint(out, f.local(), f.key.hasPorts, t.widths.local);
    out += "  ";
    paddedEndpoint(out, f.remote(), f.key.hasPorts, t.widths.remote);
    for (auto [n, width] : {std::pair{f.counters.packetsOut, 9},
                            {f.counters.packetsIn, 9},
                            {f.counters.bytesOut, 12},
                            {f.counters.bytesIn, 12}}) {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, n);
        out += "  ";
        rightAligned(out, std::string_view(digits, size_t(r.ptr - digits)), size_t(width));
    }
    out += "  ";
    time.append(out, f.lastSeenNs);
    appendOthers(out, t.widths, t.others[i]);
    if (processes) {
        std::string program = programText(f, processes);
        if (program.empty()) {
            program = "-";
        } else if (f.pid != 0) {
            program += "[" + std::to_string(f.pid) + "]";
        }
        out += "  ";
        out += program;
    }
    out += '\n';
}

void printTable(std::ostream& stream, const EngineSnapshot& snapshot, const FlowList& flows,
                const FlowAnnotations& annotations, const FlowProcesses* processes) {
    const TableCells cells = tableCells(flows, annotations);
    std::string header;
    appendTableHeader(header, cells.widths, processes != nullptr);
    stream.write(header.data(), std::streamsize(header.size()));
    makeTextInBlocks(
        flows.size(), annotations,
        [&](size_t from, size_t to, std::string& part) {
            TimestampText time;
            for (size_t i = from; i < to; ++i) {
                appendTableRow(part, *flows[i], i, cells, time, processes);
            }
        },
        [&](std::string_view text) { stream.write(text.data(), std::streamsize(text.size())); });
    const Totals& t = snapshot.totals;
    stream << "\n"
           << flows.size() << " flows, " << t.packets << " packets, " << t.bytes << " bytes ("
           << t.nonIpPackets << " non-IP, " << t.malformedPackets << " malformed, "
           << snapshot.dropped() << " dropped";
    if (t.evictedFlows > 0) {
        stream << ", " << t.evictedFlows << " flows evicted at --max-flows";
    }
    stream << ")\n";
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
            printTable(out, snapshot, flows, annotations, processes);
            break;
    }
    if (const std::string note = evictionNote(snapshot.totals, flows.size()); !note.empty()) {
        notes << "flowscope-cli: note: " << note << "\n";
    }
}

}  // namespace flowscope::cli
