// The Windows socket tables (iphlpapi GetExtendedTcpTable / GetExtendedUdpTable with owner
// pids), as SocketRecords. The row conversions are separate so that tests can feed them rows.
#pragma once

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <winsock2.h>
#include <ws2tcpip.h>
// iphlpapi.h needs the two above first.
#include <iphlpapi.h>

#include <cstdint>
#include <vector>

#include "core/base/result.h"
#include "core/process/process_backend.h"

namespace flowscope::winproc {

// MIB_TCP_STATE_* -> SocketState.
SocketState socketStateFromMib(DWORD state);

// One row of each table. Windows gives no peer for UDP sockets: those are Unconnected with
// a wildcard remote. Owner pid 0 (TIME_WAIT rows, "System Idle Process") means no owner.
SocketRecord recordFromRow(const MIB_TCPROW_OWNER_PID& row);
SocketRecord recordFromRow(const MIB_TCP6ROW_OWNER_PID& row);
SocketRecord recordFromRow(const MIB_UDPROW_OWNER_PID& row);
SocketRecord recordFromRow(const MIB_UDP6ROW_OWNER_PID& row);

// Reads one table (family AF_INET or AF_INET6) and appends its rows. `buffer` is kept by the
// caller between calls and grows when Windows answers ERROR_INSUFFICIENT_BUFFER. An IPv6
// table that Windows does not have (IPv6 removed) is empty, not an error.
Status appendTcpTable(ULONG family, std::vector<uint8_t>& buffer, std::vector<SocketRecord>& out);
Status appendUdpTable(ULONG family, std::vector<uint8_t>& buffer, std::vector<SocketRecord>& out);

}  // namespace flowscope::winproc
