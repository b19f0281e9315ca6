// The engine's sense of time. A live capture ticks with the wall clock and publishes once per
// tick; a file is read at full speed, ticks on its own timestamps (file time) and publishes at
// most once per interval of wall time. Every live/file difference of the engine lives here, so
// the rest of the engine asks the clock and never which kind of source it reads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>

namespace flowscope {

// Nanoseconds since the epoch (system clock) and of a monotonic clock; injectable for tests.
struct ClockSources {
    std::function<int64_t()> wallNs;
    std::function<int64_t()> steadyNs;
    static ClockSources system();
};

// When a snapshot was taken, in capture time (file time offline).
struct TickTimes {
    int64_t timeNs = 0;      // the snapshot covers up to here
    int64_t intervalNs = 0;  // covered since the previous snapshot
    int64_t durationNs = 0;  // covered since the first packet (0 before it)
};

class TickClock {
public:
    enum class Mode { Live, File };
    TickClock(Mode mode, int64_t tickNs, int64_t filePublishIntervalNs,
              ClockSources clocks = ClockSources::system());

    bool live() const { return m_mode == Mode::Live; }
    int64_t tickNs() const { return m_tickNs; }

    // On the engine thread, before the first packet.
    void begin();
    // How long the engine may wait for packets, at most `maxNs`: live, until the tick is due.
    int64_t waitNs(int64_t maxNs) const;
    // Every packet, before it is counted. Returns the start of the tick that ended when a
    // file's packet begins a later tick; ticks without packets in between are skipped.
    // Inline for the packets that end nothing: out of line, the optional came back through
    // the stack in pieces and its read stalled the engine thread at every packet (a failed
    // store forward: 2.4 % of all samples of `flows --read`).
    std::optional<int64_t> onPacket(int64_t timestampNs) {
        if (m_sawPacket && (live() || withinTick(timestampNs))) [[likely]] {
            m_lastPacketNs = std::max(m_lastPacketNs, timestampNs);
            return std::nullopt;
        }
        return onPacketSlow(timestampNs);
    }
    // Live: the start of the tick that ended, once it is due (a clock that fell behind, as
    // after a suspend, does not catch up tick by tick). Files: never.
    std::optional<int64_t> takeDueTick();
    // Files: a snapshot is due (the publish interval of wall time has passed; never with a
    // negative interval, which leaves only the final snapshot).
    bool filePublishDue() const;
    // Start of the tick in progress (for the last sample when the capture ends).
    int64_t currentTickStart() const { return m_tickStartNs; }
    // Live ticks are samples even without traffic (the chart's time goes on); a file's
    // ticks without packets are a gap in its timeline.
    bool keepsEmptyTicks() const { return live(); }
    // "Now" for idle expiry: the wall clock live, the newest packet's time for files.
    int64_t expiryNowNs() const;
    // Marks a snapshot as taken now and returns its times.
    TickTimes stamp();

private:
    static int64_t floorToTick(int64_t t, int64_t tick);
    // The first packet, and one that may begin a later file tick.
    std::optional<int64_t> onPacketSlow(int64_t timestampNs);
    // `t` lies before the end of the current tick (no overflow anywhere in int64).
    bool withinTick(int64_t t) const {
        return t <= m_tickStartNs || uint64_t(t) - uint64_t(m_tickStartNs) < uint64_t(m_tickNs);
    }

    Mode m_mode;
    int64_t m_tickNs;
    int64_t m_filePublishIntervalNs;
    ClockSources m_clocks;

    bool m_sawPacket = false;
    int64_t m_firstPacketNs = 0;
    int64_t m_lastPacketNs = 0;
    int64_t m_tickStartNs = 0;
    int64_t m_nextTickNs = 0;       // live: wall time the current tick ends
    int64_t m_timeAtStampNs = 0;    // capture time of the previous snapshot
    int64_t m_steadyAtStampNs = 0;  // wall (monotonic) time of the previous snapshot
};

}  // namespace flowscope
