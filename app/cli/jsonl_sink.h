// JSON lines of flow records: a snapshot sink (named "jsonl") that writes one JSON object per
// line for each record that core/export's FlowRecordBuilder emits, the records the IPFIX
// exporter sends: per direction of a flow, when the flow ends (idle, TCP end, end of
// capture) and every active timeout while it lasts, each with the traffic since the
// previous record (delta counts). Every line is flushed as it is written, so `tail -f` and
// pipes see a flow as soon as it is reported. The fields are described in docs/export.md.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

#include "core/base/result.h"
#include "core/engine/snapshot_sink.h"
#include "core/export/flow_records.h"

namespace flowscope::cli {

class JsonlSink : public SnapshotSink {
public:
    // "-" writes to standard output; else the file is created (or truncated). Error: the file
    // cannot be created, as one sentence.
    static Result<std::shared_ptr<JsonlSink>> open(const std::string& target,
                                                   ipfix::RecordOptions options);

    std::string name() const override { return "jsonl"; }
    // Waits (on the sink's thread) until setLinkType() was called.
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override;
    void finish() override;

    // The source's LINKTYPE_*, known once the engine has opened it: "ip_bytes" leaves out
    // its header. Thread-safe; call after Engine::start().
    void setLinkType(uint32_t linkType);
    uint64_t linesWritten() const;  // thread-safe
    const std::string& target() const { return m_target; }

private:
    JsonlSink(std::string target, std::unique_ptr<std::ofstream> file,
              ipfix::RecordOptions options);
    void write(const ipfix::FlowRecord& record, uint64_t linkHeader);

    std::string m_target;
    std::unique_ptr<std::ofstream> m_file;  // null for standard output
    std::ostream& m_out;
    ipfix::FlowRecordBuilder m_builder;  // its link header stays 0: wire bytes, as `flows`
    mutable std::mutex m_mutex;
    std::condition_variable m_linkTypeSet;
    std::optional<uint32_t> m_linkType;  // guarded by m_mutex
    uint64_t m_lines = 0;                // guarded by m_mutex
};

// "idle", "active", "end", "forced" or "lack_of_resources" (IPFIX flowEndReason 1-5).
const char* endReasonName(ipfix::EndReason reason);

}  // namespace flowscope::cli
