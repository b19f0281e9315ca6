// Live capture through flowscope-capture, the small privileged helper: it is started with
// posix_spawn (no shell), opens the adapter, and streams frames and counters over a pipe
// (core/capture/helper_protocol.h). For the engine it behaves as LiveCapture does: the same
// ReadStatus semantics, interrupt(), counters, description, and the same error kinds and
// sentences. POSIX only.
#pragma once

#include <sys/types.h>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/capture/live_capture.h"
#include "core/capture/packet_source.h"

namespace flowscope {

namespace helper {
struct Message;
}

class HelperCapture final : public PacketSource {
public:
    // Starts `helperPath` for `options` and waits for its hello (or its error). Errors: the
    // helper's own (LiveCapture's kinds and sentences: NotFound, PermissionDenied naming the
    // helper, BadFilter, Io), or Io when the helper cannot be started, ends or sends garbage.
    static Result<std::unique_ptr<HelperCapture>> open(const LiveOptions& options,
                                                       const std::string& helperPath);
    // Ends the helper (closes its pipes, then SIGTERM, SIGKILL if it lingers) and reaps it.
    ~HelperCapture() override;

    ReadStatus next(RawPacket& out) override;
    const Error& error() const override { return m_error; }
    Phrase warningPhrase() const override;
    // The helper's latest counters (sent every few hundred milliseconds and at the end), with
    // `received` counting the frames this side has read.
    CaptureCounters counters() const override;
    void interrupt() override;
    bool isLive() const override { return true; }
    uint32_t linkType() const override { return m_linkType; }
    uint32_t snaplen() const override { return m_snaplen; }
    std::string description() const override { return "interface " + m_options.interface; }

    // Socket events (LiveOptions::socketEvents): whether the helper sends them, and its
    // sentence saying which source is in use and why (empty when none were asked for).
    bool eventsOn() const;
    uint8_t eventsStatus() const;  // core/process's SocketEventsStatus (1 = on)
    Phrase eventsNote() const;
    // Called on the capture thread (inside next()) with each record, in stream order, before
    // the frames that follow it; must not block. Set before the capture thread starts.
    using EventRecordSink = std::function<void(const uint8_t* record, size_t bytes)>;
    void setEventRecordSink(EventRecordSink sink);
    // The helper's latest tracker counters (any thread).
    struct EventCounters {
        uint64_t records = 0;
        uint64_t lost = 0;
        uint64_t mapBytes = 0;
    };
    EventCounters eventCounters() const;

    // For tests: the helper's process id (0 once it has been reaped).
    pid_t helperPid() const;

    struct Impl;

private:
    HelperCapture();
    // Acts on one message: a status for next() to return, or nullopt to read on.
    std::optional<ReadStatus> onMessage(const helper::Message& m, RawPacket& out);
    // Reads or waits for more of the stream: a status for next() to return, or nullopt.
    std::optional<ReadStatus> waitForBytes();
    std::unique_ptr<Impl> m_impl;
    LiveOptions m_options;
    uint32_t m_linkType = 0;
    uint32_t m_snaplen = 0;
    Error m_error;
};

}  // namespace flowscope
