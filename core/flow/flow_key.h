// Direction-independent identity of a connection: protocol and the two endpoints.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/base/ip_address.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

struct Endpoint {
    IpAddress address;
    uint16_t port = 0;  // 0 when the protocol has no ports
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

// Canonical: endpoint `a` sorts before or equal to endpoint `b` (address, then port), so both
// directions of a connection produce the same key.
struct FlowKey {
    Endpoint a;
    Endpoint b;
    uint8_t protocol = 0;  // IP protocol number
    bool hasPorts = false;

    // Builds the canonical key of a decoded IP packet; `sourceIsA` tells which way it went.
    static FlowKey fromPacket(const DecodedPacket& packet, bool& sourceIsA);

    size_t hash() const;
    friend bool operator==(const FlowKey&, const FlowKey&) = default;
};

struct FlowKeyHash {
    size_t operator()(const FlowKey& k) const { return k.hash(); }
};

// "tcp", "udp", "icmp", "icmpv6" or "other".
const char* protocolName(uint8_t ipProtocol);

}  // namespace flowscope
