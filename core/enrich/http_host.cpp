#include "core/enrich/http_host.h"

#include <string_view>

namespace flowscope {

namespace {

constexpr size_t kMaxRequestLine = 8 * 1024;
constexpr size_t kMaxHeaderSection = 64 * 1024;

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i])) {
            return false;
        }
    }
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// RFC 3986 reg-name characters (unreserved, pct-encoded, sub-delims) plus ':' for IPv6.
bool hostChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return std::string_view("-._~%!$&'()*+,;=:").find(c) != std::string_view::npos;
}

// "host", "host:port", "[v6]" or "[v6]:port" → lower-case host without port or brackets.
ParseStatus hostFromAuthority(std::string_view authority, std::string& host) {
    if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
        authority.remove_prefix(at + 1);  // userinfo@ (absolute-form only)
    }
    std::string_view name = authority;
    if (!authority.empty() && authority.front() == '[') {
        const size_t close = authority.find(']');
        if (close == std::string_view::npos) {
            return ParseStatus::Malformed;
        }
        name = authority.substr(1, close - 1);
        std::string_view rest = authority.substr(close + 1);
        if (!rest.empty() && rest.front() != ':') {
            return ParseStatus::Malformed;
        }
    } else if (const size_t colon = authority.find(':'); colon != std::string_view::npos) {
        name = authority.substr(0, colon);
        for (char c : authority.substr(colon + 1)) {
            if (c < '0' || c > '9') {
                return ParseStatus::Malformed;
            }
        }
    }
    if (name.empty()) {
        return ParseStatus::Absent;
    }
    if (name.size() > 255) {
        return ParseStatus::Malformed;
    }
    host.clear();
    for (char c : name) {
        if (!hostChar(c)) {
            return ParseStatus::Malformed;
        }
        host.push_back(lowerAscii(c));
    }
    return ParseStatus::Ok;
}

// The line starting at `pos` without its CR LF (or bare LF); `next` is past the LF. False if
// no LF is within the bytes.
bool line(std::string_view text, size_t pos, std::string_view& out, size_t& next) {
    const size_t lf = text.find('\n', pos);
    if (lf == std::string_view::npos) {
        return false;
    }
    out = text.substr(pos, lf - pos);
    if (!out.empty() && out.back() == '\r') {
        out.remove_suffix(1);
    }
    next = lf + 1;
    return true;
}

// The authority of an absolute-form ("http://host/...") or authority-form (CONNECT host:port)
// request target; empty for the origin form ("/path") and "*".
std::string_view targetAuthority(std::string_view method, std::string_view target) {
    if (method == "CONNECT") {
        return target;
    }
    const size_t scheme = target.find("://");
    if (scheme == std::string_view::npos || target.front() == '/') {
        return {};
    }
    std::string_view rest = target.substr(scheme + 3);
    return rest.substr(0, rest.find_first_of("/?#"));
}

}  // namespace

bool looksLikeHttpRequest(std::span<const uint8_t> bytes) {
    size_t i = 0;
    while (i < bytes.size() && i < 8 && bytes[i] >= 'A' && bytes[i] <= 'Z') {
        ++i;
    }
    return i >= 3 && i < bytes.size() && bytes[i] == ' ';
}

ParseStatus parseHttpHost(std::span<const uint8_t> bytes, std::string& host) {
    host.clear();
    if (!looksLikeHttpRequest(bytes)) {
        // Truncated only while every byte so far can still be the start of a method.
        size_t i = 0;
        while (i < bytes.size() && i < 8 && bytes[i] >= 'A' && bytes[i] <= 'Z') {
            ++i;
        }
        return i == bytes.size() ? ParseStatus::Truncated : ParseStatus::Other;
    }
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    std::string_view requestLine;
    size_t pos = 0;
    if (!line(text.substr(0, kMaxRequestLine + 2), 0, requestLine, pos)) {
        return text.size() > kMaxRequestLine ? ParseStatus::Malformed : ParseStatus::Truncated;
    }
    // METHOD SP request-target SP HTTP/1.x
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = requestLine.rfind(' ');
    if (sp2 == sp1 || sp2 + 1 >= requestLine.size()) {
        return ParseStatus::Other;
    }
    const std::string_view version = requestLine.substr(sp2 + 1);
    if (version.size() != 8 || version.substr(0, 7) != "HTTP/1." || version[7] < '0' ||
        version[7] > '9') {
        return ParseStatus::Other;
    }
    const std::string_view method = requestLine.substr(0, sp1);
    const std::string_view target = trim(requestLine.substr(sp1 + 1, sp2 - sp1 - 1));
    if (target.empty()) {
        return ParseStatus::Malformed;
    }
    if (const std::string_view authority = targetAuthority(method, target); !authority.empty()) {
        return hostFromAuthority(authority, host);
    }
    while (true) {
        if (pos > kMaxHeaderSection) {
            return ParseStatus::Malformed;
        }
        std::string_view field;
        if (!line(text, pos, field, pos)) {
            return text.size() - pos > kMaxHeaderSection ? ParseStatus::Malformed
                                                         : ParseStatus::Truncated;
        }
        if (field.empty()) {
            return ParseStatus::Absent;  // end of the header section
        }
        const size_t colon = field.find(':');
        if (colon != std::string_view::npos && equalsIgnoreCase(field.substr(0, colon), "host")) {
            return hostFromAuthority(trim(field.substr(colon + 1)), host);
        }
    }
}

}  // namespace flowscope
