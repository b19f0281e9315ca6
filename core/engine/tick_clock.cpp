#include "core/engine/tick_clock.h"

#include <algorithm>
#include <chrono>
#include <cstdint>

#include "core/base/time_format.h"

namespace flowscope {

ClockSources ClockSources::system() {
    using namespace std::chrono;
    return {
        [] { return wallClockNs(); },
        [] { return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count(); }};
}

TickClock::TickClock(Mode mode, int64_t tickNs, int64_t filePublishIntervalNs, ClockSources clocks)
    : m_mode(mode),
      m_tickNs(std::max<int64_t>(1, tickNs)),
      m_filePublishIntervalNs(filePublishIntervalNs),
      m_clocks(std::move(clocks)) {}

namespace {

// a - b: 0 when a is not later, the largest time when the difference does not fit. A file's
// times can lie anywhere in int64 (a pcapng timestamp clamped to the year 2262, a capture from
// before 1970), and their plain difference would overflow.
int64_t elapsedNs(int64_t a, int64_t b) {
    if (a <= b) {
        return 0;
    }
    const uint64_t d = uint64_t(a) - uint64_t(b);
    return d > uint64_t(INT64_MAX) ? INT64_MAX : int64_t(d);
}

}  // namespace

int64_t TickClock::floorToTick(int64_t t, int64_t tick) {
    int64_t q = t / tick;
    if (t % tick < 0) {
        --q;
    }
    // Within a tick of the smallest time the floor does not fit: the first tick that does.
    return q < INT64_MIN / tick ? INT64_MIN / tick * tick : q * tick;
}

void TickClock::begin() {
    m_steadyAtStampNs = m_clocks.steadyNs();
    if (live()) {
        m_tickStartNs = m_clocks.wallNs();
        m_timeAtStampNs = m_tickStartNs;
        m_nextTickNs = m_tickStartNs + m_tickNs;
    }
}

int64_t TickClock::waitNs(int64_t maxNs) const {
    if (!live()) {
        return maxNs;
    }
    return std::clamp<int64_t>(m_nextTickNs - m_clocks.wallNs(), 0, maxNs);
}

std::optional<int64_t> TickClock::onPacketSlow(int64_t timestampNs) {
    if (!m_sawPacket) {
        m_sawPacket = true;
        m_firstPacketNs = timestampNs;
        if (!live()) {
            m_tickStartNs = floorToTick(timestampNs, m_tickNs);
            m_timeAtStampNs = timestampNs;
        }
    }
    std::optional<int64_t> ended;
    if (!live() && elapsedNs(timestampNs, m_tickStartNs) >= m_tickNs) {
        ended = m_tickStartNs;
        m_tickStartNs = floorToTick(timestampNs, m_tickNs);
    }
    m_lastPacketNs = std::max(m_lastPacketNs, timestampNs);
    return ended;
}

std::optional<int64_t> TickClock::takeDueTick() {
    if (!live()) {
        return std::nullopt;
    }
    const int64_t now = m_clocks.wallNs();
    if (now < m_nextTickNs) {
        return std::nullopt;
    }
    const int64_t ended = m_tickStartNs;
    m_tickStartNs = m_nextTickNs;
    m_nextTickNs += m_tickNs;
    if (m_nextTickNs <= now) {
        m_nextTickNs = now + m_tickNs;
    }
    return ended;
}

bool TickClock::filePublishDue() const {
    return !live() && m_filePublishIntervalNs >= 0 &&
           m_clocks.steadyNs() - m_steadyAtStampNs >= m_filePublishIntervalNs;
}

int64_t TickClock::expiryNowNs() const {
    return live() ? m_clocks.wallNs() : m_lastPacketNs;
}

TickTimes TickClock::stamp() {
    m_steadyAtStampNs = m_clocks.steadyNs();
    TickTimes t;
    t.timeNs = live() ? m_clocks.wallNs() : m_lastPacketNs;
    t.intervalNs = elapsedNs(t.timeNs, m_timeAtStampNs);
    m_timeAtStampNs = t.timeNs;
    t.durationNs = m_sawPacket ? elapsedNs(t.timeNs, m_firstPacketNs) : 0;
    return t;
}

}  // namespace flowscope
