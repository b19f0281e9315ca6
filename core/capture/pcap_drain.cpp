#include "core/capture/pcap_drain.h"

#include "core/base/time_format.h"

namespace flowscope {

namespace {
using Clock = std::chrono::steady_clock;
constexpr uint32_t kClockEvery = 256;  // frames between two looks at the drain's deadline
}  // namespace

void PcapDrain::markStop() {
    m_stopNs.store(wallClockNs(), std::memory_order_release);
}

bool PcapDrain::next(pcap_t* handle, int64_t fractionScale, pcap_pkthdr*& header,
                     const u_char*& data) {
    if (m_done) {
        return false;
    }
    if (!m_started) {
        m_started = true;
        m_deadline = Clock::now() + kLimit;
        char errbuf[PCAP_ERRBUF_SIZE] = {};
        if (pcap_setnonblock(handle, 1, errbuf) != 0) {
            m_done = true;  // a blocking read could wait for traffic that never comes
            return false;
        }
    }
    if (++m_read % kClockEvery == 0 && Clock::now() >= m_deadline) {
        m_done = true;
        return false;
    }
    int rc = pcap_next_ex(handle, &header, &data);
    if (rc == PCAP_ERROR_BREAK) {
        // pcap_breakloop's flag (a blocking handle was woken with it): libpcap clears it as
        // it reports it, before reading anything.
        rc = pcap_next_ex(handle, &header, &data);
    }
    if (rc != 1) {
        m_done = true;  // the buffer is empty (0), or the adapter failed: end as stopped
        return false;
    }
    const int64_t stampNs = static_cast<int64_t>(header->ts.tv_sec) * 1000000000 +
                            static_cast<int64_t>(header->ts.tv_usec) * fractionScale;
    if (stampNs > m_stopNs.load(std::memory_order_acquire)) {
        m_done = true;  // arrived after the stop: not collected
        return false;
    }
    return true;
}

}  // namespace flowscope
