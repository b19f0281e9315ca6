// A real collector: Debian's nfcapd (package nfdump) listens on loopback (127.0.0.1, and ::1
// for a collector reached over IPv6), the engine exports a capture file to it, and nfdump's
// per-record packets and bytes, summed per flow and direction, equal the flow table's counts.
// Skipped when nfcapd is not installed (tools/packages/test-export.list installs it).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <thread>

#include "core/engine/engine.h"
#include "core/engine/engine_config.h"
#include "core/export/ipfix_exporter.h"
#include "tests/export/export_test_util.h"

namespace flowscope::ipfix {
namespace {

using namespace std::chrono_literals;

bool haveProgram(const char* name) {
    const std::string command = std::string("command -v ") + name + " >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

// A UDP socket bound to loopback of `family` on `port` (0: any free port); -1 on failure.
int bindLoopback(int family, uint16_t port) {
    const int fd = ::socket(family, SOCK_DGRAM, 0);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (family == AF_INET6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        a->sin6_port = htons(port);
        length = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a->sin_port = htons(port);
        length = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A free UDP port on loopback (bound and released; nfcapd takes it right after).
uint16_t freePort(int family) {
    const int fd = bindLoopback(family, 0);
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&a)->sin6_port)
                              : ntohs(reinterpret_cast<sockaddr_in*>(&a)->sin_port);
}

// True once something holds the UDP port (our bind fails with "address in use").
bool portTaken(int family, uint16_t port) {
    const int fd = bindLoopback(family, port);
    if (fd < 0) {
        return true;
    }
    ::close(fd);
    return false;
}

std::string run(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (p == nullptr) {
        return out;
    }
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, p)) > 0) {
        out.append(buffer, n);
    }
    ::pclose(p);
    return out;
}

uint8_t protocolNumber(const std::string& name) {
    if (name == "TCP") {
        return 6;
    }
    if (name == "UDP") {
        return 17;
    }
    if (name == "ICMP") {
        return 1;
    }
    if (name == "ICMP6") {
        return 58;
    }
    return static_cast<uint8_t>(std::stoi(name));
}

std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(' ');
    const size_t b = s.find_last_not_of(' ');
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// nfdump writes IPv6 addresses in full; ours are compressed (RFC 5952). Same text for both.
std::string canonicalAddress(const std::string& text) {
    in6_addr v6{};
    if (text.find(':') == std::string::npos || ::inet_pton(AF_INET6, text.c_str(), &v6) != 1) {
        return text;
    }
    char out[INET6_ADDRSTRLEN];
    return ::inet_ntop(AF_INET6, &v6, out, sizeof out);
}

struct CollectorCase {
    const char* name;
    const char* capture;
    int family;  // of the collector's address
};

void PrintTo(const CollectorCase& c, std::ostream* os) {
    *os << c.name;
}

class Nfcapd : public ::testing::TestWithParam<CollectorCase> {};

