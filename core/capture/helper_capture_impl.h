// HelperCapture's private state and the helper process's side of it (spawn, reap, read,
// the sentences for a helper that died or sent garbage), shared by helper_capture_posix.cpp
// (the stream) and helper_process_posix.cpp (the process). POSIX only; not for other users.
#pragma once

#include <sys/types.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/capture/helper_capture.h"

namespace flowscope {

namespace helperimpl {
using Clock = std::chrono::steady_clock;

constexpr size_t kBufferBytes = 1 << 20;  // more than the longest message (256 KiB + 21)
constexpr int kHelloTimeoutMs = 30000;
constexpr int kDrainTimeoutMs = 2000;
constexpr int kPipeBytes = 1 << 20;
}  // namespace helperimpl

struct HelperCapture::Impl {
    std::string path;
    std::string interface;
    std::atomic<pid_t> pid{0};
    int readFd = -1;   // the helper's stdout
    int writeFd = -1;  // the helper's stdin; closing it asks the helper to finish
    int wakeFd = -1;
    int pollTimeoutMs = 100;
    std::atomic<bool> interrupted{false};
    std::atomic<int64_t> stopNs{0};  // wall clock of interrupt(): frames stamped later are not ours
    bool finished = false;
    bool failed = false;
    bool lastWasPacket = false;
    bool draining = false;  // interrupted: reading on to the helper's last counters
    helperimpl::Clock::time_point drainDeadline;
    uint64_t received = 0;
    CaptureCounters helperCounters;
    Phrase warning;  // the helper's last
    // Socket events: the note and flag are set before hello (then read-only); counters are
    // written on the capture thread and read from others.
    uint8_t eventsStatus = 0;
    Phrase eventsNote;
    EventRecordSink eventSink;
    mutable std::mutex eventMutex;
    EventCounters eventCounters;
    std::vector<uint8_t> buf = std::vector<uint8_t>(helperimpl::kBufferBytes);
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
    Phrase reap(bool now);
    // Reads what the pipe has; >0 bytes read, 0 end of stream, -1 nothing now (EAGAIN).
    ssize_t readMore();
    Error diedError(Phrase when);
    Error garbageError(const std::string& why);
};

}  // namespace flowscope
