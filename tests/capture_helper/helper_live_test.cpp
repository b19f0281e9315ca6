// The real flowscope-capture on the loopback adapter of a private network namespace (in a
// forked child, since a threaded process cannot unshare): the same frames as a direct
// LiveCapture of the same traffic, no capabilities left after opening, the same error
// sentences, and a helper killed mid-capture.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/capture/helper_capture.h"
#include "tests/support/private_netns.h"

namespace flowscope {
namespace {

using test::expectChild;
using test::runInChild;
using Clock = std::chrono::steady_clock;
constexpr const char* kHelper = FLOWSCOPE_CAPTURE_HELPER_PATH;

void sendDatagrams(int count, size_t size) {
    const int sender = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9999);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string payload(size, 'x');
    for (int i = 0; i < count; ++i) {
        payload[0] = static_cast<char>('a' + i % 26);
        sendto(sender, payload.data(), payload.size(), 0, reinterpret_cast<const sockaddr*>(&to),
               sizeof to);
    }
    close(sender);
}

struct Frame {
    int64_t ts;
    uint32_t wire;
    std::string bytes;
    bool operator==(const Frame&) const = default;
};

// Reads `count` frames (or fewer when 10 s pass or the source stops).
std::vector<Frame> readFrames(PacketSource& s, size_t count) {
    std::vector<Frame> frames;
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    RawPacket p;
    while (frames.size() < count && Clock::now() < deadline) {
        const ReadStatus st = s.next(p);
        if (st == ReadStatus::Packet) {
            frames.push_back(
                {p.timestampNs, p.wireLength,
                 std::string(reinterpret_cast<const char*>(p.data), p.capturedLength)});
        } else if (st != ReadStatus::Timeout) {
            break;
        }
    }
    return frames;
}

std::string capEff(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("CapEff:", 0) == 0 || line.rfind("CapPrm:", 0) == 0) {
            if (line.find_first_not_of("0", line.find_first_not_of(" \t", 7)) !=
                std::string::npos) {
                return line;
            }
        }
    }
    return "";
}

int sameFramesAsDirect(std::string& message) {
    if (const int entered = test::enterPrivateNetns(message); entered != 0) {
        return entered;
    }
    LiveOptions options;
    options.interface = "lo";
    options.filter = "udp port 9999";
    options.pollTimeoutMs = 50;
    auto direct = LiveCapture::open(options);
    if (!direct) {
        message = direct.error().message;
        return direct.error().code == ErrorCode::PermissionDenied ? test::kSkipExit : 1;
    }
    auto viaHelper = HelperCapture::open(options, kHelper);
    if (!viaHelper) {
        message = "helper: " + viaHelper.error().message;
        return 1;
    }
    if (const std::string caps = capEff((*viaHelper)->helperPid()); !caps.empty()) {
        message = "the helper kept capabilities after opening the adapter: " + caps;
        return 1;
    }
    constexpr int kCount = 40;
    sendDatagrams(kCount, 300);
    const std::vector<Frame> a = readFrames(**direct, kCount);
    const std::vector<Frame> b = readFrames(**viaHelper, kCount);
    if (a.size() != kCount || a != b) {
        message = "direct saw " + std::to_string(a.size()) + " frames, the helper " +
                  std::to_string(b.size()) + (a == b ? " (equal)" : " (different)");
        return 1;
    }
    // The helper killed mid-capture: one sentence, the frames read before stay counted.
    sendDatagrams(5, 100);
    const std::vector<Frame> more = readFrames(**viaHelper, 5);
    kill((*viaHelper)->helperPid(), SIGKILL);
    RawPacket p;
    ReadStatus st = ReadStatus::Timeout;
    for (const auto deadline = Clock::now() + std::chrono::seconds(10);
         st != ReadStatus::Error && Clock::now() < deadline;) {
        st = (*viaHelper)->next(p);
    }
    message = (*viaHelper)->error().message;
    if (more.size() != 5 || st != ReadStatus::Error ||
        (*viaHelper)->counters().received != kCount + 5) {
        message = "after the kill: " + std::to_string(more.size()) + " more frames, received " +
                  std::to_string((*viaHelper)->counters().received) + ", " + message;
        return 1;
    }
    return 0;
}

TEST(HelperLive, SameFramesAsADirectCaptureAndKilledHelperIsASentence) {
    const auto r = runInChild(sameFramesAsDirect);
    expectChild(r);
    if (r.first == 0) {
        EXPECT_NE(r.second.find(std::string("The capture helper ") + kHelper +
                                " stopped unexpectedly while capturing on lo (killed by signal 9"),
                  std::string::npos)
            << r.second;
    }
}

