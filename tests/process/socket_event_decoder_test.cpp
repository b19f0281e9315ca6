// The socket tracker's ring-buffer records, built byte by byte as the BPF program writes them,
// decoded: sockets with their owner, processes with their path, and records refused.
#include <gtest/gtest.h>

#include <cstring>

#include "core/process/linux/ebpf/socket_event.h"
#include "core/process/linux/socket_event_decoder.h"

namespace flowscope::linuxproc {
namespace {

fs_socket_event tcp4(uint16_t localPort, uint16_t remotePort) {
    fs_socket_event e{};
    e.kind = FS_EVENT_SOCKET;
    e.socket_kind = FS_SOCKET_CONNECTED;
    e.protocol = 6;
    e.family = 4;
    e.tgid = 4242;
    e.uid = 1000;
    e.local_port = localPort;
    e.remote_port = remotePort;
    const uint8_t local[4] = {10, 0, 0, 1}, remote[4] = {93, 184, 216, 34};
    std::memcpy(e.local_addr, local, 4);
    std::memcpy(e.remote_addr, remote, 4);
    std::strcpy(e.comm, "curl");
    return e;
}

fs_process_event process(std::initializer_list<const char*> partsFromFile) {
    fs_process_event e{};
    e.kind = FS_EVENT_PROCESS;
    e.tgid = 4242;
    e.uid = 1000;
    std::strcpy(e.comm, "flowscope-test-");  // 15 characters, as Linux cuts it
    for (const char* p : partsFromFile) {
        std::strcpy(e.parts[e.count++], p);
    }
    return e;
}

TEST(SocketEventDecoder, AConnectedTcpSocket) {
    const fs_socket_event e = tcp4(51000, 443);
    SocketEvents out;
    ASSERT_TRUE(decodeSocketEvent(&e, sizeof e, out));
    ASSERT_EQ(out.sockets.size(), 1u);
    const SocketRecord& r = out.sockets[0];
    EXPECT_EQ(r.protocol, 6);
    EXPECT_EQ(r.local.address.toString(), "10.0.0.1");
    EXPECT_EQ(r.local.port, 51000);
    EXPECT_EQ(r.remote.address.toString(), "93.184.216.34");
    EXPECT_EQ(r.remote.port, 443);
    EXPECT_EQ(r.state, SocketState::Established);
    EXPECT_EQ(r.uid, 1000u);
    EXPECT_EQ(r.pids, std::vector<uint32_t>{4242});
}

TEST(SocketEventDecoder, ListenersAndUnconnectedUdpHaveTheirState) {
    fs_socket_event e = tcp4(8080, 0);
    e.socket_kind = FS_SOCKET_LISTENING;
    SocketEvents out;
    ASSERT_TRUE(decodeSocketEvent(&e, sizeof e, out));
    e.socket_kind = FS_SOCKET_UNCONNECTED;
    e.protocol = 17;
    ASSERT_TRUE(decodeSocketEvent(&e, sizeof e, out));
    EXPECT_EQ(out.sockets[0].state, SocketState::Listen);
    EXPECT_EQ(out.sockets[1].state, SocketState::Unconnected);
    EXPECT_EQ(out.sockets[1].protocol, 17);
}

TEST(SocketEventDecoder, AnIpv6Socket) {
    fs_socket_event e = tcp4(51000, 443);
    e.family = 6;
    std::memset(e.local_addr, 0, 16);
    e.local_addr[15] = 1;  // ::1
    SocketEvents out;
    ASSERT_TRUE(decodeSocketEvent(&e, sizeof e, out));
    EXPECT_EQ(out.sockets[0].local.address.toString(), "::1");
}

TEST(SocketEventDecoder, AProcessPathIsItsPartsReversed) {
    const fs_process_event e = process({"flowscope-test-sockets", "process", "tests", "build"});
    SocketEvents out;
    ASSERT_TRUE(decodeSocketEvent(&e, sizeof e, out));
    ASSERT_EQ(out.processes.size(), 1u);
    EXPECT_EQ(out.processes[0].pid, 4242u);
    EXPECT_EQ(out.processes[0].path, "/build/tests/process/flowscope-test-sockets");
    EXPECT_EQ(out.processes[0].name, "flowscope-test-sockets");  // not comm's 15 characters
    EXPECT_EQ(out.processes[0].uid, 1000u);
}

TEST(SocketEventDecoder, AnIncompletePathIsLeftToProc) {
    fs_process_event e = process({"ssh", "bin", "usr"});
    e.truncated = 1;
    SocketEvents out;
    ASSERT_TRUE(decodeSocketEvent(&e, sizeof e, out));
    EXPECT_EQ(out.processes[0].path, "");
    EXPECT_EQ(out.processes[0].name, "flowscope-test-");  // comm, the best there is

    fs_process_event slash = process({"ssh", "b/n"});
    ASSERT_TRUE(decodeSocketEvent(&slash, sizeof slash, out));
    EXPECT_EQ(out.processes[1].path, "");
}

TEST(SocketEventDecoder, OddRecordsAreRefused) {
    SocketEvents out;
    const fs_socket_event good = tcp4(1, 2);
    EXPECT_FALSE(decodeSocketEvent(&good, sizeof good - 1, out));  // wrong size
    EXPECT_FALSE(decodeSocketEvent(nullptr, 0, out));
    fs_socket_event e = good;
    e.family = 5;
    EXPECT_FALSE(decodeSocketEvent(&e, sizeof e, out));
    e = good;
    e.protocol = 132;  // SCTP
    EXPECT_FALSE(decodeSocketEvent(&e, sizeof e, out));
    e = good;
    e.socket_kind = 9;
    EXPECT_FALSE(decodeSocketEvent(&e, sizeof e, out));
    e = good;
    e.kind = 7;
    EXPECT_FALSE(decodeSocketEvent(&e, sizeof e, out));
    fs_process_event p = process({"x"});
    p.count = FS_PATH_PARTS + 1;
    ASSERT_TRUE(decodeSocketEvent(&p, sizeof p, out));  // a process, without a path
    EXPECT_EQ(out.processes.back().path, "");
    EXPECT_TRUE(out.sockets.empty());
}

}  // namespace
}  // namespace flowscope::linuxproc
