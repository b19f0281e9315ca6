// Encodes IPFIX messages (RFC 7011): the message header, template sets and data sets of
// FlowRecords. Bytes are appended to a caller's buffer; nothing here does I/O.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/export/ipfix_types.h"

namespace flowscope::ipfix {

// The type records elementTypes() writes: one per element of Flowscope's own.
constexpr size_t kElementTypeRecords = 3;

// Strings longer than this are cut (a record must fit a message; paths rarely come close).
constexpr size_t kMaxStringBytes = 1024;

struct MessageHeader {
    uint32_t exportTime = 0;  // seconds since the Unix epoch
    uint32_t sequence = 0;    // data records sent in this domain before this message
    uint32_t observationDomain = 0;
};

// Big-endian appends to a byte vector.
class ByteWriter {
public:
    explicit ByteWriter(std::vector<uint8_t>& out) : m_out(out) {}
    void u8(uint8_t v) { m_out.push_back(v); }
    void u16(uint16_t v);
    void u32(uint32_t v);
    void u64(uint64_t v);
    void bytes(const uint8_t* data, size_t size) { m_out.insert(m_out.end(), data, data + size); }
    // A variable-length field (RFC 7011 section 7): one length byte below 255, else 255 and
    // a two-byte length. Cut to kMaxStringBytes.
    void variable(std::string_view text);
    void patch16(size_t at, uint16_t v);
    void patch32(size_t at, uint32_t v);
    size_t size() const { return m_out.size(); }

private:
    std::vector<uint8_t>& m_out;
};

// Builds one message: begin(), any number of sets, finish() writes the length.
class MessageEncoder {
public:
    explicit MessageEncoder(std::vector<uint8_t>& out) : m_out(out), m_w(out) {}
    void begin(const MessageHeader& header);
    // A template set with the IPv4 and IPv6 record templates (enterprise fields under `pen`).
    void templates(uint32_t pen);
    // An options template set: the exporting process's reliability statistics (RFC 7011
    // section 4.3), the metering statistics (4.1) and the type information of Flowscope's
    // own elements (RFC 5610), so that a collector can name and decode them.
    void optionsTemplates();
    // Data sets of those options templates; each returns the number of records it wrote.
    size_t elementTypes(uint32_t pen);
    size_t totals(const ExportTotals& totals);
    // Data set for one template id; records are added until endDataSet().
    void beginDataSet(uint16_t templateId);
    void record(const FlowRecord& record);
    // Pads the set with zeros to a multiple of 4 bytes (RFC 7011 section 3.3.1: padding is
    // shorter than any record, which these records always are).
    void endDataSet();
    // Returns the message's size; fails (false) when it exceeds 65535 bytes.
    bool finish();
    size_t size() const { return m_out.size() - m_start; }

private:
    std::vector<uint8_t>& m_out;
    ByteWriter m_w;
    size_t m_start = 0;
    size_t m_setStart = 0;
};

// Size of one encoded record (for packing messages).
size_t encodedRecordSize(const FlowRecord& record);
// Template id of a record's layout.
inline uint16_t templateIdOf(const FlowRecord& record) {
    return record.source.isV6() ? kTemplateV6 : kTemplateV4;
}

}  // namespace flowscope::ipfix
