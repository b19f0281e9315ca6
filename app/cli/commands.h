// The subcommands of flowscope-cli. Each returns a process exit code (exit_codes.h).
#pragma once

#include <string>
#include <vector>

namespace flowscope::cli {

int runFlows(const std::vector<std::string>& args);
int runInterfaces(const std::vector<std::string>& args);

// Prints "flowscope-cli: <message>" to stderr and returns `code`.
int fail(int code, const std::string& message);

}  // namespace flowscope::cli
