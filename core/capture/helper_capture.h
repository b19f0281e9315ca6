// Live capture through flowscope-capture, the small privileged helper: it is started with
// posix_spawn (no shell), opens the adapter, and streams frames and counters over a pipe
// (core/capture/helper_protocol.h). For the engine it behaves as LiveCapture does: the same
// ReadStatus semantics, interrupt(), counters, description, and the same error kinds and
// sentences. POSIX only.
#pragma once

#include <sys/types.h>

#include <memory>
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
    std::string warning() const override;
    // The helper's latest counters (sent every few hundred milliseconds and at the end), with
    // `received` counting the frames this side has read.
    CaptureCounters counters() const override;
    void interrupt() override;
    bool isLive() const override { return true; }
    uint32_t linkType() const override { return m_linkType; }
    uint32_t snaplen() const override { return m_snaplen; }
    std::string description() const override { return "interface " + m_options.interface; }

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
