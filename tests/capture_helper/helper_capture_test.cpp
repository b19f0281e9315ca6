// HelperCapture against real processes: small shell scripts that play a helper's part with a
// prepared stream (a helper that errs, dies, sends garbage, or waits); and the choice between
// direct capture and the helper (openLiveSource, FLOWSCOPE_CAPTURE, FLOWSCOPE_CAPTURE_HELPER).
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "core/capture/capture_launcher.h"
#include "core/capture/helper_capture.h"
#include "core/capture/helper_protocol.h"

namespace flowscope {
namespace {

using Clock = std::chrono::steady_clock;
using Bytes = std::vector<uint8_t>;

// A temporary folder with a script `helper` that writes `stream` to stdout, then runs `tail`.
class FakeHelper {
public:
    FakeHelper(const Bytes& stream, const std::string& tail) {
        char dir[] = "/tmp/flowscope-helper-test-XXXXXX";
        m_dir = mkdtemp(dir);
        std::ofstream(m_dir + "/stream", std::ios::binary)
            .write(reinterpret_cast<const char*>(stream.data()),
                   static_cast<std::streamsize>(stream.size()));
        std::ofstream(m_dir + "/helper") << "#!/bin/sh\ncat '" << m_dir << "/stream'\n"
                                         << tail << "\n";
        chmod((m_dir + "/helper").c_str(), 0755);
    }
    ~FakeHelper() { (void)std::system(("rm -rf '" + m_dir + "'").c_str()); }
    std::string path() const { return m_dir + "/helper"; }

private:
    std::string m_dir;
};

LiveOptions loopback() {
    LiveOptions o;
    o.interface = "lo";
    o.pollTimeoutMs = 50;
    return o;
}

Bytes hello() {
    Bytes b;
    helper::encodeHello(b, helper::Hello{1, 2048, "interface lo"});
    return b;
}

void addFrame(Bytes& b, uint8_t fill, uint32_t size) {
    const Bytes data(size, fill);
    helper::encodeFrame(b, 1000 + fill, size + 4, data.data(), size);
}

// Reads until something other than Timeout, for at most 20 s.
ReadStatus nextNonTimeout(PacketSource& s, RawPacket& p) {
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    ReadStatus st = ReadStatus::Timeout;
    while (st == ReadStatus::Timeout && Clock::now() < deadline) {
        st = s.next(p);
    }
    return st;
}

TEST(HelperCapture, TheHelpersErrorIsTheOpenError) {
    Bytes stream;
    const std::string sentence =
        "Flowscope has no permission to capture on lo. Run it with administrator privileges, "
        "or grant the capability once: sudo setcap cap_net_raw,cap_net_admin=eip /x/helper";
    helper::encodeError(stream, ErrorCode::PermissionDenied, verbatim(sentence));
    FakeHelper fake(stream, "exit 1");
    auto capture = HelperCapture::open(loopback(), fake.path());
    ASSERT_FALSE(capture.ok());
    EXPECT_EQ(capture.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(capture.error().message, sentence);
}

TEST(HelperCapture, GarbageBeforeHelloIsOneSentence) {
    const std::string text = "HTTP/1.1 200 OK\r\n\r\n";
    FakeHelper fake(Bytes(text.begin(), text.end()), "exec cat");
    auto capture = HelperCapture::open(loopback(), fake.path());
    ASSERT_FALSE(capture.ok());
    EXPECT_EQ(capture.error().code, ErrorCode::Io);
    EXPECT_EQ(capture.error().message,
              "The capture helper " + fake.path() +
                  " sent data Flowscope cannot read (unknown message type 72); make sure it "
                  "belongs to this version of Flowscope and start the capture again.");
}

TEST(HelperCapture, AHelperThatEndsBeforeHelloSaysHow) {
    FakeHelper fake({}, "exit 3");
    auto capture = HelperCapture::open(loopback(), fake.path());
    ASSERT_FALSE(capture.ok());
    EXPECT_EQ(capture.error().message,
              "The capture helper " + fake.path() +
                  " stopped unexpectedly before it opened lo (exit status 3); start the capture "
                  "again, and check the system log if it keeps stopping.");
}

TEST(HelperCapture, AMissingHelperCannotStart) {
    auto capture = HelperCapture::open(loopback(), "/nonexistent/flowscope-capture");
    ASSERT_FALSE(capture.ok());
    EXPECT_EQ(capture.error().code, ErrorCode::Io);
    EXPECT_NE(capture.error().message.find("could not start its capture helper "
                                           "/nonexistent/flowscope-capture (No such file"),
              std::string::npos)
        << capture.error().message;
}

TEST(HelperCapture, FramesBeforeTheHelperDiesStay) {
    Bytes stream = hello();
    addFrame(stream, 1, 60);
    addFrame(stream, 2, 61);
    addFrame(stream, 3, 62);
    FakeHelper fake(stream, "kill -9 $$");
    auto capture = HelperCapture::open(loopback(), fake.path());
    ASSERT_TRUE(capture.ok()) << capture.error().message;
    HelperCapture& c = **capture;
    EXPECT_EQ(c.linkType(), 1u);
    EXPECT_EQ(c.snaplen(), 2048u);
    EXPECT_EQ(c.description(), "interface lo");
    RawPacket p;
    for (uint8_t i = 1; i <= 3; ++i) {
        ASSERT_EQ(nextNonTimeout(c, p), ReadStatus::Packet);
        EXPECT_EQ(p.capturedLength, 59u + i);
        EXPECT_EQ(p.wireLength, 63u + i);
        EXPECT_EQ(p.timestampNs, 1000 + i);
        EXPECT_EQ(p.linkType, 1u);
        EXPECT_EQ(p.data[0], i);
        EXPECT_EQ(p.data[p.capturedLength - 1], i);
    }
    ASSERT_EQ(nextNonTimeout(c, p), ReadStatus::Error);
    EXPECT_EQ(c.error().code, ErrorCode::Io);
    EXPECT_EQ(c.error().message, "The capture helper " + fake.path() +
                                     " stopped unexpectedly while capturing on lo (killed by "
                                     "signal 9, Killed); start the capture again, and check the "
                                     "system log if it keeps stopping.");
    EXPECT_EQ(c.counters().received, 3u);
    EXPECT_EQ(c.next(p), ReadStatus::Error);  // stays failed
    EXPECT_EQ(c.helperPid(), 0);              // reaped
}

TEST(HelperCapture, GarbageMidStreamKeepsTheFramesBefore) {
    Bytes stream = hello();
    addFrame(stream, 7, 40);
    addFrame(stream, 8, 40);
    stream.insert(stream.end(), {0x77, 1, 2, 3, 4, 5, 6});
    FakeHelper fake(stream, "exec cat");
    auto capture = HelperCapture::open(loopback(), fake.path());
    ASSERT_TRUE(capture.ok()) << capture.error().message;
    RawPacket p;
    ASSERT_EQ(nextNonTimeout(**capture, p), ReadStatus::Packet);
    ASSERT_EQ(nextNonTimeout(**capture, p), ReadStatus::Packet);
    EXPECT_EQ(p.data[0], 8);
    ASSERT_EQ(nextNonTimeout(**capture, p), ReadStatus::Error);
    EXPECT_NE((*capture)->error().message.find("sent data Flowscope cannot read (unknown message "
                                               "type 119)"),
              std::string::npos)
        << (*capture)->error().message;
    EXPECT_EQ((*capture)->helperPid(), 0);  // killed and reaped, not left running
}

TEST(HelperCapture, CountersWarningsAndEnd) {
    Bytes stream = hello();
    helper::encodeWarning(stream,
                          verbatim("The capture helper could not give up its capabilities."));
    addFrame(stream, 1, 50);
    CaptureCounters sent;
    sent.received = 5;
    sent.droppedByKernel = 7;
    sent.droppedByInterface = 2;
    helper::encodeCounters(stream, sent);
    helper::encodeEnd(stream);
    FakeHelper fake(stream, "exit 0");
    auto capture = HelperCapture::open(loopback(), fake.path());
    ASSERT_TRUE(capture.ok()) << capture.error().message;
    RawPacket p;
    ASSERT_EQ(nextNonTimeout(**capture, p), ReadStatus::Packet);
    ASSERT_EQ(nextNonTimeout(**capture, p), ReadStatus::End);
    const CaptureCounters c = (*capture)->counters();
    EXPECT_EQ(c.received, 1u);  // what this side read
    EXPECT_EQ(c.droppedByKernel, 7u);
    EXPECT_EQ(c.droppedByInterface, 2u);
    EXPECT_EQ((*capture)->warning(), "The capture helper could not give up its capabilities.");
    EXPECT_EQ((*capture)->next(p), ReadStatus::End);
}

TEST(HelperCapture, InterruptWakesABlockedNextAndEndsTheHelper) {
    FakeHelper fake(hello(), "exec cat");  // copies nothing; ends when its stdin closes
    LiveOptions options = loopback();
    options.pollTimeoutMs = 10000;
    auto capture = HelperCapture::open(options, fake.path());
    ASSERT_TRUE(capture.ok()) << capture.error().message;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        (*capture)->interrupt();
    });
    RawPacket p;
    const auto start = Clock::now();
    const ReadStatus st = (*capture)->next(p);
    stopper.join();
    EXPECT_EQ(st, ReadStatus::End);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
    EXPECT_EQ((*capture)->helperPid(), 0);
}

// Sets environment variables for one test and restores them after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_old = old;
            m_had = true;
        }
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (m_had) {
            setenv(m_name, m_old.c_str(), 1);
        } else {
            unsetenv(m_name);
        }
    }

