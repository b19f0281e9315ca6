// Names the calling thread, so that `top -H`, /proc/PID/task/*/comm, debuggers and crash
// reports tell a user where the time goes ("fs-engine", "fs-capture", ...).
#pragma once

#include <string>
#include <string_view>

namespace flowscope {

// Linux keeps at most 15 characters; longer names are cut. Does nothing where the platform
// has no way to name a thread.
void setCurrentThreadName(std::string_view name);

// The calling thread's name as the OS reports it ("" where it cannot be read).
std::string currentThreadName();

}  // namespace flowscope
