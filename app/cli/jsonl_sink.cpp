#include "app/cli/jsonl_sink.h"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>

#include "app/cli/json_writer.h"

namespace flowscope::cli {

const char* endReasonName(ipfix::EndReason reason) {
    switch (reason) {
        case ipfix::EndReason::IdleTimeout:
            return "idle";
        case ipfix::EndReason::ActiveTimeout:
            return "active";
        case ipfix::EndReason::EndOfFlow:
            return "end";
        case ipfix::EndReason::ForcedEnd:
            return "forced";
        case ipfix::EndReason::LackOfResources:
            return "lack_of_resources";
    }
    return "unknown";
}

Result<std::shared_ptr<JsonlSink>> JsonlSink::open(const std::string& target,
                                                   ipfix::RecordOptions options) {
    std::unique_ptr<std::ofstream> file;
    if (target != "-") {
        file = std::make_unique<std::ofstream>(target, std::ios::out | std::ios::trunc);
        if (!*file) {
            return makeError(ErrorCode::Io, "Cannot create " + target + " for the JSON lines (" +
                                                std::strerror(errno) +
                                                "); give a file in a folder you can write to, "
                                                "or - for standard output.");
        }
    }
    options.linkHeaderBytes = 0;
    return std::shared_ptr<JsonlSink>(new JsonlSink(target, std::move(file), options));
}

JsonlSink::JsonlSink(std::string target, std::unique_ptr<std::ofstream> file,
                     ipfix::RecordOptions options)
    : m_target(std::move(target)),
      m_file(std::move(file)),
      m_out(m_file ? static_cast<std::ostream&>(*m_file) : std::cout),
      m_builder(options) {}

void JsonlSink::setLinkType(uint32_t linkType) {
    {
        const std::lock_guard lock(m_mutex);
        m_linkType = linkType;
    }
    m_linkTypeSet.notify_all();
}

uint64_t JsonlSink::linesWritten() const {
    const std::lock_guard lock(m_mutex);
    return m_lines;
}

Status JsonlSink::consume(const SnapshotPtr& snapshot, const EngineDiff& diff) {
    uint32_t linkType = 0;
    {
        std::unique_lock lock(m_mutex);
        m_linkTypeSet.wait(lock, [this] { return m_linkType.has_value(); });
        linkType = *m_linkType;
    }
    std::vector<ipfix::FlowRecord> records;
    m_builder.consume(*snapshot, diff, records);
    const uint64_t linkHeader = ipfix::linkHeaderBytes(linkType);
    for (const ipfix::FlowRecord& record : records) {
        write(record, linkHeader);
    }
    if (!m_out) {
        return makeError(ErrorCode::Io,
                         "Writing the JSON lines to " +
                             std::string(m_target == "-" ? "standard output" : m_target) +
                             " failed (" + std::strerror(errno) + ").");
    }
    const std::lock_guard lock(m_mutex);
    m_lines += records.size();
    return {};
}

void JsonlSink::finish() {
    m_out.flush();
}

// One line, flushed: a reader sees the record at once.
void JsonlSink::write(const ipfix::FlowRecord& r, uint64_t linkHeader) {
    std::ostringstream line;
    JsonWriter json(line, false);
    json.beginObject();
    json.key("start_ms").value(r.startMs);
    json.key("end_ms").value(r.endMs);
    json.key("end_reason").value(endReasonName(r.endReason));
    json.key("direction").value(r.direction == ipfix::Direction::Egress ? "out" : "in");
    json.key("protocol").value(unsigned(r.protocol));
    json.key("source").value(r.source.toString());
    json.key("source_port").value(unsigned(r.sourcePort));
    json.key("destination").value(r.destination.toString());
    json.key("destination_port").value(unsigned(r.destinationPort));
    json.key("packets").value(r.packets);
    json.key("bytes").value(r.octets);
    json.key("ip_bytes").value(r.octets - r.packets * linkHeader);
    json.key("tcp_flags").value(unsigned(r.tcpFlags));
    if (r.ingressInterface != 0) {
        json.key("interface_index").value(unsigned(r.ingressInterface));
    }
    if (!r.applicationName.empty() || r.pid != 0) {
        json.key("process").beginObject();
        json.key("pid").value(unsigned(r.pid));
        json.key("name").value(r.applicationName);
        json.key("path").value(r.executablePath);
        json.key("user").value(r.userName);
        json.endObject();
    }
    if (!r.remoteHostName.empty()) {
        json.key("hostname").value(r.remoteHostName);
    }
    json.endObject();
    std::string text = line.str();
    if (text.empty() || text.back() != '\n') {  // the writer ends a top-level value with one
        text += '\n';
    }
    m_out << text;
    m_out.flush();
}

}  // namespace flowscope::cli
