// Shared by the rules_ui tests: an application record as the engine's table holds one.
#pragma once

#include <string>

#include "core/process/application.h"

namespace flowscope::test {

inline flowscope::Application app(uint32_t id, const std::string& path) {
    flowscope::Application a;
    a.id = id;
    a.path = path;
    a.name = path.substr(path.find_last_of('/') + 1);
    a.user = "alice";
    return a;
}

}  // namespace flowscope::test
