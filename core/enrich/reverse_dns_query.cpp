#include "core/enrich/reverse_dns_query.h"

#include <algorithm>

#include "core/enrich/dns_message.h"
#include "core/enrich/dns_name.h"

namespace flowscope {

const char* reverseDnsStatusName(ReverseDnsStatus status) {
    switch (status) {
        case ReverseDnsStatus::Found:
            return "found";
        case ReverseDnsStatus::NoName:
            return "no-name";
        case ReverseDnsStatus::Timeout:
            return "timeout";
        case ReverseDnsStatus::Failed:
            return "failed";
    }
    return "failed";
}

std::vector<uint8_t> buildPtrQuery(uint16_t id, const IpAddress& address) {
    std::vector<uint8_t> q = {
        static_cast<uint8_t>(id >> 8),
        static_cast<uint8_t>(id),
        0x01,
        0x00,  // RD
        0,
        1,
        0,
        0,
        0,
        0,
        0,
        0,  // QDCOUNT 1
    };
    appendDnsName(reverseDnsName(address), q);
    q.insert(q.end(), {0, kDnsTypePtr, 0, kDnsClassIn});
    return q;
}

PtrAnswer readPtrAnswer(std::span<const uint8_t> datagram, uint16_t id, const IpAddress& address) {
    PtrAnswer out;
    DnsMessage m;
    const ParseStatus s = parseDnsMessage(datagram, m);
    const std::string qname = reverseDnsName(address);
    if (m.id != id || !m.response || m.questions.empty() || m.questions[0].name != qname ||
        m.questions[0].type != kDnsTypePtr) {
        return out;  // not ours (or too broken to tell): keep waiting
    }
    out.matches = true;
    if (m.rcode == kDnsRcodeNxDomain) {
        out.status = ReverseDnsStatus::NoName;
        return out;
    }
    if (m.rcode != kDnsRcodeNoError || (s != ParseStatus::Ok && !m.truncatedFlag)) {
        out.status = ReverseDnsStatus::Failed;
        return out;
    }
    // Follow CNAMEs from the question name to the PTR record.
    std::string owner = qname;
    uint32_t ttl = UINT32_MAX;
    for (size_t step = 0; step <= m.answers.size(); ++step) {
        const DnsRecord* next = nullptr;
        for (const DnsRecord& r : m.answers) {
            if (r.name == owner && r.rclass == kDnsClassIn &&
                (r.type == kDnsTypePtr || r.type == kDnsTypeCname)) {
                next = &r;
                if (r.type == kDnsTypePtr) {
                    break;
                }
            }
        }
        if (next == nullptr) {
            break;
        }
        ttl = std::min(ttl, (next->ttl & 0x80000000u) != 0 ? 0 : next->ttl);
        if (next->type == kDnsTypePtr) {
            if (next->target.empty()) {
                break;
            }
            out.status = ReverseDnsStatus::Found;
            out.name = next->target;
            out.ttl = ttl;
            return out;
        }
        owner = next->target;
    }
    out.status = m.truncatedFlag ? ReverseDnsStatus::Failed : ReverseDnsStatus::NoName;
    return out;
}

}  // namespace flowscope
