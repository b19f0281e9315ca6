// Notification rules evaluated on the engine's ticks: fed one (snapshot, diff) at a time, they
// return the alerts of that tick. Pure apart from the known-programs file: all time comes from
// the snapshots (capture time), so a test drives them with synthetic snapshots as its clock.
//
// Rules (each can be switched off in RulesConfig):
// - NewProgram: an application in EngineSnapshot::applications whose program (path, or name
//   when the path is unknown) is not in the known-programs file; it is added and the file
//   rewritten. Hidden owners (another user's sockets) carry no program and are skipped.
// - Blocklist: a flow added in this tick whose remote address is on one of the lists.
// - TrafficRate: traffic (both directions) above bytesPerSecond during at least `seconds` of
//   consecutive ticks, overall (the snapshot's tick samples) or for one program (its
//   ApplicationStat::interval over the snapshot's interval; a program outside the top
//   applications counts as idle). It fires once per such stretch; a tick at or below the
//   threshold, or a gap between ticks, ends the stretch.
//
// Then, per rule and subject, at most one alert per rateLimitNs (later ones are dropped), and
// per rule, more than coalesceAbove alerts in one tick become one summary alert.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/alerts/alert.h"
#include "core/alerts/blocklists.h"
#include "core/alerts/known_programs.h"
#include "core/engine/snapshot.h"

namespace flowscope {

struct RateRule {
    std::string program;  // executable path (or name); empty: all traffic
    uint64_t bytesPerSecond = 0;
    uint32_t seconds = 10;
};

struct RulesConfig {
    bool newPrograms = true;
    std::string knownProgramsPath;  // empty: remembered in memory only
    // Null or empty: the blocklist rule is off.
    std::shared_ptr<const Blocklists> blocklists;
    std::vector<RateRule> rates;
    int64_t rateLimitNs = 60'000'000'000;  // per rule and subject
    size_t coalesceAbove = 3;              // more alerts of one rule in a tick: one summary
    size_t summaryNames = 3;               // subjects named in a summary
};

class Rules {
public:
    explicit Rules(RulesConfig config);

    std::vector<Alert> evaluate(const EngineSnapshot& snapshot, const EngineDiff& diff);

    // Why the known-programs file is not being used or updated (one sentence), or empty.
    const std::string& problem() const { return m_known.problem(); }
    const KnownPrograms& knownPrograms() const { return m_known; }

private:
    struct RateState {
        int64_t aboveSinceNs = -1;  // start of the current stretch above the threshold
        int64_t lastEndNs = -1;     // end of the last tick seen
        bool fired = false;         // this stretch already alerted
    };

    void newPrograms(const EngineSnapshot& snapshot, std::vector<Alert>& out);
    void blocklisted(const EngineSnapshot& snapshot, const EngineDiff& diff,
                     std::vector<Alert>& out);
    void rates(const EngineSnapshot& snapshot, std::vector<Alert>& out);
    bool rateSegment(const RateRule& rule, RateState& state, int64_t startNs, int64_t endNs,
                     uint64_t bytes) const;
    std::vector<Alert> limitAndCoalesce(std::vector<Alert> alerts, AlertRule rule);

    RulesConfig m_config;
    KnownPrograms m_known;
    std::vector<RateState> m_rateStates;  // one per config rate rule
    std::map<std::pair<AlertRule, std::string>, int64_t> m_lastFired;
};

// The program an application stands for: its path, else its name; empty if hidden/unknown.
std::string programOf(const Application& application);

}  // namespace flowscope
