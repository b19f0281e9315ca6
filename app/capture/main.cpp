// flowscope-capture: opens one adapter with LiveCapture, gives up its capabilities, and streams
// frames and counters to its parent over stdout in the framed format of docs/capture-helper.md
// (core/capture/helper_protocol.h). It ends on SIGTERM/SIGINT or when its stdin reaches end of
// file, after the frames the kernel already held, its last counters and an End message; it ends
// at once when a write finds the parent gone (EPIPE), and the kernel ends it when the parent
// dies (PR_SET_PDEATHSIG).
//
//   flowscope-capture --interface NAME [--snaplen N] [--buffer-size BYTES] [--promiscuous]
//                     [--no-immediate] [--poll-timeout-ms MS] [--filter EXPRESSION]
//                     [--socket-events auto|ebpf [--socket-event-buffer BYTES]]
//
// --socket-events (Linux): also load the eBPF socket tracker while the privileges are still
// held (it needs CAP_BPF and CAP_PERFMON besides the capture's), say in a note before hello
// whether it runs and why, and forward its records with the frames: each record goes out
// before the frames read after it, so a connection's owner usually reaches the parent before
// its first packet.
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "app/capture/privileges.h"
#include "core/capture/helper_protocol.h"
#include "core/capture/live_capture.h"
#ifdef __linux__
#include "core/process/linux/ebpf/socket_tracker_load.h"
#endif

namespace {

using flowscope::CaptureCounters;
using flowscope::LiveOptions;
namespace hp = flowscope::helper;
using Clock = std::chrono::steady_clock;

constexpr size_t kFlushBytes = 256 * 1024;
constexpr uint32_t kCheckEveryFrames = 1024;
constexpr auto kCountersEvery = std::chrono::milliseconds(250);

volatile sig_atomic_t g_stop = 0;

// The socket tracker's records, forwarded with the frames (none where it is not loaded).
class Events {
public:
#ifdef __linux__
    // Loads the tracker as `wanted` ("auto" or "ebpf") asks; the note goes to the parent.
    void load(const LiveOptions& o, std::vector<uint8_t>& out) {
        flowscope::ProcessSource source = flowscope::ProcessSource::Auto;
        (void)flowscope::parseProcessSource(o.socketEvents, source);
        auto choice = flowscope::linuxproc::chooseSocketTracker(source, o.socketEventBytes);
        m_tracker = std::move(choice.tracker);
        hp::encodeEventsNote(out, static_cast<uint8_t>(choice.status), choice.note);
    }
    void drain(std::vector<uint8_t>& out) {
        if (m_tracker) {
            m_tracker->drainRecords(
                [&out](const void* r, size_t n) { hp::encodeEventRecord(out, r, n); });
        }
    }
    void counters(std::vector<uint8_t>& out) {
        if (m_tracker) {
            const flowscope::SocketEventStats s = m_tracker->stats();
            hp::encodeEventCounters(out, {s.events, s.lost, s.mapBytes});
        }
    }

private:
    std::unique_ptr<flowscope::linuxproc::SocketTracker> m_tracker;
#else
    void load(const LiveOptions&, std::vector<uint8_t>& out) {
        hp::encodeEventsNote(out, static_cast<uint8_t>(flowscope::SocketEventsStatus::NotLinux),
                             "Socket owners come from snapshots of the socket table: eBPF socket "
                             "events exist on Linux only.");
    }
    void drain(std::vector<uint8_t>&) {}
    void counters(std::vector<uint8_t>&) {}
#endif
};

void onStop(int) {
    g_stop = 1;
}

// The bytes for the parent, written in large pieces; a failed write means the parent is gone.
class Stream {
public:
    std::vector<uint8_t> buf;
    bool flush() {
        size_t done = 0;
        while (done < buf.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, buf.data() + done, buf.size() - done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return false;
            }
            done += static_cast<size_t>(n);
        }
        buf.clear();
        return true;
    }
};

bool parseNumber(const char* text, long long low, long long high, long long& out) {
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < low || v > high) {
        return false;
    }
    out = v;
    return true;
}

