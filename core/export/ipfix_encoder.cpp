#include "core/export/ipfix_encoder.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace flowscope::ipfix {

namespace {

struct Field {
    uint16_t id;
    uint16_t length;
    bool enterprise;
};

// Both layouts share every field but the addresses: the order here is the order on the wire.
std::array<Field, 18> layout(bool v6) {
    const uint16_t addr = v6 ? 16 : 4;
    return {{
        {v6 ? ie::sourceIPv6Address : ie::sourceIPv4Address, addr, false},
        {v6 ? ie::destinationIPv6Address : ie::destinationIPv4Address, addr, false},
        {ie::sourceTransportPort, 2, false},
        {ie::destinationTransportPort, 2, false},
        {ie::protocolIdentifier, 1, false},
        {ie::octetDeltaCount, 8, false},
        {ie::packetDeltaCount, 8, false},
        {ie::flowStartMilliseconds, 8, false},
        {ie::flowEndMilliseconds, 8, false},
        {ie::flowEndReason, 1, false},
        {ie::tcpControlBits, 2, false},
        {ie::flowDirection, 1, false},
        {ie::ingressInterface, 4, false},
        {ie::applicationName, kVariableLength, false},
        {ie::userName, kVariableLength, false},
        {flowscope_ie::processId, 4, true},
        {flowscope_ie::executablePath, kVariableLength, true},
        {flowscope_ie::remoteHostName, kVariableLength, true},
    }};
}

// An options template: its scope fields come first.
struct OptionsLayout {
    uint16_t id;
    uint16_t scopeCount;
    std::vector<Field> fields;
};

std::array<OptionsLayout, 3> optionsLayouts() {
    return {{
        {kTemplateExporterReliability,
         1,
         {{ie::exportingProcessId, 4, false},
          {ie::notSentFlowTotalCount, 8, false},
          {ie::notSentPacketTotalCount, 8, false},
          {ie::notSentOctetTotalCount, 8, false},
          {ie::flowStartMilliseconds, 8, false},  // the first loss
          {ie::flowEndMilliseconds, 8, false}}},  // the last loss
        {kTemplateMeteringStatistics,
         1,
         {{ie::observationDomainId, 4, false},
          {ie::exportedMessageTotalCount, 8, false},
          {ie::exportedFlowRecordTotalCount, 8, false},
          {ie::exportedOctetTotalCount, 8, false}}},
        {kTemplateElementTypes,
         2,
         {{ie::informationElementId, 2, false},
          {ie::privateEnterpriseNumber, 4, false},
          {ie::informationElementDataType, 1, false},
          {ie::informationElementSemantics, 1, false},
          // Optional in RFC 5610 but required by libfixbuf (YAF, SiLK, ipfixDump --rfc5610)
          // to take the record as type information: 0 means none, unbounded.
          {ie::informationElementUnits, 2, false},
          {ie::informationElementRangeBegin, 8, false},
          {ie::informationElementRangeEnd, 8, false},
          {ie::informationElementName, kVariableLength, false},
          {ie::informationElementDescription, kVariableLength, false}}},
    }};
}

// RFC 5610's description of each of Flowscope's own elements (IANA's data type and
// semantics codes).
struct ElementType {
    uint16_t id;
    uint8_t dataType;   // 3 unsigned32, 13 string
    uint8_t semantics;  // 0 default, 4 identifier
    std::string_view name;
    std::string_view description;
};

constexpr std::array<ElementType, kElementTypeRecords> kElementTypes{{
    {flowscope_ie::processId, 3, 4, "processId",
     "The lowest process id holding the flow's socket on the exporting host."},
    {flowscope_ie::executablePath, 13, 0, "executablePath",
     "The executable file of the program behind the flow."},
    {flowscope_ie::remoteHostName, 13, 0, "remoteHostName",
     "The remote end's host name, from DNS answers, TLS SNI or HTTP Host."},
}};

void writeFieldSpecs(ByteWriter& w, const Field* fields, size_t count, uint32_t pen) {
    for (size_t i = 0; i < count; ++i) {
        const Field& f = fields[i];
        w.u16(f.enterprise ? static_cast<uint16_t>(f.id | kEnterpriseBit) : f.id);
        w.u16(f.length);
        if (f.enterprise) {
            w.u32(pen);
        }
    }
}

size_t variableSize(size_t length) {
    length = std::min(length, kMaxStringBytes);
    return (length < 255 ? 1 : 3) + length;
}

}  // namespace

void ByteWriter::u16(uint16_t v) {
    m_out.push_back(static_cast<uint8_t>(v >> 8));
    m_out.push_back(static_cast<uint8_t>(v));
}

void ByteWriter::u32(uint32_t v) {
    u16(static_cast<uint16_t>(v >> 16));
    u16(static_cast<uint16_t>(v));
}

void ByteWriter::u64(uint64_t v) {
    u32(static_cast<uint32_t>(v >> 32));
    u32(static_cast<uint32_t>(v));
}

