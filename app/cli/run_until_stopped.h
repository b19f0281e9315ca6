// The main loop of the long-running commands (record, export, agent): waits until a stop
// signal arrives, --duration passes, the capture ends or fails, or `stopWhen` says so (a
// sink that detached); then stops the engine, which hands the final tick to every sink and
// waits until they have consumed it.
#pragma once

#include <functional>

#include "app/cli/warning_notices.h"
#include "core/engine/engine.h"

namespace flowscope::cli {

void runUntilStopped(Engine& engine, double durationSeconds, WarningNotices& notices,
                     const std::function<bool(const EngineSnapshot&)>& stopWhen = {});

}  // namespace flowscope::cli
