// Notification rules evaluated on the engine's ticks: fed one (snapshot, diff) at a time, they
// return the alerts of that tick. Pure apart from the known-programs file: time comes from the
// snapshots (capture time) and local dates from RulesConfig::localDate, so a test drives them
// with synthetic snapshots as its clock.
//
// Rules (each is off when its part of RulesConfig is empty, new programs is on by default):
// - NewProgram: an application in EngineSnapshot::applications whose program (path, or name
//   when the path is unknown) is not in the known-programs file; it is added and the file
//   rewritten. Hidden owners (another user's sockets) carry no program and are skipped.
// - Blocklist: a new flow whose remote address is on one of the lists (added in this tick,
//   or, after ticks the sink missed, first seen since the previous snapshot it got).
// - TrafficRate: traffic above bytesPerSecond during at least `seconds` of consecutive ticks,
//   overall (the snapshot's tick samples) or for one program (its ApplicationStat::interval
//   over the snapshot's interval). Once per such stretch; a tick at or below the threshold,
//   or a gap between ticks, ends the stretch.
// - Favorite: a favorite host (remote address), service (protocol + service port) or program
//   has traffic in a flow added or changed in this tick, after none for more than idleNs.
// - DataCap: the traffic seen in the current local day or month goes over the cap; once per
//   period. Only traffic seen while the rules run counts (the history store keeps the rest).
// - CaptureTrouble: the final snapshot reports a failed capture (subject "capture"; "The
//   adapter went away" for ErrorCode::DeviceGone), or more than dropPercent of the frames
//   offered (received + lost by kernel and adapter) were lost over the last windowNs (subject
//   "dropped frames"; at most once per rateLimitNs like every subject). On by default.
// Per-program traffic comes from EngineSnapshot::topApplications: a program outside the top
// applications counts as idle for that tick.
//
// Then, per rule and subject, at most one alert per rateLimitNs (later ones are dropped; data
// caps are exempt, they fire once per period anyway), and
// per rule, more than coalesceAbove alerts in one tick become one summary alert.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/alerts/alert.h"
#include "core/alerts/known_programs.h"
#include "core/alerts/rules_config.h"
#include "core/engine/snapshot.h"

namespace flowscope {

class Rules {
public:
    explicit Rules(RulesConfig config);
    // Subjects currently remembered for the per-subject rate limit (for tests).
    size_t rateLimitedSubjects() const { return m_lastFired.size(); }

    std::vector<Alert> evaluate(const EngineSnapshot& snapshot, const EngineDiff& diff);

    // Why the known-programs file is not being used or updated (one sentence), or empty.
    const Phrase& problem() const { return m_known.problem(); }
    const KnownPrograms& knownPrograms() const { return m_known; }

private:
    struct RateState {
        int64_t aboveSinceNs = -1;  // start of the current stretch above the threshold
        int64_t lastEndNs = -1;     // end of the last tick seen
        bool fired = false;         // this stretch already alerted
    };
    struct CapState {
        int64_t periodKey = -1;  // yyyymmdd or yyyymm of the period being counted
        uint64_t bytes = 0;
        bool fired = false;
    };

    void newPrograms(const EngineSnapshot& snapshot, std::vector<Alert>& out);
    std::vector<const Flow*> newFlows(const EngineSnapshot& snapshot, const EngineDiff& diff) const;
    void blocklisted(const EngineSnapshot& snapshot, const EngineDiff& diff,
                     std::vector<Alert>& out);
    void captureTrouble(const EngineSnapshot& snapshot, std::vector<Alert>& out);
    void favorites(const EngineSnapshot& snapshot, const EngineDiff& diff, std::vector<Alert>& out);
    void rates(const EngineSnapshot& snapshot, std::vector<Alert>& out);
    void caps(const EngineSnapshot& snapshot, std::vector<Alert>& out);
    bool rateSegment(const RateRule& rule, RateState& state, int64_t startNs, int64_t endNs,
                     uint64_t bytes) const;
    bool capAdd(const CapRule& rule, CapState& state, int64_t timeNs, uint64_t bytes) const;
    std::vector<Alert> limitAndCoalesce(std::vector<Alert> alerts);
    void pruneLastFired(int64_t nowNs);

    RulesConfig m_config;
    KnownPrograms m_known;
    std::vector<RateState> m_rateStates;  // one per config rate rule
    std::vector<CapState> m_capStates;    // one per config cap rule
    // Cumulative frames offered and lost at the time of each recent snapshot, oldest first:
    // the drop rule's window.
    struct DropPoint {
        int64_t timeNs = 0;
        uint64_t offered = 0;
        uint64_t dropped = 0;
    };
    std::deque<DropPoint> m_dropPoints;
    bool m_failureReported = false;
    std::map<std::string, int64_t> m_favoriteLastActive;  // by favorite subject
    // The favorites as sets, built once: a tick at 100,000 flows looks up ~20,000 flows.
    std::unordered_set<IpAddress, IpAddressHash> m_favoriteHosts;
    std::unordered_set<ServiceKey, ServiceKeyHash> m_favoriteServices;
    std::unordered_set<std::string> m_favoritePrograms;
    std::map<std::pair<AlertRule, std::string>, int64_t> m_lastFired;
    static constexpr size_t kPruneAbove = 1024;
    size_t m_sizeAfterPrune = 0;
    uint64_t m_lastSequence = 0;  // of the previous snapshot evaluated
    int64_t m_lastTimeNs = 0;
};

// The program an application stands for: its path, else its name; empty if hidden.
std::string programOf(const Application& application);
// The program owning appId in the snapshot, or empty.
std::string programOf(const EngineSnapshot& snapshot, uint32_t appId);

}  // namespace flowscope
