// flowscope-cli: the headless twin of the Flowscope desktop app.
#include <iomanip>
#include <iostream>
#include <new>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"

#ifndef FLOWSCOPE_VERSION
#define FLOWSCOPE_VERSION "0.0.0"
#endif

namespace {

const char* kHelpHead =
    "Usage: flowscope-cli COMMAND [OPTIONS]\n"
    "\n"
    "Flowscope's command-line twin: what the desktop app shows, for servers and scripts.\n"
    "\n"
    "Commands:\n";

const char* kHelpTail =
    "\n"
    "Run 'flowscope-cli COMMAND --help' for a command's options.\n"
    "\n"
    "Exit codes:\n"
    "  0  success (a file cut short, dropped packets: only a warning)\n"
    "  1  unexpected failure\n"
    "  2  bad command line\n"
    "  3  the file or adapter cannot be used (missing, unreadable, not a capture file,\n"
    "     damaged header; report: no history database, or a damaged one); nothing was read\n"
    "  4  no permission to capture live (the message says how to grant it)\n"
    "  5  the capture filter is invalid\n"
    "  6  reading stopped early (damaged record, adapter gone, a signal during --read);\n"
    "     what was read is printed\n"
    "  7  an output file (--write, --out) cannot be created or writing it failed (disk\n"
    "     full); a capture goes on and its flows are printed. record: the history\n"
    "     database cannot be written (damaged, read-only, locked, disk full); recording\n"
    "     stops\n";

std::string helpText() {
    std::ostringstream out;
    out << kHelpHead;
    for (const auto& command : flowscope::cli::commands()) {
        out << "  " << std::left << std::setw(13) << command.name << command.summary << "\n";
    }
    out << kHelpTail;
    return out.str();
}

}  // namespace

namespace flowscope::cli {

int fail(int code, const std::string& message) {
    std::cerr << "flowscope-cli: " << message << "\n";
    return code;
}

}  // namespace flowscope::cli

int main(int argc, char** argv) {
    using namespace flowscope::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << helpText();
        return kExitUsage;
    }
    const std::string command = args.front();
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << helpText();
        return kExitOk;
    }
    if (command == "--version") {
        std::cout << "flowscope-cli " << FLOWSCOPE_VERSION << "\n";
        return kExitOk;
    }
    try {
        for (const auto& entry : commands()) {
            if (command == entry.name) {
                return entry.run(rest);
            }
        }
    } catch (const std::bad_alloc&) {
        return fail(kExitFailure,
                    "Out of memory: close other programs and try again ('flows' and 'record' "
                    "keep fewer flows with --max-flows).");
    } catch (const std::exception& e) {
        const auto* system = dynamic_cast<const std::system_error*>(&e);
        if (system && system->code() == std::errc::resource_unavailable_try_again) {
            return fail(kExitFailure, std::string("Cannot start a thread (") + e.what() +
                                          "): the system is short of memory or of processes; "
                                          "close other programs and try again.");
        }
        return fail(kExitFailure, std::string("unexpected failure: ") + e.what());
    }
    return fail(kExitUsage,
                "Unknown command '" + command + "'; run 'flowscope-cli --help' for the list.");
}
