// HelperCapture: the helper's stdout is a pipe read here (non-blocking, into one buffer that
// frames are decoded in place from); its stdin is a pipe this side keeps open and closes to
// ask the helper to finish (it then sends its last counters and End) or when it goes away.
// next() waits in poll() on the stream and an eventfd that interrupt() signals, as LiveCapture
// waits on its adapter.
#include "core/capture/helper_capture.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

#include "core/capture/helper_protocol.h"

extern char** environ;

namespace flowscope {

namespace {

using Clock = std::chrono::steady_clock;

constexpr size_t kBufferBytes = 1 << 20;  // more than the longest message (256 KiB + 21)
constexpr int kHelloTimeoutMs = 30000;
constexpr int kDrainTimeoutMs = 2000;
constexpr int kPipeBytes = 1 << 20;

std::string describeStatus(int status) {
    if (WIFEXITED(status)) {
        return "exit status " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        const char* name = strsignal(WTERMSIG(status));
        return "killed by signal " + std::to_string(WTERMSIG(status)) +
               (name ? std::string(", ") + name : std::string());
    }
    return "status " + std::to_string(status);
}

std::vector<std::string> helperArguments(const LiveOptions& o, const std::string& path) {
    std::vector<std::string> args{path,
                                  "--interface",
                                  o.interface,
                                  "--snaplen",
                                  std::to_string(o.snaplen),
                                  "--buffer-size",
                                  std::to_string(o.bufferSizeBytes),
                                  "--poll-timeout-ms",
                                  std::to_string(o.pollTimeoutMs)};
    if (o.promiscuous) {
        args.emplace_back("--promiscuous");
    }
    if (!o.immediateMode) {
        args.emplace_back("--no-immediate");
    }
    if (!o.filter.empty()) {
        args.emplace_back("--filter");
        args.push_back(o.filter);
    }
    if (!o.socketEvents.empty()) {
        args.emplace_back("--socket-events");
        args.push_back(o.socketEvents);
    }
    return args;
}

}  // namespace

struct HelperCapture::Impl {
    std::string path;
    std::string interface;
    std::atomic<pid_t> pid{0};
    int readFd = -1;   // the helper's stdout
    int writeFd = -1;  // the helper's stdin; closing it asks the helper to finish
    int wakeFd = -1;
    int pollTimeoutMs = 100;
    std::atomic<bool> interrupted{false};
    bool finished = false;
    bool failed = false;
    bool lastWasPacket = false;
    bool draining = false;  // interrupted: reading on to the helper's last counters
    Clock::time_point drainDeadline;
    uint64_t received = 0;
    CaptureCounters helperCounters;
    std::string warning;
    // Socket events: the note and flag are set before hello (then read-only); counters are
    // written on the capture thread and read from others.
    uint8_t eventsStatus = 0;
    std::string eventsNote;
    EventRecordSink eventSink;
    mutable std::mutex eventMutex;
    EventCounters eventCounters;
    std::vector<uint8_t> buf = std::vector<uint8_t>(kBufferBytes);
    size_t begin = 0;
    size_t end = 0;

    ~Impl() {
        closeFd(writeFd);
        closeFd(readFd);
        reap(true);
        closeFd(wakeFd);
    }

    static void closeFd(int& fd) {
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    }

