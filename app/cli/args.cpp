#include "app/cli/args.h"

namespace flowscope::cli {

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end()) {
        return std::nullopt;
    }
    return it->second;
}

Result<ParsedArgs> parseArgs(const std::vector<std::string>& args,
                             const std::set<std::string>& withValue,
                             const std::set<std::string>& flagNames, const std::string& command) {
    ParsedArgs parsed;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg.rfind("--", 0) != 0) {
            if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
                return makeError(ErrorCode::InvalidArgument,
                                 "Unknown option " + arg + " for '" + command +
                                     "'; run 'flowscope-cli " + command + " --help'.");
            }
            parsed.positional.push_back(arg);
            continue;
        }
        std::string name = arg;
        std::optional<std::string> value;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        }
        if (flagNames.count(name) && !value) {
            parsed.flags.insert(name);
            continue;
        }
        if (!withValue.count(name)) {
            return makeError(ErrorCode::InvalidArgument, "Unknown option " + name + " for '" +
                                                             command + "'; run 'flowscope-cli " +
                                                             command + " --help'.");
        }
        if (!value) {
            if (i + 1 >= args.size()) {
                return makeError(ErrorCode::InvalidArgument,
                                 "Option " + name + " needs a value; run 'flowscope-cli " +
                                     command + " --help'.");
            }
            value = args[++i];
        }
        if (parsed.options.count(name)) {
            return makeError(ErrorCode::InvalidArgument,
                             "Option " + name + " was given twice; give it once.");
        }
        parsed.options[name] = *value;
    }
    return parsed;
}

Result<double> parsePositive(const std::string& name, const std::string& text) {
    try {
        size_t used = 0;
        const double v = std::stod(text, &used);
        if (used == text.size() && v > 0 && v < 1e9) {
            return v;
        }
    } catch (...) {
    }
    return makeError(ErrorCode::InvalidArgument,
                     name + " needs a positive number, not '" + text + "'.");
}

}  // namespace flowscope::cli
