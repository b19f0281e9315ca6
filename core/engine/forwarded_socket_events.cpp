// Linux only (the records are the Linux tracker's); empty elsewhere.
#ifdef __linux__
#include "core/engine/forwarded_socket_events.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>

#include "core/base/thread_name.h"
#include "core/process/linux/socket_event_decoder.h"

namespace flowscope {

namespace {
// More waiting than this (the resolver stuck behind a long table read): the rest is lost,
// counted, and the snapshots find those owners.
constexpr size_t kMaxQueued = 65536;
}  // namespace

struct ForwardedSocketEvents::Queue {
    std::mutex mutex;
    std::condition_variable wake;
    SocketEvents pending;
    uint64_t lost = 0;
    bool stopping = false;

    // The capture thread: decode and queue, never wait for the resolver.
    void add(const uint8_t* record, size_t bytes) {
        std::lock_guard lock(mutex);
        if (pending.sockets.size() + pending.processes.size() >= kMaxQueued) {
            ++lost;
            return;
        }
        if (linuxproc::decodeSocketEvent(record, bytes, pending)) {
            wake.notify_one();
        }
    }
};

ForwardedSocketEvents::ForwardedSocketEvents(HelperCapture& capture)
    : m_capture(capture), m_queue(std::make_shared<Queue>()) {
    // The capture keeps the queue alive for as long as it may call this.
    capture.setEventRecordSink(
        [queue = m_queue](const uint8_t* record, size_t bytes) { queue->add(record, bytes); });
}

ForwardedSocketEvents::~ForwardedSocketEvents() {
    stop();
}

void ForwardedSocketEvents::start(Sink sink) {
    if (m_thread.joinable()) {
        return;
    }
    m_thread = std::thread([queue = m_queue, sink = std::move(sink)] {
        setCurrentThreadName("process-events");
        std::unique_lock lock(queue->mutex);
        while (true) {
            queue->wake.wait(lock, [&] {
                return queue->stopping || !queue->pending.sockets.empty() ||
                       !queue->pending.processes.empty();
            });
            if (queue->stopping) {
                return;
            }
            SocketEvents batch = std::exchange(queue->pending, {});
            lock.unlock();
            sink(std::move(batch));
            lock.lock();
        }
    });
}

void ForwardedSocketEvents::stop() {
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->stopping = true;
    }
    m_queue->wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

SocketEventStats ForwardedSocketEvents::stats() const {
    const HelperCapture::EventCounters c = m_capture.eventCounters();
    std::lock_guard lock(m_queue->mutex);
    return SocketEventStats{c.records, c.lost + m_queue->lost, size_t(c.mapBytes)};
}

}  // namespace flowscope

#endif  // __linux__
