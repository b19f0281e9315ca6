// Which frames the engine needs whole. The capture thread copies only the first
// EngineConfig::copyBytes of a frame (headers are all flows need), except for the few frames
// whose payload names the other end: DNS responses, TLS ClientHellos and HTTP requests, which
// the name learner reads (core/enrich). Those are copied up to kNamePayloadBytes.
#pragma once

#include <cstdint>

#include "core/capture/raw_packet.h"

namespace flowscope {

inline constexpr uint32_t kNamePayloadBytes = 4096;

// Bytes of `packet` to hand to the engine thread: min(captured, copyBytes), or more for a frame
// that may carry a name (decided from its headers and first payload bytes, ~10 ns).
uint32_t bytesToCopy(const RawPacket& packet, uint32_t copyBytes);

}  // namespace flowscope