private:
    const char* m_name;
    std::string m_old;
    bool m_had = false;
};

LiveOptions missingAdapter() {
    LiveOptions o;
    o.interface = "flowscope-nope0";
    o.pollTimeoutMs = 50;
    return o;
}

TEST(CaptureLauncher, TheEnvironmentNamesTheHelper) {
    FakeHelper fake(hello(), "exec cat");
    {
        ScopedEnv helper("FLOWSCOPE_CAPTURE_HELPER", fake.path());
        EXPECT_EQ(findCaptureHelper(), fake.path());
    }
    ScopedEnv helper("FLOWSCOPE_CAPTURE_HELPER", "/nonexistent/flowscope-capture");
    EXPECT_EQ(findCaptureHelper(), "");
}

TEST(CaptureLauncher, ForcedHelperIsUsed) {
    // The scripted helper "opens" an adapter that does not exist: only the helper path succeeds.
    FakeHelper fake(hello(), "exec cat");
    ScopedEnv helper("FLOWSCOPE_CAPTURE_HELPER", fake.path());
    ScopedEnv mode("FLOWSCOPE_CAPTURE", "helper");
    auto source = openLiveSource(missingAdapter());
    ASSERT_TRUE(source.ok()) << source.error().message;
    EXPECT_EQ((*source)->description(), "interface flowscope-nope0");
    EXPECT_NE(dynamic_cast<HelperCapture*>(source->get()), nullptr);
}

