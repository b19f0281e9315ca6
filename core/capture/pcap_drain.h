// What a live capture still hands out after it was stopped. The frames the kernel (or Npcap's
// driver) already holds for the handle when the user stops were collected before the stop:
// dropping them would lose the end of whatever was running, so a stopped capture reads them
// out, without waiting for more, and only then ends. Shared by LiveCapture's POSIX and Windows
// versions.
#pragma once

#include <pcap/pcap.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <limits>

namespace flowscope {

class PcapDrain {
public:
    // Records the moment of the stop (wall clock, as the frames' time stamps). Any thread.
    void markStop();
    bool stopped() const { return m_stopNs.load(std::memory_order_acquire) != kNotStopped; }

    // The next held frame stamped no later than the stop; false once none is left, a frame is
    // stamped after the stop, reading fails, or the drain has run for kLimit (a flood that
    // refills the buffer as fast as it is read must not hold the stop up). The handle is
    // switched to non-blocking first, so this never waits for the adapter.
    bool next(pcap_t* handle, int64_t fractionScale, pcap_pkthdr*& header, const u_char*& data);

    static constexpr std::chrono::milliseconds kLimit{1000};

private:
    static constexpr int64_t kNotStopped = std::numeric_limits<int64_t>::max();
    std::atomic<int64_t> m_stopNs{kNotStopped};
    bool m_started = false;
    bool m_done = false;
    uint32_t m_read = 0;
    std::chrono::steady_clock::time_point m_deadline{};
};

}  // namespace flowscope
