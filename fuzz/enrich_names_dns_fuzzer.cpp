// libFuzzer: the DNS message parser, what a response teaches, and the PTR answer reader.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "core/enrich/dns_learning.h"
#include "core/enrich/dns_message.h"
#include "core/enrich/reverse_dns_query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace flowscope;
    const std::span<const uint8_t> bytes(data, size);
    DnsMessage m;
    const ParseStatus s = parseDnsMessage(bytes, m);
    // A name is at most 255 wire bytes; escaped as \DDD each byte becomes at most 4 characters.
    for (const DnsRecord& r : m.answers) {
        if (r.name.size() > 4 * 255 || r.target.size() > 4 * 255) {
            std::abort();
        }
    }
    if (s == ParseStatus::Ok) {
        if (m.questions.size() != m.questionCount || m.answers.size() != m.answerCount) {
            std::abort();
        }
        for (const DnsLearning& l : learnFromDnsResponse(m)) {
            if (l.name.empty() && !l.reverse && l.address.isNone()) {
                std::abort();
            }
        }
    }
    // The reverse DNS client reads untrusted datagrams too.
    if (size >= 2) {
        const uint16_t id = static_cast<uint16_t>((data[0] << 8) | data[1]);
        for (const char* a : {"192.0.2.1", "2001:db8::1"}) {
            const PtrAnswer p = readPtrAnswer(bytes, id, *IpAddress::parse(a));
            if (p.status == ReverseDnsStatus::Found && p.name.empty()) {
                std::abort();
            }
        }
    }
    return 0;
}