TEST(CaptureLauncher, ForcedHelperWithoutOneIsOneSentence) {
    ScopedEnv helper("FLOWSCOPE_CAPTURE_HELPER", "/nonexistent/flowscope-capture");
    ScopedEnv mode("FLOWSCOPE_CAPTURE", "helper");
    auto source = openLiveSource(missingAdapter());
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().code, ErrorCode::NotFound);
    EXPECT_EQ(source.error().message,
              "FLOWSCOPE_CAPTURE=helper is set but no capture helper was found; set "
              "FLOWSCOPE_CAPTURE_HELPER to the path of flowscope-capture, or unset "
              "FLOWSCOPE_CAPTURE to capture directly.");
}

TEST(CaptureLauncher, APrivilegedProcessCapturesDirectly) {
    if (!processMayCapture()) {
        GTEST_SKIP() << "this process may not capture itself (run as root)";
    }
    FakeHelper fake(hello(), "exec cat");
    ScopedEnv helper("FLOWSCOPE_CAPTURE_HELPER", fake.path());
    for (const char* mode : {"", "direct"}) {
        ScopedEnv forced("FLOWSCOPE_CAPTURE", mode);
        auto source = openLiveSource(missingAdapter());
        ASSERT_FALSE(source.ok()) << mode;  // LiveCapture itself: the adapter does not exist
        EXPECT_EQ(source.error().code, ErrorCode::NotFound) << source.error().message;
    }
}

}  // namespace
}  // namespace flowscope
