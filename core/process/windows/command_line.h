// The command line of a Windows process, as one string (Windows keeps it unsplit).
#pragma once

#include <cstdint>
#include <string>

namespace flowscope::winproc {

// NtQueryInformationProcess(ProcessCommandLineInformation) on `limitedHandle` (an open
// PROCESS_QUERY_LIMITED_INFORMATION handle; Windows 8.1 and later); where that class does
// not exist (Windows 7, wine), the CommandLine of the process parameters in its PEB, which
// needs PROCESS_VM_READ. Empty when neither is allowed.
std::string processCommandLine(uint32_t pid, void* limitedHandle);

}  // namespace flowscope::winproc
