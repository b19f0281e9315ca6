#include "core/enrich/dns_message.h"

#include "core/enrich/dns_name.h"

namespace flowscope {

namespace {

constexpr size_t kHeaderLength = 12;
constexpr uint16_t kClassMask = 0x7fff;  // mDNS uses the top bit as a flag

uint16_t be16(std::span<const uint8_t> b, size_t at) {
    return static_cast<uint16_t>((b[at] << 8) | b[at + 1]);
}
uint32_t be32(std::span<const uint8_t> b, size_t at) {
    return (uint32_t{b[at]} << 24) | (uint32_t{b[at + 1]} << 16) | (uint32_t{b[at + 2]} << 8) |
           b[at + 3];
}

// The record data of A, AAAA, CNAME and PTR records, which lies in [start, start + length).
ParseStatus readRecordData(std::span<const uint8_t> bytes, size_t start, size_t length,
                           DnsRecord& record) {
    switch (record.type) {
        case kDnsTypeA:
            if (length != 4) {
                return ParseStatus::Malformed;
            }
            record.address = IpAddress::fromV4(bytes.data() + start);
            return ParseStatus::Ok;
        case kDnsTypeAaaa:
            if (length != 16) {
                return ParseStatus::Malformed;
            }
            record.address = IpAddress::fromV6(bytes.data() + start);
            return ParseStatus::Ok;
        case kDnsTypeCname:
        case kDnsTypePtr: {
            size_t next = 0;
            // The whole rdata is there (checked by the caller), so running out of bytes
            // while reading the name means it overran its record.
            const ParseStatus s =
                readDnsName(bytes.first(start + length), start, record.target, next);
            if (s == ParseStatus::Truncated || (s == ParseStatus::Ok && next != start + length)) {
                return ParseStatus::Malformed;
            }
            return s;
        }
        default:
            return ParseStatus::Ok;
    }
}

}  // namespace

ParseStatus parseDnsMessage(std::span<const uint8_t> bytes, DnsMessage& out) {
    // Cleared, not replaced: a caller that reuses `out` keeps the vectors' storage.
    out.questions.clear();
    out.answers.clear();
    out.id = 0;
    out.response = out.authoritative = out.truncatedFlag = out.recursionDesired = false;
    out.opcode = out.rcode = 0;
    out.questionCount = out.answerCount = out.authorityCount = out.additionalCount = 0;
    if (bytes.size() < kHeaderLength) {
        return ParseStatus::Truncated;
    }
    out.id = be16(bytes, 0);
    const uint16_t flags = be16(bytes, 2);
    out.response = (flags & 0x8000) != 0;
    out.opcode = static_cast<uint8_t>((flags >> 11) & 0x0f);
    out.authoritative = (flags & 0x0400) != 0;
    out.truncatedFlag = (flags & 0x0200) != 0;
    out.recursionDesired = (flags & 0x0100) != 0;
    out.rcode = static_cast<uint8_t>(flags & 0x0f);
    out.questionCount = be16(bytes, 4);
    out.answerCount = be16(bytes, 6);
    out.authorityCount = be16(bytes, 8);
    out.additionalCount = be16(bytes, 10);

    size_t pos = kHeaderLength;
    for (uint16_t i = 0; i < out.questionCount; ++i) {
        DnsQuestion q;
        size_t next = 0;
        const ParseStatus s = readDnsName(bytes, pos, q.name, next);
        if (s != ParseStatus::Ok) {
            return s;
        }
        if (bytes.size() - next < 4) {
            return ParseStatus::Truncated;
        }
        q.type = be16(bytes, next);
        q.qclass = be16(bytes, next + 2) & kClassMask;
        pos = next + 4;
        out.questions.push_back(std::move(q));
    }
    for (uint16_t i = 0; i < out.answerCount; ++i) {
        DnsRecord r;
        size_t next = 0;
        const ParseStatus s = readDnsName(bytes, pos, r.name, next);
        if (s != ParseStatus::Ok) {
            return s;
        }
        if (bytes.size() - next < 10) {
            return ParseStatus::Truncated;
        }
        r.type = be16(bytes, next);
        r.rclass = be16(bytes, next + 2) & kClassMask;
        r.ttl = be32(bytes, next + 4);
        const size_t dataLength = be16(bytes, next + 8);
        const size_t dataStart = next + 10;
        if (bytes.size() - dataStart < dataLength) {
            return ParseStatus::Truncated;
        }
        const ParseStatus d = readRecordData(bytes, dataStart, dataLength, r);
        if (d != ParseStatus::Ok) {
            return d;
        }
        pos = dataStart + dataLength;
        out.answers.push_back(std::move(r));
    }
    return ParseStatus::Ok;
}

}  // namespace flowscope
