// Rows of the iphlpapi owner-pid tables -> SocketRecord (core/process/windows), with rows made
// here: byte orders, the undefined upper half of port DWORDs, states, pid 0.
#include <gtest/gtest.h>

#include <cstring>

#include "core/process/windows/iphlpapi_tables.h"

namespace flowscope::winproc {
namespace {

// A port as the tables keep it: network order in the first two bytes, and (documented as
// undefined) junk in the upper two.
DWORD portField(uint16_t port) {
    const uint8_t bytes[4] = {uint8_t(port >> 8), uint8_t(port), 0xAB, 0xCD};
    DWORD value = 0;
    std::memcpy(&value, bytes, 4);
    return value;
}

DWORD v4Field(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
    const uint8_t bytes[4] = {a, b, c, d};
    DWORD value = 0;
    std::memcpy(&value, bytes, 4);
    return value;
}

TEST(IphlpapiRows, Tcp4Established) {
    MIB_TCPROW_OWNER_PID row{};
    row.dwState = MIB_TCP_STATE_ESTAB;
    row.dwLocalAddr = v4Field(192, 168, 1, 10);
    row.dwLocalPort = portField(51000);
    row.dwRemoteAddr = v4Field(93, 184, 216, 34);
    row.dwRemotePort = portField(443);
    row.dwOwningPid = 4242;
    const SocketRecord r = recordFromRow(row);
    EXPECT_EQ(r.protocol, 6);
    EXPECT_EQ(r.local.address.toString(), "192.168.1.10");
    EXPECT_EQ(r.local.port, 51000);
    EXPECT_EQ(r.remote.address.toString(), "93.184.216.34");
    EXPECT_EQ(r.remote.port, 443);
    EXPECT_EQ(r.state, SocketState::Established);
    EXPECT_EQ(r.pids, std::vector<uint32_t>{4242});
    EXPECT_FALSE(r.ownerHidden);
    EXPECT_EQ(r.uid, 0u);
}

TEST(IphlpapiRows, ListenIgnoresTheMeaninglessRemote) {
    MIB_TCPROW_OWNER_PID row{};
    row.dwState = MIB_TCP_STATE_LISTEN;
    row.dwLocalAddr = v4Field(0, 0, 0, 0);
    row.dwLocalPort = portField(445);
    row.dwRemoteAddr = v4Field(0, 0, 0, 0);
    row.dwRemotePort = portField(20512);  // what Windows really leaves there
    row.dwOwningPid = 4;
    const SocketRecord r = recordFromRow(row);
    EXPECT_EQ(r.state, SocketState::Listen);
    EXPECT_EQ(r.local.address.toString(), "0.0.0.0");
    EXPECT_EQ(r.remote.address.toString(), "0.0.0.0");
    EXPECT_EQ(r.remote.port, 0);
    EXPECT_EQ(r.pids, std::vector<uint32_t>{4});
}

TEST(IphlpapiRows, TimeWaitRowsHaveNoOwner) {
    MIB_TCPROW_OWNER_PID row{};
    row.dwState = MIB_TCP_STATE_TIME_WAIT;
    row.dwLocalAddr = v4Field(10, 0, 0, 2);
    row.dwLocalPort = portField(50000);
    row.dwRemoteAddr = v4Field(10, 0, 0, 1);
    row.dwRemotePort = portField(80);
    row.dwOwningPid = 0;
    const SocketRecord r = recordFromRow(row);
    EXPECT_EQ(r.state, SocketState::TimeWait);
    EXPECT_TRUE(r.pids.empty());
    EXPECT_FALSE(r.ownerHidden);
}

TEST(IphlpapiRows, Tcp6) {
    MIB_TCP6ROW_OWNER_PID row{};
    const uint8_t local[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    const uint8_t remote[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x34};
    std::memcpy(row.ucLocalAddr, local, 16);
    std::memcpy(row.ucRemoteAddr, remote, 16);
    row.dwLocalPort = portField(22);
    row.dwRemotePort = portField(60001);
    row.dwLocalScopeId = 7;
    row.dwState = MIB_TCP_STATE_CLOSE_WAIT;
    row.dwOwningPid = 77;
    const SocketRecord r = recordFromRow(row);
    EXPECT_EQ(r.local.address.toString(), "2001:db8::1");
    EXPECT_EQ(r.local.port, 22);
    EXPECT_EQ(r.remote.address.toString(), "fe80::1234");
    EXPECT_EQ(r.remote.port, 60001);
    EXPECT_EQ(r.state, SocketState::CloseWait);
    EXPECT_EQ(r.pids, std::vector<uint32_t>{77});
}

TEST(IphlpapiRows, UdpIsUnconnectedWithAWildcardPeerOfItsFamily) {
    MIB_UDPROW_OWNER_PID v4{};
    v4.dwLocalAddr = v4Field(127, 0, 0, 1);
    v4.dwLocalPort = portField(53);
    v4.dwOwningPid = 900;
    const SocketRecord a = recordFromRow(v4);
    EXPECT_EQ(a.protocol, 17);
    EXPECT_EQ(a.local.address.toString(), "127.0.0.1");
    EXPECT_EQ(a.local.port, 53);
    EXPECT_TRUE(a.remote.address.isV4());
    EXPECT_TRUE(a.remote.address.isUnspecified());
    EXPECT_EQ(a.remote.port, 0);
    EXPECT_EQ(a.state, SocketState::Unconnected);
    EXPECT_EQ(a.pids, std::vector<uint32_t>{900});

    MIB_UDP6ROW_OWNER_PID v6{};
    v6.dwLocalPort = portField(5353);
    v6.dwOwningPid = 901;
    const SocketRecord b = recordFromRow(v6);
    EXPECT_EQ(b.local.address.toString(), "::");
    EXPECT_EQ(b.local.port, 5353);
    EXPECT_TRUE(b.remote.address.isV6());
    EXPECT_EQ(b.state, SocketState::Unconnected);
}

TEST(IphlpapiRows, EveryTcpState) {
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_CLOSED), SocketState::Closed);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_LISTEN), SocketState::Listen);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_SYN_SENT), SocketState::SynSent);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_SYN_RCVD), SocketState::SynReceived);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_ESTAB), SocketState::Established);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_FIN_WAIT1), SocketState::FinWait1);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_FIN_WAIT2), SocketState::FinWait2);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_CLOSE_WAIT), SocketState::CloseWait);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_CLOSING), SocketState::Closing);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_LAST_ACK), SocketState::LastAck);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_TIME_WAIT), SocketState::TimeWait);
    EXPECT_EQ(socketStateFromMib(MIB_TCP_STATE_DELETE_TCB), SocketState::Closed);
    EXPECT_EQ(socketStateFromMib(99), SocketState::Unknown);
}

}  // namespace
}  // namespace flowscope::winproc
