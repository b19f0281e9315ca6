// IPFIX (RFC 7011) constants, the information elements Flowscope exports (RFC 7012 and the
// IANA "IPFIX Information Elements" registry), and the flow record they describe.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/ip_address.h"

namespace flowscope::ipfix {

constexpr uint16_t kVersion = 10;
constexpr size_t kMessageHeaderBytes = 16;  // version, length, export time, sequence, domain
constexpr size_t kSetHeaderBytes = 4;       // set id, length
constexpr uint16_t kTemplateSetId = 2;
constexpr uint16_t kOptionsTemplateSetId = 3;
constexpr uint16_t kFirstDataSetId = 256;  // data sets carry the id of their template
constexpr uint16_t kVariableLength = 65535;
constexpr uint16_t kEnterpriseBit = 0x8000;
// RFC 5612's number reserved for documentation: a placeholder until Flowscope has its own.
constexpr uint32_t kDocumentationPen = 32473;

// Template ids of the two record layouts (one per address family).
constexpr uint16_t kTemplateV4 = 256;
constexpr uint16_t kTemplateV6 = 257;
// Options templates (RFC 7011 section 4, RFC 5610), sent with the record templates.
constexpr uint16_t kTemplateExporterReliability = 258;  // RFC 7011 4.3
constexpr uint16_t kTemplateMeteringStatistics = 259;   // RFC 7011 4.1
constexpr uint16_t kTemplateElementTypes = 260;         // RFC 5610: Flowscope's own elements

// IANA element ids (enterprise number 0).
namespace ie {
constexpr uint16_t octetDeltaCount = 1;            // unsigned64
constexpr uint16_t packetDeltaCount = 2;           // unsigned64
constexpr uint16_t protocolIdentifier = 4;         // unsigned8
constexpr uint16_t tcpControlBits = 6;             // unsigned16 (RFC 7125)
constexpr uint16_t sourceTransportPort = 7;        // unsigned16
constexpr uint16_t sourceIPv4Address = 8;          // ipv4Address
constexpr uint16_t ingressInterface = 10;          // unsigned32
constexpr uint16_t destinationTransportPort = 11;  // unsigned16
constexpr uint16_t destinationIPv4Address = 12;    // ipv4Address
constexpr uint16_t sourceIPv6Address = 27;         // ipv6Address
constexpr uint16_t destinationIPv6Address = 28;    // ipv6Address
constexpr uint16_t flowDirection = 61;             // unsigned8: 0 ingress, 1 egress
constexpr uint16_t applicationName = 96;           // string
constexpr uint16_t flowEndReason = 136;            // unsigned8
constexpr uint16_t flowStartMilliseconds = 152;    // dateTimeMilliseconds
constexpr uint16_t flowEndMilliseconds = 153;      // dateTimeMilliseconds
constexpr uint16_t userName = 371;                 // string
// Options records: the exporter's statistics and the type information of enterprise elements.
constexpr uint16_t exportedOctetTotalCount = 40;         // unsigned64
constexpr uint16_t exportedMessageTotalCount = 41;       // unsigned64
constexpr uint16_t exportedFlowRecordTotalCount = 42;    // unsigned64
constexpr uint16_t exportingProcessId = 144;             // unsigned32
constexpr uint16_t observationDomainId = 149;            // unsigned32
constexpr uint16_t notSentFlowTotalCount = 166;          // unsigned64
constexpr uint16_t notSentPacketTotalCount = 167;        // unsigned64
constexpr uint16_t notSentOctetTotalCount = 168;         // unsigned64
constexpr uint16_t informationElementId = 303;           // unsigned16
constexpr uint16_t informationElementDataType = 339;     // unsigned8
constexpr uint16_t informationElementDescription = 340;  // string
constexpr uint16_t informationElementName = 341;         // string
constexpr uint16_t informationElementRangeBegin = 342;   // unsigned64
constexpr uint16_t informationElementRangeEnd = 343;     // unsigned64
constexpr uint16_t informationElementSemantics = 344;    // unsigned8
constexpr uint16_t informationElementUnits = 345;        // unsigned16
constexpr uint16_t privateEnterpriseNumber = 346;        // unsigned32
}  // namespace ie

// Flowscope's own elements, under the configured enterprise number.
namespace flowscope_ie {
constexpr uint16_t processId = 1;       // unsigned32: lowest pid holding the socket
constexpr uint16_t executablePath = 2;  // string
constexpr uint16_t remoteHostName = 3;  // string: from DNS answers, TLS SNI or HTTP Host
}  // namespace flowscope_ie

// flowEndReason values (RFC 7012 section 5.11.4 / RFC 5102).
enum class EndReason : uint8_t {
    IdleTimeout = 1,
    ActiveTimeout = 2,
    EndOfFlow = 3,
    ForcedEnd = 4,
    LackOfResources = 5,
};

enum class Direction : uint8_t { Ingress = 0, Egress = 1 };

// What one message carries: its data records (flow and options) set the sequence number of
// the next message; its flow records, packets and octets go into the exporter's statistics.
struct MessageLoad {
    size_t records = 0;
    size_t flowRecords = 0;
    uint64_t packets = 0;
    uint64_t octets = 0;
};

// The exporter's totals since it started, as its options records send them (RFC 7011 4.1,
// 4.3). Loss times are Unix epoch milliseconds, 0 while nothing was lost.
struct ExportTotals {
    uint32_t exportingProcessId = 0;
    uint32_t observationDomain = 0;
    uint64_t messagesSent = 0;
    uint64_t recordsSent = 0;  // flow records
    uint64_t octetsSent = 0;   // the sent messages' lengths
    uint64_t recordsLost = 0;
    uint64_t packetsLost = 0;  // in the flow records lost
    uint64_t octetsLost = 0;
    int64_t firstLossMs = 0;
    int64_t lastLossMs = 0;

    friend bool operator==(const ExportTotals&, const ExportTotals&) = default;
};

// One direction of one flow over one reporting interval (a uniflow record).
struct FlowRecord {
    IpAddress source;
    IpAddress destination;  // same family as source
    uint16_t sourcePort = 0;
    uint16_t destinationPort = 0;
    uint8_t protocol = 0;
    uint64_t octets = 0;
    uint64_t packets = 0;
    int64_t startMs = 0;  // Unix epoch milliseconds
    int64_t endMs = 0;
    EndReason endReason = EndReason::ActiveTimeout;
    uint16_t tcpFlags = 0;
    Direction direction = Direction::Egress;
    uint32_t ingressInterface = 0;
    std::string applicationName;
    std::string userName;
    uint32_t pid = 0;
    std::string executablePath;
    std::string remoteHostName;

    friend bool operator==(const FlowRecord&, const FlowRecord&) = default;
};

}  // namespace flowscope::ipfix
