// LiveCapture on the loopback adapter of a private network namespace (in a forked child, since
// a threaded process cannot unshare), plus error mapping and interrupt().
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "core/capture/live_capture.h"
#include "tests/support/private_netns.h"

namespace flowscope {
namespace {

using test::enterPrivateNetns;
using test::expectChild;
using test::runInChild;
using Clock = std::chrono::steady_clock;

constexpr int kDatagrams = 10;
constexpr size_t kPayload = 100;

int captureUdpOnLoopback(std::string& message) {
    if (const int entered = enterPrivateNetns(message); entered != 0) {
        return entered;
    }
    LiveOptions options;
    options.interface = "lo";
    options.filter = "udp port 9999";
    options.pollTimeoutMs = 50;
    auto capture = LiveCapture::open(options);
    if (!capture.ok()) {
        message = capture.error().message;
        return 1;
    }
    LiveCapture& live = **capture;
    const int receiver = socket(AF_INET, SOCK_DGRAM, 0);
    const int sender = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9999);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(receiver, reinterpret_cast<const sockaddr*>(&to), sizeof to);
    const std::string payload(kPayload, 'x');
    const auto wallBefore = std::chrono::system_clock::now();
    for (int i = 0; i < kDatagrams; ++i) {
        sendto(sender, payload.data(), payload.size(), 0, reinterpret_cast<const sockaddr*>(&to),
               sizeof to);
    }
    const int64_t nowNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(wallBefore.time_since_epoch()).count();
    int seen = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    RawPacket p;
    while (seen < kDatagrams && Clock::now() < deadline) {
        const ReadStatus status = live.next(p);
        if (status == ReadStatus::Packet) {
            // Ethernet (lo is DLT_EN10MB) + IPv4 + UDP + payload.
            if (p.wireLength != 14 + 20 + 8 + kPayload || p.linkType != 1) {
                message = "unexpected frame: " + std::to_string(p.wireLength) + " bytes, link " +
                          std::to_string(p.linkType);
                return 1;
            }
            if (p.timestampNs < nowNs - 5'000'000'000 || p.timestampNs > nowNs + 5'000'000'000) {
                message = "timestamp not in ns of now: " + std::to_string(p.timestampNs);
                return 1;
            }
            ++seen;
        } else if (status != ReadStatus::Timeout) {
            message = "next() stopped: " + live.error().message;
            return 1;
        }
    }
    close(sender);
    close(receiver);
    message = "saw " + std::to_string(seen) + " of " + std::to_string(kDatagrams) +
              " datagrams; received counter " + std::to_string(live.counters().received);
    return seen == kDatagrams && live.counters().received == kDatagrams ? 0 : 1;
}

TEST(LiveCapture, CapturesUdpOnLoopbackInPrivateNamespace) {
    expectChild(runInChild(captureUdpOnLoopback));
}

// Frames the kernel holds when the capture is interrupted were collected before the stop:
// next() hands them out, and only them, then ends. Datagrams sent after interrupt() are
// stamped after it and are not handed out.
int interruptKeepsWhatTheKernelHeld(std::string& message) {
    if (const int entered = enterPrivateNetns(message); entered != 0) {
        return entered;
    }
    LiveOptions options;
    options.interface = "lo";
    options.filter = "udp port 9999";
    auto capture = LiveCapture::open(options);
    if (!capture.ok()) {
        message = capture.error().message;
        return 1;
    }
    LiveCapture& live = **capture;
    constexpr int kBefore = 400;
    constexpr int kAfter = 50;
    if (!test::sendReceivedDatagrams(kBefore, kPayload, 9999, message)) {
        return 1;
    }
    live.interrupt();  // before next() read a single frame
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    if (!test::sendReceivedDatagrams(kAfter, kPayload, 9999, message)) {
        return 1;
    }
    int packets = 0;
    RawPacket p;
    ReadStatus status;
    while ((status = live.next(p)) == ReadStatus::Packet) {
        ++packets;
    }
    message = "handed out " + std::to_string(packets) + " of the " + std::to_string(kBefore) +
              " held frames, then status " + std::to_string(int(status)) + "; received counter " +
              std::to_string(live.counters().received);
    const bool ended = status == ReadStatus::End && live.next(p) == ReadStatus::End;
    return packets == kBefore && ended && live.counters().received == kBefore ? 0 : 1;
}

TEST(LiveCapture, InterruptHandsOutWhatTheKernelHeldThenEnds) {
    expectChild(runInChild(interruptKeepsWhatTheKernelHeld));
}

// A veth adapter deleted while capturing gives DeviceGone (needs `ip` from iproute2).
int captureOnVanishingAdapter(std::string& message) {
    if (unshare(CLONE_NEWNET) != 0) {
        message = std::string("unshare(CLONE_NEWNET) failed: ") + std::strerror(errno);
        return errno == EPERM ? test::kSkipExit : 1;
    }
    if (std::system("ip link add fsveth0 type veth peer name fsveth1 >/dev/null 2>&1 && "
                    "ip link set fsveth0 up && ip link set fsveth1 up") != 0) {
        message = "cannot create a veth pair with `ip link`";
        return test::kSkipExit;
    }
    LiveOptions options;
    options.interface = "fsveth0";
    options.pollTimeoutMs = 50;
    auto capture = LiveCapture::open(options);
    if (!capture.ok()) {
        message = capture.error().message;
        return 1;
    }
    if (std::system("ip link del fsveth0") != 0) {
        message = "cannot delete fsveth0";
        return test::kSkipExit;
    }
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    RawPacket p;
    while (Clock::now() < deadline) {
        const ReadStatus status = capture.value()->next(p);
        if (status == ReadStatus::Error) {
            message = capture.value()->error().message;
            return capture.value()->error().code == ErrorCode::DeviceGone ? 0 : 1;
        }
        if (status == ReadStatus::End) {
            message = "next() returned End";
            return 1;
        }
    }
    message = "no error within 5 s after the adapter was deleted";
    return 1;
}

TEST(LiveCapture, AdapterDeletedWhileCapturing) {
    const auto [code, message] = runInChild(captureOnVanishingAdapter);
    if (code == test::kSkipExit) {
        GTEST_SKIP() << message;
    }
    EXPECT_EQ(code, 0) << message;
    EXPECT_NE(message.find("fsveth0 went down or disappeared"), std::string::npos) << message;
}

// Opens "lo" in this process; skips if capturing is not allowed here.
Result<std::unique_ptr<LiveCapture>> openLoopback(LiveOptions options) {
    options.interface = "lo";
    return LiveCapture::open(options);
}

TEST(LiveCapture, BadFilterGivesLibpcapsReason) {
    LiveOptions options;
    options.filter = "udp port nonsense-port-name";
    auto capture = openLoopback(options);
    ASSERT_FALSE(capture.ok());
    if (capture.error().code == ErrorCode::PermissionDenied) {
        GTEST_SKIP() << capture.error().message;
    }
    EXPECT_EQ(capture.error().code, ErrorCode::BadFilter);
    EXPECT_NE(capture.error().message.find("unknown port 'nonsense-port-name'"), std::string::npos)
        << capture.error().message;
}

TEST(LiveCapture, NonexistentAdapter) {
    LiveOptions options;
    options.interface = "flowscope-nope0";
    auto capture = LiveCapture::open(options);
    ASSERT_FALSE(capture.ok());
    if (capture.error().code == ErrorCode::PermissionDenied) {
        GTEST_SKIP() << capture.error().message;
    }
    EXPECT_EQ(capture.error().code, ErrorCode::NotFound) << capture.error().message;
    EXPECT_NE(capture.error().message.find("flowscope-cli interfaces"), std::string::npos);
    EXPECT_NE(capture.error().message.find("flowscope-nope0"), std::string::npos);
}

TEST(LiveCapture, PermissionDeniedNamesTheFix) {
    const auto [code, message] = runInChild([](std::string& text) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
            text = "cannot drop root privileges";
            return test::kSkipExit;
        }
        LiveOptions options;
        options.interface = "lo";
        auto capture = LiveCapture::open(options);
        if (capture.ok()) {
            text = "capturing is allowed without privileges here";
            return test::kSkipExit;
        }
        text = capture.error().message;
        return capture.error().code == ErrorCode::PermissionDenied ? 0 : 1;
    });
    if (code == test::kSkipExit) {
        GTEST_SKIP() << message;
    }
    ASSERT_EQ(code, 0) << message;
    EXPECT_NE(message.find("Flowscope has no permission to capture on lo."), std::string::npos)
        << message;
    EXPECT_NE(message.find("sudo setcap cap_net_raw,cap_net_admin=eip /"), std::string::npos)
        << message;
    EXPECT_NE(message.find("capture_tests"), std::string::npos) << message;
}

TEST(LiveCapture, InterruptEndsNextPromptly) {
    LiveOptions options;
    options.filter = "udp port 9";  // nothing arrives
    options.pollTimeoutMs = 30000;  // only interrupt() can end the wait early
    auto capture = openLoopback(options);
    if (!capture.ok()) {
        GTEST_SKIP() << capture.error().message;
    }
    LiveCapture& live = **capture;
    EXPECT_TRUE(live.isLive());
    EXPECT_EQ(live.description(), "interface lo");
    EXPECT_EQ(live.linkType(), 1u);
    Clock::time_point interruptedAt;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        interruptedAt = Clock::now();
        live.interrupt();
    });
    RawPacket p;
    ReadStatus status;
    do {
        status = live.next(p);
    } while (status == ReadStatus::Packet || status == ReadStatus::Timeout);
    const auto endedAt = Clock::now();
    stopper.join();
    EXPECT_EQ(status, ReadStatus::End);
    EXPECT_LT(endedAt - interruptedAt, std::chrono::seconds(1));
    EXPECT_EQ(live.next(p), ReadStatus::End);  // stays ended
}

}  // namespace
}  // namespace flowscope
