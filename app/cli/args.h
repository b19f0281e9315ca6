// A small command-line parser: "--name value", "--name=value" and boolean "--flag".
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace flowscope::cli {

struct ParsedArgs {
    std::map<std::string, std::string> options;  // "--read" -> "x.pcap"
    std::set<std::string> flags;                 // "--help"
    std::vector<std::string> positional;

    std::optional<std::string> get(const std::string& name) const;
    bool has(const std::string& name) const { return flags.count(name) > 0; }
};

// `withValue` lists the options that take a value; `flagNames` the boolean ones. Anything
// else starting with "--" is an error naming the option and pointing at --help.
Result<ParsedArgs> parseArgs(const std::vector<std::string>& args,
                             const std::set<std::string>& withValue,
                             const std::set<std::string>& flagNames, const std::string& command);

// A positive number below 1e9 (decimals allowed), else "NAME needs a positive number, not 'x'.".
Result<double> parsePositive(const std::string& name, const std::string& text);

}  // namespace flowscope::cli
