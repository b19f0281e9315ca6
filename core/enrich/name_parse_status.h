// Outcome of the name parsers of core/enrich (DNS messages, TLS ClientHello, HTTP request).
// Like core/packet's DecodeStatus, a parser of captured bytes reports what it found rather than
// an error: most bytes on a network are simply not what a parser looks for.
#pragma once

#include <cstdint>

namespace flowscope {

enum class ParseStatus : uint8_t {
    Ok,         // parsed; the out-parameters are valid
    Truncated,  // the bytes end before the data asked for: more bytes (the rest of a frame cut
                // by the snapshot length, the next TCP segment) may complete it. If the bytes
                // are all the sender sent, the message is malformed.
    Malformed,  // the bytes contradict themselves (a length past its enclosing length, a
                // compression loop, a label or name over its limit, a bad record length)
    Absent,     // well formed, but without the value asked for (a ClientHello without a
                // server_name, an HTTP request without a Host)
    Other,      // not the kind of message this parser reads
};

// "ok", "truncated", "malformed", "absent" or "other".
const char* parseStatusName(ParseStatus status);

}  // namespace flowscope
