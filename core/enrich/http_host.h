// The host an HTTP/1.x request is for (RFC 9112 3.2), read from untrusted bytes.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/enrich/name_parse_status.h"

namespace flowscope {

// True if `bytes` start like a request line: 3 to 8 upper-case letters and a space (the same
// test the engine uses to decide which frames to copy whole).
bool looksLikeHttpRequest(std::span<const uint8_t> bytes);

// Reads the host of the HTTP/1.x request that starts `bytes`: the authority of an
// absolute-form or authority-form (CONNECT) request target if there is one, else the Host
// header's. The port and the brackets of an IPv6 literal are removed; the result is lower
// case. Ok: found. Absent: the header section ended without a Host. Truncated: the bytes end
// before the request line or the Host header does. Malformed: a request line over 8 KiB, a
// header section over 64 KiB, or a host with a character a host cannot have. Other: not an
// HTTP/1.x request line (HTTP/0.9, HTTP/2's preface, any other protocol).
ParseStatus parseHttpHost(std::span<const uint8_t> bytes, std::string& host);

}  // namespace flowscope
