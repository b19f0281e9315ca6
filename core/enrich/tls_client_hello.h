// The server name (SNI, RFC 6066 3) of a TLS ClientHello, read from untrusted bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "core/enrich/name_parse_status.h"

namespace flowscope {

// True if `bytes` start like a TLS handshake record carrying a ClientHello: content type 22,
// version 3.x, and (when the 6th byte is there) handshake type 1. Cheap: a per-packet filter.
bool looksLikeTlsClientHello(std::span<const uint8_t> bytes);

// Reads the host_name of the server_name extension of the ClientHello that starts `bytes`
// (the start of a TCP stream's payload: TLS records of content type 22). The handshake message
// may span several records; their fragments are joined. `serverName` is lower-cased.
// Ok: found. Absent: a complete ClientHello without server_name. Truncated: the bytes end
// before the server_name was read (the extension may still be found in later bytes; an Ok
// does not need the bytes after it). Malformed: a length that overruns its enclosing length,
// a record that is not a handshake record before the ClientHello ends, or a server name that
// is empty, over 255 bytes or holds a byte outside '!'..'~'. Other: not a handshake record or
// not a ClientHello.
ParseStatus parseTlsClientHelloSni(std::span<const uint8_t> bytes, std::string& serverName);

}  // namespace flowscope
