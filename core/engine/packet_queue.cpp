#include "core/engine/packet_queue.h"

#include <chrono>

namespace flowscope {

template <class Ready>
bool PacketQueue::spinUntil(const Ready& ready) {
    for (int i = 0; i < 4000; ++i) {
        if (ready()) {
            return true;
        }
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    return false;
}

PacketQueue::PacketQueue(size_t capacityPackets, size_t batchPackets, size_t batchBytes)
    : m_capacityPackets(capacityPackets < batchPackets ? batchPackets : capacityPackets),
      m_batchPackets(batchPackets),
      m_batchBytes(batchBytes) {}

std::unique_ptr<PacketBatch> PacketQueue::acquire() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            auto batch = std::move(m_free.back());
            m_free.pop_back();
            return batch;
        }
    }
    auto batch = std::make_unique<PacketBatch>();
    batch->packets.reserve(m_batchPackets);
    batch->frames.reserve(m_batchPackets);
    batch->bytes.reserve(m_batchBytes);
    return batch;
}

bool PacketQueue::tryPush(std::unique_ptr<PacketBatch>& batch) {
    {
        std::lock_guard lock(m_mutex);
        const size_t n = batch->packets.size();
        const bool fits = m_queuedPackets + n <= m_capacityPackets || m_queue.empty();
        if (m_closed || !fits) {
            return false;
        }
        m_queuedPackets += n;
        m_queue.push_back(std::move(batch));
        m_batches.store(m_queue.size(), std::memory_order_release);
    }
    m_notEmpty.notify_one();
    return true;
}

bool PacketQueue::push(std::unique_ptr<PacketBatch>& batch) {
    // Room is likely soon when fewer than all batches' worth is queued.
    spinUntil([this] {
        return m_batches.load(std::memory_order_acquire) * m_batchPackets < m_capacityPackets;
    });
    {
        std::unique_lock lock(m_mutex);
        const size_t n = batch->packets.size();
        m_notFull.wait(lock, [&] {
            return m_closed || m_queue.empty() || m_queuedPackets + n <= m_capacityPackets;
        });
        if (m_closed) {
            return false;
        }
        m_queuedPackets += n;
        m_queue.push_back(std::move(batch));
        m_batches.store(m_queue.size(), std::memory_order_release);
    }
    m_notEmpty.notify_one();
    return true;
}

std::unique_ptr<PacketBatch> PacketQueue::pop(int64_t timeoutNs) {
    spinUntil([this] { return m_batches.load(std::memory_order_acquire) > 0; });
    std::unique_ptr<PacketBatch> batch;
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait_for(lock, std::chrono::nanoseconds(timeoutNs),
                            [&] { return m_closed || !m_queue.empty(); });
        if (m_queue.empty()) {
            return nullptr;
        }
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_batches.store(m_queue.size(), std::memory_order_release);
        m_queuedPackets -= batch->packets.size();
    }
    m_notFull.notify_one();
    return batch;
}

void PacketQueue::recycle(std::unique_ptr<PacketBatch> batch) {
    batch->clear();
    std::lock_guard lock(m_mutex);
    if (m_free.size() < 64) {
        m_free.push_back(std::move(batch));
    }
}

void PacketQueue::close() {
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_notEmpty.notify_all();
    m_notFull.notify_all();
}

}  // namespace flowscope
