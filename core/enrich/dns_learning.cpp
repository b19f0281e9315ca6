#include "core/enrich/dns_learning.h"

#include <algorithm>

#include "core/enrich/dns_name.h"

namespace flowscope {

namespace {

uint32_t rfc2181Ttl(uint32_t ttl) {
    return (ttl & 0x80000000u) != 0 ? 0 : ttl;
}

// The CNAME answer whose target is `name`, or nullptr.
const DnsRecord* aliasOf(const DnsMessage& m, const std::string& name) {
    for (const DnsRecord& r : m.answers) {
        if (r.type == kDnsTypeCname && r.rclass == kDnsClassIn && r.target == name) {
            return &r;
        }
    }
    return nullptr;
}

bool isQuestion(const DnsMessage& m, const std::string& name) {
    return std::any_of(m.questions.begin(), m.questions.end(),
                       [&](const DnsQuestion& q) { return q.name == name; });
}

}  // namespace

std::vector<DnsLearning> learnFromDnsResponse(const DnsMessage& message) {
    std::vector<DnsLearning> out;
    if (!message.response || message.opcode != 0 || message.rcode != kDnsRcodeNoError) {
        return out;
    }
    for (const DnsRecord& r : message.answers) {
        if (r.rclass != kDnsClassIn) {
            continue;
        }
        if (r.type == kDnsTypePtr) {
            if (auto address = addressFromReverseName(r.name); address && !r.target.empty()) {
                out.push_back(DnsLearning{*address, r.target, {}, rfc2181Ttl(r.ttl), true});
            }
            continue;
        }
        if (r.type != kDnsTypeA && r.type != kDnsTypeAaaa) {
            continue;
        }
        // Walk the chain backwards; it cannot be longer than the answer section, so a loop
        // of CNAMEs ends the walk too.
        std::string start = r.name;
        uint32_t ttl = rfc2181Ttl(r.ttl);
        size_t steps = 0;
        while (steps < message.answers.size()) {
            if (!message.questions.empty() && isQuestion(message, start)) {
                break;
            }
            const DnsRecord* alias = aliasOf(message, start);
            if (alias == nullptr || alias->name == start) {
                break;
            }
            start = alias->name;
            ttl = std::min(ttl, rfc2181Ttl(alias->ttl));
            ++steps;
        }
        if (!message.questions.empty() && !isQuestion(message, start)) {
            continue;
        }
        DnsLearning l;
        l.address = r.address;
        l.canonical = start == r.name ? std::string() : r.name;
        l.name = std::move(start);
        l.ttl = ttl;
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace flowscope