// The helper's errors are LiveCapture's, kind and sentence.
int sameErrorsAsDirect(std::string& message) {
    if (const int entered = test::enterPrivateNetns(message); entered != 0) {
        return entered;
    }
    LiveOptions badFilter;
    badFilter.interface = "lo";
    badFilter.filter = "udp port nonsense-port-name";
    LiveOptions missing;
    missing.interface = "flowscope-nope0";
    for (const LiveOptions& o : {badFilter, missing}) {
        auto direct = LiveCapture::open(o);
        auto viaHelper = HelperCapture::open(o, kHelper);
        if (direct.ok() || viaHelper.ok()) {
            message = "opening " + o.interface + " with filter " + o.filter + " succeeded";
            return 1;
        }
        if (direct.error().code == ErrorCode::PermissionDenied) {
            message = direct.error().message;
            return test::kSkipExit;
        }
        if (direct.error().code != viaHelper.error().code ||
            direct.error().message != viaHelper.error().message) {
            message =
                "direct: " + direct.error().message + " / helper: " + viaHelper.error().message;
            return 1;
        }
        message += viaHelper.error().message + "\n";
    }
    return 0;
}

TEST(HelperLive, BadFilterAndMissingAdapterAreLiveCapturesSentences) {
    const auto r = runInChild(sameErrorsAsDirect);
    expectChild(r);
    if (r.first == 0) {
        EXPECT_NE(r.second.find("unknown port 'nonsense-port-name'"), std::string::npos)
            << r.second;
        EXPECT_NE(r.second.find("no network adapter named \"flowscope-nope0\""), std::string::npos)
            << r.second;
    }
}

// Without the capability, the sentence names the helper as the file to give it to.
TEST(HelperLive, NoPermissionNamesTheHelper) {
    char dir[] = "/tmp/flowscope-helper-perm-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    const std::string copy = std::string(dir) + "/flowscope-capture";
    ASSERT_EQ(std::system(("cp '" + std::string(kHelper) + "' '" + copy + "' && chmod 755 '" + dir +
                           "' '" + copy + "'")
                              .c_str()),
              0);
    const auto r = runInChild([&](std::string& text) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
            text = "cannot become user nobody";
            return test::kSkipExit;
        }
        LiveOptions options;
        options.interface = "lo";
        auto capture = HelperCapture::open(options, copy);
        if (capture.ok()) {
            text = "capturing is allowed without privileges here";
            return test::kSkipExit;
        }
        text = capture.error().message;
        return capture.error().code == ErrorCode::PermissionDenied ? 0 : 1;
    });
    (void)std::system(("rm -rf '" + std::string(dir) + "'").c_str());
    expectChild(r);
    EXPECT_EQ(r.second,
              "Flowscope has no permission to capture on lo. Run it with administrator "
              "privileges, or grant the capability once: sudo setcap "
              "cap_net_raw,cap_net_admin=eip " +
                  copy);
}

// Stopped, the helper still sends what the kernel held for it, and HelperCapture hands those
// frames out before its End; datagrams sent after the stop are not handed out.
int stopKeepsWhatTheKernelHeld(std::string& message) {
    if (const int entered = test::enterPrivateNetns(message); entered != 0) {
        return entered;
    }
    LiveOptions options;
    options.interface = "lo";
    options.filter = "udp port 9999";
    auto capture = HelperCapture::open(options, kHelper);
    if (!capture) {
        message = "helper: " + capture.error().message;
        return capture.error().code == ErrorCode::PermissionDenied ? test::kSkipExit : 1;
    }
    HelperCapture& helper = **capture;
    constexpr int kBefore = 300;
    if (!test::sendReceivedDatagrams(kBefore, 200, 9999, message)) {
        return 1;
    }
    helper.interrupt();  // before next() read a single frame
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    if (!test::sendReceivedDatagrams(30, 200, 9999, message)) {
        return 1;
    }
    int packets = 0;
    RawPacket p;
    ReadStatus status;
    while ((status = helper.next(p)) == ReadStatus::Packet || status == ReadStatus::Timeout) {
        packets += status == ReadStatus::Packet;
    }
    message = "handed out " + std::to_string(packets) + " of the " + std::to_string(kBefore) +
              " held frames, then status " + std::to_string(int(status)) + "; received " +
              std::to_string(helper.counters().received);
    return packets == kBefore && status == ReadStatus::End && helper.counters().received == kBefore
               ? 0
               : 1;
}

TEST(HelperLive, StopHandsOutWhatTheKernelHeldThenEnds) {
    expectChild(runInChild(stopKeepsWhatTheKernelHeld));
}

}  // namespace
}  // namespace flowscope
