#include "app/cli/run_until_stopped.h"

#include <chrono>
#include <thread>

#include "app/cli/service_notify.h"
#include "app/cli/stop_signals.h"

namespace flowscope::cli {

void runUntilStopped(Engine& engine, double durationSeconds, WarningNotices& notices,
                     const std::function<bool(const EngineSnapshot&)>& stopWhen) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(durationSeconds);
    while (StopSignals::received() == 0) {
        const SnapshotPtr snap = engine.latest();
        if (snap->state == EngineState::Failed || snap->state == EngineState::Finished ||
            (stopWhen && stopWhen(*snap))) {
            break;
        }
        if (durationSeconds > 0 && std::chrono::steady_clock::now() >= deadline) {
            break;
        }
        notices.update(snap->warning, false);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    announceStopping();
    engine.stop();
}

}  // namespace flowscope::cli
