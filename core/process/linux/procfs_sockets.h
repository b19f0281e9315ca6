// The socket table from /proc/net/{tcp,tcp6,udp,udp6}: the fallback where netlink sock_diag
// is unavailable. Same facts (addresses, state, uid, inode), slower to produce.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/process/process_backend.h"

namespace flowscope::linuxproc {

// Appends the sockets listed in one /proc/net table (`family` AF_INET or AF_INET6,
// `protocol` 6 or 17). `procRoot` is "/proc" except in tests.
Status readProcNetTable(int family, uint8_t protocol, std::vector<SocketRecord>& out,
                        const std::string& procRoot = "/proc");

// Parses the text of such a table (exposed for tests and the fuzzer). Lines that do not
// parse are skipped; returns how many records were appended.
size_t parseProcNetTable(std::string_view text, bool v6, uint8_t protocol,
                         std::vector<SocketRecord>& out);

}  // namespace flowscope::linuxproc
