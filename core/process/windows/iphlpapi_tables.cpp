#if defined(_WIN32)

#include "core/process/windows/iphlpapi_tables.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>

namespace flowscope::winproc {

namespace {

// The tables keep ports in network byte order in the low 16 bits of a DWORD, i.e. in the
// first two bytes in memory.
uint16_t portFromDword(DWORD value) {
    uint8_t bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    return uint16_t((bytes[0] << 8) | bytes[1]);
}

IpAddress v4FromDword(DWORD networkOrder) {
    uint8_t bytes[4];
    std::memcpy(bytes, &networkOrder, 4);
    return IpAddress::fromV4(bytes);
}

IpAddress wildcardLike(const IpAddress& address) {
    const uint8_t zeros[16] = {};
    return address.isV6() ? IpAddress::fromV6(zeros) : IpAddress::fromV4(zeros);
}

void setOwner(SocketRecord& record, DWORD pid) {
    if (pid != 0) {
        record.pids.push_back(uint32_t(pid));
    }
}

enum class Table { Tcp, Udp };

DWORD queryTable(Table table, void* data, DWORD* size, ULONG family) {
    if (table == Table::Tcp) {
        return GetExtendedTcpTable(data, size, FALSE, family, TCP_TABLE_OWNER_PID_ALL, 0);
    }
    return GetExtendedUdpTable(data, size, FALSE, family, UDP_TABLE_OWNER_PID, 0);
}

// Fills `buffer` with one table; on success `used` is the number of bytes Windows wrote.
Status readTable(Table table, ULONG family, std::vector<uint8_t>& buffer, DWORD& used) {
    if (buffer.size() < 16 * 1024) {
        buffer.resize(16 * 1024);
    }
    const char* what = table == Table::Tcp ? "TCP" : "UDP";
    const char* call = table == Table::Tcp ? "GetExtendedTcpTable" : "GetExtendedUdpTable";
    // The table can grow between the size query and the read: try a few times.
    DWORD rc = NO_ERROR;
    for (int attempt = 0; attempt < 8; ++attempt) {
        DWORD size = DWORD(buffer.size());
        rc = queryTable(table, buffer.data(), &size, family);
        if (rc == NO_ERROR) {
            used = std::min<DWORD>(size, DWORD(buffer.size()));
            return {};
        }
        if (rc == ERROR_INSUFFICIENT_BUFFER) {
            buffer.resize(size_t(size) + size / 4 + 4096);
            continue;
        }
        if (family == AF_INET6 && (rc == ERROR_NOT_SUPPORTED || rc == ERROR_INVALID_PARAMETER)) {
            used = 0;  // no IPv6 stack
            return {};
        }
        break;
    }
    return makeError(ErrorCode::Io, std::string("Windows did not return its ") + what +
                                        " socket table (" + call + " failed with error " +
                                        std::to_string(rc) +
                                        "), so connections cannot be matched to programs; try "
                                        "again, and report it if it keeps failing.");
}

// Rows follow a DWORD count (plus padding: offsetof gives where the array starts).
template <class TableType, class Row>
void appendRows(const std::vector<uint8_t>& buffer, DWORD used, std::vector<SocketRecord>& out) {
    constexpr size_t rowsOffset = offsetof(TableType, table);
    if (used < sizeof(DWORD)) {
        return;
    }
    DWORD count = 0;
    std::memcpy(&count, buffer.data(), sizeof count);
    const size_t available = used > rowsOffset ? (used - rowsOffset) / sizeof(Row) : 0;
    const size_t rows = std::min<size_t>(count, available);
    out.reserve(out.size() + rows);
    for (size_t i = 0; i < rows; ++i) {
        Row row;
        std::memcpy(&row, buffer.data() + rowsOffset + i * sizeof(Row), sizeof row);
        out.push_back(recordFromRow(row));
    }
}

}  // namespace

SocketState socketStateFromMib(DWORD state) {
    switch (state) {
        case MIB_TCP_STATE_CLOSED:
            return SocketState::Closed;
        case MIB_TCP_STATE_LISTEN:
            return SocketState::Listen;
        case MIB_TCP_STATE_SYN_SENT:
            return SocketState::SynSent;
        case MIB_TCP_STATE_SYN_RCVD:
            return SocketState::SynReceived;
        case MIB_TCP_STATE_ESTAB:
            return SocketState::Established;
        case MIB_TCP_STATE_FIN_WAIT1:
            return SocketState::FinWait1;
        case MIB_TCP_STATE_FIN_WAIT2:
            return SocketState::FinWait2;
        case MIB_TCP_STATE_CLOSE_WAIT:
            return SocketState::CloseWait;
        case MIB_TCP_STATE_CLOSING:
            return SocketState::Closing;
        case MIB_TCP_STATE_LAST_ACK:
            return SocketState::LastAck;
        case MIB_TCP_STATE_TIME_WAIT:
            return SocketState::TimeWait;
        case MIB_TCP_STATE_DELETE_TCB:
            return SocketState::Closed;
        default:
            return SocketState::Unknown;
    }
}

SocketRecord recordFromRow(const MIB_TCPROW_OWNER_PID& row) {
    SocketRecord record;
    record.protocol = 6;
    record.local = {v4FromDword(row.dwLocalAddr), portFromDword(row.dwLocalPort)};
    record.state = socketStateFromMib(row.dwState);
    if (record.state == SocketState::Listen) {
        // The remote fields of a listening row "have no meaning" (MIB_TCPROW docs).
        record.remote = {wildcardLike(record.local.address), 0};
    } else {
        record.remote = {v4FromDword(row.dwRemoteAddr), portFromDword(row.dwRemotePort)};
    }
    setOwner(record, row.dwOwningPid);
    return record;
}

SocketRecord recordFromRow(const MIB_TCP6ROW_OWNER_PID& row) {
    SocketRecord record;
    record.protocol = 6;
    record.local = {IpAddress::fromV6(row.ucLocalAddr), portFromDword(row.dwLocalPort)};
    record.state = socketStateFromMib(row.dwState);
    if (record.state == SocketState::Listen) {
        record.remote = {wildcardLike(record.local.address), 0};
    } else {
        record.remote = {IpAddress::fromV6(row.ucRemoteAddr), portFromDword(row.dwRemotePort)};
    }
    setOwner(record, row.dwOwningPid);
    return record;
}

SocketRecord recordFromRow(const MIB_UDPROW_OWNER_PID& row) {
    SocketRecord record;
    record.protocol = 17;
    record.local = {v4FromDword(row.dwLocalAddr), portFromDword(row.dwLocalPort)};
    record.remote = {wildcardLike(record.local.address), 0};
    record.state = SocketState::Unconnected;
    setOwner(record, row.dwOwningPid);
    return record;
}

SocketRecord recordFromRow(const MIB_UDP6ROW_OWNER_PID& row) {
    SocketRecord record;
    record.protocol = 17;
    record.local = {IpAddress::fromV6(row.ucLocalAddr), portFromDword(row.dwLocalPort)};
    record.remote = {wildcardLike(record.local.address), 0};
    record.state = SocketState::Unconnected;
    setOwner(record, row.dwOwningPid);
    return record;
}

Status appendTcpTable(ULONG family, std::vector<uint8_t>& buffer, std::vector<SocketRecord>& out) {
    DWORD used = 0;
    if (Status status = readTable(Table::Tcp, family, buffer, used); !status) {
        return status;
    }
    if (family == AF_INET6) {
        appendRows<MIB_TCP6TABLE_OWNER_PID, MIB_TCP6ROW_OWNER_PID>(buffer, used, out);
    } else {
        appendRows<MIB_TCPTABLE_OWNER_PID, MIB_TCPROW_OWNER_PID>(buffer, used, out);
    }
    return {};
}

Status appendUdpTable(ULONG family, std::vector<uint8_t>& buffer, std::vector<SocketRecord>& out) {
    DWORD used = 0;
    if (Status status = readTable(Table::Udp, family, buffer, used); !status) {
        return status;
    }
    if (family == AF_INET6) {
        appendRows<MIB_UDP6TABLE_OWNER_PID, MIB_UDP6ROW_OWNER_PID>(buffer, used, out);
    } else {
        appendRows<MIB_UDPTABLE_OWNER_PID, MIB_UDPROW_OWNER_PID>(buffer, used, out);
    }
    return {};
}

}  // namespace flowscope::winproc

#endif  // _WIN32
