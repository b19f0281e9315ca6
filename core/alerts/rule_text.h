// Wording shared by the rules: short program names, rates and volumes, lists of names.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/alerts/alert.h"

namespace flowscope::rule_text {

// The last path component: "firefox" for "/usr/lib/firefox/firefox".
std::string shortName(const std::string& program);
// Decimal units: "999 B", "1.5 kB", "2.0 GB"; rates add "/s".
std::string formatBytes(uint64_t bytes);
std::string formatRate(uint64_t bytesPerSecond);
// The subjects named in a summary of `alerts` (programs by short name): all of them when at
// most named + 1, else the first `named`.
std::vector<std::string> namesOf(const std::vector<Alert>& alerts, size_t named);
// The alerts' subjects (programs by short name): "a, b and c" or "a, b, c and 9 more".
std::string nameList(const std::vector<Alert>& alerts, size_t named);
// One alert standing for several of one rule.
Alert summaryOf(const std::vector<Alert>& alerts, size_t named);

}  // namespace flowscope::rule_text
