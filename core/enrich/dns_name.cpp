#include "core/enrich/dns_name.h"

#include <array>

namespace flowscope {

namespace {

constexpr uint8_t kPointerBits = 0xc0;

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

void appendLabel(const uint8_t* p, size_t n, std::string& name) {
    if (!name.empty()) {
        name.push_back('.');
    }
    const size_t start = name.size();
    name.append(reinterpret_cast<const char*>(p), n);
    bool plain = true;
    for (size_t i = start; i < name.size(); ++i) {
        char& c = name[i];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (c == '.' || c == '\\' || c < '!' || c > '~') {
            plain = false;
            break;
        }
    }
    if (plain) {
        return;  // the common case: a host-name label, copied in one go
    }
    name.resize(start);
    for (size_t i = 0; i < n; ++i) {
        const uint8_t c = p[i];
        if (c == '.' || c == '\\') {
            name.push_back('\\');
            name.push_back(static_cast<char>(c));
        } else if (c < '!' || c > '~') {
            name.push_back('\\');
            name.push_back(static_cast<char>('0' + c / 100));
            name.push_back(static_cast<char>('0' + (c / 10) % 10));
            name.push_back(static_cast<char>('0' + c % 10));
        } else {
            name.push_back(lowerAscii(static_cast<char>(c)));
        }
    }
}

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

std::optional<IpAddress> v4FromReverse(std::string_view labels) {
    std::array<uint8_t, 4> bytes{};
    size_t pos = 0;
    for (int i = 3; i >= 0; --i) {
        const size_t dot = labels.find('.', pos);
        const bool last = i == 0;
        if (last != (dot == std::string_view::npos)) {
            return std::nullopt;
        }
        const std::string_view label = labels.substr(pos, last ? labels.npos : dot - pos);
        if (label.empty() || label.size() > 3) {
            return std::nullopt;
        }
        unsigned value = 0;
        for (char c : label) {
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            value = value * 10 + unsigned(c - '0');
        }
        if (value > 255) {
            return std::nullopt;
        }
        bytes[size_t(i)] = static_cast<uint8_t>(value);
        pos = dot + 1;
    }
    return IpAddress::fromV4(bytes.data());
}

std::optional<IpAddress> v6FromReverse(std::string_view labels) {
    // 32 single-nibble labels separated by dots: 63 characters.
    if (labels.size() != 63) {
        return std::nullopt;
    }
    std::array<uint8_t, 16> bytes{};
    for (size_t i = 0; i < 32; ++i) {
        const int v = hexValue(labels[i * 2]);
        if (v < 0 || (i < 31 && labels[i * 2 + 1] != '.')) {
            return std::nullopt;
        }
        // Label i is nibble i counted from the end of the address.
        const size_t nibble = 31 - i;
        bytes[nibble / 2] |= static_cast<uint8_t>(nibble % 2 == 0 ? v << 4 : v);
    }
    return IpAddress::fromV6(bytes.data());
}

}  // namespace

ParseStatus readDnsName(std::span<const uint8_t> message, size_t offset, std::string& name,
                        size_t& next) {
    name.clear();
    size_t pos = offset;
    // Start of the run of labels being read: a pointer must point before it, so every jump
    // goes strictly backwards and a chain of pointers always ends.
    size_t runStart = offset;
    size_t wireLength = 0;
    bool jumped = false;
    while (true) {
        if (pos >= message.size()) {
            return ParseStatus::Truncated;
        }
        const uint8_t length = message[pos];
        if ((length & kPointerBits) == kPointerBits) {
            if (pos + 1 >= message.size()) {
                return ParseStatus::Truncated;
            }
            const size_t target = (size_t(length & 0x3f) << 8) | message[pos + 1];
            if (!jumped) {
                next = pos + 2;
                jumped = true;
            }
            if (target >= runStart) {
                return ParseStatus::Malformed;
            }
            runStart = target;
            pos = target;
            continue;
        }
        if ((length & kPointerBits) != 0) {
            return ParseStatus::Malformed;  // 0x40 / 0x80: extended label types (obsolete)
        }
        wireLength += 1 + size_t{length};
        if (wireLength > kDnsMaxNameLength) {
            return ParseStatus::Malformed;
        }
        if (length == 0) {
            if (!jumped) {
                next = pos + 1;
            }
            return ParseStatus::Ok;
        }
        if (message.size() - pos - 1 < length) {
            return ParseStatus::Truncated;
        }
        appendLabel(message.data() + pos + 1, length, name);
        pos += 1 + size_t{length};
    }
}

bool appendDnsName(std::string_view name, std::vector<uint8_t>& out) {
    if (!name.empty() && name.back() == '.') {
        name.remove_suffix(1);
    }
    std::vector<uint8_t> wire;
    size_t pos = 0;
    while (pos < name.size()) {
        const size_t dot = name.find('.', pos);
        const size_t end = dot == std::string_view::npos ? name.size() : dot;
        const size_t length = end - pos;
        if (length == 0 || length > kDnsMaxLabelLength) {
            return false;
        }
        wire.push_back(static_cast<uint8_t>(length));
        wire.insert(wire.end(), name.begin() + long(pos), name.begin() + long(end));
        pos = end + 1;
        if (dot != std::string_view::npos && pos == name.size()) {
            return false;  // "a..": an empty label before the removed final dot
        }
    }
    wire.push_back(0);
    if (wire.size() > kDnsMaxNameLength) {
        return false;
    }
    out.insert(out.end(), wire.begin(), wire.end());
    return true;
}

std::string reverseDnsName(const IpAddress& address) {
    const auto& b = address.bytes();
    std::string out;
    if (address.isV4()) {
        for (int i = 3; i >= 0; --i) {
            out += std::to_string(b[size_t(i)]);
            out += '.';
        }
        out += "in-addr.arpa";
    } else if (address.isV6()) {
        static constexpr char kHex[] = "0123456789abcdef";
        for (int i = 15; i >= 0; --i) {
            out += kHex[b[size_t(i)] & 0x0f];
            out += '.';
            out += kHex[b[size_t(i)] >> 4];
            out += '.';
        }
        out += "ip6.arpa";
    }
    return out;
}

std::optional<IpAddress> addressFromReverseName(std::string_view name) {
    if (name.size() > kDnsMaxNameLength) {
        return std::nullopt;
    }
    std::string lower(name);
    for (char& c : lower) {
        c = lowerAscii(c);
    }
    std::string_view s = lower;
    if (!s.empty() && s.back() == '.') {
        s.remove_suffix(1);
    }
    static constexpr std::string_view kV4 = ".in-addr.arpa";
    static constexpr std::string_view kV6 = ".ip6.arpa";
    if (endsWith(s, kV4)) {
        return v4FromReverse(s.substr(0, s.size() - kV4.size()));
    }
    if (endsWith(s, kV6)) {
        return v6FromReverse(s.substr(0, s.size() - kV6.size()));
    }
    return std::nullopt;
}

}  // namespace flowscope
