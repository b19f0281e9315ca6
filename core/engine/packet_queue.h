// The bounded queue between the capture thread and the engine thread. Frames travel in
// batches (one lock per batch, not per packet); batch buffers are recycled, so the steady
// state allocates nothing.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

#include "core/flow/flow_table.h"
#include "core/packet/decoded_packet.h"

namespace flowscope {

struct QueuedPacket {
    int64_t timestampNs;
    uint32_t wireLength;
    uint32_t capturedLength;  // bytes copied into the batch (<= the engine's copyBytes)
    uint32_t linkType;
    uint32_t offset;  // into PacketBatch::bytes
};

// A frame decoded on the capture thread, with its flow key and hash worked out: the engine
// thread, the slower stage of the pipeline on busy traffic, only counts it.
struct DecodedFrame {
    DecodedPacket decoded;
    DecodeStatus status = DecodeStatus::NonIp;
    FlowTable::PrefetchHint hint;
    bool mayName = false;  // NameLearner::mayLearnFrom
};

struct PacketBatch {
    std::vector<QueuedPacket> packets;
    std::vector<DecodedFrame> frames;  // one per packet
    std::vector<uint8_t> bytes;
    bool endOfStream = false;  // the capture thread's last batch

    void clear() {
        packets.clear();
        frames.clear();
        bytes.clear();
        endOfStream = false;
    }
};

class PacketQueue {
public:
    // Capacity in packets; batches hold up to batchPackets each.
    PacketQueue(size_t capacityPackets, size_t batchPackets, size_t batchBytes);

    // An empty batch to fill (recycled when possible).
    std::unique_ptr<PacketBatch> acquire();
    // Non-blocking: false if the queue is full (the caller counts the drop and reuses it).
    bool tryPush(std::unique_ptr<PacketBatch>& batch);
    // Blocking until there is room or close() was called (files: never drop). False if closed.
    bool push(std::unique_ptr<PacketBatch>& batch);
    // Waits up to timeoutNs for a batch; nullptr on timeout or when closed and empty.
    std::unique_ptr<PacketBatch> pop(int64_t timeoutNs);
    void recycle(std::unique_ptr<PacketBatch> batch);
    // Wakes every waiter; pushes fail from now on, pops drain what is left.
    void close();
    size_t batchPackets() const { return m_batchPackets; }

private:
    // Before sleeping on a condition variable, spin briefly: a batch usually arrives (or room
    // appears) within microseconds, and a futex sleep plus wake-up costs more than that.
    template <class Ready>
    static bool spinUntil(const Ready& ready);

    std::atomic<size_t> m_batches{0};  // mirrors m_queue.size() for the lock-free spin
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::unique_ptr<PacketBatch>> m_queue;
    std::vector<std::unique_ptr<PacketBatch>> m_free;
    size_t m_queuedPackets = 0;
    size_t m_capacityPackets;
    size_t m_batchPackets;
    size_t m_batchBytes;
    bool m_closed = false;
};

}  // namespace flowscope
