#include "core/export/ipfix_decoder.h"

#include <algorithm>

#include "core/export/ipfix_cursor.h"

namespace flowscope::ipfix {

namespace {

Error corrupt(const std::string& what) {
    return makeError(ErrorCode::Corrupt, "The IPFIX message is malformed: " + what + ".");
}

// Reads `count` field specifiers of a template record.
bool readFields(Cursor& c, uint16_t count, std::vector<FieldSpec>& fields) {
    fields.clear();
    for (uint16_t i = 0; i < count; ++i) {
        FieldSpec f;
        uint16_t id = 0;
        if (!c.u16(id) || !c.u16(f.length)) {
            return false;
        }
        f.id = id & ~kEnterpriseBit;
        if ((id & kEnterpriseBit) != 0 && !c.u32(f.enterprise)) {
            return false;
        }
        fields.push_back(f);
    }
    return true;
}

// A template set (id 2) or options template set (id 3): records until fewer than four bytes
// (padding) are left. A template with no fields withdraws it (RFC 7011 section 8.1).
Status readTemplates(Cursor set, uint16_t setId, uint32_t domain,
                     std::map<std::pair<uint32_t, uint16_t>, std::vector<FieldSpec>>& templates,
                     size_t& seen) {
    while (set.left() >= 4) {
        uint16_t templateId = 0;
        uint16_t count = 0;
        if (!set.u16(templateId) || !set.u16(count)) {
            return corrupt("a template record header is cut short");
        }
        if (templateId < kFirstDataSetId) {
            return corrupt("a template has the reserved id " + std::to_string(templateId));
        }
        uint16_t scopeCount = 0;
        if (setId == kOptionsTemplateSetId && count > 0 && !set.u16(scopeCount)) {
            return corrupt("an options template record header is cut short");
        }
        // RFC 7011 3.4.2.2: at least one scope field, and no more than the fields.
        if (setId == kOptionsTemplateSetId && count > 0 &&
            (scopeCount == 0 || scopeCount > count)) {
            return corrupt("options template " + std::to_string(templateId) + " has " +
                           std::to_string(scopeCount) + " scope fields of " +
                           std::to_string(count));
        }
        std::vector<FieldSpec> fields;
        if (!readFields(set, count, fields)) {
            return corrupt("template " + std::to_string(templateId) + " is cut short");
        }
        // A zero-length field carries nothing; records made only of such fields would take no
        // bytes and never end.
        for (const FieldSpec& f : fields) {
            if (f.length == 0) {
                return corrupt("template " + std::to_string(templateId) +
                               " has a field of length 0");
            }
        }
        if (fields.empty()) {
            templates.erase({domain, templateId});
        } else {
            templates[{domain, templateId}] = std::move(fields);
        }
        ++seen;
    }
    return {};
}

// One data record after its template; false when the set ends inside it.
bool readRecord(Cursor& c, const std::vector<FieldSpec>& fields, DecodedRecord& record) {
    for (const FieldSpec& spec : fields) {
        size_t length = spec.length;
        if (length == kVariableLength) {
            uint8_t first = 0;
            if (!c.u8(first)) {
                return false;
            }
            length = first;
            uint16_t longLength = 0;
            if (first == 255) {
                if (!c.u16(longLength)) {
                    return false;
                }
                length = longLength;
            }
        }
        const uint8_t* value = nullptr;
        if (!c.take(length, value)) {
            return false;
        }
        record.fields.push_back({spec, std::vector<uint8_t>(value, value + length)});
    }
    return true;
}

// The smallest size a record of this template can have (variable fields count one byte).
size_t minimumRecordSize(const std::vector<FieldSpec>& fields) {
    size_t size = 0;
    for (const FieldSpec& f : fields) {
        size += f.length == kVariableLength ? 1 : f.length;
    }
    return size;
}

}  // namespace

const DecodedField* DecodedRecord::find(uint16_t id, uint32_t enterprise) const {
    for (const DecodedField& f : fields) {
        if (f.spec.id == id && f.spec.enterprise == enterprise) {
            return &f;
        }
    }
    return nullptr;
}

std::optional<uint64_t> DecodedRecord::number(uint16_t id, uint32_t enterprise) const {
    const DecodedField* f = find(id, enterprise);
    if (f == nullptr || f->value.empty() || f->value.size() > 8) {
        return std::nullopt;
    }
    uint64_t v = 0;
    for (const uint8_t b : f->value) {
        v = (v << 8) | b;
    }
    return v;
}

std::optional<std::string> DecodedRecord::text(uint16_t id, uint32_t enterprise) const {
    const DecodedField* f = find(id, enterprise);
    if (f == nullptr) {
        return std::nullopt;
    }
    return std::string(f->value.begin(), f->value.end());
}

std::optional<IpAddress> DecodedRecord::address(uint16_t id) const {
    const DecodedField* f = find(id);
    if (f == nullptr) {
        return std::nullopt;
    }
    if (f->value.size() == 4) {
        return IpAddress::fromV4(f->value.data());
    }
    if (f->value.size() == 16) {
        return IpAddress::fromV6(f->value.data());
    }
    return std::nullopt;
}

bool readTotals(const DecodedRecord& r, ExportTotals& t) {
    const auto get = [&r](uint16_t id) { return r.number(id).value_or(0); };
    if (r.templateId == kTemplateExporterReliability) {
        t.exportingProcessId = static_cast<uint32_t>(get(ie::exportingProcessId));
        t.recordsLost = get(ie::notSentFlowTotalCount);
        t.packetsLost = get(ie::notSentPacketTotalCount);
        t.octetsLost = get(ie::notSentOctetTotalCount);
        t.firstLossMs = static_cast<int64_t>(get(ie::flowStartMilliseconds));
        t.lastLossMs = static_cast<int64_t>(get(ie::flowEndMilliseconds));
        return true;
    }
    if (r.templateId == kTemplateMeteringStatistics) {
        t.observationDomain = static_cast<uint32_t>(get(ie::observationDomainId));
        t.messagesSent = get(ie::exportedMessageTotalCount);
        t.recordsSent = get(ie::exportedFlowRecordTotalCount);
        t.octetsSent = get(ie::exportedOctetTotalCount);
        return true;
    }
    return false;
}

const std::vector<FieldSpec>* Decoder::findTemplate(uint32_t domain, uint16_t templateId) const {
    const auto it = m_templates.find({domain, templateId});
    return it == m_templates.end() ? nullptr : &it->second;
}

Result<DecodedMessage> Decoder::decode(const uint8_t* data, size_t size) {
    Cursor c(data, size);
    DecodedMessage m;
    uint16_t version = 0;
    if (!c.u16(version) || !c.u16(m.length) || !c.u32(m.exportTime) || !c.u32(m.sequence) ||
        !c.u32(m.observationDomain)) {
        return corrupt("the message header is cut short");
    }
    if (version != kVersion) {
        return corrupt("version " + std::to_string(version) + " is not IPFIX (10)");
    }
    if (m.length < kMessageHeaderBytes || m.length > size) {
        return corrupt("the length field says " + std::to_string(m.length) + " bytes but " +
                       std::to_string(size) + " arrived");
    }
    Cursor body(nullptr, 0);
    // The header is consumed; the rest of the declared length is the sets.
    if (!c.sub(m.length - kMessageHeaderBytes, body)) {
        return corrupt("the message is shorter than its length field");
    }
    while (body.left() > 0) {
        uint16_t setId = 0;
        uint16_t setLength = 0;
        if (!body.u16(setId) || !body.u16(setLength)) {
            return corrupt("a set header is cut short");
        }
        Cursor set(nullptr, 0);
        if (setLength < kSetHeaderBytes || !body.sub(setLength - kSetHeaderBytes, set)) {
            return corrupt("a set's length (" + std::to_string(setLength) +
                           ") does not fit the message");
        }
        if (setId == kTemplateSetId || setId == kOptionsTemplateSetId) {
            Status s = readTemplates(set, setId, m.observationDomain, m_templates, m.templatesSeen);
            if (!s) {
                return s.error();
            }
            continue;
        }
        if (setId < kFirstDataSetId) {
            return corrupt("set id " + std::to_string(setId) + " is reserved");
        }
        const std::vector<FieldSpec>* fields = findTemplate(m.observationDomain, setId);
        if (fields == nullptr) {
            ++m.setsWithoutTemplate;
            continue;
        }
        // Records follow each other until only padding (shorter than a record) is left.
        const size_t minimum = std::max<size_t>(1, minimumRecordSize(*fields));
        while (set.left() >= minimum) {
            DecodedRecord record;
            record.observationDomain = m.observationDomain;
            record.templateId = setId;
            if (!readRecord(set, *fields, record)) {
                return corrupt("a record of template " + std::to_string(setId) +
                               " runs past the end of its set");
            }
            m.records.push_back(std::move(record));
        }
    }
    return m;
}

FlowRecord toFlowRecord(const DecodedRecord& d, uint32_t pen) {
    FlowRecord r;
    const bool v6 = d.find(ie::sourceIPv6Address) != nullptr;
    r.source = d.address(v6 ? ie::sourceIPv6Address : ie::sourceIPv4Address).value_or(IpAddress{});
    r.destination = d.address(v6 ? ie::destinationIPv6Address : ie::destinationIPv4Address)
                        .value_or(IpAddress{});
    r.sourcePort = static_cast<uint16_t>(d.number(ie::sourceTransportPort).value_or(0));
    r.destinationPort = static_cast<uint16_t>(d.number(ie::destinationTransportPort).value_or(0));
    r.protocol = static_cast<uint8_t>(d.number(ie::protocolIdentifier).value_or(0));
    r.octets = d.number(ie::octetDeltaCount).value_or(0);
    r.packets = d.number(ie::packetDeltaCount).value_or(0);
    r.startMs = static_cast<int64_t>(d.number(ie::flowStartMilliseconds).value_or(0));
    r.endMs = static_cast<int64_t>(d.number(ie::flowEndMilliseconds).value_or(0));
    r.endReason = static_cast<EndReason>(d.number(ie::flowEndReason).value_or(0));
    r.tcpFlags = static_cast<uint16_t>(d.number(ie::tcpControlBits).value_or(0));
    r.direction = static_cast<Direction>(d.number(ie::flowDirection).value_or(0));
    r.ingressInterface = static_cast<uint32_t>(d.number(ie::ingressInterface).value_or(0));
    r.applicationName = d.text(ie::applicationName).value_or("");
    r.userName = d.text(ie::userName).value_or("");
    r.pid = static_cast<uint32_t>(d.number(flowscope_ie::processId, pen).value_or(0));
    r.executablePath = d.text(flowscope_ie::executablePath, pen).value_or("");
    r.remoteHostName = d.text(flowscope_ie::remoteHostName, pen).value_or("");
    return r;
}

}  // namespace flowscope::ipfix
