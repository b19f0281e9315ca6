#include "app/cli/text_out.h"

#include "core/base/time_format.h"

namespace flowscope::cli {

std::string_view TimestampText::view(int64_t nanos) {
    constexpr int64_t kDay = 86400;
    auto [secs, frac] = splitMicros(nanos);
    // Outside 1970..9999 formatRfc3339Micros clamps: left to it.
    if (secs < 0 || secs > 253402300799) {
        m_outside = formatRfc3339Micros(nanos);
        return m_outside;
    }
    const int64_t day = secs / kDay;
    if (!m_valid || day != m_day) {
        // The date of this second is the day's ("YYYY-MM-DDT", then overwritten from hh on).
        formatRfc3339Micros(secs * 1'000'000'000).copy(m_text, sizeof m_text);
        m_day = day;
        m_valid = true;
    }
    putTimeOfDayMicros(m_text + 11, secs - day * kDay, frac);
    return {m_text, sizeof m_text};
}

void appendCsvField(BufferedText& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.put(text);
        return;
    }
    out.put('"');
    for (char c : text) {
        out.put(c);
        if (c == '"') {
            out.put('"');
        }
    }
    out.put('"');
}

void appendAddress(std::string& out, const IpAddress& a) {
    char text[IpAddress::kMaxTextLength];
    out.append(text, a.write(text));
}

std::string addressText(const IpAddress& a) {
    std::string out;
    appendAddress(out, a);
    return out;
}

}  // namespace flowscope::cli