// Returns "" or the sentence saying which argument is wrong.
std::string parseArguments(int argc, char** argv, LiveOptions& o) {
    const auto eventSource = [](const std::string& v) { return v == "auto" || v == "ebpf"; };
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        long long n = 0;
        if (a == "--promiscuous") {
            o.promiscuous = true;
        } else if (a == "--no-immediate") {
            o.immediateMode = false;
        } else if (a == "--interface" && hasValue) {
            o.interface = argv[++i];
        } else if (a == "--filter" && hasValue) {
            o.filter = argv[++i];
        } else if (a == "--socket-events" && hasValue && eventSource(argv[i + 1])) {
            o.socketEvents = argv[++i];
        } else if (a == "--socket-event-buffer" && hasValue &&
                   parseNumber(argv[++i], 4096, 1LL << 30, n)) {
            o.socketEventBytes = static_cast<size_t>(n);
        } else if (a == "--snaplen" && hasValue &&
                   parseNumber(argv[++i], 1, hp::kMaxCapturedBytes, n)) {
            o.snaplen = static_cast<uint32_t>(n);
        } else if (a == "--buffer-size" && hasValue && parseNumber(argv[++i], 0, INT_MAX, n)) {
            o.bufferSizeBytes = static_cast<int>(n);
        } else if (a == "--poll-timeout-ms" && hasValue && parseNumber(argv[++i], 1, 10000, n)) {
            o.pollTimeoutMs = static_cast<int>(n);
        } else {
            return "flowscope-capture does not understand the argument \"" + a +
                   "\"; it is started by Flowscope (see docs/capture-helper.md).";
        }
    }
    if (o.interface.empty()) {
        return "flowscope-capture needs --interface NAME; it is started by Flowscope (see "
               "docs/capture-helper.md).";
    }
    return "";
}

// True when the parent closed our stdin (asking us to finish) or went away.
bool parentDone() {
    pollfd p{STDIN_FILENO, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0) {
        return false;
    }
    char sink[256];
    const ssize_t n = ::read(STDIN_FILENO, sink, sizeof sink);
    return n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN);
}

void installSignals() {
    struct sigaction stop {};
    stop.sa_handler = onStop;  // no SA_RESTART: a blocking poll returns at once
    sigemptyset(&stop.sa_mask);
    for (int s : {SIGTERM, SIGINT, SIGHUP}) {
        sigaction(s, &stop, nullptr);
    }
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, nullptr);  // a write to a gone parent fails with EPIPE instead
}

// The capture loop; returns the exit code. Asked to finish (a signal, or the parent closed our
// stdin), it interrupts the capture and reads on to its end: the frames the kernel already
// held were collected before the stop, and the parent counts them.
int stream(flowscope::LiveCapture& capture, Stream& out, Events& events) {
    flowscope::RawPacket packet;
    uint32_t sinceCheck = 0;
    auto nextCounters = Clock::now() + kCountersEvery;
    bool stopping = false;
    const auto periodic = [&] {
        if (stopping) {
            return;
        }
        if (parentDone()) {
            stopping = true;
            capture.interrupt();
            return;
        }
        if (Clock::now() >= nextCounters) {
            hp::encodeCounters(out.buf, capture.counters());
            events.counters(out.buf);
            nextCounters = Clock::now() + kCountersEvery;
        }
    };
    for (;;) {
        if (g_stop && !stopping) {
            stopping = true;
            capture.interrupt();
        }
        const flowscope::ReadStatus status = capture.next(packet);
        events.drain(out.buf);  // a memory read when the ring is empty
        if (status == flowscope::ReadStatus::Packet) {
            hp::encodeFrame(out.buf, packet.timestampNs, packet.wireLength, packet.data,
                            packet.capturedLength);
            if (out.buf.size() >= kFlushBytes && !out.flush()) {
                return 0;  // the parent is gone
            }
            if (++sinceCheck >= kCheckEveryFrames) {
                sinceCheck = 0;
                periodic();
            }
        } else if (status == flowscope::ReadStatus::Timeout) {
            periodic();
            if (!out.flush()) {
                break;
            }
        } else if (status == flowscope::ReadStatus::Error) {
            hp::encodeCounters(out.buf, capture.counters());
            hp::encodeError(out.buf, capture.error().code, flowscope::phraseOf(capture.error()));
            return out.flush() ? 1 : 0;
        } else {
            break;
        }
    }
    hp::encodeCounters(out.buf, capture.counters());
    hp::encodeEnd(out.buf);
    (void)out.flush();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    pthread_setname_np(pthread_self(), "capture-helper");
    flowscope::capture_helper::endWithParent();
    installSignals();
    Stream out;
    LiveOptions options;
    if (const std::string bad = parseArguments(argc, argv, options); !bad.empty()) {
        std::fprintf(stderr, "%s\n", bad.c_str());
        hp::encodeError(out.buf, flowscope::ErrorCode::InvalidArgument, flowscope::verbatim(bad));
        (void)out.flush();
        return 2;
    }
    auto capture = flowscope::LiveCapture::open(options);
    if (!capture) {
        hp::encodeError(out.buf, capture.error().code, flowscope::phraseOf(capture.error()));
        (void)out.flush();
        return 1;
    }
    Events events;
    if (!options.socketEvents.empty()) {
        events.load(options, out.buf);  // before the privileges go
    }
    if (const flowscope::Phrase warning = flowscope::capture_helper::dropAllCapabilities();
        !warning.empty()) {
        hp::encodeWarning(out.buf, warning);
    }
    hp::Hello hello;
    hello.linkType = (*capture)->linkType();
    hello.snaplen = (*capture)->snaplen();
    hello.description = (*capture)->description();
    hp::encodeHello(out.buf, hello);
    if (!out.flush()) {
        return 0;
    }
    return stream(**capture, out, events);
}
