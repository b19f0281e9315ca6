#include "core/alerts/notifier_sink.h"

namespace flowscope {

NotifierSink::NotifierSink(RulesConfig config, Callback callback, size_t keepLast)
    : m_rules(std::in_place, std::move(config)),
      m_callback(std::move(callback)),
      m_keepLast(keepLast),
      m_problem(m_rules->problem()) {}

void NotifierSink::reconfigure(RulesConfig config) {
    std::lock_guard lock(m_mutex);
    m_pending = std::move(config);
}

void NotifierSink::takePendingConfig() {
    std::optional<RulesConfig> config;
    {
        std::lock_guard lock(m_mutex);
        config.swap(m_pending);
    }
    if (config) {
        // Destroy the old rules first: they may save the known-programs file the new ones read.
        m_rules.reset();
        m_rules.emplace(std::move(*config));
    }
}

Status NotifierSink::consume(const SnapshotPtr& snapshot, const EngineDiff& diff) {
    takePendingConfig();
    std::vector<Alert> alerts = m_rules->evaluate(*snapshot, diff);
    {
        std::lock_guard lock(m_mutex);
        m_problem = m_rules->problem();
        for (const auto& alert : alerts) {
            m_recent.push_back(alert);
        }
        while (m_recent.size() > m_keepLast) {
            m_recent.pop_front();
        }
    }
    if (m_callback) {
        for (const auto& alert : alerts) {
            m_callback(alert);
        }
    }
    return {};
}

std::vector<Alert> NotifierSink::recent() const {
    std::lock_guard lock(m_mutex);
    return {m_recent.begin(), m_recent.end()};
}

Phrase NotifierSink::problem() const {
    std::lock_guard lock(m_mutex);
    return m_problem;
}

}  // namespace flowscope
