#include "core/alerts/rules.h"

#include <cstdio>

namespace flowscope {

namespace {

constexpr int64_t kNsPerSecond = 1'000'000'000;

// The last path component: "firefox" for "/usr/lib/firefox/firefox".
std::string shortName(const std::string& program) {
    const auto slash = program.find_last_of("/\\");
    return slash == std::string::npos || slash + 1 == program.size() ? program
                                                                     : program.substr(slash + 1);
}

std::string formatRate(uint64_t bytesPerSecond) {
    const char* units[] = {"B/s", "kB/s", "MB/s", "GB/s", "TB/s"};
    double value = double(bytesPerSecond);
    size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < std::size(units)) {
        value /= 1000.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    return text;
}

std::string prefixText(const BlocklistEntry& entry) {
    return entry.network.toString() + "/" + std::to_string(entry.prefixLength);
}

// "a, b, c and 9 more" / "a, b and c".
std::string nameList(const std::vector<Alert>& alerts, size_t named) {
    std::string text;
    const size_t shown = alerts.size() <= named + 1 ? alerts.size() : named;
    for (size_t i = 0; i < shown; ++i) {
        if (i > 0) {
            text += i + 1 == shown && shown == alerts.size() ? " and " : ", ";
        }
        text += alerts[i].rule == AlertRule::NewProgram ? shortName(alerts[i].subject)
                                                        : alerts[i].subject;
    }
    if (shown < alerts.size()) {
        text += " and " + std::to_string(alerts.size() - shown) + " more";
    }
    return text;
}

Alert summaryOf(const std::vector<Alert>& alerts, size_t named) {
    Alert summary;
    summary.timeNs = alerts.front().timeNs;
    summary.rule = alerts.front().rule;
    summary.count = 0;
    for (const auto& alert : alerts) {
        summary.count += alert.count;
    }
    const std::string n = std::to_string(alerts.size());
    const std::string names = nameList(alerts, named);
    switch (summary.rule) {
        case AlertRule::NewProgram:
            summary.title = n + " programs used the network for the first time";
            summary.body = summary.title + ": " + names + ".";
            break;
        case AlertRule::Blocklist:
            summary.title = n + " blocklisted addresses were contacted";
            summary.body = "Connections were made to " + names + ", which are on blocklists.";
            break;
        case AlertRule::TrafficRate:
            summary.title = n + " traffic rates stayed above their limits";
            summary.body = "The traffic of " + names + " stayed above its limit.";
            break;
    }
    return summary;
}

}  // namespace

std::string programOf(const Application& application) {
    if (application.ownerHidden) {
        return {};
    }
    return application.path.empty() ? application.name : application.path;
}

Rules::Rules(RulesConfig config)
    : m_config(std::move(config)),
      m_known(m_config.newPrograms ? m_config.knownProgramsPath : std::string()),
      m_rateStates(m_config.rates.size()) {}

std::vector<Alert> Rules::evaluate(const EngineSnapshot& snapshot, const EngineDiff& diff) {
    std::vector<Alert> result;
    const auto append = [&](std::vector<Alert> alerts, AlertRule rule) {
        for (auto& alert : limitAndCoalesce(std::move(alerts), rule)) {
            result.push_back(std::move(alert));
        }
    };
    if (m_config.newPrograms) {
        std::vector<Alert> alerts;
        newPrograms(snapshot, alerts);
        append(std::move(alerts), AlertRule::NewProgram);
    }
    if (m_config.blocklists && m_config.blocklists->entryCount() > 0) {
        std::vector<Alert> alerts;
        blocklisted(snapshot, diff, alerts);
        append(std::move(alerts), AlertRule::Blocklist);
    }
    if (!m_config.rates.empty()) {
        std::vector<Alert> alerts;
        rates(snapshot, alerts);
        append(std::move(alerts), AlertRule::TrafficRate);
    }
    return result;
}

void Rules::newPrograms(const EngineSnapshot& snapshot, std::vector<Alert>& out) {
    if (!snapshot.applications) {
        return;
    }
    for (const auto& application : *snapshot.applications) {
        const std::string program = programOf(application);
        // A newline cannot be stored in the one-a-line file; such a name is not remembered.
        if (program.empty() || program.find('\n') != std::string::npos ||
            m_known.contains(program)) {
            continue;
        }
        m_known.add(program);
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::NewProgram;
        alert.subject = program;
        alert.appId = application.id;
        alert.title = shortName(program) + " used the network for the first time";
        alert.body = program + " made its first connection" +
                     (application.user.empty() ? "" : " (user " + application.user + ")") + ".";
        out.push_back(std::move(alert));
    }
    if (!out.empty()) {
        m_known.save();
    }
}

void Rules::blocklisted(const EngineSnapshot& snapshot, const EngineDiff& diff,
                        std::vector<Alert>& out) {
    for (const auto& flow : diff.added) {
        const IpAddress& remote = flow.remote().address;
        const auto match = m_config.blocklists->match(remote);
        if (!match) {
            continue;
        }
        std::string program;
        if (flow.appId != 0 && snapshot.applications &&
            flow.appId <= snapshot.applications->size()) {
            program = programOf((*snapshot.applications)[flow.appId - 1]);
        }
        const std::string address = remote.toString();
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::Blocklist;
        alert.subject = address;
        alert.address = remote;
        alert.appId = flow.appId;
        alert.title = address + " is on the blocklist " + *match->listName;
        alert.body =
            (program.empty() ? std::string("A connection was made") : program + " connected") +
            " to " + address + ", listed in " + *match->listName + " as " +
            prefixText(match->entry) + " (line " + std::to_string(match->entry.line) + ").";
        out.push_back(std::move(alert));
    }
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
            uint64_t bytes = 0;
            for (const auto& stat : snapshot.topApplications) {
                if (snapshot.applications && stat.appId >= 1 &&
                    stat.appId <= snapshot.applications->size() &&
                    programOf((*snapshot.applications)[stat.appId - 1]) == rule.program) {
                    bytes += stat.interval.bytes();
                    appId = appId == 0 ? stat.appId : appId;
                }
            }
            fire = rateSegment(rule, state, snapshot.timeNs - snapshot.intervalNs, snapshot.timeNs,
                               bytes);
        }
        if (!fire) {
            continue;
        }
        const std::string who = rule.program.empty() ? "all traffic" : rule.program;
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::TrafficRate;
        alert.subject = who;
        alert.appId = appId;
        alert.title = (rule.program.empty() ? std::string("Traffic") : shortName(rule.program)) +
                      " above " + formatRate(rule.bytesPerSecond) + " for " +
                      std::to_string(rule.seconds) + " s";
        alert.body = "The traffic of " + who + " stayed above " + formatRate(rule.bytesPerSecond) +
                     " for " + std::to_string(rule.seconds) + " seconds.";
        out.push_back(std::move(alert));
    }
}

std::vector<Alert> Rules::limitAndCoalesce(std::vector<Alert> alerts, AlertRule rule) {
    std::vector<Alert> kept;
    for (auto& alert : alerts) {
        const auto key = std::make_pair(rule, alert.subject);
        const auto last = m_lastFired.find(key);
        if (last != m_lastFired.end() && alert.timeNs - last->second < m_config.rateLimitNs) {
            continue;
        }
        m_lastFired[key] = alert.timeNs;
        kept.push_back(std::move(alert));
    }
    if (kept.size() > m_config.coalesceAbove) {
        return {summaryOf(kept, m_config.summaryNames)};
    }
    return kept;
}

}  // namespace flowscope
