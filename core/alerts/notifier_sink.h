// The notifier: a snapshot sink (named "notifier") that runs the notification rules (rules.h)
// on its own sink thread, hands every alert to a callback and keeps the latest alerts for the
// Notifications page. Delivery (desktop notifications, tray, webhook) is the callback's job.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/alerts/alert.h"
#include "core/alerts/rules.h"
#include "core/engine/snapshot_sink.h"

namespace flowscope {

class NotifierSink : public SnapshotSink {
public:
    // Called on the sink thread, once per alert, in order; it must be safe to call from that
    // thread (the ui posts the alert to its own thread) and should return quickly.
    using Callback = std::function<void(const Alert&)>;

    NotifierSink(RulesConfig config, Callback callback, size_t keepLast = 200);

    std::string name() const override { return "notifier"; }
    Status consume(const SnapshotPtr& snapshot, const EngineDiff& diff) override;

    // The latest alerts (at most keepLast), oldest first. Thread-safe.
    std::vector<Alert> recent() const;
    // Why the known-programs file is not used (one sentence), or empty. Thread-safe.
    Phrase problem() const;
    // New rules (the user changed Settings or starred something), taken up at the next tick on
    // the sink thread. The rules start afresh: rate and cap windows restart, the rate limit
    // forgets what fired, active favorites count as newly active; known programs are read
    // again from their file. Thread-safe.
    void reconfigure(RulesConfig config);

private:
    void takePendingConfig();

    std::optional<Rules> m_rules;  // only touched on the sink thread (and in the constructor)
    Callback m_callback;
    size_t m_keepLast;
    mutable std::mutex m_mutex;
    std::deque<Alert> m_recent;
    Phrase m_problem;
    std::optional<RulesConfig> m_pending;  // guarded by m_mutex
};

}  // namespace flowscope
