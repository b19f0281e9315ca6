// A bounds-checked parser of DNS messages (RFC 1035 4.1) as seen in captured traffic: the
// header, the questions and the answer records. The authority and additional sections are
// not read (names are learned from answers only), so a message cut inside them still parses.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/enrich/name_parse_status.h"

namespace flowscope {

inline constexpr uint16_t kDnsTypeA = 1;
inline constexpr uint16_t kDnsTypeCname = 5;
inline constexpr uint16_t kDnsTypePtr = 12;
inline constexpr uint16_t kDnsTypeAaaa = 28;
inline constexpr uint16_t kDnsClassIn = 1;
inline constexpr uint8_t kDnsRcodeNoError = 0;
inline constexpr uint8_t kDnsRcodeServFail = 2;
inline constexpr uint8_t kDnsRcodeNxDomain = 3;

struct DnsQuestion {
    std::string name;  // lower case, see readDnsName
    uint16_t type = 0;
    uint16_t qclass = 0;  // without mDNS's unicast-response bit
};

struct DnsRecord {
    std::string name;  // owner name
    uint16_t type = 0;
    uint16_t rclass = 0;  // without mDNS's cache-flush bit
    uint32_t ttl = 0;
    IpAddress address;   // A, AAAA
    std::string target;  // CNAME, PTR
};

struct DnsMessage {
    uint16_t id = 0;
    bool response = false;       // QR
    uint8_t opcode = 0;          // 0 = standard query
    bool authoritative = false;  // AA
    bool truncatedFlag = false;  // TC: the server cut the answer to fit UDP
    bool recursionDesired = false;
    uint8_t rcode = 0;
    uint16_t questionCount = 0;  // counts as declared in the header
    uint16_t answerCount = 0;
    uint16_t authorityCount = 0;
    uint16_t additionalCount = 0;
    std::vector<DnsQuestion> questions;
    // Every answer record; types other than A, AAAA, CNAME and PTR keep only name, type,
    // class and TTL.
    std::vector<DnsRecord> answers;
};

// Parses `bytes`, one DNS message starting at its 12-byte header (for DNS over TCP, after the
// two-byte length prefix). On Truncated, `out` holds the header and the records read before
// the end; on Malformed its content is unspecified. Every read is checked against `bytes`.
ParseStatus parseDnsMessage(std::span<const uint8_t> bytes, DnsMessage& out);

}  // namespace flowscope
