// HelperCapture: the helper's stdout is a pipe read here (non-blocking, into one buffer that
// frames are decoded in place from); its stdin is a pipe this side keeps open and closes to
// ask the helper to finish (it then sends its last counters and End) or when it goes away.
// next() waits in poll() on the stream and an eventfd that interrupt() signals, as LiveCapture
// waits on its adapter.
#include "core/capture/helper_capture.h"

#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <utility>

#include "core/base/time_format.h"
#include "core/capture/helper_capture_impl.h"
#include "core/capture/helper_protocol.h"

namespace flowscope {

using namespace helperimpl;

HelperCapture::HelperCapture() : m_impl(std::make_unique<Impl>()) {}

HelperCapture::~HelperCapture() = default;

Result<std::unique_ptr<HelperCapture>> HelperCapture::open(const LiveOptions& options,
                                                           const std::string& helperPath) {
    if (options.interface.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         phrase(FS_PHRASE("Core",
                                          "No network adapter was chosen; pick one from "
                                          "`flowscope-cli interfaces`.")));
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
    const Phrase when =
        phrase(FS_PHRASE("Core", "before it opened %1"), {verbatim(options.interface)});
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
                    return makeError(m.errorCode, std::move(m.phrase));
                case helper::MessageType::Warning:
                    s.warning = std::move(m.phrase);
                    continue;
                case helper::MessageType::Counters:
                    continue;
                case helper::MessageType::EventsNote:
                    s.eventsStatus = m.eventsStatus;
                    s.eventsNote = std::move(m.phrase);
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
            return makeError(ErrorCode::Io,
                             phrase(FS_PHRASE("Core",
                                              "The capture helper %1 did not open %2 within 30 "
                                              "seconds; start the capture again."),
                                    {verbatim(helperPath), verbatim(options.interface)}));
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
            // Ask the helper to finish and read on to its last counters. It first sends what
            // the kernel held; of the frames read now, those stamped up to the interruption
            // were collected before it and are handed out (as LiveCapture's held ones).
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
            if (s.draining && m.frame.timestampNs > s.stopNs.load(std::memory_order_relaxed)) {
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
            s.warning = std::move(m.phrase);
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
            m_error = makeError(m.errorCode, std::move(m.phrase));
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
        m_error = s.diedError(
            phrase(FS_PHRASE("Core", "while capturing on %1"), {verbatim(s.interface)}));
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

Phrase HelperCapture::warningPhrase() const {
    return joined({m_impl->warning, linkTypeWarningPhrase()});
}

CaptureCounters HelperCapture::counters() const {
    CaptureCounters c = m_impl->helperCounters;
    c.received = m_impl->received;
    return c;
}

void HelperCapture::interrupt() {
    m_impl->stopNs.store(wallClockNs(), std::memory_order_relaxed);
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

Phrase HelperCapture::eventsNote() const {
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