TEST_P(Nfcapd, ReadsBackEveryFlowsPacketsAndBytes) {
    const CollectorCase& param = GetParam();
    const bool v6 = param.family == AF_INET6;
    if (!haveProgram("nfcapd") || !haveProgram("nfdump")) {
        GTEST_SKIP() << "nfcapd is not installed (apt-get install nfdump)";
    }
    const auto dir = std::filesystem::temp_directory_path() /
                     ("flowscope-nfcapd-" + std::string(param.name) + std::to_string(::getpid()));
    const auto flows = dir / "flows";
    std::filesystem::create_directories(flows);
    const uint16_t port = freePort(param.family);
    const pid_t collector = ::fork();
    ASSERT_GE(collector, 0);
    if (collector == 0) {
        const std::string p = std::to_string(port);
        const std::string log = (dir / "nfcapd.log").string();
        FILE* out = std::freopen(log.c_str(), "w", stdout);
        (void)out;
        ::dup2(STDOUT_FILENO, STDERR_FILENO);
        ::execlp("nfcapd", "nfcapd", v6 ? "-6" : "-4", "-b", v6 ? "::1" : "127.0.0.1", "-p",
                 p.c_str(), "-w", flows.string().c_str(), "-t", "3600",
                 static_cast<char*>(nullptr));
        ::_exit(127);
    }
    for (int i = 0; i < 100 && !portTaken(param.family, port); ++i) {
        std::this_thread::sleep_for(50ms);
    }
    ASSERT_TRUE(portTaken(param.family, port))
        << "nfcapd did not start; see " << dir / "nfcapd.log";

    EngineConfig config;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + param.capture;
    config.filePublishIntervalMs = 0;
    ExporterOptions options;
    options.host = v6 ? "::1" : "127.0.0.1";
    options.port = port;
    options.records.activeTimeoutNs = 1'000'000'000;  // several records per flow
    options.records.linkHeaderBytes = 14;
    auto exporter = IpfixExporter::open(options);
    ASSERT_TRUE(exporter) << exporter.error().message;
    std::shared_ptr<IpfixExporter> sink = std::move(exporter.value());
    auto keeper = std::make_shared<test::FlowKeeper>();
    {
        Engine engine(config);
        engine.addSink(sink, {100'000, std::chrono::seconds(60)});
        engine.addSink(keeper, {100'000, std::chrono::seconds(60)});
        ASSERT_TRUE(engine.start());
        engine.wait();
        ASSERT_EQ(engine.linkType(), 1u);
    }
    EXPECT_EQ(sink->stats().messagesLost, 0u);
    // Let nfcapd read its socket, then stop it: it writes its file on the way out.
    std::this_thread::sleep_for(500ms);
    ::kill(collector, SIGTERM);
    int status = 0;
    ::waitpid(collector, &status, 0);

    const std::string listing = run("nfdump -R " + flows.string() +
                                    " -q -N -6 -o 'fmt:%sa|%da|%sp|%dp|%pr|%pkt|%byt' 2>&1");
    std::map<test::Key, test::Sum> collected;
    size_t records = 0;
    std::istringstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> parts;
        std::istringstream fields(line);
        for (std::string f; std::getline(fields, f, '|');) {
            parts.push_back(trim(f));
        }
        ASSERT_EQ(parts.size(), 7u) << line << "\n" << listing;
        test::Sum& s =
            collected[{canonicalAddress(parts[0]), canonicalAddress(parts[1]),
                       static_cast<uint16_t>(std::stoi(parts[2])),
                       static_cast<uint16_t>(std::stoi(parts[3])), protocolNumber(parts[4])}];
        s.packets += std::stoull(parts[5]);
        s.octets += std::stoull(parts[6]);
        ++records;
    }
    EXPECT_EQ(records, sink->stats().recordsSent);
    const auto counted = test::countedSums(keeper->flows_, 14);
    ASSERT_FALSE(counted.empty());
    if (v6) {  // the IPv6 template (257) must have carried some of them
        EXPECT_TRUE(std::any_of(counted.begin(), counted.end(), [](const auto& entry) {
            return std::get<0>(entry.first).find(':') != std::string::npos;
        }));
    }
    EXPECT_EQ(collected.size(), counted.size());
    for (const auto& [key, sum] : counted) {
        const auto it = collected.find(key);
        ASSERT_NE(it, collected.end()) << std::get<0>(key) << " → " << std::get<1>(key);
        EXPECT_EQ(it->second, sum) << std::get<0>(key) << " → " << std::get<1>(key);
    }
    std::filesystem::remove_all(dir);
}

// IPv4 flows to a collector on 127.0.0.1; IPv6 flows (template 257) to one on ::1.
INSTANTIATE_TEST_SUITE_P(Collectors, Nfcapd,
                         ::testing::Values(CollectorCase{"ipv4", "ndpi-zoom.pcap", AF_INET},
                                           CollectorCase{"ipv6", "pcapplusplus-tls2.pcap",
                                                         AF_INET6}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace flowscope::ipfix
