#include "app/cli/flow_table_output.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/remote_facts.h"
#include "app/cli/text_out.h"

namespace flowscope::cli {

namespace {

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

// The cells about each flow's other end (looked up once), and the widths of all columns. Each
// part of the flows keeps its cells' text in one string, made on its own thread: four strings
// per flow in one vector sized up front took 12 MB and 5.5 ms on one core for 100,000 flows.
using OtherCells = std::array<std::string_view, 4>;  // service, host, country, AS

struct TableCells {
    struct Part {
        size_t from = 0;  // the cells of flows [from, from + lengths.size())
        std::string text;
        std::vector<uint32_t> starts;                  // of each flow's cells in `text`
        std::vector<std::array<uint32_t, 4>> lengths;  // of each cell
    };
    std::vector<Part> parts;  // in flow order
    TableWidths widths;

    OtherCells others(size_t flow) const {
        size_t p = parts.size() - 1;
        while (flow < parts[p].from) {
            --p;
        }
        const Part& part = parts[p];
        const size_t i = flow - part.from;
        OtherCells cells;
        size_t at = part.starts[i];
        for (size_t c = 0; c < cells.size(); ++c) {
            cells[c] = std::string_view(part.text).substr(at, part.lengths[i][c]);
            at += part.lengths[i][c];
        }
        return cells;
    }
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
                    const FlowAnnotations& annotations, TableCells::Part& cells,
                    TableWidths& widths) {
    cells.from = from;
    cells.starts.reserve(to - from);
    cells.lengths.reserve(to - from);
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
        const RemoteFacts facts = read(f);
        const GeoRecord& geo = facts.geo.geo;
        const std::string as = geo.hasAs() ? "AS" + std::to_string(geo.asNumber) : "";
        const OtherCells other = {facts.geo.service, facts.hostname,
                                  geo.hasCountry() ? std::string_view(geo.countryCode) : "", as};
        cells.starts.push_back(uint32_t(cells.text.size()));
        std::array<uint32_t, 4>& lengths = cells.lengths.emplace_back();
        for (size_t c = 0; c < other.size(); ++c) {
            const std::string_view cell = other[c].empty() ? std::string_view("-") : other[c];
            cells.text += cell;
            lengths[c] = uint32_t(cell.size());
            widths.others[c] = std::max(widths.others[c], cell.size());
        }
    }
}

TableCells tableCells(const FlowList& flows, const FlowAnnotations& annotations) {
    TableCells cells;
    cells.parts.resize(partsAtMost());
    std::vector<TableWidths> widths(partsAtMost());
    if (annotations.geo) {
        annotations.geo->checkFilesIfDue();
    }
    const size_t parts = inParts(flows.size(), [&](size_t from, size_t to, size_t part) {
        makeTableCells(flows, from, to, annotations, cells.parts[part], widths[part]);
    });
    cells.parts.resize(parts);
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

void appendOthers(std::string& out, const TableWidths& w, const OtherCells& cells) {
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
    appendOthers(out, t.widths, t.others(i));
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

}  // namespace

void printFlowTable(std::ostream& stream, const EngineSnapshot& snapshot, const FlowList& flows,
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

}  // namespace flowscope::cli
