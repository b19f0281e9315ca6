// What a DNS response teaches about addresses: address → the name the machine asked for.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/ip_address.h"
#include "core/enrich/dns_message.h"

namespace flowscope {

struct DnsLearning {
    IpAddress address;
    // A/AAAA: the name the machine asked for (the question name the CNAME chain leads back
    // to). PTR (reverse: true): the name the PTR record gives for the address.
    std::string name;
    // A/AAAA reached through CNAMEs: the owner name of the address record (the chain's
    // canonical name); empty when it is `name` itself.
    std::string canonical;
    // Seconds: the smallest TTL along the chain (RFC 2181: a TTL with the top bit set is 0).
    uint32_t ttl = 0;
    bool reverse = false;
};

// The learnings of one parsed response: nothing unless it is a standard-query response with
// RCODE NOERROR. Every class-IN A or AAAA answer yields one learning named after the start of
// its CNAME chain (followed backwards through the answer section, loops and chains longer than
// the answer section ignored). If the message has questions, the chain must lead back to one
// of them; an answer that does not (unrelated data a server added) is not learned. mDNS
// responses carry no question: each address is then named after its chain's start. Class-IN
// PTR answers for in-addr.arpa / ip6.arpa names yield reverse learnings.
std::vector<DnsLearning> learnFromDnsResponse(const DnsMessage& message);

}  // namespace flowscope
