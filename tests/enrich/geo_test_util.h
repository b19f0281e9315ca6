// Shared helpers of the core/enrich geolocation tests.
#pragma once

#include <filesystem>
#include <string>

#include "core/base/ip_address.h"

namespace flowscope::test {

inline std::filesystem::path mmdbData(const std::string& relative) {
    return std::filesystem::path(FLOWSCOPE_TEST_DATA) / "mmdb" / relative;
}

inline IpAddress ip(const char* text) {
    return IpAddress::parse(text).value();
}

// One readable sentence: not empty, no line break, ends with a period.
inline bool isOneSentence(const std::string& s) {
    return s.size() > 20 && s.find('\n') == std::string::npos && s.back() == '.';
}

}  // namespace flowscope::test
