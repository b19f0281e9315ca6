// ARP / RARP.
#include "core/packet/layers.h"

namespace flowscope::packet_internal {

namespace {

// hardware type(2) protocol type(2) hardware length(1) protocol length(1) operation(2), then
// sender hardware, sender protocol, target hardware, target protocol addresses.
constexpr size_t kArpFixed = 8;
constexpr uint16_t kEtherIpv4 = 0x0800;

}  // namespace

// Status Arp. For IPv4-over-anything ARP, src/dst are the sender and target protocol
// addresses (useful to show who asks for whom); they never make an IP flow.
DecodeStatus decodeArp(ByteReader r, DecodedPacket& out) {
    r.need(kArpFixed);
    const uint16_t protocolType = r.be16(2);
    const size_t hardwareLength = r.u8(4);
    const size_t protocolLength = r.u8(5);
    if (r.overran()) {
        out.truncated = true;
        return DecodeStatus::Arp;
    }
    if (protocolType != kEtherIpv4 || protocolLength != 4) {
        return DecodeStatus::Arp;
    }
    const size_t senderAt = kArpFixed + hardwareLength;
    const size_t targetAt = senderAt + 4 + hardwareLength;
    const uint8_t* sender = r.ptr(senderAt, 4);
    const uint8_t* target = r.ptr(targetAt, 4);
    if (r.overran()) {
        out.truncated = true;
        return DecodeStatus::Arp;
    }
    out.src.assignV4(sender);
    out.dst.assignV4(target);
    return DecodeStatus::Arp;
}

}  // namespace flowscope::packet_internal