void ByteWriter::variable(std::string_view text) {
    text = text.substr(0, std::min(text.size(), kMaxStringBytes));
    if (text.size() < 255) {
        u8(static_cast<uint8_t>(text.size()));
    } else {
        u8(255);
        u16(static_cast<uint16_t>(text.size()));
    }
    bytes(reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

void ByteWriter::patch16(size_t at, uint16_t v) {
    m_out[at] = static_cast<uint8_t>(v >> 8);
    m_out[at + 1] = static_cast<uint8_t>(v);
}

void ByteWriter::patch32(size_t at, uint32_t v) {
    patch16(at, static_cast<uint16_t>(v >> 16));
    patch16(at + 2, static_cast<uint16_t>(v));
}

void MessageEncoder::begin(const MessageHeader& header) {
    m_start = m_out.size();
    m_w.u16(kVersion);
    m_w.u16(0);  // length, written by finish()
    m_w.u32(header.exportTime);
    m_w.u32(header.sequence);
    m_w.u32(header.observationDomain);
}

void MessageEncoder::templates(uint32_t pen) {
    const size_t setStart = m_out.size();
    m_w.u16(kTemplateSetId);
    m_w.u16(0);
    for (const bool v6 : {false, true}) {
        const auto fields = layout(v6);
        m_w.u16(v6 ? kTemplateV6 : kTemplateV4);
        m_w.u16(static_cast<uint16_t>(fields.size()));
        writeFieldSpecs(m_w, fields.data(), fields.size(), pen);
    }
    m_w.patch16(setStart + 2, static_cast<uint16_t>(m_out.size() - setStart));
}

// One set per options template, without padding: pmacct's nfacctd 1.7 misreads a second
// options template in the same set, and the padding allowed after it (RFC 7011 3.3.1).
void MessageEncoder::optionsTemplates() {
    for (const OptionsLayout& t : optionsLayouts()) {
        const size_t setStart = m_out.size();
        m_w.u16(kOptionsTemplateSetId);
        m_w.u16(0);
        m_w.u16(t.id);
        m_w.u16(static_cast<uint16_t>(t.fields.size()));
        m_w.u16(t.scopeCount);
        writeFieldSpecs(m_w, t.fields.data(), t.fields.size(), 0);
        m_w.patch16(setStart + 2, static_cast<uint16_t>(m_out.size() - setStart));
    }
}

size_t MessageEncoder::elementTypes(uint32_t pen) {
    beginDataSet(kTemplateElementTypes);
    for (const ElementType& e : kElementTypes) {
        m_w.u16(e.id);
        m_w.u32(pen);
        m_w.u8(e.dataType);
        m_w.u8(e.semantics);
        m_w.u16(0);  // units
        m_w.u64(0);  // range
        m_w.u64(0);
        m_w.variable(e.name);
        m_w.variable(e.description);
    }
    endDataSet();
    return kElementTypes.size();
}

size_t MessageEncoder::totals(const ExportTotals& t) {
    beginDataSet(kTemplateExporterReliability);
    m_w.u32(t.exportingProcessId);
    m_w.u64(t.recordsLost);
    m_w.u64(t.packetsLost);
    m_w.u64(t.octetsLost);
    m_w.u64(static_cast<uint64_t>(t.firstLossMs));
    m_w.u64(static_cast<uint64_t>(t.lastLossMs));
    endDataSet();
    beginDataSet(kTemplateMeteringStatistics);
    m_w.u32(t.observationDomain);
    m_w.u64(t.messagesSent);
    m_w.u64(t.recordsSent);
    m_w.u64(t.octetsSent);
    endDataSet();
    return 2;
}

void MessageEncoder::beginDataSet(uint16_t templateId) {
    m_setStart = m_out.size();
    m_w.u16(templateId);
    m_w.u16(0);
}

void MessageEncoder::record(const FlowRecord& r) {
    const size_t addr = r.source.isV6() ? 16 : 4;
    m_w.bytes(r.source.bytes().data(), addr);
    m_w.bytes(r.destination.bytes().data(), addr);
    m_w.u16(r.sourcePort);
    m_w.u16(r.destinationPort);
    m_w.u8(r.protocol);
    m_w.u64(r.octets);
    m_w.u64(r.packets);
    m_w.u64(static_cast<uint64_t>(r.startMs));
    m_w.u64(static_cast<uint64_t>(r.endMs));
    m_w.u8(static_cast<uint8_t>(r.endReason));
    m_w.u16(r.tcpFlags);
    m_w.u8(static_cast<uint8_t>(r.direction));
    m_w.u32(r.ingressInterface);
    m_w.variable(r.applicationName);
    m_w.variable(r.userName);
    m_w.u32(r.pid);
    m_w.variable(r.executablePath);
    m_w.variable(r.remoteHostName);
}

void MessageEncoder::endDataSet() {
    while ((m_out.size() - m_setStart) % 4 != 0) {
        m_w.u8(0);
    }
    m_w.patch16(m_setStart + 2, static_cast<uint16_t>(m_out.size() - m_setStart));
}

bool MessageEncoder::finish() {
    const size_t length = size();
    if (length > 65535) {
        return false;
    }
    m_w.patch16(m_start + 2, static_cast<uint16_t>(length));
    return true;
}

size_t encodedRecordSize(const FlowRecord& r) {
    const size_t addr = r.source.isV6() ? 16 : 4;
    return 2 * addr + 2 + 2 + 1 + 8 + 8 + 8 + 8 + 1 + 2 + 1 + 4 + 4 +
           variableSize(r.applicationName.size()) + variableSize(r.userName.size()) +
           variableSize(r.executablePath.size()) + variableSize(r.remoteHostName.size());
}

}  // namespace flowscope::ipfix
