#include "core/alerts/rules.h"

#include <algorithm>

#include "core/alerts/rule_text.h"

namespace flowscope {

std::string programOf(const Application& application) {
    if (application.ownerHidden) {
        return {};
    }
    return application.path.empty() ? application.name : application.path;
}

std::string programOf(const EngineSnapshot& snapshot, uint32_t appId) {
    if (appId == 0 || !snapshot.applications || appId > snapshot.applications->size()) {
        return {};
    }
    return programOf((*snapshot.applications)[appId - 1]);
}

Rules::Rules(RulesConfig config)
    : m_config(std::move(config)),
      m_known(m_config.newPrograms ? m_config.knownProgramsPath : std::string()),
      m_rateStates(m_config.rates.size()),
      m_capStates(m_config.caps.size()),
      m_favoriteHosts(m_config.favorites.hosts.begin(), m_config.favorites.hosts.end()),
      m_favoriteServices(m_config.favorites.services.begin(), m_config.favorites.services.end()),
      m_favoritePrograms(m_config.favorites.programs.begin(), m_config.favorites.programs.end()) {}

std::vector<Alert> Rules::evaluate(const EngineSnapshot& snapshot, const EngineDiff& diff) {
    std::vector<Alert> result;
    const auto run = [&](auto rule) {
        std::vector<Alert> alerts;
        rule(alerts);
        for (auto& alert : limitAndCoalesce(std::move(alerts))) {
            result.push_back(std::move(alert));
        }
    };
    if (m_config.newPrograms) {
        run([&](std::vector<Alert>& out) { newPrograms(snapshot, out); });
    }
    if (m_config.blocklists && m_config.blocklists->entryCount() > 0) {
        run([&](std::vector<Alert>& out) { blocklisted(snapshot, diff, out); });
    }
    if (!m_config.rates.empty()) {
        run([&](std::vector<Alert>& out) { rates(snapshot, out); });
    }
    if (!m_config.favorites.empty()) {
        run([&](std::vector<Alert>& out) { favorites(snapshot, diff, out); });
    }
    if (!m_config.caps.empty()) {
        run([&](std::vector<Alert>& out) { caps(snapshot, out); });
    }
    if (m_config.captureTrouble.enabled) {
        run([&](std::vector<Alert>& out) { captureTrouble(snapshot, out); });
    }
    m_lastSequence = snapshot.sequence;
    m_lastTimeNs = snapshot.timeNs;
    return result;
}

// All alerts passed in are of one rule. Data caps fire once per period by themselves (a daily
// and a monthly cap of one subject may cross in the same minute), so they are not limited.
std::vector<Alert> Rules::limitAndCoalesce(std::vector<Alert> alerts) {
    std::vector<Alert> kept;
    for (auto& alert : alerts) {
        if (alert.rule == AlertRule::DataCap) {
            kept.push_back(std::move(alert));
            continue;
        }
        const auto key = std::make_pair(alert.rule, alert.subject);
        const auto last = m_lastFired.find(key);
        if (last != m_lastFired.end() && alert.timeNs - last->second < m_config.rateLimitNs) {
            continue;
        }
        m_lastFired[key] = alert.timeNs;
        kept.push_back(std::move(alert));
    }
    pruneLastFired(alerts.empty() ? 0 : alerts.front().timeNs);
    if (kept.size() > m_config.coalesceAbove) {
        return {rule_text::summaryOf(kept, m_config.summaryNames)};
    }
    return kept;
}

// Subjects whose last alert is older than the rate limit mute nothing any more; they are
// dropped once the map has doubled since the last sweep, so it stays bounded by the subjects
// of the last minute (many blocklisted addresses over a long run).
void Rules::pruneLastFired(int64_t nowNs) {
    if (m_lastFired.size() < std::max<size_t>(kPruneAbove, 2 * m_sizeAfterPrune)) {
        return;
    }
    std::erase_if(m_lastFired,
                  [&](const auto& entry) { return nowNs - entry.second >= m_config.rateLimitNs; });
    m_sizeAfterPrune = m_lastFired.size();
}

}  // namespace flowscope
