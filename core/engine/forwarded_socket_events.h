// Socket events that the capture helper forwards with the frames (it loads the eBPF socket
// tracker, where the privilege is), as a SocketEventSource for the process resolver. The
// records arrive on the capture thread, which must never wait: they are decoded and queued
// there (bounded; an overflow is counted as lost) and handed to the resolver from a thread of
// this source's own ("process-events"). Linux only (the records are the Linux tracker's).
#pragma once

#include <memory>
#include <thread>

#include "core/capture/helper_capture.h"
#include "core/process/socket_event_source.h"

namespace flowscope {

class ForwardedSocketEvents final : public SocketEventSource {
public:
    // Registers with `capture` at once (before its capture thread starts); `capture` must
    // outlive this source's use of its counters (the queue itself is shared with the capture).
    explicit ForwardedSocketEvents(HelperCapture& capture);
    ~ForwardedSocketEvents() override;

    const char* name() const override { return "ebpf"; }
    void start(Sink sink) override;
    void stop() override;
    SocketEventStats stats() const override;

    struct Queue;

private:
    HelperCapture& m_capture;
    std::shared_ptr<Queue> m_queue;
    std::thread m_thread;
};

}  // namespace flowscope
