// Entry point of core/packet: decode one captured frame of a given link type.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/packet/decoded_packet.h"

namespace flowscope {

// Decodes `length` captured bytes of a frame of `linkType`. Never reads outside
// [data, data + length). Resets `out` first. An ICMP/ICMPv6 error's quoted inner header is
// not decoded as the packet's own addresses (it never creates a flow).
DecodeStatus decodePacket(uint32_t linkType, const uint8_t* data, size_t length,
                          DecodedPacket& out);

}  // namespace flowscope
