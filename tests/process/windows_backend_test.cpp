// The Windows process backend against the real system (core/process/windows), run under wine
// by tools/cross_windows.sh: this test's own TCP listener, connected pair and UDP socket must
// appear with its pid, and describe() must give its own .exe path, and a child's (a copy of
// this program in a folder with a non-ASCII name, see main()).
#include <gtest/gtest.h>

#include "core/process/windows/iphlpapi_tables.h"
// After winsock2.h (iphlpapi_tables.h):
#include <windows.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "core/process/process_backend.h"
#include "core/process/windows/process_describer.h"
#include "core/process/windows/wide_text.h"

namespace flowscope {
namespace {

constexpr const char* kChildFlag = "--flowscope-child-wait";

std::wstring selfPathWide() {
    std::wstring buffer(32768, L'\0');
    buffer.resize(GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size())));
    return buffer;
}

std::string lowered(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return s;
}

class Winsock : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        WSADATA data;
        ASSERT_EQ(WSAStartup(MAKEWORD(2, 2), &data), 0);
    }
    static void TearDownTestSuite() { WSACleanup(); }

    void TearDown() override {
        for (SOCKET s : m_sockets) {
            closesocket(s);
        }
    }

    SOCKET track(SOCKET s) {
        if (s != INVALID_SOCKET) {
            m_sockets.push_back(s);
        }
        return s;
    }

    static uint16_t portOf(SOCKET s) {
        sockaddr_storage address{};
        int length = sizeof address;
        getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
        if (address.ss_family == AF_INET6) {
            return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port);
        }
        return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
    }

    static const SocketRecord* find(const std::vector<SocketRecord>& records, uint8_t protocol,
                                    uint16_t localPort, uint16_t remotePort, SocketState state) {
        for (const SocketRecord& r : records) {
            if (r.protocol == protocol && r.local.port == localPort &&
                r.remote.port == remotePort && r.state == state) {
                return &r;
            }
        }
        return nullptr;
    }

    std::vector<SOCKET> m_sockets;
};

// Wine's ntdll exports wine_get_version; Windows' does not.
const char* wineVersion() {
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    FARPROC proc = ntdll ? GetProcAddress(ntdll, "wine_get_version") : nullptr;
    if (!proc) {
        return nullptr;
    }
    using Fn = const char*(CDECL*)();
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(proc))();
}

