// Winsock 2 started once per process, for every part that opens sockets on Windows (the
// reverse DNS resolver, the IPFIX exporter). Nothing to start on POSIX: true there.
#pragma once

namespace flowscope {

// Thread-safe; false when Winsock cannot start (the next socket call then says why).
bool startWinsock();

}  // namespace flowscope
