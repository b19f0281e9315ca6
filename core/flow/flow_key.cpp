#include "core/flow/flow_key.h"

#include "core/flow/flow_key_ops.h"

namespace flowscope {

FlowKey FlowKey::fromPacket(const DecodedPacket& packet, bool& sourceIsA) {
    return keyops::fromPacket(packet, sourceIsA);
}

size_t FlowKey::hash() const {
    return size_t(keyops::hash(*this));
}

const char* protocolName(uint8_t ipProtocol) {
    switch (ipProtocol) {
        case kProtoTcp:
            return "tcp";
        case kProtoUdp:
            return "udp";
        case kProtoIcmp:
            return "icmp";
        case kProtoIcmpv6:
            return "icmpv6";
        default:
            return "other";
    }
}

}  // namespace flowscope
