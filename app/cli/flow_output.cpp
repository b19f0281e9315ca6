#include "app/cli/flow_output.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/cli/enrich_output.h"
#include "app/cli/json_writer.h"
#include "core/base/time_format.h"
#include "core/enrich/geo_flow_annotation.h"

namespace flowscope::cli {

namespace {

// Text built in memory and handed to the stream in large pieces: one write per 64 KiB instead
// of a stream call per field.
class ChunkedOut {
public:
    explicit ChunkedOut(std::ostream& out) : m_out(out) { m_text.reserve(kChunk + 4096); }
    ~ChunkedOut() { drain(); }
    ChunkedOut(const ChunkedOut&) = delete;
    ChunkedOut& operator=(const ChunkedOut&) = delete;

    std::string& text() { return m_text; }
    // Call after each line: writes out a full buffer.
    void lineDone() {
        if (m_text.size() >= kChunk) {
            drain();
        }
    }
    void drain() {
        m_out.write(m_text.data(), std::streamsize(m_text.size()));
        m_text.clear();
    }

private:
    static constexpr size_t kChunk = 64 * 1024;
    std::ostream& m_out;
    std::string m_text;
};

template <typename Number>
void appendNumber(std::string& out, Number n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr);
}

// formatRfc3339Micros, with the date and time of day ("2023-11-14T22:13:20.") formatted once
// per second: flows sorted by first packet come in runs of the same second.
class TimestampText {
public:
    void append(std::string& out, int64_t nanos) {
        int64_t micros = nanos / 1000;
        if (nanos % 1000 < 0) {
            --micros;
        }
        int64_t secs = micros / 1000000;
        int64_t frac = micros % 1000000;
        if (frac < 0) {
            frac += 1000000;
            --secs;
        }
        // Outside 1970..9999 formatRfc3339Micros clamps: left to it.
        if (secs < 0 || secs > 253402300799) {
            out += formatRfc3339Micros(nanos);
            return;
        }
        if (!m_valid || secs != m_secs) {
            const std::string full = formatRfc3339Micros(secs * 1'000'000'000);
            m_prefix = full.substr(0, full.size() - 7);  // up to and with the '.'
            m_secs = secs;
            m_valid = true;
        }
        out += m_prefix;
        char digits[7] = {'0', '0', '0', '0', '0', '0', 'Z'};
        for (int i = 5; i >= 0; --i) {
            digits[i] = char('0' + frac % 10);
            frac /= 10;
        }
        out.append(digits, sizeof digits);
    }
    std::string text(int64_t nanos) {
        std::string out;
        append(out, nanos);
        return out;
    }

private:
    bool m_valid = false;
    int64_t m_secs = 0;
    std::string m_prefix;
};

void appendCsvField(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

// IpAddress::toString, with IPv4 formatted here (inet_ntop and its printf were a tenth of the
// printing time).
void appendAddress(std::string& out, const IpAddress& a) {
    if (!a.isV4()) {
        out += a.toString();
        return;
    }
    for (size_t i = 0; i < 4; ++i) {
        if (i > 0) {
            out += '.';
        }
        appendNumber(out, unsigned(a.bytes()[i]));
    }
}

std::string addressText(const IpAddress& a) {
    std::string out;
    appendAddress(out, a);
    return out;
}

std::string endpointText(const Endpoint& e, bool hasPorts) {
    std::string addr = addressText(e.address);
    if (!hasPorts) {
        return addr;
    }
    if (e.address.isV6()) {
        addr = "[" + addr + "]";
    }
    return addr + ":" + std::to_string(e.port);
}

void writeEndpoint(JsonWriter& json, const Endpoint& e, bool hasPorts) {
    json.beginObject().key("ip").value(addressText(e.address)).key("port");
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

// remoteFacts of the flows, read in order, computed a block at a time just before the block is
// printed (a database file that changes while a slow reader consumes the output is noticed,
// as with one lookup per printed line). The database lookups are most of the cost of printing:
// a block's are spread over the processor's cores (GeoResolver::lookup is thread-safe).
class RemoteFactsAhead {
public:
    RemoteFactsAhead(const std::vector<Flow>& flows, const FlowAnnotations& annotations)
        : m_flows(flows),
          m_annotations(annotations),
          m_threads(std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8)) {}

    // Call with 0, 1, 2, ... in turn.
    const RemoteFacts& operator[](size_t index) {
        if (index >= m_begin + m_block.size()) {
            fill(index, std::min(m_flows.size(), index + kBlock));
        }
        return m_block[index - m_begin];
    }

private:
    static constexpr size_t kBlock = 8192;
    static constexpr size_t kPerThread = 1024;  // smaller blocks stay on this thread

    void fill(size_t begin, size_t end) {
        m_begin = begin;
        m_block.resize(end - begin);
        auto part = [this](size_t from, size_t to) {
            for (size_t i = from; i < to; ++i) {
                m_block[i - m_begin] = remoteFacts(m_flows[i], m_annotations);
            }
        };
        const size_t threads = std::clamp<size_t>((end - begin) / kPerThread, 1, m_threads);
        const size_t share = (end - begin + threads - 1) / threads;
        std::vector<std::thread> workers;
        for (size_t t = 1; t < threads; ++t) {
            workers.emplace_back(part, std::min(end, begin + t * share),
                                 std::min(end, begin + (t + 1) * share));
        }
        part(begin, std::min(end, begin + share));
        for (std::thread& w : workers) {
            w.join();
        }
    }

    const std::vector<Flow>& m_flows;
    const FlowAnnotations& m_annotations;
    size_t m_threads;
    size_t m_begin = 0;
    std::vector<RemoteFacts> m_block;
};

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
    TimestampText time;
    RemoteFactsAhead allFacts(flows, annotations);
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
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
        json.key("first_seen").value(time.text(f.firstSeenNs));
        json.key("last_seen").value(time.text(f.lastSeenNs));
        const RemoteFacts& facts = allFacts[i];
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

void printCsv(std::ostream& stream, const std::vector<Flow>& flows,
              const FlowAnnotations& annotations, const FlowProcesses* processes) {
    ChunkedOut chunks(stream);
    std::string& out = chunks.text();
    out +=
        "protocol,ip_protocol,local_ip,local_port,remote_ip,remote_port,packets_out,"
        "packets_in,bytes_out,bytes_in,first_seen,last_seen,service,hostname,country,asn,"
        "as_organization,address_kind";
    out += processes ? ",pid,program,program_path\n" : "\n";
    TimestampText time;
    RemoteFactsAhead allFacts(flows, annotations);
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
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
        for (uint64_t n : {f.counters.packetsOut, f.counters.packetsIn, f.counters.bytesOut,
                           f.counters.bytesIn}) {
            out += ',';
            appendNumber(out, n);
        }
        out += ',';
        time.append(out, f.firstSeenNs);
        out += ',';
        time.append(out, f.lastSeenNs);
        const RemoteFacts& facts = allFacts[i];
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
        chunks.lineDone();
    }
}

void printTable(std::ostream& stream, const EngineSnapshot& snapshot,
                const std::vector<Flow>& flows, const FlowAnnotations& annotations,
                const FlowProcesses* processes) {
    std::vector<std::string> locals, remotes;
    // Service, host name, country and AS of the other end, as aligned columns.
    std::vector<std::array<std::string, 4>> others;
    std::array<size_t, 4> wo = {7, 4, 7, 2};  // "SERVICE", "HOST", "COUNTRY", "AS"
    size_t wl = 5, wr = 6;
    RemoteFactsAhead allFacts(flows, annotations);
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        locals.push_back(endpointText(f.local(), f.key.hasPorts));
        remotes.push_back(endpointText(f.remote(), f.key.hasPorts));
        wl = std::max(wl, locals.back().size());
        wr = std::max(wr, remotes.back().size());
        const RemoteFacts& facts = allFacts[i];
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
    ChunkedOut chunks(stream);
    std::string& out = chunks.text();
    auto otherColumns = [&wo, &out](const std::array<std::string, 4>& cells) {
        for (size_t c = 0; c < cells.size(); ++c) {
            out += "  ";
            out += cells[c];
            if (c + 1 < cells.size()) {
                out.append(wo[c] - cells[c].size(), ' ');
            }
        }
    };
    // Left-aligned in `width` (at least the text), right-aligned in `width`.
    auto left = [&out](std::string_view text, size_t width) {
        out += text;
        out.append(width > text.size() ? width - text.size() : 0, ' ');
    };
    auto right = [&out](std::string_view text, size_t width) {
        out.append(width > text.size() ? width - text.size() : 0, ' ');
        out += text;
    };
    left("PROTO", 6);
    out += "  ";
    left("LOCAL", wl);
    out += "  ";
    left("REMOTE", wr);
    for (auto [name, width] :
         {std::pair{"PKTS_OUT", 9}, {"PKTS_IN", 9}, {"BYTES_OUT", 12}, {"BYTES_IN", 12}}) {
        out += "  ";
        right(name, size_t(width));
    }
    out += "  LAST_SEEN";
    out.append(18, ' ');
    otherColumns({"SERVICE", "HOST", "COUNTRY", "AS"});
    out += processes ? "  PROGRAM[PID]\n" : "\n";
    TimestampText time;
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        left(protocolName(f.key.protocol), 6);
        out += "  ";
        left(locals[i], wl);
        out += "  ";
        left(remotes[i], wr);
        for (auto [n, width] : {std::pair{f.counters.packetsOut, 9},
                                {f.counters.packetsIn, 9},
                                {f.counters.bytesOut, 12},
                                {f.counters.bytesIn, 12}}) {
            char digits[24];
            const auto r = std::to_chars(digits, digits + sizeof digits, n);
            out += "  ";
            right(std::string_view(digits, size_t(r.ptr - digits)), size_t(width));
        }
        out += "  ";
        time.append(out, f.lastSeenNs);
        otherColumns(others[i]);
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
        chunks.lineDone();
    }
    chunks.drain();
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
