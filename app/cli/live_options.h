// Command-line pieces shared by the long-running commands (record, export, agent).
#pragma once

#include <string>

#include "app/cli/args.h"
#include "core/base/result.h"
#include "core/engine/engine_config.h"

namespace flowscope::cli {

// "Unexpected argument 'x'; run 'flowscope-cli COMMAND --help'." when there is one.
Status noPositional(const ParsedArgs& args, const std::string& command);

// --duration: positive seconds (decimals allowed); `seconds` stays as it is when not given.
Status parseDuration(const ParsedArgs& args, double& seconds);

// A live capture of --interface (required: "Give the adapter to VERB with --interface NAME
// ..."), no positional arguments, --duration and --filter.
Status parseLiveCapture(const ParsedArgs& args, const std::string& command, const char* verb,
                        EngineConfig& config, double& durationSeconds);

}  // namespace flowscope::cli