sockaddr_in loopback4(uint16_t port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

TEST_F(Winsock, FindsOwnTcpListenerConnectedPairAndUdpSocket) {
    const SOCKET listener = track(socket(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    ASSERT_NE(listener, INVALID_SOCKET);
    sockaddr_in any = loopback4(0);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&any), sizeof any), 0);
    ASSERT_EQ(listen(listener, 4), 0);
    const uint16_t listenPort = portOf(listener);

    const SOCKET client = track(socket(AF_INET, SOCK_STREAM, IPPROTO_TCP));
    sockaddr_in target = loopback4(listenPort);
    ASSERT_EQ(connect(client, reinterpret_cast<sockaddr*>(&target), sizeof target), 0);
    const SOCKET server = track(accept(listener, nullptr, nullptr));
    ASSERT_NE(server, INVALID_SOCKET);
    const uint16_t clientPort = portOf(client);

    const SOCKET udp = track(socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP));
    sockaddr_in udpAddress = loopback4(0);
    ASSERT_EQ(bind(udp, reinterpret_cast<sockaddr*>(&udpAddress), sizeof udpAddress), 0);
    const uint16_t udpPort = portOf(udp);
    // Traffic on each socket: real programs' sockets carry some (and wine then hands their
    // unix descriptors to this process, which is where wine 8 looks for owners).
    char byte = 'x';
    ASSERT_EQ(send(client, &byte, 1, 0), 1);
    ASSERT_EQ(recv(server, &byte, 1, 0), 1);
    ASSERT_EQ(send(server, &byte, 1, 0), 1);
    ASSERT_EQ(recv(client, &byte, 1, 0), 1);
    sockaddr_in self4 = loopback4(udpPort);
    ASSERT_EQ(sendto(udp, &byte, 1, 0, reinterpret_cast<sockaddr*>(&self4), sizeof self4), 1);
    ASSERT_EQ(recv(udp, &byte, 1, 0), 1);

    std::unique_ptr<ProcessBackend> backend = createSystemProcessBackend();
    EXPECT_STREQ(backend->name(), "iphlpapi");
    Result<std::vector<SocketRecord>> records = backend->readSockets();
    ASSERT_TRUE(records.ok()) << records.error().message;
    const uint32_t self = GetCurrentProcessId();

    const SocketRecord* listening = find(*records, 6, listenPort, 0, SocketState::Listen);
    const SocketRecord* out = find(*records, 6, clientPort, listenPort, SocketState::Established);
    const SocketRecord* in = find(*records, 6, listenPort, clientPort, SocketState::Established);
    const SocketRecord* unconnected = find(*records, 17, udpPort, 0, SocketState::Unconnected);
    ASSERT_NE(listening, nullptr) << "listener 127.0.0.1:" << listenPort << " not in the table";
    ASSERT_NE(out, nullptr) << "client side of the pair not in the table";
    ASSERT_NE(in, nullptr) << "server side of the pair not in the table";
    ASSERT_NE(unconnected, nullptr) << "UDP socket 127.0.0.1:" << udpPort << " not in the table";

    EXPECT_EQ(listening->local.address.toString(), "127.0.0.1");
    EXPECT_EQ(out->remote.address.toString(), "127.0.0.1");
    EXPECT_EQ(unconnected->local.address.toString(), "127.0.0.1");
    std::string ownerless;
    for (const SocketRecord* r : {listening, out, in, unconnected}) {
        EXPECT_FALSE(r->ownerHidden);
        const std::string what = std::string(r->protocol == 6 ? "TCP " : "UDP ") +
                                 socketStateName(r->state) + " port " +
                                 std::to_string(r->local.port);
        if (r->pids.empty() && wineVersion()) {
            ownerless += " " + what + ";";
            continue;
        }
        EXPECT_EQ(r->pids, std::vector<uint32_t>{self}) << what;
    }
    if (!ownerless.empty()) {
        GTEST_SKIP() << "wine " << wineVersion() << " gives no owner pid for" << ownerless
                     << " (wine 8 finds owners through /proc/<pid>/fd, but a socket that only "
                        "wineserver holds is in no client's fd table; wine 9 asks wineserver)";
    }
}

TEST_F(Winsock, FindsOwnIpv6Listener) {
    const SOCKET listener = track(socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP));
    sockaddr_in6 address{};
    address.sin6_family = AF_INET6;
    address.sin6_addr = in6addr_loopback;
    if (listener == INVALID_SOCKET ||
        bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        GTEST_SKIP() << "no IPv6 loopback here (error " << WSAGetLastError() << ")";
    }
    ASSERT_EQ(listen(listener, 1), 0);
    const uint16_t port = portOf(listener);
    Result<std::vector<SocketRecord>> records = createSystemProcessBackend()->readSockets();
    ASSERT_TRUE(records.ok()) << records.error().message;
    const SocketRecord* r = find(*records, 6, port, 0, SocketState::Listen);
    ASSERT_NE(r, nullptr) << "[::1]:" << port << " not in the table";
    EXPECT_EQ(r->local.address.toString(), "::1");
    if (r->pids.empty() && wineVersion()) {
        GTEST_SKIP() << "wine " << wineVersion() << " gives no owner pid for a listening "
                     << "socket (see FindsOwnTcpListenerConnectedPairAndUdpSocket)";
    }
    EXPECT_EQ(r->pids, std::vector<uint32_t>{GetCurrentProcessId()});
}

