#include "app/cli/text_out.h"

#include "core/base/time_format.h"

namespace flowscope::cli {

namespace {

// `value` as `width` digits, zero-padded, at `out` (value < 10^width).
void putDigits(char* out, int64_t value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

}  // namespace

void TimestampText::append(std::string& out, int64_t nanos) {
    constexpr int64_t kDay = 86400;
    auto [secs, frac] = splitMicros(nanos);
    // Outside 1970..9999 formatRfc3339Micros clamps: left to it.
    if (secs < 0 || secs > 253402300799) {
        out += formatRfc3339Micros(nanos);
        return;
    }
    const int64_t day = secs / kDay;
    if (!m_valid || day != m_day) {
        // The date of this second is the day's ("YYYY-MM-DDT", then overwritten from hh on).
        formatRfc3339Micros(secs * 1'000'000'000).copy(m_text, sizeof m_text);
        m_day = day;
        m_valid = true;
    }
    const int64_t second = secs - day * kDay;
    putDigits(m_text + 11, second / 3600, 2);
    putDigits(m_text + 14, second / 60 % 60, 2);
    putDigits(m_text + 17, second % 60, 2);
    putDigits(m_text + 20, frac, 6);
    out.append(m_text, sizeof m_text);
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
