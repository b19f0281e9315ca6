// A real collector: Debian's nfcapd (package nfdump) listens on 127.0.0.1, the engine exports
// a capture file to it, and nfdump's per-record packets and bytes, summed per flow and
// direction, equal the flow table's counts. Skipped when nfcapd is not installed
// (tools/packages/test-export.list installs it).
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

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

// A free UDP port on loopback (bound and released; nfcapd takes it right after).
uint16_t freePort() {
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// True once something holds the UDP port (our bind fails with "address in use").
bool portTaken(uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    const bool taken = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0;
    ::close(fd);
    return taken;
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

TEST(Nfcapd, ReadsBackEveryFlowsPacketsAndBytes) {
    if (!haveProgram("nfcapd") || !haveProgram("nfdump")) {
        GTEST_SKIP() << "nfcapd is not installed (apt-get install nfdump)";
    }
    const auto dir =
        std::filesystem::temp_directory_path() / ("flowscope-nfcapd-" + std::to_string(::getpid()));
    const auto flows = dir / "flows";
    std::filesystem::create_directories(flows);
    const uint16_t port = freePort();
    const pid_t collector = ::fork();
    ASSERT_GE(collector, 0);
    if (collector == 0) {
        const std::string p = std::to_string(port);
        const std::string log = (dir / "nfcapd.log").string();
        FILE* out = std::freopen(log.c_str(), "w", stdout);
        (void)out;
        ::dup2(STDOUT_FILENO, STDERR_FILENO);
        ::execlp("nfcapd", "nfcapd", "-b", "127.0.0.1", "-p", p.c_str(), "-w",
                 flows.string().c_str(), "-t", "3600", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    for (int i = 0; i < 100 && !portTaken(port); ++i) {
        std::this_thread::sleep_for(50ms);
    }
    ASSERT_TRUE(portTaken(port)) << "nfcapd did not start; see " << dir / "nfcapd.log";

    EngineConfig config;
    config.filePath = std::string(FLOWSCOPE_TEST_DATA) + "/pcap/ndpi-zoom.pcap";
    config.filePublishIntervalMs = 0;
    ExporterOptions options;
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
            collected[{parts[0], parts[1], static_cast<uint16_t>(std::stoi(parts[2])),
                       static_cast<uint16_t>(std::stoi(parts[3])), protocolNumber(parts[4])}];
        s.packets += std::stoull(parts[5]);
        s.octets += std::stoull(parts[6]);
        ++records;
    }
    EXPECT_EQ(records, sink->stats().recordsSent);
    const auto counted = test::countedSums(keeper->flows_, 14);
    ASSERT_FALSE(counted.empty());
    EXPECT_EQ(collected.size(), counted.size());
    for (const auto& [key, sum] : counted) {
        const auto it = collected.find(key);
        ASSERT_NE(it, collected.end()) << std::get<0>(key) << " → " << std::get<1>(key);
        EXPECT_EQ(it->second, sum) << std::get<0>(key) << " → " << std::get<1>(key);
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace flowscope::ipfix
