// Turns the socket tracker's ring-buffer records (ebpf/socket_event.h) into SocketEvents.
// Separate from the loader so that it is built, unit-tested and fuzzed everywhere, with or
// without libbpf: every record's kind and length are checked before a field is read.
#pragma once

#include <cstddef>

#include "core/process/socket_event_source.h"

namespace flowscope::linuxproc {

// Appends what one record says to `out`; false (and nothing appended) for a record of an
// unknown kind or the wrong size.
bool decodeSocketEvent(const void* data, size_t size, SocketEvents& out);

}  // namespace flowscope::linuxproc
