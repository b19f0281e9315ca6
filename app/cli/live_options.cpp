#include "app/cli/live_options.h"

namespace flowscope::cli {

Status noPositional(const ParsedArgs& args, const std::string& command) {
    if (args.positional.empty()) {
        return {};
    }
    return makeError(ErrorCode::InvalidArgument, "Unexpected argument '" + args.positional.front() +
                                                     "'; run 'flowscope-cli " + command +
                                                     " --help'.");
}

Status parseDuration(const ParsedArgs& args, double& seconds) {
    if (auto d = args.get("--duration")) {
        auto r = parsePositive("--duration", *d);
        if (!r) {
            return r.error();
        }
        seconds = r.value();
    }
    return {};
}

Status parseLiveCapture(const ParsedArgs& args, const std::string& command, const char* verb,
                        EngineConfig& config, double& durationSeconds) {
    const auto interface = args.get("--interface");
    if (!interface) {
        return makeError(ErrorCode::InvalidArgument,
                         std::string("Give the adapter to ") + verb +
                             " with --interface NAME (see 'flowscope-cli interfaces').");
    }
    for (Status s : {noPositional(args, command), parseDuration(args, durationSeconds)}) {
        if (!s) {
            return s;
        }
    }
    config.source = EngineConfig::Source::Live;
    config.live.interface = *interface;
    config.filter = args.get("--filter").value_or("");
    return {};
}

}  // namespace flowscope::cli
