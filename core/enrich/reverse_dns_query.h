// The wire side of reverse DNS: a PTR query for an address, and what a response to it says.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/base/ip_address.h"

namespace flowscope {

enum class ReverseDnsStatus : uint8_t {
    Found,    // a PTR name
    NoName,   // NXDOMAIN, or NOERROR without a PTR record
    Timeout,  // no answer after the timeout and the retries
    Failed,   // SERVFAIL, REFUSED, an unusable answer, or a network error
};

// "found", "no-name", "timeout" or "failed".
const char* reverseDnsStatusName(ReverseDnsStatus status);

// A standard query (recursion desired) for the PTR record of reverseDnsName(address).
std::vector<uint8_t> buildPtrQuery(uint16_t id, const IpAddress& address);

struct PtrAnswer {
    bool matches = false;  // a response to this query (id, question); else ignore it
    ReverseDnsStatus status = ReverseDnsStatus::Failed;
    std::string name;  // Found
    uint32_t ttl = 0;  // Found: the PTR record's TTL (after following CNAMEs, the smallest)
};

// Reads a datagram received for the query (id, address). A PTR reached through CNAMEs (RFC
// 2317 classless delegation) counts. A response with the TC bit and no usable PTR is Failed
// (there is no fallback to TCP).
PtrAnswer readPtrAnswer(std::span<const uint8_t> datagram, uint16_t id, const IpAddress& address);

}  // namespace flowscope
