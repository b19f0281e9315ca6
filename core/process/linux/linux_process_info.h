// Facts about one Linux process from /proc/<pid>: name, executable, command line, user.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/process/process_backend.h"

namespace flowscope::linuxproc {

// nullopt when the process has exited (or /proc/<pid> cannot be read at all).
std::optional<ProcessInfo> describeProcess(uint32_t pid, const std::string& procRoot = "/proc");

// The executable path and effective uid only (status and exe: two of describeProcess's four
// reads); nullopt when the process has exited.
std::optional<ProcessIdentity> identifyProcess(uint32_t pid, const std::string& procRoot = "/proc");
// The same where the effective uid is known already (the descriptor iterator read it): only
// the executable is read.
std::optional<ProcessIdentity> identifyProcessAs(uint32_t pid, uint32_t euid,
                                                 const std::string& procRoot = "/proc");

// The effective uid (second field of the "Uid:" line) of a /proc/<pid>/status text. Exposed
// for tests.
bool effectiveUidOfStatus(const std::string& status, uint32_t& uid);

// The program's full name: `comm`, unless the kernel cut it at 15 characters, in which case
// the executable's file name (or argv[0]'s) that starts with it. Exposed for tests.
std::string fullProcessName(const std::string& comm, const std::string& exePath,
                            const std::string& argv0);

}  // namespace flowscope::linuxproc
