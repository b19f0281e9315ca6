#include "app/cli/warning_notices.h"

#include <iostream>

namespace flowscope::cli {

void WarningNotices::update(const std::string& warning, bool final) {
    if (warning.empty() || warning == m_printed) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    const bool extends = !m_printed.empty() && warning.rfind(m_printed, 0) == 0;
    if (!final && !extends && !m_printed.empty() && now - m_last < std::chrono::seconds(30)) {
        return;
    }
    std::string text = extends ? warning.substr(m_printed.size()) : warning;
    text.erase(0, text.find_first_not_of(' '));
    std::cerr << "flowscope-cli: warning: " << text << "\n";
    m_printed = warning;
    m_last = now;
}

}  // namespace flowscope::cli
