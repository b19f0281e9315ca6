// The rules that look at traffic volumes: rate above a threshold, data caps per day or month.
#include <ctime>

#include "core/alerts/rule_text.h"
#include "core/alerts/rules.h"

namespace flowscope {

using rule_text::formatBytes;
using rule_text::formatRate;
using rule_text::shortName;

namespace {

constexpr int64_t kNsPerSecond = 1'000'000'000;

// A program's traffic in this snapshot's interval (all its applications, e.g. several users),
// and the first of their ids.
uint64_t programInterval(const EngineSnapshot& snapshot, const std::string& program,
                         uint32_t* appId) {
    uint64_t bytes = 0;
    for (const auto& stat : snapshot.topApplications) {
        if (programOf(snapshot, stat.appId) == program) {
            bytes += stat.interval.bytes();
            *appId = *appId == 0 ? stat.appId : *appId;
        }
    }
    return bytes;
}

}  // namespace

CalendarDate systemLocalDate(int64_t timeNs) {
    const std::time_t seconds = std::time_t(timeNs / kNsPerSecond);
    std::tm local{};
    ::localtime_r(&seconds, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool Rules::rateSegment(const RateRule& rule, RateState& state, int64_t startNs, int64_t endNs,
                        uint64_t bytes) const {
    if (endNs <= startNs || endNs <= state.lastEndNs) {
        return false;  // empty or already seen
    }
    if (state.lastEndNs >= 0 && startNs > state.lastEndNs) {
        state.aboveSinceNs = -1;  // a gap: ticks without traffic in between
        state.fired = false;
    }
    state.lastEndNs = endNs;
    const double rate = double(bytes) * double(kNsPerSecond) / double(endNs - startNs);
    if (!(rate > double(rule.bytesPerSecond))) {
        state.aboveSinceNs = -1;
        state.fired = false;
        return false;
    }
    if (state.aboveSinceNs < 0) {
        state.aboveSinceNs = startNs;
    }
    if (!state.fired && endNs - state.aboveSinceNs >= int64_t(rule.seconds) * kNsPerSecond) {
        state.fired = true;
        return true;
    }
    return false;
}

void Rules::rates(const EngineSnapshot& snapshot, std::vector<Alert>& out) {
    for (size_t i = 0; i < m_config.rates.size(); ++i) {
        const RateRule& rule = m_config.rates[i];
        RateState& state = m_rateStates[i];
        bool fire = false;
        uint32_t appId = 0;
        if (rule.program.empty()) {
            for (const auto& sample : snapshot.samples) {
                fire = rateSegment(rule, state, sample.startNs, sample.startNs + snapshot.tickNs,
                                   sample.traffic.bytes()) ||
                       fire;
            }
        } else {
            const uint64_t bytes = programInterval(snapshot, rule.program, &appId);
            fire = rateSegment(rule, state, snapshot.timeNs - snapshot.intervalNs, snapshot.timeNs,
                               bytes);
        }
        if (!fire) {
            continue;
        }
        const std::string who = rule.program.empty() ? "all traffic" : rule.program;
        const std::string limit = formatRate(rule.bytesPerSecond);
        const std::string seconds = std::to_string(rule.seconds);
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::TrafficRate;
        alert.subject = who;
        alert.appId = appId;
        alert.message = AlertMessage::RateAbove;
        alert.facts.program = rule.program;
        alert.facts.limit = rule.bytesPerSecond;
        alert.facts.seconds = rule.seconds;
        alert.title = (rule.program.empty() ? std::string("Traffic") : shortName(rule.program)) +
                      " above " + limit + " for " + seconds + " s";
        alert.body =
            "The traffic of " + who + " stayed above " + limit + " for " + seconds + " seconds.";
        out.push_back(std::move(alert));
    }
}

bool Rules::capAdd(const CapRule& rule, CapState& state, int64_t timeNs, uint64_t bytes) const {
    const CalendarDate date = m_config.localDate(timeNs);
    const int64_t key = rule.period == CapRule::Period::Day
                            ? int64_t(date.year) * 10000 + date.month * 100 + date.day
                            : int64_t(date.year) * 100 + date.month;
    if (key != state.periodKey) {
        state = CapState{key, 0, false};
    }
    state.bytes += bytes;
    if (!state.fired && state.bytes > rule.bytes) {
        state.fired = true;
        return true;
    }
    return false;
}

void Rules::caps(const EngineSnapshot& snapshot, std::vector<Alert>& out) {
    for (size_t i = 0; i < m_config.caps.size(); ++i) {
        const CapRule& rule = m_config.caps[i];
        CapState& state = m_capStates[i];
        bool fire = false;
        uint32_t appId = 0;
        if (rule.program.empty()) {
            for (const auto& sample : snapshot.samples) {
                fire = capAdd(rule, state, sample.startNs, sample.traffic.bytes()) || fire;
            }
        } else {
            const uint64_t bytes = programInterval(snapshot, rule.program, &appId);
            fire = capAdd(rule, state, snapshot.timeNs - snapshot.intervalNs, bytes);
        }
        if (!fire) {
            continue;
        }
        const bool daily = rule.period == CapRule::Period::Day;
        const std::string who = rule.program.empty() ? "all traffic" : rule.program;
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::DataCap;
        alert.subject = who;
        alert.appId = appId;
        alert.message = AlertMessage::CapReached;
        alert.facts.program = rule.program;
        alert.facts.daily = daily;
        alert.facts.bytes = state.bytes;
        alert.facts.limit = rule.bytes;
        alert.title = (rule.program.empty() ? std::string("Traffic") : shortName(rule.program)) +
                      " over its " + (daily ? "daily" : "monthly") + " cap of " +
                      formatBytes(rule.bytes);
        alert.body = "The traffic of " + who + (daily ? " today" : " this month") + " reached " +
                     formatBytes(state.bytes) + ", over the cap of " + formatBytes(rule.bytes) +
                     ".";
        out.push_back(std::move(alert));
    }
}

}  // namespace flowscope
