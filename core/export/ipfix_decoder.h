// Decodes IPFIX messages (RFC 7011): templates (kept per observation domain across
// messages) and the data records they describe, as raw fields. Used by the tests and the
// fuzzer to read back what the exporter sent; every read is bounds-checked (see Cursor).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/result.h"
#include "core/export/ipfix_types.h"

namespace flowscope::ipfix {

struct FieldSpec {
    uint16_t id = 0;  // without the enterprise bit
    uint16_t length = 0;
    uint32_t enterprise = 0;  // 0 = IANA
    friend bool operator==(const FieldSpec&, const FieldSpec&) = default;
};

struct DecodedField {
    FieldSpec spec;
    std::vector<uint8_t> value;  // as on the wire (variable-length fields without the prefix)
};

struct DecodedRecord {
    uint32_t observationDomain = 0;
    uint16_t templateId = 0;
    std::vector<DecodedField> fields;

    const DecodedField* find(uint16_t id, uint32_t enterprise = 0) const;
    // Unsigned integer of 1 to 8 bytes (reduced-size encoding included); nullopt if absent.
    std::optional<uint64_t> number(uint16_t id, uint32_t enterprise = 0) const;
    std::optional<std::string> text(uint16_t id, uint32_t enterprise = 0) const;
    std::optional<IpAddress> address(uint16_t id) const;  // 4 or 16 bytes
};

struct DecodedMessage {
    uint16_t length = 0;
    uint32_t exportTime = 0;
    uint32_t sequence = 0;
    uint32_t observationDomain = 0;
    size_t templatesSeen = 0;
    size_t setsWithoutTemplate = 0;  // data sets whose template is not known (skipped)
    std::vector<DecodedRecord> records;
};

class Decoder {
public:
    // One message (a UDP datagram, or one message cut from a TCP stream). A malformed
    // message is an error (ErrorCode::Corrupt) with one sentence saying what is wrong;
    // templates it defined before the damage are kept.
    Result<DecodedMessage> decode(const uint8_t* data, size_t size);

    const std::vector<FieldSpec>* findTemplate(uint32_t domain, uint16_t templateId) const;

private:
    std::map<std::pair<uint32_t, uint16_t>, std::vector<FieldSpec>> m_templates;
};

// A flow record (templates 256 and 257), not an options record.
inline bool isFlowRecord(const DecodedRecord& record) {
    return record.templateId == kTemplateV4 || record.templateId == kTemplateV6;
}

// The exporter's totals from its options records (RFC 7011 4.1 and 4.3) in `record`, merged
// into `totals`; false when the record is neither.
bool readTotals(const DecodedRecord& record, ExportTotals& totals);

// Converts a decoded record of Flowscope's layout back into a FlowRecord (missing fields
// stay at their defaults); `pen` is the enterprise number of Flowscope's own elements.
FlowRecord toFlowRecord(const DecodedRecord& record, uint32_t pen);

}  // namespace flowscope::ipfix
