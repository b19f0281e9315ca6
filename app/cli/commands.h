// The subcommands of flowscope-cli. Each returns a process exit code (exit_codes.h).
//
// A command registers itself from its own source file with a static CommandRegistration, so
// adding a command means adding one file (app/cli/*_command.cpp are globbed by CMake):
//
//     namespace { const CommandRegistration reg{"icon", "resolve a program's icon", 40,
//                                                &runIcon}; }
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace flowscope::cli {

using CommandFunction = int (*)(const std::vector<std::string>& args);

struct Command {
    const char* name;
    const char* summary;  // one line for `flowscope-cli --help`
    int order;            // position in the help listing (ascending)
    CommandFunction run;
};

// Every registered command, sorted by `order`.
const std::vector<Command>& commands();

struct CommandRegistration {
    CommandRegistration(const char* name, const char* summary, int order, CommandFunction run);
};

// Prints "flowscope-cli: <message>" to stderr and returns `code`.
int fail(int code, const std::string& message);

// "1 packet", "3 packets".
std::string plural(uint64_t n, const char* word);

}  // namespace flowscope::cli