TEST(IphlpapiDescribe, OwnProcess) {
    std::unique_ptr<ProcessBackend> backend = createSystemProcessBackend();
    std::optional<ProcessInfo> info = backend->describe(GetCurrentProcessId());
    ASSERT_TRUE(info.has_value());
    const std::string expected = winproc::toUtf8(selfPathWide());
    EXPECT_EQ(info->pid, GetCurrentProcessId());
    EXPECT_EQ(lowered(info->path), lowered(expected));
    EXPECT_EQ(lowered(info->name), "process_windows_test.exe");
    EXPECT_FALSE(info->user.empty()) << "the token's account has a name or at least a SID";
    EXPECT_EQ(info->uid, 0u);
    EXPECT_NE(lowered(info->commandLine).find("process_windows_test"), std::string::npos)
        << info->commandLine;
}

TEST(IphlpapiDescribe, ChildInANonAsciiFolderAndAfterItExits) {
    wchar_t temp[MAX_PATH + 1] = {};
    ASSERT_GT(GetTempPathW(MAX_PATH, temp), 0u);
    const std::filesystem::path dir =
        std::filesystem::path(temp) /
        (L"flowscope-\u00fcml\u00e4ut-\u6d4b\u8bd5-" + std::to_wstring(GetCurrentProcessId()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path child = dir / L"child-\u00e9.exe";
    ASSERT_TRUE(CopyFileW(selfPathWide().c_str(), child.c_str(), FALSE));

    std::wstring commandLine = L"\"" + child.wstring() + L"\" " + winproc::toWide(kChildFlag);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    ASSERT_TRUE(CreateProcessW(child.c_str(), commandLine.data(), nullptr, nullptr, FALSE, 0,
                               nullptr, nullptr, &startup, &process));
    std::unique_ptr<ProcessBackend> backend = createSystemProcessBackend();
    std::optional<ProcessInfo> info = backend->describe(process.dwProcessId);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(lowered(info->path), lowered(winproc::toUtf8(child.wstring())));
    EXPECT_EQ(info->name, "child-\xc3\xa9.exe");
    EXPECT_NE(info->commandLine.find(kChildFlag), std::string::npos) << info->commandLine;

    TerminateProcess(process.hProcess, 3);
    WaitForSingleObject(process.hProcess, 10000);
    // Our handles keep the pid alive, but the process has exited.
    EXPECT_FALSE(backend->describe(process.dwProcessId).has_value());
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

TEST(IphlpapiDescribe, UnknownPidIsNullopt) {
    uint32_t pid = 0x3FFFFFFC;  // pids are multiples of 4; find one that is not running
    while (winproc::processNameFromSnapshot(pid)) {
        pid -= 4;
    }
    EXPECT_FALSE(createSystemProcessBackend()->describe(pid).has_value());
}

TEST(IphlpapiDescribe, FileNameOf) {
    EXPECT_EQ(winproc::fileNameOf("C:\\Windows\\System32\\svchost.exe"), "svchost.exe");
    EXPECT_EQ(winproc::fileNameOf("C:/x/y.exe"), "y.exe");
    EXPECT_EQ(winproc::fileNameOf("plain.exe"), "plain.exe");
}

TEST(WindowsUser, UidIsTheNumberAsText) {
    EXPECT_EQ(userNameForUid(0), "0");
    EXPECT_EQ(userNameForUid(1001), "1001");
}

TEST(WideText, RoundTripsNonAscii) {
    const std::string text = "\xc3\xbc\xe6\xb5\x8b\xf0\x9f\x98\x80";  // ü 测 😀
    EXPECT_EQ(winproc::toUtf8(winproc::toWide(text)), text);
    EXPECT_EQ(winproc::toWide(text).size(), 4u);  // 😀 is a surrogate pair
    EXPECT_EQ(winproc::toUtf8(L""), "");
}

}  // namespace
}  // namespace flowscope

// A copy of this program started with kChildFlag just waits to be described and killed.
int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == flowscope::kChildFlag) {
        Sleep(60000);
        return 0;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
