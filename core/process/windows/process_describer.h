// Facts about a Windows process: image path (QueryFullProcessImageNameW), user (the process
// token's account), command line (command_line.h), and the name from a Toolhelp
// snapshot when the process may not be opened (System, protected or elevated processes).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/process/process_backend.h"

namespace flowscope::winproc {

class ProcessDescriber {
public:
    // nullopt when no process has this pid (or it has exited). Without the right to open the
    // process, only pid and name are filled (path, user and command line stay empty).
    std::optional<ProcessInfo> describe(uint32_t pid);

private:
    std::string accountName(void* process);

    std::mutex m_mutex;
    std::unordered_map<std::string, std::string> m_accountBySid;  // "S-1-5-18" -> name
};

// The executable name of `pid` from a Toolhelp process snapshot; nullopt if it is not running.
std::optional<std::string> processNameFromSnapshot(uint32_t pid);

// The last path component ("C:\\Windows\\notepad.exe" -> "notepad.exe").
std::string fileNameOf(const std::string& path);

}  // namespace flowscope::winproc
