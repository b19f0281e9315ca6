// Building the text of `flows` output in memory: the numbers, timestamps, addresses and CSV
// fields appended to it.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "app/cli/buffered_text.h"
#include "core/base/ip_address.h"

namespace flowscope::cli {

template <typename Number>
void appendNumber(std::string& out, Number n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, size_t(r.ptr - buf));
}

// formatRfc3339Micros, with the date ("2023-11-14T") formatted once per day and the rest put
// digit by digit: a flow's two timestamps were a tenth of printing it.
class TimestampText {
public:
    // The text, valid until the next call.
    std::string_view view(int64_t nanos);
    void append(std::string& out, int64_t nanos) { out += view(nanos); }
    std::string text(int64_t nanos) {
        std::string out;
        append(out, nanos);
        return out;
    }

private:
    bool m_valid = false;
    int64_t m_day = 0;
    char m_text[27] = {};   // "YYYY-MM-DDThh:mm:ss.ffffffZ"
    std::string m_outside;  // a time outside 1970..9999, as formatRfc3339Micros clamps it
};

// csvField appended to `out`.
void appendCsvField(BufferedText& out, std::string_view text);

// IpAddress::toString, with IPv4 formatted here (inet_ntop and its printf were a tenth of the
// printing time).
void appendAddress(std::string& out, const IpAddress& a);
std::string addressText(const IpAddress& a);

}  // namespace flowscope::cli