    Status spawn(const LiveOptions& options);
    // Waits for the helper to end (up to ~2 s, then SIGKILL); `now` kills it first.
    // Returns how it ended, or "" when it was reaped already.
    std::string reap(bool now);
    // Reads what the pipe has; >0 bytes read, 0 end of stream, -1 nothing now (EAGAIN).
    ssize_t readMore();
    Error diedError(const std::string& when);
    Error garbageError(const std::string& why);
};

Status HelperCapture::Impl::spawn(const LiveOptions& options) {
    int out[2];
    int in[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        return makeError(ErrorCode::Io, std::string("Flowscope could not start its capture "
                                                    "helper (pipe: ") +
                                            std::strerror(errno) + "); try again.");
    }
    if (::pipe2(in, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return makeError(ErrorCode::Io, std::string("Flowscope could not start its capture "
                                                    "helper (pipe: ") +
                                            std::strerror(errno) + "); try again.");
    }
    (void)::fcntl(out[0], F_SETPIPE_SZ, kPipeBytes);  // fewer wake-ups under load; optional
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
    // The helper starts with default signal handling and nothing blocked (the CLI blocks its
    // stop signals to wait for them), in its own process group: a terminal's Ctrl-C reaches
    // the parent, which then ends the helper in order.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigset_t defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD}) {
        sigaddset(&defaults, s);
    }
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(
        &attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    const std::vector<std::string> args = helperArguments(options, path);
    std::vector<char*> argv;
    for (const std::string& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    const int rc = ::posix_spawn(&child, path.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(in[0]);
    ::close(out[1]);
    if (rc != 0) {
        ::close(in[1]);
        ::close(out[0]);
        return makeError(ErrorCode::Io,
                         "Flowscope could not start its capture helper " + path + " (" +
                             std::strerror(rc) +
                             "); reinstall Flowscope or set FLOWSCOPE_CAPTURE=direct.");
    }
    pid.store(child);
    readFd = out[0];
    writeFd = in[1];
    (void)::fcntl(readFd, F_SETFL, ::fcntl(readFd, F_GETFL) | O_NONBLOCK);
    wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    return {};
}

std::string HelperCapture::Impl::reap(bool now) {
    const pid_t child = pid.load();
    if (child <= 0) {
        return "";
    }
    if (now) {
        ::kill(child, SIGKILL);
    }
    int status = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(2);
    pid_t r = 0;
    while ((r = ::waitpid(child, &status, WNOHANG)) == 0 && Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (r == 0) {
        ::kill(child, SIGKILL);
        r = ::waitpid(child, &status, 0);
    }
    pid.store(0);
    return r == child ? describeStatus(status) : std::string("its status is unknown");
}

ssize_t HelperCapture::Impl::readMore() {
    if (begin > 0 && begin == end) {
        begin = end = 0;
    } else if (begin > 0 && buf.size() - end < 64 * 1024) {
        std::memmove(buf.data(), buf.data() + begin, end - begin);
        end -= begin;
        begin = 0;
    }
    for (;;) {
        const ssize_t n = ::read(readFd, buf.data() + end, buf.size() - end);
        if (n > 0) {
            end += static_cast<size_t>(n);
            return n;
        }
        if (n == 0) {
            return 0;
        }
        if (errno == EINTR) {
            continue;
        }
        return errno == EAGAIN ? -1 : 0;  // a broken pipe reads as the end of the stream
    }
}

Error HelperCapture::Impl::diedError(const std::string& when) {
    const std::string how = reap(false);
    return makeError(ErrorCode::Io, "The capture helper " + path + " stopped unexpectedly " + when +
                                        " (" + how +
                                        "); start the capture again, and check the system log "
                                        "if it keeps stopping.");
}

Error HelperCapture::Impl::garbageError(const std::string& why) {
    reap(true);
    return makeError(ErrorCode::Io, "The capture helper " + path +
                                        " sent data Flowscope cannot read (" + why +
                                        "); make sure it belongs to this version of Flowscope "
                                        "and start the capture again.");
}

HelperCapture::HelperCapture() : m_impl(std::make_unique<Impl>()) {}

HelperCapture::~HelperCapture() = default;

Result<std::unique_ptr<HelperCapture>> HelperCapture::open(const LiveOptions& options,
                                                           const std::string& helperPath) {
    if (options.interface.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "No network adapter was chosen; pick one from `flowscope-cli "
                         "interfaces`.");
    }
    std::unique_ptr<HelperCapture> capture(new HelperCapture());
    Impl& s = *capture->m_impl;
    capture->m_options = options;
    s.path = helperPath;
    s.interface = options.interface;
    s.pollTimeoutMs = options.pollTimeoutMs > 0 ? options.pollTimeoutMs : 1;
    if (Status spawned = s.spawn(options); !spawned) {
        return spawned.error();
    }
    const std::string when = "before it opened " + options.interface;
    const auto deadline = Clock::now() + std::chrono::milliseconds(kHelloTimeoutMs);
    for (;;) {
        helper::Message m;
        size_t used = 0;
        std::string why;
        const auto st =
            helper::decodeMessage(s.buf.data() + s.begin, s.end - s.begin, m, used, why);
        if (st == helper::DecodeStatus::Malformed) {
            return s.garbageError(why);
        }
        if (st == helper::DecodeStatus::Message) {
            s.begin += used;
            switch (m.type) {
                case helper::MessageType::Hello:
                    capture->m_linkType = m.hello.linkType;
                    capture->m_snaplen = m.hello.snaplen;
                    return capture;
                case helper::MessageType::Error:
                    s.reap(false);
                    return makeError(m.errorCode, m.text);
                case helper::MessageType::Warning:
                    s.warning = m.text;
                    continue;
                case helper::MessageType::Counters:
                    continue;
                case helper::MessageType::EventsNote:
                    s.eventsStatus = m.eventsStatus;
                    s.eventsNote = m.text;
                    continue;
                default:
                    return s.garbageError("it sent a frame or its end before saying hello");
            }
        }
        const ssize_t n = s.readMore();
        if (n == 0) {
            return s.diedError(when);
        }
        if (n > 0) {
            continue;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            s.reap(true);
            return makeError(ErrorCode::Io, "The capture helper " + helperPath + " did not open " +
                                                options.interface +
                                                " within 30 seconds; start the capture again.");
        }
        pollfd p{s.readFd, POLLIN, 0};
        (void)::poll(&p, 1, static_cast<int>(left));
    }
}

ReadStatus HelperCapture::next(RawPacket& out) {
    Impl& s = *m_impl;
    if (s.finished) {
        return s.failed ? ReadStatus::Error : ReadStatus::End;
    }
    for (;;) {
        if (!s.draining && s.interrupted.load(std::memory_order_acquire)) {
            // Ask the helper to finish and read on to its last counters; frames read now are
            // past the interruption and are not handed out (as LiveCapture's buffered ones).
            s.draining = true;
            Impl::closeFd(s.writeFd);
            s.drainDeadline = Clock::now() + std::chrono::milliseconds(kDrainTimeoutMs);
        }
        helper::Message m;
        size_t used = 0;
        std::string why;
        const auto st =
            helper::decodeMessage(s.buf.data() + s.begin, s.end - s.begin, m, used, why);
        if (st == helper::DecodeStatus::Malformed) {
            s.finished = s.failed = true;
            m_error = s.garbageError(why);
            return ReadStatus::Error;
        }
        if (st == helper::DecodeStatus::Message) {
            s.begin += used;
            if (const std::optional<ReadStatus> r = onMessage(m, out)) {
                return *r;
            }
            continue;
        }
        if (const std::optional<ReadStatus> r = waitForBytes()) {
            return *r;
        }
    }
}

std::optional<ReadStatus> HelperCapture::onMessage(const helper::Message& m, RawPacket& out) {
    Impl& s = *m_impl;
    switch (m.type) {
        case helper::MessageType::Frame:
            if (s.draining) {
                return std::nullopt;
            }
            out = m.frame;
            out.linkType = m_linkType;
            ++s.received;
            s.lastWasPacket = true;
            return ReadStatus::Packet;
        case helper::MessageType::Counters:
            s.helperCounters = m.counters;
            return std::nullopt;
        case helper::MessageType::Warning:
            s.warning = m.text;
            return std::nullopt;
        case helper::MessageType::End:
            s.finished = true;
            s.reap(false);
            return ReadStatus::End;
        case helper::MessageType::Error:
            s.finished = true;
            if (s.draining) {
                return ReadStatus::End;
            }
            s.failed = true;
            s.reap(false);
            m_error = makeError(m.errorCode, m.text);
            return ReadStatus::Error;
        case helper::MessageType::EventRecord:
            if (s.eventSink) {
                s.eventSink(m.record, m.recordBytes);
            }
            return std::nullopt;
        case helper::MessageType::EventCounters: {
            std::lock_guard lock(s.eventMutex);
            s.eventCounters = {m.eventCounters.records, m.eventCounters.lost,
                               m.eventCounters.mapBytes};
            return std::nullopt;
        }
        case helper::MessageType::EventsNote:  // sent once, before hello
        case helper::MessageType::Hello:
            break;
    }
    s.finished = s.failed = true;
    m_error = s.garbageError(m.type == helper::MessageType::Hello
                                 ? "it said hello twice"
                                 : "it sent its socket events note after hello");
    return ReadStatus::Error;
}

std::optional<ReadStatus> HelperCapture::waitForBytes() {
    Impl& s = *m_impl;
    const ssize_t n = s.readMore();
    if (n > 0) {
        return std::nullopt;
    }
    if (n == 0) {
        s.finished = true;
        if (s.draining) {
            s.reap(false);
            return ReadStatus::End;
        }
        s.failed = true;
        m_error = s.diedError("while capturing on " + s.interface);
        return ReadStatus::Error;
    }
    if (s.draining) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(s.drainDeadline - Clock::now())
                .count();
        if (left <= 0) {
            s.finished = true;
            s.reap(true);
            return ReadStatus::End;
        }
        pollfd p{s.readFd, POLLIN, 0};
        (void)::poll(&p, 1, static_cast<int>(left));
        return std::nullopt;
    }
    if (s.lastWasPacket) {
        // Nothing complete is buffered: say so before waiting, so the caller hands over what
        // it has batched now (as LiveCapture does when its ring runs dry).
        s.lastWasPacket = false;
        return ReadStatus::Timeout;
    }
    pollfd p[2] = {{s.readFd, POLLIN, 0}, {s.wakeFd, POLLIN, 0}};
    const int ready = ::poll(p, s.wakeFd >= 0 ? 2 : 1, s.pollTimeoutMs);
    if (s.interrupted.load(std::memory_order_acquire)) {
        return std::nullopt;  // next() starts draining
    }
    if (ready <= 0) {  // nothing within the poll interval, or a signal
        return ReadStatus::Timeout;
    }
    return std::nullopt;
}

std::string HelperCapture::warning() const {
    const std::string link = linkTypeWarning();
    if (m_impl->warning.empty()) {
        return link;
    }
    return link.empty() ? m_impl->warning : m_impl->warning + " " + link;
}

CaptureCounters HelperCapture::counters() const {
    CaptureCounters c = m_impl->helperCounters;
    c.received = m_impl->received;
    return c;
}

void HelperCapture::interrupt() {
    m_impl->interrupted.store(true, std::memory_order_release);
    if (m_impl->wakeFd >= 0) {
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_impl->wakeFd, &one, sizeof one);
    }
}

bool HelperCapture::eventsOn() const {
    return m_impl->eventsStatus == 1;
}

uint8_t HelperCapture::eventsStatus() const {
    return m_impl->eventsStatus;
}

std::string HelperCapture::eventsNote() const {
    return m_impl->eventsNote;
}

void HelperCapture::setEventRecordSink(EventRecordSink sink) {
    m_impl->eventSink = std::move(sink);
}

HelperCapture::EventCounters HelperCapture::eventCounters() const {
    std::lock_guard lock(m_impl->eventMutex);
    return m_impl->eventCounters;
}

pid_t HelperCapture::helperPid() const {
    return m_impl->pid.load();
}

}  // namespace flowscope
