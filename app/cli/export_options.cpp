#include "app/cli/export_options.h"

#include <cstdlib>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/capture/interface_index.h"

namespace flowscope::cli {

namespace {

// "host", "host:port", "[v6]:port" or a bare IPv6 address.
Status parseCollector(const std::string& text, ipfix::ExporterOptions& out) {
    std::string host = text;
    std::string port;
    if (!text.empty() && text.front() == '[') {
        const size_t close = text.find(']');
        if (close == std::string::npos) {
            return makeError(ErrorCode::InvalidArgument,
                             "--ipfix '" + text + "' lacks the closing ']'; write [ADDR]:PORT.");
        }
        host = text.substr(1, close - 1);
        if (close + 1 < text.size()) {
            if (text[close + 1] != ':') {
                return makeError(ErrorCode::InvalidArgument,
                                 "--ipfix '" + text + "' is not [ADDR]:PORT.");
            }
            port = text.substr(close + 2);
        }
    } else if (const size_t colon = text.find(':');
               colon != std::string::npos && text.find(':', colon + 1) == std::string::npos) {
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    if (host.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "--ipfix needs the collector's address, e.g. 127.0.0.1:4739.");
    }
    out.host = host;
    if (!port.empty()) {
        char* end = nullptr;
        const long value = std::strtol(port.c_str(), &end, 10);
        if (*end != '\0' || value < 1 || value > 65535) {
            return makeError(ErrorCode::InvalidArgument,
                             "--ipfix port '" + port + "' is not a port number (1-65535).");
        }
        out.port = static_cast<uint16_t>(value);
    }
    return {};
}

Status parseNumber(const ParsedArgs& args, const char* name, uint32_t& out) {
    if (auto text = args.get(name)) {
        char* end = nullptr;
        const unsigned long long value = std::strtoull(text->c_str(), &end, 10);
        if (text->empty() || *end != '\0' || value > 0xffffffffULL) {
            return makeError(ErrorCode::InvalidArgument, std::string(name) +
                                                             " needs a whole number below 2^32, "
                                                             "not '" +
                                                             *text + "'.");
        }
        out = static_cast<uint32_t>(value);
    }
    return {};
}

Status parseSeconds(const ParsedArgs& args, const char* name, int64_t& ns) {
    if (auto text = args.get(name)) {
        auto r = parsePositive(name, *text);
        if (!r) {
            return r.error();
        }
        ns = static_cast<int64_t>(r.value() * 1e9);
    }
    return {};
}

}  // namespace

const std::set<std::string>& exporterOptionNames() {
    static const std::set<std::string> names{
        "--ipfix",        "--transport",          "--active-timeout",
        "--idle-timeout", "--observation-domain", "--enterprise-number"};
    return names;
}

Status parseRecordTimeouts(const ParsedArgs& args, ipfix::RecordOptions& out) {
    if (Status s = parseSeconds(args, "--active-timeout", out.activeTimeoutNs); !s) {
        return s;
    }
    return parseSeconds(args, "--idle-timeout", out.idleTimeoutNs);
}

Status parseExporterOptions(const ParsedArgs& args, ipfix::ExporterOptions& out) {
    const auto collector = args.get("--ipfix");
    if (!collector) {
        return makeError(ErrorCode::InvalidArgument,
                         "Give the collector with --ipfix HOST[:PORT], e.g. 127.0.0.1:4739.");
    }
    if (Status s = parseCollector(*collector, out); !s) {
        return s;
    }
    if (auto transport = args.get("--transport")) {
        if (*transport == "tcp") {
            out.transport = ipfix::Transport::Tcp;
        } else if (*transport != "udp") {
            return makeError(ErrorCode::InvalidArgument,
                             "--transport '" + *transport + "' is not supported; use udp or tcp.");
        }
    }
    for (Status s : {parseRecordTimeouts(args, out.records),
                     parseNumber(args, "--observation-domain", out.observationDomain),
                     parseNumber(args, "--enterprise-number", out.enterpriseNumber)}) {
        if (!s) {
            return s;
        }
    }
    return {};
}

void printExporterSummary(const ipfix::IpfixExporter& exporter,
                          const ipfix::ExporterOptions& options) {
    const ipfix::ExporterStats stats = exporter.stats();
    std::cerr << "flowscope-cli: sent " << plural(stats.recordsSent, "flow record") << " in "
              << plural(stats.messagesSent, "message") << " to " << options.host << ":"
              << options.port << ".\n";
    if (stats.messagesLost > 0) {
        std::cerr << "flowscope-cli: warning: " << plural(stats.messagesLost, "message") << " ("
                  << plural(stats.recordsLost, "record") << ") could not be sent. "
                  << english(stats.lastError) << "\n";
    }
}

const std::set<std::string>& exportOutputOptionNames() {
    static const std::set<std::string> names = [] {
        std::set<std::string> all = exporterOptionNames();
        all.insert("--jsonl");
        return all;
    }();
    return names;
}

Status parseExportOutputs(const ParsedArgs& args, const std::string& interface,
                          ExportOutputs& out) {
    out.jsonl = args.get("--jsonl").value_or("");
    if (args.get("--jsonl") && out.jsonl.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "--jsonl needs a file name, or - for standard output.");
    }
    out.ipfix = args.get("--ipfix").has_value();
    if (out.ipfix) {
        if (Status s = parseExporterOptions(args, out.exporter); !s) {
            return s;
        }
    } else {
        for (const char* name : {"--transport", "--observation-domain", "--enterprise-number"}) {
            if (args.get(name)) {
                return makeError(ErrorCode::InvalidArgument,
                                 std::string(name) +
                                     " applies to an IPFIX collector; give it "
                                     "with --ipfix HOST[:PORT].");
            }
        }
        if (Status s = parseRecordTimeouts(args, out.exporter.records); !s) {
            return s;
        }
    }
    // The adapter's index (Windows: from Npcap's \Device\NPF_{GUID} name); 0 for a file.
    out.exporter.records.ingressInterface = interfaceIndex(interface);
    return {};
}

