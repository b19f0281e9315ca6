#include "app/cli/text_out.h"

#include "core/base/time_format.h"

namespace flowscope::cli {

void TimestampText::append(std::string& out, int64_t nanos) {
    auto [secs, frac] = splitMicros(nanos);
    // Outside 1970..9999 formatRfc3339Micros clamps: left to it.
    if (secs < 0 || secs > 253402300799) {
        out += formatRfc3339Micros(nanos);
        return;
    }
    if (!m_valid || secs != m_secs) {
        const std::string full = formatRfc3339Micros(secs * 1'000'000'000);
        m_prefix = full.substr(0, full.size() - 7);  // up to and with the '.'
        m_secs = secs;
        m_valid = true;
    }
    out += m_prefix;
    char digits[7] = {'0', '0', '0', '0', '0', '0', 'Z'};
    for (int i = 5; i >= 0; --i) {
        digits[i] = char('0' + frac % 10);
        frac /= 10;
    }
    out.append(digits, sizeof digits);
}

void appendCsvField(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

void appendAddress(std::string& out, const IpAddress& a) {
    if (!a.isV4()) {
        out += a.toString();
        return;
    }
    for (size_t i = 0; i < 4; ++i) {
        if (i > 0) {
            out += '.';
        }
        appendNumber(out, unsigned(a.bytes()[i]));
    }
}

std::string addressText(const IpAddress& a) {
    std::string out;
    appendAddress(out, a);
    return out;
}

}  // namespace flowscope::cli
