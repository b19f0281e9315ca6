// Prints an engine's warnings on stderr while a capture runs (flows, record): a new one at
// once (a full disk must not wait for the end of a long capture), a changed one at most every
// 30 s, and at the end whatever the final one adds. Text already printed is not repeated.
#pragma once

#include <chrono>
#include <string>

namespace flowscope::cli {

class WarningNotices {
public:
    void update(const std::string& warning, bool final);

private:
    std::string m_printed;
    std::chrono::steady_clock::time_point m_last;
};

}  // namespace flowscope::cli