Status ExportOutputs::open(int& exitCode) {
    if (ipfix) {
        exporter.waitForLinkType = true;
        auto opened = ipfix::IpfixExporter::open(exporter);
        if (!opened) {
            exitCode = exitCodeFor(opened.error());
            return opened.error();
        }
        exporterSink = std::move(opened.value());
    }
    if (!jsonl.empty()) {
        auto opened = JsonlSink::open(jsonl, exporter.records);
        if (!opened) {
            exitCode = exitCodeFor(opened.error(), ErrorOrigin::WriteFile);
            return opened.error();
        }
        jsonlSink = std::move(opened.value());
    }
    return {};
}

void ExportOutputs::attach(Engine& engine, SinkOptions options) {
    if (exporterSink) {
        engine.addSink(exporterSink, options);
    }
    if (jsonlSink) {
        engine.addSink(jsonlSink, options);
    }
}

void ExportOutputs::setLinkType(uint32_t linkType) {
    if (exporterSink) {
        exporterSink->setLinkType(linkType);
    }
    if (jsonlSink) {
        jsonlSink->setLinkType(linkType);
    }
}

std::string ExportOutputs::destination() const {
    std::string text;
    if (ipfix) {
        text = exporter.host + ":" + std::to_string(exporter.port);
    }
    if (!jsonl.empty()) {
        text +=
            (text.empty() ? "" : " and ") + (jsonl == "-" ? std::string("standard output") : jsonl);
    }
    return text;
}

void ExportOutputs::printSummary() const {
    if (exporterSink) {
        printExporterSummary(*exporterSink, exporter);
    }
    if (jsonlSink) {
        std::cerr << "flowscope-cli: wrote " << plural(jsonlSink->linesWritten(), "flow record")
                  << " as JSON lines to " << (jsonl == "-" ? "standard output" : jsonl) << ".\n";
    }
}

}  // namespace flowscope::cli
