// The capture thread: reads frames from a PacketSource, applies an offline BPF filter for
// files, hands full frames to the dump writer, and copies the first bytes of each frame into
// queue batches, decoded, with their flow keys (the engine thread, the slower of the two on
// busy traffic, only counts them). Live: never blocks on the consumer (a full queue drops and
// counts). Files: waits for room instead, so nothing is lost.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/base/result.h"
#include "core/capture/bpf_filter.h"
#include "core/capture/raw_packet.h"

namespace flowscope {

class PacketSource;
class PacketQueue;
class DumpWriter;

class CaptureWorker {
public:
    CaptureWorker(PacketSource& source, PacketQueue& queue, DumpWriter* writer, uint32_t copyBytes,
                  std::string offlineFilter);
    ~CaptureWorker();

    // Compiles the offline filter for the source's link type (files only).
    Status prepare();
    void start();
    void requestStop();  // interrupts the source; the thread ends soon after
    void join();

    void setPaused(bool paused) { m_paused.store(paused); }
    bool finished() const { return m_finished.load(); }

    // Thread-safe copies of the counters.
    CaptureCounters counters() const;
    uint64_t droppedByQueue() const { return m_droppedByQueue.load(); }
    uint64_t skippedWhilePaused() const { return m_skipped.load(); }
    uint64_t filteredOut() const { return m_filteredOut.load(); }
    // Set when the source stopped with an error (file corrupt, adapter gone).
    std::optional<Error> error() const;
    // The source's warning, a filter that did not apply, and the dump writer's write failure.
    Phrase warning() const;

private:
    void run();
    // False when the packet is not to be queued: skipped while a live capture is paused (a
    // paused file waits here instead).
    bool waitOrSkipWhilePaused();
    bool passesFilter(const RawPacket& packet);
    void enqueue(const RawPacket& packet);
    void decodeLast();  // the frame enqueue() just copied
    void flush(bool endOfStream);
    void refreshCounters(bool force);
    void finishRun();

    PacketSource& m_source;
    PacketQueue& m_queue;
    DumpWriter* m_writer;
    uint32_t m_copyBytes;
    std::string m_filterExpression;
    std::map<uint32_t, std::optional<BpfFilter>> m_filters;  // per link type (capture thread)
    std::unique_ptr<struct PacketBatch> m_batch;
    bool m_live;
    std::thread m_thread;
    uint64_t m_received = 0;  // capture thread
    std::chrono::steady_clock::time_point m_lastCounters;

    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<uint64_t> m_droppedByQueue{0};
    std::atomic<uint64_t> m_skipped{0};
    std::atomic<uint64_t> m_filteredOut{0};

    mutable std::mutex m_mutex;  // guards the fields below
    CaptureCounters m_counters;
    std::optional<Error> m_error;
    // The source's link-type warning, known before the run; its whole warning after it.
    Phrase m_sourceWarning;
    Phrase m_filterWarning;  // a link type the filter cannot apply to
};

}  // namespace flowscope
